// TEMPORARY STUB for local debugging, replaced by the real landscape (helper writes this file).
import type { Landscape } from './types.js';
export { SOURCES } from './sources.js';
export type * from './types.js';
export const landscape: Landscape = {
  topics: [
    { id: 'topic:vergabe', name: 'Vergabe und Beschaffung', nameEn: 'Procurement', source: ['oefit-whitepaper'] },
    { id: 'topic:nachhaltige-beschaffung', name: 'Nachhaltige Beschaffung', nameEn: 'Sustainable procurement', parent: 'topic:vergabe', source: ['communities-overview'] },
    { id: 'topic:wissensmanagement', name: 'Wissensmanagement', nameEn: 'Knowledge management', source: ['oefit-whitepaper'] },
  ],
  networks: [
    { id: 'network:dvnw', name: 'Deutsches Vergabenetzwerk', shortName: 'DVNW', description: 'x', typology: 'CLAN', governance: 'LEAD_ORGANISATION', topics: ['topic:vergabe'], source: ['oefit-whitepaper'] },
    { id: 'network:vubn', name: 'VUBN Netzwerk', shortName: 'VUBN', description: 'x', topics: ['topic:vergabe', 'topic:nachhaltige-beschaffung'], memberCount: 7500, source: ['communities-overview'] },
    { id: 'network:next', name: 'NExT Netzwerk', shortName: 'NExT', description: 'x', topics: [], source: ['communities-overview'] },
    { id: 'network:next-community-wissensmanagement', name: 'NExT-Community Wissensmanagement', description: 'x', partOf: 'network:next', topics: ['topic:wissensmanagement'], typology: 'FEDERATED', governance: 'SHARED', source: ['oefit-whitepaper'] },
    { id: 'network:kern', name: 'KERN-Community', description: 'x', topics: [], typology: 'PROJECT_BASED', governance: 'SHARED', source: ['oefit-whitepaper'] },
  ],
  organisations: [
    { id: 'org:bmi', name: 'Bundesministerium des Innern', shortName: 'BMI', roles: ['AUTHORITY', 'UMBRELLA'], level: 'FEDERAL', source: ['oefit-whitepaper'] },
    { id: 'org:bsi', name: 'Bundesamt für Sicherheit in der Informationstechnik', shortName: 'BSI', roles: ['AUTHORITY'], parent: 'org:bmi', level: 'FEDERAL', source: ['oefit-whitepaper'] },
    { id: 'org:next-ev', name: 'NExT e.V.', roles: ['UMBRELLA'], source: ['communities-overview'] },
  ],
  relations: [
    { from: 'org:bsi', type: 'PROVIDES_CONTENT', to: 'network:next-community-wissensmanagement', source: ['oefit-whitepaper'] },
    { from: 'org:next-ev', type: 'COORDINATES', to: 'network:next', source: ['communities-overview'] },
    { from: 'org:bmi', type: 'COORDINATES', to: 'network:kern', source: ['oefit-whitepaper'] },
  ],
  innovations: [
    { id: 'innovation:kern-ux', title: 'KERN UX-Standard', description: 'x', kind: 'PRODUCT', emergedIn: 'network:kern', topics: [], source: ['oefit-whitepaper'] },
  ],
  events: [],
};
