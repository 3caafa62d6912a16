import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InspectResult } from '../../src/pipeline/inspect.js';
import type { Manifest } from '../../src/export/manifest.js';
import { pdfPageCount, ROOT, runCli, tempDir } from '../support/cli.js';

/**
 * Copies notes into a fresh folder outside any git repository, so that authors come from front
 * matter and file names only (in this repository, a file's last git author would name it).
 */
async function copiesOf(files: string[]): Promise<string[]> {
  const dir = await tempDir('recapdeck-notes-');
  return Promise.all(
    files.map(async (file) => {
      const copy = join(dir, basename(file));
      await copyFile(join(ROOT, file), copy);
      return copy;
    }),
  );
}

/** The slides of a Marp Markdown deck, front matter left out. */
function slidesOf(markdown: string): string[] {
  return markdown.split(/\n---\n/).slice(1);
}

describe('recapdeck build alice.md bob.md carol.md (a team recap, real Chromium)', () => {
  let dir: string;
  let manifest: Manifest;
  let stderr: string;
  let recap: string;
  let team: string[];

  beforeAll(async () => {
    team = await copiesOf(['alice', 'bob', 'carol'].map((name) => `test/fixtures/team/${name}.md`));
    const out = await tempDir();
    const result = await runCli(['build', ...team, '-o', out]);
    stderr = result.stderr;
    expect(result.code, result.stderr).toBe(0);
    dir = join(out, 'kubecon-2022');
    manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    recap = await readFile(join(dir, 'recap.md'), 'utf8');
  });

  it('makes one recap and one deck per talk, a talk noted by several people once', async () => {
    expect(manifest.title).toBe('KubeCon 2022');
    expect(manifest.decks.map((deck) => deck.kind)).toEqual(['recap', ...Array(9).fill('session')]);
    expect((await readdir(join(dir, 'sessions'))).filter((name) => name.endsWith('.pdf'))).toHaveLength(9);
    for (const deck of manifest.decks)
      expect(await pdfPageCount(join(dir, deck.files.pdf!)), deck.title).toBe(deck.slides);
  });

  it('lists every author on the title slide and says who noted each talk', () => {
    const [title] = slidesOf(recap);
    expect(title).toContain('Notes by Alice, Bob, Carol');
    expect(title).toContain('18 May 2022');
    // The team recap is brief too: one talk slide each, with who noted it under the speakers.
    const opening = (name: string) =>
      slidesOf(recap).find((slide) => slide.includes('_class: talk') && slide.includes(`## ${name}\n`))!;
    expect(opening("Don't Panic: A Practical Guide to Kubernetes Upgrades")).toContain('notes: Alice, Bob');
    expect(opening('eBPF for Everyone')).toContain('notes: Alice, Carol');
    expect(opening('Cloud Native Buildpacks deep dive')).toContain('notes: Carol');
  });

  it('orders the talks by day and never repeats a bullet within a talk', () => {
    // The agenda may continue on a "(cont.)" slide.
    const agenda = slidesOf(recap)
      .filter((slide) => slide.includes('_class: agenda'))
      .join('\n');
    const order = [
      'Day 1 — Wednesday 18 May',
      'Keeping Secrets Out of Git',
      'Day 2 — Thursday 19 May',
      'eBPF for Everyone',
      'Cloud Native Buildpacks deep dive',
      'Friday, May 20',
      'GitOps at Scale with Flux',
    ];
    const positions = order.map((text) => agenda.indexOf(text));
    expect(
      positions.every((position) => position >= 0),
      agenda,
    ).toBe(true);
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
    expect(stderr).toMatch(
      /^warning: .*bob\.md: Conference title "KubeCon EU 2022" differs from the one the notes agree on; using "KubeCon 2022"$/m,
    );
    expect(stderr).toMatch(/^warning: .*bob\.md: Conference date 2022-05-20 differs from 2022-05-18/m);
    expect(stderr).toContain('Wrote 10 decks');
  });

  it('shows the merged model with inspect --json', async () => {
    const result = await runCli(['inspect', ...team, '--json']);
    expect(result.code, result.stderr).toBe(0);
    const model = JSON.parse(result.stdout) as InspectResult;
    expect(model.authors).toEqual(['Alice', 'Bob', 'Carol']);
    expect(model.days.map((day) => day.sessions.length)).toEqual([3, 5, 1]);
    const secrets = model.days[0]!.sessions[2]!;
    expect(secrets).toMatchObject({
      title: 'Keeping Secrets Out of Git',
      notedBy: ['Alice', 'Bob'],
      speakers: [{ name: 'Maria Lopez', org: 'Fintech Co' }],
    });
    expect(secrets.file.endsWith('alice.md')).toBe(true);
    expect(model.warnings.map((warning) => warning.message)).toContainEqual(
      expect.stringMatching(/^Conference title "KubeCon Valencia" differs/),
    );
  });
});

