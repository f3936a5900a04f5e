// Types of the UI dictionary: German is the reference, English must have the same keys.

import type { Access, Governance, InnovationKind, Level, NetworkRelationType, Typology, Visibility } from '../../gql/graphql';
import type { de } from './dictionary';

export type Lang = 'de' | 'en';
export type MessageKey = keyof typeof de;
export type Dictionary = Record<MessageKey, string>;
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Roles of a participation (Participation.role, a string in the API). */
export type ParticipationRole = 'COORDINATOR' | 'ACTIVE' | 'MEMBER' | 'OBSERVER';

/**
 * The keys translateValue looks up for the API's enum values (and the participation roles).
 * Checked against the dictionary's keys here, so that a value the API gains without a text fails
 * the type check instead of showing `OBSERVER` in a German page.
 */
type ValueKey =
  | `access${Access}`
  | `governance${Governance}`
  | `kind${InnovationKind}`
  | `level${Level}`
  | `rel${NetworkRelationType}`
  | `typology${Typology}`
  | `role${ParticipationRole}`
  | `visibilityShort${Visibility}`
  | `visibilityHint${Visibility}`;
export type MissingValueTexts = Exclude<ValueKey, MessageKey>;
const everyValueHasText: [MissingValueTexts] extends [never] ? true : MissingValueTexts = true;
void everyValueHasText;
