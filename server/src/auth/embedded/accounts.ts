// The shape of a demo sign-in account of the embedded demo provider. The accounts themselves are
// the seed's invented persons (seed/src/demo/accounts.ts); the start command hands them over, since
// the server does not import the seed.

export interface DemoAccount {
  /** The provider's subject (`sub`), stable: `demo-0001` for person:demo-0001. */
  subject: string;
  /** The seeded person this account is, or null for the accounts without a person record. */
  personId: string | null;
  name: string;
  givenName: string;
  familyName: string;
  email: string;
  authorityId: string | null;
  authorityName: string | null;
  /** What the account is for, when it is not simply a seeded person. */
  note: string | null;
}