/** Three people's notes of KubeCon EU 2019: two real ones from the corpus, and a third, messy one. */
const KUBECON_2019 = [
  'test/fixtures/corpus/02-kubecon-eu-2019-hugo-prose.md',
  'test/fixtures/corpus/04-kubecon-eu-2019-day2-talkN.md',
  'test/fixtures/team/marta-vidal.md',
];

describe("recapdeck build on three people's real notes of KubeCon EU 2019 (real Chromium)", () => {
  let out: string;
  let notes: string[];
  let build: { code: number; stderr: string };
  let model: InspectResult;
  const talk = (title: string) =>
    model.days.flatMap((day) => day.sessions).filter((session) => session.title === title);

  beforeAll(async () => {
    notes = await copiesOf(KUBECON_2019);
    out = await tempDir();
    build = await runCli(['build', ...notes, '-o', out]);
    const inspected = await runCli(['inspect', ...notes, '--json']);
    expect(inspected.code, inspected.stderr).toBe(0);
    model = JSON.parse(inspected.stdout) as InspectResult;
  });

  it('builds a brief team recap titled as the notes agree, by the authors it can name', async () => {
    expect(build.code, build.stderr).toBe(0);
    // "KubeCon - Other Cool Things" (a blog post), "KubeConEurope 2019" (the event 04's notes name) and the notes'
    // year agree only on "2019", a number: the title that holds it; "marta-vidal.md" names its author, not the conference.
    expect(model.title).toBe('KubeConEurope 2019');
    // Front matter, then the file name when it reads as a name: "04-kubecon-eu-2019-day2-talkN.md" names no one.
    expect(model.authors).toEqual(['@alexdmoss', 'Marta Vidal']);
    const manifest = JSON.parse(await readFile(join(out, 'kubeconeurope-2019', 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.decks.filter((deck) => deck.kind === 'session')).toHaveLength(45);
    const recap = manifest.decks.find((deck) => deck.kind === 'recap')!;
    expect(await pdfPageCount(join(out, 'kubeconeurope-2019', recap.files.pdf!))).toBe(recap.slides);
    // Brief by default: one slide per talk, two for a long one.
    // Talks noted without a word are listed together on "Also on the programme", not given a slide each.
    const [, one, two, listed] =
      /slides per talk: (\d+) × 1, (\d+) × 2 · (\d+) listed without notes$/m.exec(build.stderr) ?? [];
    expect([Number(one), Number(two), Number(listed)], build.stderr).toEqual([25, 2, 18]);
    const title = slidesOf(await readFile(join(out, 'kubeconeurope-2019', 'recap.md'), 'utf8'))[0]!;
    expect(title).toContain('Notes by @alexdmoss, Marta Vidal');
    // 02's date is the day its post was written (24 May); the days say the conference began on the 21st.
    expect(title).toContain('21 May 2019');
    expect(title).not.toMatch(/Kubecon Eu 2019 Day2/i);
  });

  it('lines the days up: weekdays with dates, and notes without days by the talks they share', () => {
    expect(model.days.map((day) => day.title)).toEqual(['Tues 21 May', 'Wed 22nd May', 'Thurs 23 May']);
    expect(model.days.map((day) => day.sessions.length)).toEqual([22, 13, 10]);
    // 04's "## Keynote" / "## Keynote" headings group talks; its talks are all on the Tuesday.
    expect(
      model.days[0]!.sessions.filter((session) => session.file.endsWith('04-kubecon-eu-2019-day2-talkN.md')).map(
        (session) => session.title,
      ),
    ).toEqual([
      'Getting Started in the Kubernetes Community',
      'Hands-On: GitLab Serverless workshop using Knative',
      'Hands-On: Deployment of Stateful Workloads on Kubernetes',
      'Intro to Linkerd',
      'Hands-On: A day in the life of a cloud native application developer',
      'Laying the Foundation: Real World Kubernetes Deployment Patterns',
      'Birds of a Feather: Financial Services User Group',
    ]);
  });

  it('makes one session of each talk, whatever its title or speaker spelling', () => {
    const titles = model.days.flatMap((day) => day.sessions.map((session) => `${day.title}: ${session.title}`));
    expect(new Set(titles).size).toBe(45);
    expect(titles).toHaveLength(45);
    const notedByBoth = ['@alexdmoss', 'Marta Vidal'];
    // "m3: monitoring at planet scale - Rob Skilington"
    expect(talk('Monitoring at Planet Scale for Everyone')).toMatchObject([
      { notedBy: notedByBoth, speakers: [{ name: 'Rob Skillington' }] },
    ]);
    // "grafana loki: like prom, but for logs (Tom Wilkie)"
    expect(talk('Grafana Loki: Like Prometheus, but for Logs')).toMatchObject([{ notedBy: notedByBoth }]);
    // "K8S project update (janet kuo)" and 04's "K8s Project Update"; Janet Kuo's other talk that day stays apart.
    expect(talk('Kubernetes Project Update')).toMatchObject([{ notedBy: notedByBoth }]);
    expect(talk('Welcome Remarks')).toMatchObject([{ notedBy: notedByBoth }]);
    // "linkerd deep dive" (Thursday) is Deep Dive: Linkerd, not Tuesday's Intro to Linkerd.
    expect(model.days[2]!.sessions.find((session) => session.title === 'Deep Dive: Linkerd')).toMatchObject({
      notedBy: notedByBoth,
    });
    expect(talk('Intro to Linkerd')).toMatchObject([{ notedBy: ['Marta Vidal'] }]);
    // Same title on two days, by two speakers.
    expect(talk('Opening Remarks').map((session) => session.speakers.map((speaker) => speaker.name))).toEqual([
      ['Bryan Liles'],
      ['Janet Kuo'],
    ]);
    // 04's "Talk 4: Vijay Pandey" is Vijoy Pandey's keynote.
    expect(talk('Vijay Pandey')).toEqual([]);
  });
});

describe('recapdeck build: authors from git', () => {
  it('names notes without an author in front matter by the last git author of the file, before the file name', async () => {
    const repo = await tempDir('recapdeck-git-');
    await mkdir(join(repo, 'notes'));
    await writeFile(
      join(repo, 'notes', 'day-one.md'),
      '# Conf\n\n## Tuesday\n\n### Opening Keynote - Ann Lee\n\n- welcome\n',
    );
    await writeFile(
      join(repo, 'notes', 'jane-roe.md'),
      '# Conf\n\n## Tuesday\n\n### Opening keynote - Ann Lee\n\n- hello\n',
    );
    const git = (args: string[], name: string) =>
      execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
        cwd: repo,
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: name,
          GIT_AUTHOR_EMAIL: 'a@example.org',
          GIT_COMMITTER_NAME: name,
          GIT_COMMITTER_EMAIL: 'a@example.org',
        },
      });
    git(['init', '-q'], 'x');
    git(['add', 'notes/day-one.md'], 'x');
    git(['commit', '-q', '-m', 'notes'], 'Priya Shah');
    git(['add', 'notes/jane-roe.md'], 'x');
    git(['commit', '-q', '-m', 'more notes'], 'Tom Berg');
    const inspected = await runCli([
      'inspect',
      join(repo, 'notes', 'day-one.md'),
      join(repo, 'notes', 'jane-roe.md'),
      '--json',
    ]);
    expect(inspected.code, inspected.stderr).toBe(0);
    const model = JSON.parse(inspected.stdout) as InspectResult;
    expect(model.authors).toEqual(['Priya Shah', 'Tom Berg']);
    expect(model.days[0]!.sessions[0]!.notedBy).toEqual(['Priya Shah', 'Tom Berg']);
  });
});
