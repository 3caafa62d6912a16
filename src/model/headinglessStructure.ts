import type { ListItem, Paragraph, RootContent } from 'mdast';
import { lineOf, remainderOf, sourceOf } from './blocks.js';
import type { TalkSource } from './inferStructure.js';
import { MIN_PLAIN_TALK_LINES, namedOrTimed, readsAsNames } from './talkLines.js';

export interface HeadinglessStructure {
  /** A short first line that names the notes ("KubeCon EU 2021 notes"), or null. */
  titleLine: string | null;
  /** The paragraph `titleLine` was read from: the caller puts it back when something else names the notes. */
  titleNode: RootContent | null;
  intro: RootContent[];
  talks: TalkSource[];
  /** What carried the structure, for the warning. */
  carrier: 'separators' | 'lines' | 'list' | null;
}

const MAX_TITLE_LINE = 120;

/**
 * Pure: notes without headings. `---` rules between talks, each opening with its title line; title lines, each
 * over the talk's notes (talkLineStarts); or a top-level list whose items hold the talks' points; failing all, the
 * notes are shown as they are.
 */
export function headinglessStructure(nodes: RootContent[], source: string): HeadinglessStructure {
  const breaks = nodes.filter((node) => node.type === 'thematicBreak').length;
  const [first, ...others] = nodes;
  const lineStarts = talkLineStarts(nodes, source);
  // A first line that opens a talk as the lines after it do (`Title` over its points) is that talk's title, not the notes'.
  const opensTalks = first !== undefined && lineStarts.has(first) && lineStarts.size >= MIN_PLAIN_TALK_LINES;
  const titleLine =
    first && !opensTalks && isTitleLine(first, source) && others.length > 0 ? sourceOf(first, source).trim() : null;
  const titleNode = titleLine === null ? null : first!;
  const rest = titleLine === null ? nodes : others;

  if (breaks >= 1) {
    const intro: RootContent[] = [];
    const talks: TalkSource[] = [];
    for (const chunk of splitAt(rest, (node) => node.type === 'thematicBreak')) {
      const talk = talkFromChunk(chunk, source);
      // A chunk without a title line continues the talk before it (or opens the notes).
      if (talk) talks.push(talk);
      else (talks.at(-1)?.body ?? intro).push(...chunk);
    }
    if (talks.length >= 2) return { titleLine, titleNode, intro, talks, carrier: 'separators' };
  }
  const starts = oneNamedTalk(new Map([...lineStarts].filter(([node]) => node !== titleNode)));
  if (starts.size >= MIN_PLAIN_TALK_LINES || (starts.size === 1 && lineStarts.size >= MIN_PLAIN_TALK_LINES)) {
    const intro: RootContent[] = [];
    const talks: TalkSource[] = [];
    for (const node of rest) {
      const start = starts.get(node);
      if (start) talks.push(start);
      else (talks.at(-1)?.body ?? intro).push(node);
    }
    return { titleLine, titleNode, intro, talks, carrier: 'lines' };
  }
  const lists = rest.filter((node) => node.type === 'list');
  if (lists.length === 1) {
    const list = lists[0]!;
    const nested = list.children.filter((item) => item.children.length > 1).length;
    if (list.children.length >= 2 && nested * 2 >= list.children.length) {
      return {
        titleLine,
        titleNode,
        intro: rest.filter((node) => node !== list),
        talks: list.children.map((item) => talkFromItem(item, source)),
        carrier: 'list',
      };
    }
  }
  return { titleLine, titleNode, intro: rest, talks: [], carrier: null };
}

function splitAt<T>(items: T[], isSeparator: (item: T) => boolean): T[][] {
  const chunks: T[][] = [[]];
  for (const item of items) {
    if (isSeparator(item)) chunks.push([]);
    else chunks.at(-1)!.push(item);
  }
  return chunks;
}

function isTitleLine(node: RootContent, source: string): boolean {
  if (node.type !== 'paragraph') return false;
  const text = sourceOf(node, source).trim();
  return !text.includes('\n') && text.length <= MAX_TITLE_LINE && !/[.,;]$/.test(text);
}

/** A title line that ends as a sentence or a caption does is prose: "We arrived late.", "Some thoughts:". */
const NOT_A_TITLE_END = /[.!。！:：]$/u;

