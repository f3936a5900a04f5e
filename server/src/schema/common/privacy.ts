// PersonCount: how the API tells a number of persons some of whom the viewer may not see. One
// shape everywhere persons are counted (lists of persons, duplicate groups, the landscape).

import { builder } from '../../builder.js';
import { SMALL_COUNT } from '../../privacy.js';

export interface PersonCountShape {
  exact: number | null;
  fewerThan3: boolean;
}

const small = (n: number) => n > 0 && n < SMALL_COUNT;

/**
 * `total` persons of whom `hidden` the viewer may not see. The exact number is withheld when it
 * is 1 or 2, and when it holds 1 or 2 hidden persons (the persons listed beside it would tell
 * how many those are). 0 is told: it singles out no one.
 */
export function personCount(total: number, hidden = 0): PersonCountShape {
  return { exact: small(total) || small(hidden) ? null : total, fewerThan3: small(total) };
}

export const PersonCountRef = builder.objectRef<PersonCountShape>('PersonCount').implement({
  description:
    'A number of persons that may include persons the viewer may not see (no consent to public display, not the ' +
    "viewer's authority). Such persons are never listed; they are only counted, and a count of 1 or 2 is not told " +
    'exactly, since it could single them out: then `exact` is null and `fewerThan3` true ("weniger als 3"). ' +
    '`exact` is also null (with `fewerThan3` false) when the number holds 1 or 2 hidden persons, because the ' +
    'persons listed beside it would tell how many those are. 0 and numbers from 3 up are exact.',
  fields: (t) => ({
    exact: t.int({
      nullable: true,
      description: 'The number, or null where telling it could single out persons (see the type).',
      resolve: (c) => c.exact,
    }),
    fewerThan3: t.exposeBoolean('fewerThan3', { description: 'True when there are 1 or 2 (shown as "weniger als 3").' }),
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
