import { describe, expect, it } from 'vitest';
import { progressReporter } from '../../src/cli/progressReporter.js';

function reporter(style: 'bar' | 'lines' | 'none') {
  let clock = 0;
  const written: string[] = [];
  const progress = progressReporter(
    (text) => written.push(text),
    style,
    () => clock,
  );
  return { progress, written, tick: (ms: number) => (clock += ms) };
}

describe('progressReporter', () => {
  it('draws a bar in place with decks done of total, elapsed time and ETA', () => {
    const { progress, written, tick } = reporter('bar');
    progress.report({ phase: 'md', done: 4, total: 4 });
    tick(1000);
    progress.report({ phase: 'deck', done: 1, total: 4, file: 'recap' });
    tick(1000);
    progress.report({ phase: 'deck', done: 2, total: 4, file: 'sessions/01-a' });
    expect(written).toHaveLength(2);
    expect(written[0]).toMatch(/^\r\x1b\[K█{6}░{18} 1\/4 decks · 1\.0 s · ETA 3\.0 s$/);
    expect(written[1]).toMatch(/^\r\x1b\[K█{12}░{12} 2\/4 decks · 2\.0 s · ETA 2\.0 s$/);
    progress.report({ phase: 'deck', done: 4, total: 4, file: 'sessions/03-c' });
    expect(written[2]).not.toContain('ETA');
    progress.finish();
    expect(written[3]).toBe('\r\x1b[K');
  });

  it('counts one deck as "1/1 deck"', () => {
    const { progress, written } = reporter('bar');
    progress.report({ phase: 'deck', done: 1, total: 1, file: 'recap' });
    expect(written[0]).toMatch(/ 1\/1 deck · /);
  });

  it('prints one plain line per deck when stderr is not a terminal', () => {
    const { progress, written, tick } = reporter('lines');
    tick(1500);
    progress.report({ phase: 'deck', done: 1, total: 2, file: 'recap' });
    progress.report({ phase: 'pdf', done: 1, total: 2 });
    progress.finish();
    expect(written).toEqual(['[1/2] recap (1.5 s)\n']);
  });

  it('prints nothing for none', () => {
    const { progress, written } = reporter('none');
    progress.report({ phase: 'deck', done: 1, total: 1, file: 'recap' });
    progress.finish();
    expect(written).toEqual([]);
  });
});
