import { describe, expect, it } from 'vitest';
import { byRunningThenName, exportFileName, isoDate, isRunning } from './utils';

describe('isoDate and exportFileName', () => {
  it('write the local date as the date input and the file name want it', () => {
    const date = new Date(2026, 0, 5, 23, 30);
    expect(isoDate(date)).toBe('2026-01-05');
    expect(exportFileName(date)).toBe('netzwerkatlas-meine-daten-2026-01-05.json');
  });
});

describe('isRunning', () => {
  it('counts a participation as running without an end, or until its end day inclusive', () => {
    expect(isRunning({ until: null }, '2026-03-01')).toBe(true);
    expect(isRunning({ until: '2026-03-01' }, '2026-03-01')).toBe(true);
    expect(isRunning({ until: '2026-02-28' }, '2026-03-01')).toBe(false);
  });
});

describe('byRunningThenName', () => {
  it('lists running participations by name first, then ended ones, the latest end first', () => {
    const items = [
      { until: '2025-01-01', network: { name: 'Alt' } },
      { until: null, network: { name: 'Zeta' } },
      { until: '2025-06-01', network: { name: 'Beta' } },
      { until: null, network: { name: 'Ämter' } },
    ];
    expect(byRunningThenName(items, '2026-01-01').map((i) => i.network.name)).toEqual(['Ämter', 'Zeta', 'Beta', 'Alt']);
  });
});