/**
 * The paragraphs that open talks in notes without headings, each read as its talk (the lines after a paragraph's first
 * are the first of its notes): a first line that names its speaker or opens with its time, over notes (`Title - Jane
 * Roe`, `Jane Roe: Title`, `10:30 Title`, the notes on the next lines or in the blocks after), or a line alone over a
 * list of points (`Title` then `- point`). Taken only where the notes write MIN_PLAIN_TALK_LINES or more of them.
 */
function talkLineStarts(nodes: RootContent[], source: string): Map<RootContent, TalkSource> {
  const starts = new Map<RootContent, TalkSource>();
  nodes.forEach((node, index) => {
    if (node.type !== 'paragraph') return;
    const text = sourceOf(node, source);
    const newline = text.indexOf('\n');
    const heading = (newline < 0 ? text : text.slice(0, newline)).trim();
    const plain = plainOf(heading);
    if (plain.length === 0 || plain.length > MAX_TITLE_LINE || NOT_A_TITLE_END.test(plain)) return;
    const next = nodes[index + 1];
    const named = namedOrTimed(plain) ?? nameUnder(plain, text.slice(newline + 1).split('\n')[0]!, newline);
    // A line alone needs notes after it: a list of points, or (when it names a talk) prose.
    if (newline < 0 && next?.type !== 'list' && (named === null || next?.type !== 'paragraph')) return;
    if (newline >= 0 && named === null) return;
    const rest = newline < 0 ? [] : [remainderOf(node, newline + 1, source)];
    starts.set(node, {
      heading,
      text: named?.text ?? plain,
      line: lineOf(node),
      body: rest,
      group: null,
      ...(named?.speaker === undefined ? {} : { speakerHeading: { heading: named.speaker, text: named.speaker } }),
    });
  });
  return starts;
}

/**
 * Lines that open talks where only the first names who spoke or when (`Title` over `Jane Roe`, `Title - Jane Roe`,
 * `10:30 Title`) and every later one is a line alone over points: one talk, its title first, the later lines the
 * topics of its notes. Notes of several talks name or time more than their first.
 */
function oneNamedTalk(starts: Map<RootContent, TalkSource>): Map<RootContent, TalkSource> {
  const [lead, ...later] = starts;
  if (lead === undefined || later.length === 0 || isLineAlone(lead[1])) return starts;
  return later.every(([, talk]) => isLineAlone(talk)) ? new Map([lead]) : starts;
}

/** A talk's line that names no speaker and no time: a title alone over its points. */
function isLineAlone(talk: TalkSource): boolean {
  return talk.speakerHeading === undefined && namedOrTimed(plainOf(talk.heading)) === null;
}

/** A line as read for its names and times: without emphasis marks. */
function plainOf(line: string): string {
  return line.replace(/[*_`]/g, '').trim();
}

/** A title over a line of names (`Scaling Django` / `Jane Roe`): that line names its speakers. */
function nameUnder(title: string, line: string, newline: number): { text: string; speaker: string } | null {
  const name = plainOf(line);
  if (newline < 0 || name === '' || !readsAsNames(name) || readsAsNames(title)) return null;
  return { text: title, speaker: name };
}

/** A chunk between rules: its first line is the talk's title, the rest its notes. */
function talkFromChunk(chunk: RootContent[], source: string): TalkSource | null {
  const [first, ...rest] = chunk;
  if (first?.type !== 'paragraph') return null;
  const text = sourceOf(first, source);
  const newline = text.indexOf('\n');
  const heading = (newline < 0 ? text : text.slice(0, newline)).trim();
  if (heading.length === 0 || heading.length > MAX_TITLE_LINE) return null;
  const body = newline < 0 ? rest : [remainderOf(first, newline + 1, source), ...rest];
  return { heading, text: heading.replace(/[*_`]/g, '').trim(), line: lineOf(first), body, group: null };
}

function talkFromItem(item: ListItem, source: string): TalkSource {
  const [first, ...rest] = item.children;
  const heading = first?.type === 'paragraph' ? sourceOf(first, source).trim() : '';
  return {
    heading,
    text: heading,
    line: lineOf(item),
    body: (first?.type === 'paragraph' ? rest : item.children) as RootContent[],
    group: null,
  };
}
