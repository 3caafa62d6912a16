import { isAbsolute, relative } from 'node:path';

/** True when `path` lies strictly inside `folder` (both absolute; neither is resolved through links here). */
export function isInside(path: string, folder: string): boolean {
  const fromFolder = relative(folder, path);
  return fromFolder !== '' && !fromFolder.startsWith('..') && !isAbsolute(fromFolder);
}
