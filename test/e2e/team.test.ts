import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InspectResult } from '../../src/pipeline/inspect.js';
import type { Manifest } from '../../src/export/manifest.js';
import { pdfPageCount, ROOT, runCli, tempDir } from '../support/cli.js';

const TEAM = ['alice', 'bob', 'carol'].map((name) => join(ROOT, `test/fixtures/team/${name}.md`));

/** The slides of a Marp Markdown deck, front matter left out. */
function slidesOf(markdown: string): string[] {
  return markdown.split(/\n---\n/).slice(1);
}

describe('recapdeck build alice.md bob.md carol.md (a team recap, real Chromium)', () => {
  let dir: string;
  let manifest: Manifest;
  let stderr: string;
  let recap: string;

  beforeAll(async () => {
    const out = await tempDir();
    const result = await runCli(['build', ...TEAM, '-o', out]);
    stderr = result.stderr;
    expect(result.code, result.stderr).toBe(0);
    dir = join(out, 'kubecon-cloudnativecon-europe-2022');
    manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    recap = await readFile(join(dir, 'recap.md'), 'utf8');
  });

  it('makes one recap and one deck per talk, a talk noted by several people once', async () => {
    expect(manifest.title).toBe('KubeCon + CloudNativeCon Europe 2022');
    expect(manifest.decks.map((deck) => deck.kind)).toEqual(['recap', ...Array(9).fill('session')]);
    expect((await readdir(join(dir, 'sessions'))).filter((name) => name.endsWith('.pdf'))).toHaveLength(9);
    for (const deck of manifest.decks) expect(await pdfPageCount(join(dir, deck.files.pdf!)), deck.title).toBe(deck.slides);
  });

  it('lists every author on the title slide and says who noted each talk', () => {
    const [title] = slidesOf(recap);
    expect(title).toContain('Notes by Alice, Bob, Carol');
    expect(title).toContain('18 May 2022');
    // The team recap is brief too: one talk slide each, with who noted it under the speakers.
    const opening = (name: string) => slidesOf(recap).find((slide) => slide.includes('_class: talk') && slide.includes(`## ${name}\n`))!;
    expect(opening("Don't Panic: A Practical Guide to Kubernetes Upgrades")).toContain('notes: Alice, Bob');
    expect(opening('eBPF for Everyone')).toContain('notes: Alice, Carol');
    expect(opening('Cloud Native Buildpacks deep dive')).toContain('notes: Carol');
  });

  it('orders the talks by day and never repeats a bullet within a talk', () => {
    // The agenda may continue on a "(cont.)" slide.
    const agenda = slidesOf(recap).filter((slide) => slide.includes('_class: agenda')).join('\n');
    const order = ['Day 1 — Wednesday 18 May', 'Keeping Secrets Out of Git', 'Day 2 — Thursday 19 May', 'eBPF for Everyone', 'Cloud Native Buildpacks deep dive', 'Friday, May 20', 'GitOps at Scale with Flux'];
    const positions = order.map((text) => agenda.indexOf(text));
    expect(positions.every((position) => position >= 0), agenda).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    let talk = '';
    const seen = new Map<string, string[]>();
    for (const slide of slidesOf(recap)) {
      if (slide.includes('_class: talk')) talk = /^## (.*?)(?: \(cont\.\))?$/m.exec(slide)![1]!;
      else talk = '';
      if (!talk) continue;
      for (const bullet of slide.match(/^\s*- .*$/gm) ?? []) {
        const points = seen.get(talk) ?? [];
        expect(points, `${talk}: ${bullet}`).not.toContain(bullet.trim());
        points.push(bullet.trim());
        seen.set(talk, points);
      }
    }
    expect(seen.get('Observability at Scale with OpenTelemetry')).toEqual([
      '- One collector per node, one gateway per cluster',
      '- Tail sampling keeps the interesting traces',
      '- Metrics and traces share the same resource attributes',
      '- Exemplars link metrics to traces',
    ]);
  });

  it('warns, without failing, where the notes disagree', () => {
    expect(stderr).toMatch(/^warning: .*bob\.md: Conference title "KubeCon EU 2022" differs from "KubeCon \+ CloudNativeCon Europe 2022"/m);
    expect(stderr).toMatch(/^warning: .*bob\.md: Conference date 2022-05-20 differs from 2022-05-18/m);
    expect(stderr).toContain('Wrote 10 decks');
  });

  it('shows the merged model with inspect --json', async () => {
    const result = await runCli(['inspect', ...TEAM, '--json']);
    expect(result.code, result.stderr).toBe(0);
    const model = JSON.parse(result.stdout) as InspectResult;
    expect(model.authors).toEqual(['Alice', 'Bob', 'Carol']);
    expect(model.days.map((day) => day.sessions.length)).toEqual([3, 5, 1]);
    const secrets = model.days[0]!.sessions[2]!;
    expect(secrets).toMatchObject({ title: 'Keeping Secrets Out of Git', notedBy: ['Alice', 'Bob'], speakers: [{ name: 'Maria Lopez', org: 'Fintech Co' }] });
    expect(secrets.file.endsWith('alice.md')).toBe(true);
    expect(model.warnings.map((warning) => warning.message)).toContainEqual(expect.stringMatching(/^Conference title "KubeCon Valencia — my notes" differs/));
  });
});
