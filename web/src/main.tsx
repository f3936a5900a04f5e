// The web app's entry: the App in React's strict mode, under one react-query client (answers
// stay fresh for a minute; a failed request is tried once more). The landscape, the largest
// answer, is asked for before React renders where the page opens on a view that needs it.

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { prefetchLandscape } from './core/landscape';
import { decodeViewState } from './core/urlState';
import './styles.css';

const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000, retry: 1 } } });

prefetchLandscape(queryClient, decodeViewState(window.location.search));

const root = document.getElementById('root');
if (!root) throw new Error('web: #root is missing in index.html');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
