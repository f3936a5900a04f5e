// Catches a rendering error in one part of the page and shows it instead of a blank page.

import { Component, type ReactNode } from 'react';
import { translate } from '../core/i18n';
import type { Lang } from '../core/i18n/types';

export class ErrorBoundary extends Component<{ lang: Lang; children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="error">
        {translate(this.props.lang, 'errorUnexpected', { message: this.state.error.message })}{' '}
        <button type="button" onClick={() => this.setState({ error: null })}>
          {translate(this.props.lang, 'errorRetry')}
        </button>
      </div>
    );
  }
}
