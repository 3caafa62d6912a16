/** How notes are read; a file of its own, so the package's types (via inspect) need no mdast. */
export interface ParseOptions {
  /** Keep images outside the notes file's folder (see safeSource). */
  allowLocalFiles?: boolean;
  /** Remote images will be loaded (no warning that they are not). */
  allowRemote?: boolean;
}
