export { buildConference } from './buildConference.js';
export type * from './types.js';
