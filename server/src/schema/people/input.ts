// Validation of the self-service input (zod): dates, lengths, and what fits together. A refusal is
// BAD_USER_INPUT naming the argument; nothing is written.

import { z } from 'zod';
import { badInput } from '../common/errors.js';
import { today } from '../common/fields.js';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2025-03-01')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a date');

const id = (prefix: string) => z.string().max(200).startsWith(`${prefix}:`, `an id like ${prefix}:…`);

export const INPUTS = {
  network: id('network'),
  event: id('event'),
  innovation: id('innovation'),
  authority: id('org'),
  person: id('person'),
  /** A start date: not in the future. */
  since: isoDate.refine((s) => s <= today(), 'not in the future'),
  until: isoDate,
  name: z.string().trim().min(1, 'not empty').max(200),
  jobTitle: z.string().trim().max(200),
  note: z.string().trim().max(500),
};

/** The value checked by its schema, or BAD_USER_INPUT for `argument`. */
export function valid<K extends keyof typeof INPUTS>(argument: string, kind: K, value: unknown): z.infer<(typeof INPUTS)[K]> {
  const parsed = INPUTS[kind].safeParse(value);
  if (!parsed.success) throw badInput(`${argument}: ${parsed.error.issues[0]?.message ?? 'invalid'}`, argument);
  return parsed.data as z.infer<(typeof INPUTS)[K]>;
}

/** Exactly one of network and event: which record a visibility is for. */
export function oneTarget(args: { network?: string | number | null; event?: string | number | null }): {
  kind: 'PARTICIPATES_IN' | 'ATTENDED';
  target: string;
} {
  if ((args.network == null) === (args.event == null)) throw badInput('name exactly one of network and event', 'network');
  return args.network != null
    ? { kind: 'PARTICIPATES_IN', target: valid('network', 'network', String(args.network)) }
    : { kind: 'ATTENDED', target: valid('event', 'event', String(args.event)) };
}
