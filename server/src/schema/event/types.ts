// Events: meetings of a network, with the persons who attended.

import { provenanceFields } from '../common/fields.js';
import { paged } from '../common/loaders.js';
import { pagedConnection } from '../common/paging.js';
import { hiddenCountFields } from '../common/privacy.js';
import { NodeRef } from '../common/types.js';
import { EventRef, NetworkRef, PersonRef, type PersonRow } from '../refs.js';

EventRef.implement({
  description: 'A meeting, workshop or conference of a network.',
  interfaces: [NodeRef],
  fields: (t) => ({
    name: t.exposeString('name'),
    date: t.exposeString('date', { nullable: true, description: 'ISO date.' }),
    format: t.exposeString('format', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    ...provenanceFields(t),
    network: t.field({
      type: NetworkRef,
      nullable: true,
      resolve: (e) => e.networkId ?? null,
    }),
    attendees: t.connection(
      {
        type: PersonRef,
        description: 'Persons who attended: those the viewer may see; hiddenCount counts the others.',
        resolve: (e, args, ctx) =>
          pagedConnection(args, (page) => paged<PersonRow>(ctx, 'event/attendees-of-events').load({ id: e.id, ...page })),
      },
      { name: 'EventAttendeeConnection', fields: hiddenCountFields },
    ),
  }),
});
