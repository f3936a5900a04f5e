// Derived data, one owner: what is derived at load (steps.ts), for which question and of which
// version (questions.ts), how it is run (derive.ts), and how a question is answered from it or on
// the spot (`ask`). The seed's load path derives through it; the API asks through it.

export { DERIVE_STEP_COUNT, type DerivedPart, deriveInTransaction, rederive, staleDerivations } from './derive.js';
export {
  type AnswerOf,
  ask,
  type ClusterNetworkRead,
  type ParamsOf,
  QUESTIONS,
  type QuestionName,
  type Read,
  type StoredPage,
} from './questions.js';
