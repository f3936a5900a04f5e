// Pure helpers of "Meine Behörde": which of my participations still run, where we are several,
// the name of the data export, today as the date input wants it.

import type { MyAuthorityQuery } from '../../gql/graphql';

export type MyAuthority = NonNullable<MyAuthorityQuery['myAuthority']>;
export type StaffInNetwork = MyAuthority['networks'][number];

/** The local date as YYYY-MM-DD (what an <input type="date"> holds). */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The file the data export is saved as. */
export function exportFileName(date: Date): string {
  return `netzwerkatlas-meine-daten-${isoDate(date)}.json`;
}

/** A participation runs while it has no end, or its end is today or later (as the API counts). */
export function isRunning(participation: { until?: string | null }, today: string): boolean {
  return !participation.until || participation.until >= today;
}

/** Running participations first (by network name), then ended ones, the latest end first. */
export function byRunningThenName<T extends { until?: string | null; network: { name: string } }>(items: readonly T[], today: string): T[] {
  return [...items].sort((a, b) => {
    const ra = isRunning(a, today);
    const rb = isRunning(b, today);
    if (ra !== rb) return ra ? -1 : 1;
    if (!ra && a.until !== b.until) return (b.until ?? '').localeCompare(a.until ?? '');
    return a.network.name.localeCompare(b.network.name, 'de');
  });
}

/** The networks where two or more of us take part: worth coordinating. */
export function duplicateNetworks(networks: readonly StaffInNetwork[]): StaffInNetwork[] {
  return networks.filter((n) => n.duplicate);
}
