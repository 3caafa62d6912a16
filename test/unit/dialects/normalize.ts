import { fencedLines } from '../../../src/parse/dialects/index.js';
import type { Dialect } from '../../../src/parse/dialects/types.js';
import type { SourceRepair } from '../../../src/parse/repairSource.js';

/** One dialect on `text`, as the parse stage runs it; checks that no line moved. */
export function normalize(dialect: Dialect, text: string): { text: string; repairs: SourceRepair[] } {
  const lines = text.split('\n');
  const repairs: SourceRepair[] = [];
  const out = dialect.normalize(lines, { code: fencedLines(lines), repairs });
  if (out.length !== lines.length) throw new Error(`${dialect.name}: ${lines.length} lines became ${out.length}`);
  return { text: out.join('\n'), repairs };
}
