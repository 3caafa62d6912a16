import { describe, expect, it } from 'vitest';
import { mergeSessions, type NotedSession } from '../../src/merge/mergeSessions.js';
import type { Block, Session, Speaker } from '../../src/model/types.js';

const prose = (markdown: string, line = 1): Block => ({ kind: 'paragraph', line, role: 'prose', markdown });
const session = (title: string, fields: Partial<Session> = {}): Session => ({
  title,
  heading: `## ${title}`,
  speakers: [],
  file: 'notes.md',
  line: 1,
  group: null,
  byline: [],
  blocks: [],
  ...fields,
});
const noted = (value: Session, authors: string[] = []): NotedSession => ({ session: value, authors });
const speaker = (name: string, org: string | null = null): Speaker => ({ name, org });

describe('mergeSessions', () => {
  it('refuses an empty list', () => {
    expect(() => mergeSessions([])).toThrow('mergeSessions needs at least one session');
  });

  it("keeps one person's notes as they are, blocks copied, and says who noted them", () => {
    const blocks = [prose('Upgrades are hard.')];
    const only = session('Zero Downtime Upgrades', { blocks, byline: ['- speaker: Ada'] });
    const merged = mergeSessions([noted(only, ['Ada'])]);
    expect(merged).toEqual({ ...only, notedBy: ['Ada'] });
    // A copy: the merged recap may change its blocks without touching the notes read.
    expect(merged.blocks).not.toBe(blocks);
    expect(merged.blocks[0]).not.toBe(blocks[0]);
  });

  it('keeps a title the first notes do not give in a line naming who wrote it', () => {
    const merged = mergeSessions([
      noted(session('Zero Downtime Upgrades', { blocks: [prose('First.')] }), ['Ada']),
      noted(session('Rolling Out Without Outages', { line: 7 }), ['Bo', 'Cy']),
    ]);
    expect(merged.title).toBe('Zero Downtime Upgrades');
    expect(merged.blocks).toEqual([
      prose('First.'),
      prose('Bo, Cy noted this talk as “Rolling Out Without Outages”.', 7),
    ]);
    expect(merged.notedBy).toEqual(['Ada', 'Bo', 'Cy']);
  });

  it('says "also noted as" when nobody is named, and adds nothing for a title alike', () => {
    const unnamed = mergeSessions([
      noted(session('Zero Downtime Upgrades')),
      noted(session('Rolling Out Without Outages', { line: 3 })),
    ]);
    expect(unnamed.blocks).toEqual([prose('Also noted as “Rolling Out Without Outages”.', 3)]);
    const alike = mergeSessions([noted(session('Zero Downtime Upgrades')), noted(session('Zero-downtime upgrades'))]);
    expect(alike.blocks).toEqual([]);
    // Exactly as alike as the bar (3 letters of 20 differ: 0.85) is the same title.
    const atTheBar = mergeSessions([noted(session('Abcdefghijklmnopqrst')), noted(session('Abcdefghijklmnopqxyz'))]);
    expect(atTheBar.blocks).toEqual([]);
  });

  it('joins speakers, taking an organisation the first notes left out, never replacing one', () => {
    const first = session('Talk', { speakers: [speaker('Jane Doe'), speaker('Li Wei', 'Acme')] });
    const second = session('Talk', {
      speakers: [speaker('Jane Doe', 'Initech'), speaker('Li Wei', 'Globex'), speaker('Sam Roe', 'Umbrella')],
    });
    const merged = mergeSessions([noted(first), noted(second)]);
    expect(merged.speakers).toEqual([
      speaker('Jane Doe', 'Initech'),
      speaker('Li Wei', 'Acme'),
      speaker('Sam Roe', 'Umbrella'),
    ]);
    // The notes read are left as they were.
    expect(first.speakers).toEqual([speaker('Jane Doe'), speaker('Li Wei', 'Acme')]);
    expect(second.speakers[2]).not.toBe(merged.speakers[2]);
  });

  it("combines the notes' blocks and bylines without repeats", () => {
    const merged = mergeSessions([
      noted(session('Talk', { blocks: [prose('Upgrades are hard.')], byline: ['by Jane'] }), ['Ada']),
      noted(
        session('Talk', {
          blocks: [prose('Upgrades are hard!'), prose('The demo failed.')],
          byline: ['by Jane', 'with Li'],
        }),
        ['Ada', 'Bo'],
      ),
    ]);
    expect(merged.blocks.map((block) => (block.kind === 'paragraph' ? block.markdown : block.kind))).toEqual([
      'Upgrades are hard.',
      'The demo failed.',
    ]);
    expect(merged.byline).toEqual(['by Jane', 'with Li']);
    expect(merged.notedBy).toEqual(['Ada', 'Bo']);
  });
});
