// PersonCount: how the API tells a number of persons some of whom the viewer may not see. One
// shape everywhere persons are counted (lists of persons, duplicate groups, the landscape).

import { builder } from '../../builder.js';
import { SMALL_COUNT, shownGroupSize } from '../../privacy.js';

export interface PersonCountShape {
  exact: number | null;
  fewerThan3: boolean;
  atLeast: number;
}

const small = (n: number) => n > 0 && n < SMALL_COUNT;

/**
 * `total` persons of whom `hidden` the viewer may not see. The exact number is withheld when it
 * is 1 or 2, and when it holds 1 or 2 hidden persons (the persons listed beside it would tell
 * how many those are). "Fewer than 3" is said only where it gives nothing away: with 1 or 2
 * hidden beside persons shown, two with one hidden and three with two hidden must read alike,
 * so both are "at least" the persons shown plus one. 0 is told: it singles out no one.
 */
export function personCount(total: number, hidden = 0): PersonCountShape {
  if (small(hidden)) {
    const shown = total - hidden;
    return shown === 0
      ? { exact: null, fewerThan3: true, atLeast: 1 }
      : { exact: null, fewerThan3: false, atLeast: shownGroupSize(total, shown) };
  }
  if (small(total)) return { exact: null, fewerThan3: true, atLeast: 1 };
  return { exact: total, fewerThan3: false, atLeast: total };
}

export const PersonCountRef = builder.objectRef<PersonCountShape>('PersonCount').implement({
  description:
    'A number of persons that may include persons the viewer may not see (no consent to public display, not the ' +
    "viewer's authority). Such persons are never listed; they are only counted, and a count of 1 or 2 is not told " +
    'exactly, since it could single them out: then `exact` is null and `fewerThan3` true ("weniger als 3"). ' +
    '`exact` is also null when the number holds 1 or 2 hidden persons beside persons listed (the list would tell ' +
    'how many are hidden): then `fewerThan3` is false and `atLeast` is the persons listed plus one, whether the ' +
    'number is below 3 or not. 0 and numbers from 3 up are exact otherwise.',
  fields: (t) => ({
    exact: t.int({
      nullable: true,
      description: 'The number, or null where telling it could single out persons (see the type).',
      resolve: (c) => c.exact,
    }),
    fewerThan3: t.exposeBoolean('fewerThan3', { description: 'True when there are 1 or 2 (shown as "weniger als 3").' }),
    atLeast: t.exposeInt('atLeast', {
      description: 'The least the number can be, as far as the viewer may learn it: `exact` where told, else 1 or more ("mindestens").',
    }),
  }),
});

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The field a connection of persons adds: how many persons the list leaves out for this viewer. */
export function hiddenCountFields<T extends { hiddenPersons?: number }>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, T>) {
  return {
    hiddenCount: t.field({
      type: PersonCountRef,
      description:
        'Persons left out of this list because the viewer may not see them: counted, never listed. totalCount counts the others.',
      resolve: (connection) => personCount(connection.hiddenPersons ?? 0, connection.hiddenPersons ?? 0),
    }),
  };
}
