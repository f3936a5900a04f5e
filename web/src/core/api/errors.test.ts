import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { ApiError } from './client';
import { describeError, describeProblem, isRetryable, problemOf } from './errors';

const de = translator('de');
const en = translator('en');

describe('problemOf', () => {
  it('reads the code the API attaches, not its English text', () => {
    expect(
      problemOf({ message: "Authority 'org:x' was not found", extensions: { code: 'NOT_FOUND', kind: 'Authority', id: 'org:x' } }),
    ).toEqual({ code: 'NOT_FOUND', kind: 'Authority', id: 'org:x' });
    expect(problemOf({ message: 'maxHops must be between 1 and 12', extensions: { code: 'BAD_USER_INPUT', argument: 'maxHops' } })).toEqual(
      {
        code: 'BAD_USER_INPUT',
        argument: 'maxHops',
        message: 'maxHops must be between 1 and 12',
      },
    );
  });

  it('reads refusals: a limit is final, a busy or unavailable server is worth asking again', () => {
    const limit = problemOf({ message: 'Request refused', extensions: { code: 'LIMIT_EXCEEDED', limit: 'cost', max: 1, actual: 2 } });
    expect(limit).toEqual({ code: 'LIMIT_EXCEEDED', limit: 'cost' });
    expect(isRetryable(new ApiError(limit, 'x'))).toBe(false);
    for (const code of ['BUSY', 'RATE_LIMITED', 'TIMEOUT', 'SERVICE_UNAVAILABLE']) {
      const busy = problemOf({ message: 'later', extensions: { code } });
      expect(busy).toEqual({ code: 'BUSY' });
      expect(isRetryable(new ApiError(busy, 'x'))).toBe(true);
      expect(describeProblem(busy, de)).toMatch(/erneut versuchen/);
      expect(describeProblem(busy, en)).toMatch(/try again/);
    }
  });

  it('reads a refusal for this viewer (not allowed, or no longer signed in) as final', () => {
    for (const code of ['FORBIDDEN', 'UNAUTHENTICATED']) {
      const refused = problemOf({ message: 'Not allowed.', extensions: { code } });
      expect(refused).toEqual({ code: 'FORBIDDEN' });
      expect(isRetryable(new ApiError(refused, 'x'))).toBe(false);
      expect(describeProblem(refused, de)).toMatch(/anmelden|Berechtigung/i);
    }
  });

  it('tells a masked server failure from other messages', () => {
    expect(problemOf({ message: 'Unexpected error.' })).toEqual({ code: 'INTERNAL' });
    expect(problemOf({ message: 'Cannot query field "x" on type "Query".' })).toEqual({
      code: 'OTHER',
      message: 'Cannot query field "x" on type "Query".',
    });
  });
});

describe('describeProblem', () => {
  it('names what was not found in the viewer’s language', () => {
    const problem = { code: 'NOT_FOUND', kind: 'Authority', id: 'org:bka' } as const;
    expect(describeProblem(problem, de)).toBe('Behörde „org:bka“ gibt es nicht (mehr) im Netzwerkatlas.');
    expect(describeProblem(problem, en)).toBe('Authority “org:bka” is not (or no longer) in the Netzwerkatlas.');
  });

  it('keeps an unknown kind as the API named it', () => {
    expect(describeProblem({ code: 'NOT_FOUND', kind: 'Widget', id: 'w:1' }, de)).toBe(
      'Widget „w:1“ gibt es nicht (mehr) im Netzwerkatlas.',
    );
  });

  it('never mixes the API’s English into a German sentence', () => {
    const bad = { code: 'BAD_USER_INPUT', argument: 'maxHops', message: 'maxHops must be between 1 and 12' } as const;
    expect(describeProblem(bad, de)).toBe('Die Anfrage passt so nicht (Angabe „maxHops“).');
    expect(describeProblem(bad, en)).toBe('The request does not fit (argument “maxHops”).');
    expect(describeProblem({ code: 'OTHER', message: 'Cannot query field' }, de)).toBe('Der Server hat die Anfrage abgelehnt.');
  });

  it('words transport failures itself', () => {
    expect(describeProblem({ code: 'HTTP', status: 502 }, de)).toBe('Der Server hat mit HTTP 502 geantwortet.');
    expect(describeProblem({ code: 'UNREACHABLE', detail: 'Failed to fetch' }, en)).toBe('The server cannot be reached (Failed to fetch).');
    expect(describeProblem({ code: 'INTERNAL' }, de)).toMatch(/unerwarteter Fehler/);
  });
});

describe('describeError', () => {
  it('describes an ApiError by its problem and any other error by its message', () => {
    const api = new ApiError({ code: 'NOT_FOUND', kind: 'Network', id: 'network:x' }, "Network 'network:x' was not found");
    expect(describeError(api, de)).toBe('Netzwerk „network:x“ gibt es nicht (mehr) im Netzwerkatlas.');
    expect(describeError(new Error('boom'), de)).toBe('boom');
  });
});

describe('isRetryable', () => {
  it('offers a retry for failures of the way, not for a request that names nothing there', () => {
    expect(isRetryable(new ApiError({ code: 'NOT_FOUND', kind: 'Network', id: 'x' }, ''))).toBe(false);
    expect(isRetryable(new ApiError({ code: 'BAD_USER_INPUT', argument: 'to', message: '' }, ''))).toBe(false);
    expect(isRetryable(new ApiError({ code: 'UNREACHABLE', detail: 'Failed to fetch' }, ''))).toBe(true);
    expect(isRetryable(new ApiError({ code: 'INTERNAL' }, ''))).toBe(true);
    expect(isRetryable(new Error('boom'))).toBe(true);
  });
});
