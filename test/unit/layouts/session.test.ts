import { describe, expect, it } from 'vitest';
import { sessionLines, sessionSlides } from '../../../src/plan/layouts/session.js';
import { textFrame } from '../../../src/plan/textFrame.js';
import { list, paragraph, session, speaker } from '../../support/planFixtures.js';

describe('sessionSlides', () => {
  it('opens with the title, its speakers, track, conference and who noted it, then the content', () => {
    const talk = session('Storage at scale', {
      speakers: [speaker('Jane Doe', 'Acme'), speaker('Max Roe')],
      group: 'Keynotes',
      notedBy: ['Ann', 'Bob'],
      blocks: [list(['Cache second'])],
    });
    const [opening, ...content] = sessionSlides(talk, { header: null, frame: textFrame() }, 'Conf 2024');
    expect(opening).toMatchObject({
      layout: 'session',
      title: 'Storage at scale',
      subtitle: ['Jane Doe · Acme', 'Max Roe', 'Keynotes', 'Conf 2024', 'notes: Ann, Bob'],
      notes: [],
    });
    expect(content.map((made) => [made.layout, made.title, made.items.map((shown) => shown.markdown)])).toEqual([
      ['bullets', 'Storage at scale', ['Cache second']],
    ]);
  });

  it('says only what the session has: no track, conference or note takers', () => {
    const [opening] = sessionSlides(session('Talk', { notedBy: [] }), { header: null });
    expect(opening!.subtitle).toEqual([]);
  });

  it('keeps the heading as written and the speaker lines in the notes', () => {
    const talk = session('Storage', {
      heading: '### Talk 3: Storage {#s3}',
      byline: ['- speaker: Jane Doe'],
      speakers: [speaker('Jane Doe')],
    });
    const [opening] = sessionSlides(talk, { header: null });
    expect(opening!.notes).toEqual(['### Talk 3: Storage {#s3}', '- speaker: Jane Doe']);
  });

  it('finds the heading told in full when its words are among the title, speakers and track', () => {
    const talk = session('Storage', {
      heading: '### Storage - Jane Doe (Keynotes)',
      group: 'Keynotes',
      speakers: [speaker('Jane Doe')],
    });
    expect(sessionSlides(talk, { header: null })[0]!.notes).toEqual([]);
  });

  it('gives its content slides the header asked for, and the notes of its prose to the title slide', () => {
    const talk = session('Storage', { blocks: [paragraph('Told, not shown.'), list(['Point'], 'Lessons')] });
    const [opening, points] = sessionSlides(talk, { header: 'Storage', frame: textFrame() });
    expect(opening!.notes).toEqual([]);
    expect(points).toMatchObject({ title: 'Lessons', header: 'Storage', notes: ['Told, not shown.'] });
  });
});

describe('sessionLines', () => {
  it('is the title slide’s byline, for the PDF’s keywords', () => {
    const talk = session('Talk', { speakers: [speaker('Kim Li', 'Org')], group: 'Track A', notedBy: ['Ann'] });
    expect(sessionLines(talk, 'Conf')).toEqual(['Kim Li · Org', 'Track A', 'Conf', 'notes: Ann']);
  });
});
