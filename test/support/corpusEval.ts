import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describeConference } from '../../src/pipeline/inspect.js';
import { loadConference } from '../../src/pipeline/loadNotes.js';
import {
  addCounts,
  noCounts,
  rates,
  scoreReading,
  type Counts,
  type FileScore,
  type Rates,
  type Reading,
  type Truth,
} from '../../src/eval/score.js';
import { corpusNotesIn } from './corpusFiles.js';
import { deckWords, decksMarkdown, notesWords } from './noteWords.js';

/**
 * `npm run eval`: the model run on every labeled corpus file and scored against its truth file
 * (docs/CORPUS.md). Used by scripts/eval.ts and by the CI floor in test/corpus/eval.test.ts.
 */
export const CORPUS = join(import.meta.dirname, '../fixtures/corpus');

export const truthFileOf = (notes: string) => notes.replace(/\.md$/, '.truth.json');

/** Notes files of the corpus, sorted; labeled or not. */
export const corpusNotes = () => corpusNotesIn(CORPUS);

/** File names listed in HELD-OUT.txt: scored apart, not looked at while rules change. */
export function heldOutNames(): Set<string> {
  const text = readFileSync(join(CORPUS, 'HELD-OUT.txt'), 'utf8');
  return new Set(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
}

export interface FileResult extends Omit<FileScore, 'pairs'> {
  file: string;
  heldOut: boolean;
  words: { kept: number; total: number };
}

export interface Totals {
  files: number;
  talks: Counts & Rates;
  speakers: Counts & Rates;
  days: Counts & Rates;
  dayCountRight: number;
  titleRight: number;
  wordsKept: number;
}

export interface EvalReport {
  files: FileResult[];
  seen: Totals;
  heldOut: Totals;
  all: Totals;
}

/**
 * The name the file had in its repository (SOURCES.tsv), which is what the model sees when notes have no
 * title; the corpus names (NN-conference-year-style.md) would hand it the conference name.
 */
export function sourceNames(): Map<string, string> {
  const rows = readFileSync(join(CORPUS, 'SOURCES.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));
  return new Map(rows.filter((row) => row[2] && row[2] !== '-').map((row) => [row[0]!, basename(row[2]!)]));
}

/** What `inspect` reads, reduced to the truth's shape; a day the model made up (not a heading) is no day. */
async function readingOf(path: string): Promise<Reading> {
  const conference = await loadConference([path]);
  const described = describeConference(conference);
  return {
    title: described.title,
    days: conference.days.filter((day) => day.heading !== null).map((day) => day.title),
    talks: described.days.flatMap((day) =>
      day.sessions.map((session) => ({
        title: session.title,
        speakers: session.speakers.map((speaker) => speaker.name),
        day: day.title,
      })),
    ),
  };
}

/** Share of the notes' words (test/support/noteWords.ts) that are somewhere in the recap deck. */
function wordsKept(path: string): { kept: number; total: number } {
  const text = readFileSync(path, 'utf8');
  const deck = deckWords(decksMarkdown(text, path));
  const words = [...notesWords(text, path)];
  return { kept: words.filter((word) => deck.has(word)).length, total: words.length };
}

export async function evaluateFile(name: string, heldOut: boolean, sourceName = name): Promise<FileResult> {
  const truth = JSON.parse(readFileSync(truthFileOf(join(CORPUS, name)), 'utf8')) as Truth;
  const dir = mkdtempSync(join(tmpdir(), 'recapdeck-eval-'));
  try {
    const path = join(dir, sourceName);
    writeFileSync(path, readFileSync(join(CORPUS, name)));
    const { pairs: _pairs, ...score } = scoreReading(await readingOf(path), truth);
    return { file: name, heldOut, ...score, words: wordsKept(path) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function totalsOf(results: FileResult[]): Totals {
  const sum = (pick: (result: FileResult) => Counts) =>
    results.reduce((total, result) => addCounts(total, pick(result)), noCounts());
  const withRates = (counts: Counts) => ({ ...counts, ...rates(counts) });
  const kept = results.reduce((total, result) => total + result.words.kept, 0);
  const words = results.reduce((total, result) => total + result.words.total, 0);
  return {
    files: results.length,
    talks: withRates(sum((result) => result.talks)),
    speakers: withRates(sum((result) => result.speakers)),
    days: withRates(sum((result) => result.days)),
    dayCountRight: results.filter((result) => result.dayCountRight).length,
    titleRight: results.filter((result) => result.titleRight).length,
    wordsKept: words === 0 ? 1 : kept / words,
  };
}

/** Every notes file that has a truth file. */
export async function evaluateCorpus(): Promise<EvalReport> {
  const heldOut = heldOutNames();
  const sources = sourceNames();
  const labeled = corpusNotes().filter((name) => existsSync(truthFileOf(join(CORPUS, name))));
  const files: FileResult[] = [];
  for (const name of labeled) files.push(await evaluateFile(name, heldOut.has(name), sources.get(name)));
  return {
    files,
    seen: totalsOf(files.filter((file) => !file.heldOut)),
    heldOut: totalsOf(files.filter((file) => file.heldOut)),
    all: totalsOf(files),
  };
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(6);
const ratio = ({ matched, found, truth }: Counts) => `${matched}/${found}/${truth}`;

/** The report as a table: per file, then totals for seen, held-out and all files. */
export function formatReport(report: EvalReport): string {
  const lines = [
    'file                                                      talks m/f/t   P      R      F1  | speakers m/f/t  F1  | days m/f/t count | title | words',
  ];
  for (const file of report.files) {
    const talk = rates(file.talks);
    lines.push(
      [
        `${file.heldOut ? '*' : ' '}${file.file}`.padEnd(58).slice(0, 58),
        ratio(file.talks).padStart(10),
        pct(talk.precision),
        pct(talk.recall),
        pct(talk.f1),
        '|',
        ratio(file.speakers).padStart(10),
        pct(rates(file.speakers).f1),
        '|',
        ratio(file.days).padStart(8),
        file.dayCountRight ? '  ok ' : ' off ',
        '|',
        file.titleRight ? ' ok  ' : ' off ',
        '|',
        pct(file.words.total === 0 ? 1 : file.words.kept / file.words.total),
      ].join(' '),
    );
  }
  lines.push(
    '',
    '* held out (HELD-OUT.txt). m/f/t = matched / found by the model / in the truth. Totals are micro-averaged.',
    '',
  );
  for (const [label, totals] of [
    ['seen', report.seen],
    ['held out', report.heldOut],
    ['all', report.all],
  ] as const) {
    lines.push(
      `${label.padEnd(9)} ${String(totals.files).padStart(2)} files | talks P ${pct(totals.talks.precision)} R ${pct(totals.talks.recall)} F1 ${pct(totals.talks.f1)}` +
        ` | speakers P ${pct(totals.speakers.precision)} R ${pct(totals.speakers.recall)} F1 ${pct(totals.speakers.f1)}` +
        ` | days F1 ${pct(totals.days.f1)}, count right ${totals.dayCountRight}/${totals.files} | title right ${totals.titleRight}/${totals.files} | words kept ${pct(totals.wordsKept)}`,
    );
  }
  return lines.join('\n');
}
