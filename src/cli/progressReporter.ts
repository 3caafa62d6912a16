import type { ProgressEvent } from '../pipeline/build.js';
import { plural } from '../plural.js';

export type ProgressStyle = 'bar' | 'lines' | 'none';

/** Width of the bar in characters. */
const BAR = 24;

/**
 * Build progress on stderr: on a terminal a bar redrawn in place (decks done of total, elapsed
 * time, ETA), otherwise one plain line per deck, so logs stay readable; nothing for `none`.
 * `finish()` clears the bar before the summary line.
 */
export function progressReporter(
  write: (text: string) => void,
  style: ProgressStyle,
  now: () => number = () => performance.now(),
): { report: (event: ProgressEvent) => void; finish: () => void } {
  const started = now();
  let drawn = false;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return {
    report(event) {
      if (style === 'none' || event.phase !== 'deck') return;
      const elapsed = now() - started;
      if (style === 'lines') {
        write(`[${event.done}/${event.total}] ${event.file ?? 'deck'} (${seconds(elapsed)})\n`);
        return;
      }
      const filled = Math.round((event.done / event.total) * BAR);
      const eta =
        event.done < event.total ? ` · ETA ${seconds((elapsed / event.done) * (event.total - event.done))}` : '';
      write(
        `\r\x1b[K${'█'.repeat(filled)}${'░'.repeat(BAR - filled)} ${event.done}/${plural(event.total, 'deck')} · ${seconds(elapsed)}${eta}`,
      );
      drawn = true;
    },
    finish() {
      if (drawn) write('\r\x1b[K');
      drawn = false;
    },
  };
}
