export { planDecks, allSessions } from './planDecks.js';
export type * from './types.js';
