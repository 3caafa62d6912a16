import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, runCli, tempDir } from '../support/cli.js';

/** Slides of a Marp Markdown deck: the `---` separators after the front matter, plus one. */
const slideCount = (markdown: string) => markdown.split(/\n---\n/).length - 1;

describe('the recap plan from the command line', () => {
  it('builds a brief recap by default and prints its plan', async () => {
    const out = await tempDir();
    const result = await runCli(['build', EXAMPLE, '-o', out, '--format', 'md']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Recap: 29 slides · slides per talk: 14 × 1, 2 × 2');
    const recap = await readFile(join(out, 'kubecon-eu-2021/recap.md'), 'utf8');
    expect(slideCount(recap)).toBe(29);
    expect(recap).toContain(
      '[All the notes of this talk →](sessions/03-cloudevents-looking-beyond-event-delivery.html)',
    );
    const session = await readFile(
      join(out, 'kubecon-eu-2021/sessions/03-cloudevents-looking-beyond-event-delivery.md'),
      'utf8',
    );
    expect(session).toContain('[← Team recap](../recap.html)');
  });

  it('fits --minutes 20, and --recap full gives the slide-for-slide deck', async () => {
    const out = await tempDir();
    const fitted = await runCli(['build', EXAMPLE, '-o', out, '--format', 'md', '--minutes', '20', '--json']);
    expect(fitted.code).toBe(0);
    const summary = JSON.parse(fitted.stdout);
    expect(summary.recapPlan).toMatchObject({ minutes: 20, budget: 20, total: 23 });
    expect(summary.recapPlan.talks).toHaveLength(16);
    expect(summary.manifest.decks[0]).toMatchObject({ kind: 'recap', slides: 23 });
    const full = await runCli(['build', EXAMPLE, '-o', out, '--format', 'md', '--recap', 'full', '--json']);
    const fullSummary = JSON.parse(full.stdout);
    expect(fullSummary.recapPlan).toBeNull();
    expect(fullSummary.manifest.decks[0]).toMatchObject({ kind: 'recap', slides: 68 });
  });

  it('shows the plan in inspect --json, with the config file’s minutes', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'recapdeck.config.json'), JSON.stringify({ minutes: 30 }));
    const result = await runCli(['inspect', EXAMPLE, '--json'], { cwd: dir });
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout).recapPlan;
    expect(plan).toMatchObject({ minutes: 30, budget: 30, total: 30 });
    // Title, two agenda slides, four dividers, follow-ups, two research slides and at a glance leave 19 for 16 talks.
    expect(plan.talks.reduce((sum: number, talk: { slides: number }) => sum + talk.slides, 0)).toBe(19);
    const flag = JSON.parse(
      (await runCli(['inspect', EXAMPLE, '--json', '--minutes', '20'], { cwd: dir })).stdout,
    ).recapPlan;
    expect(flag.total).toBe(23);
  });

  it('refuses a bad --minutes or --recap with one usage line', async () => {
    for (const args of [
      ['--minutes', 'soon'],
      ['--minutes', '0'],
      ['--recap', 'short'],
    ]) {
      const result = await runCli(['build', EXAMPLE, '--format', 'md', ...args]);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/Cannot use (minutes|recap) `/);
    }
  });
});
