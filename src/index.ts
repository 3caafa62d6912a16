export { build } from './build/build.js';
export type { BuildOptions, BuildResult, Format, ProgressEvent } from './build/build.js';
export { inspect } from './build/inspect.js';
export type { InspectResult } from './build/inspect.js';
export { RecapError, exitCodes } from './errors.js';
export type * from './model/types.js';
export type { Deck, Slide } from './plan/types.js';
export type { Manifest } from './export/manifest.js';
