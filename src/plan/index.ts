export { planDecks, allSessions, type RecapKind } from './planDecks.js';
export type * from './types.js';
