import { createHash } from 'node:crypto';

/** sha256 of the parts, kept apart so ("ab", "c") and ("a", "bc") differ. */
export function contentHash(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:${part}\n`);
  return hash.digest('hex');
}
