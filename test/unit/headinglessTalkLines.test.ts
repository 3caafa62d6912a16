import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { headinglessStructure } from '../../src/model/headinglessStructure.js';
import { namedOrTimed, plainTalkLine } from '../../src/model/talkLines.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/**
 * Notes with no headings at all whose talks are plain lines (issue 13): `Title - Jane Roe`, `Jane Roe: Title`,
 * `10:30 Title`, a title alone over its points, each followed by prose or bullets.
 */
const read = (text: string) => buildConference(parseNotes(text, 'notes.md'));
const talks = (text: string) =>
  read(text).days.flatMap((day) =>
    day.sessions.map((session) => [session.title, session.speakers.map((speaker) => speaker.name).join(', ')]),
  );
const structure = (text: string) => headinglessStructure(parseMarkdown(text).children, text);
const texts = (nodes: RootContent[]) => nodes.map((node) => toString(node));
/** The first node of the text and the one after it, as plainTalkLine is given them. */
const lineAndNext = (text: string) => {
  const [line, next] = parseMarkdown(text).children;
  return plainTalkLine(line!, next);
};

describe('a plain line over prose names a talk', () => {
  it('reads `Title - Speaker` lines, each over a paragraph of notes', () => {
    const text = [
      'Conference notes',
      '',
      'Scaling Django at Example - Jane Roe',
      '',
      'She moved sessions to Redis. Caching helped a lot.',
      '',
      'Testing with pytest - John Doe',
      '',
      'Fixtures everywhere. Parametrize too.',
      '',
      'Deploying without fear - Ann Lee',
      '',
      'Blue-green deploys and feature flags.',
    ].join('\n');
    expect(talks(text)).toEqual([
      ['Scaling Django at Example', 'Jane Roe'],
      ['Testing with pytest', 'John Doe'],
      ['Deploying without fear', 'Ann Lee'],
    ]);
  });

  it('reads a time then a title, over prose, in another language', () => {
    const text = [
      'Notizen vom Konferenztag',
      '',
      '10:30 Skalierung mit Django',
      '',
      'Sitzungen in Redis. Caching half viel.',
      '',
      '11:15 - 12:00 Testen mit pytest',
      '',
      'Fixtures überall.',
      '',
      '14h00 Deployment ohne Angst',
      '',
      'Blue-Green-Deployments.',
    ].join('\n');
    expect(talks(text).map(([title]) => title)).toEqual([
      'Skalierung mit Django',
      'Testen mit pytest',
      'Deployment ohne Angst',
    ]);
  });

  it('takes a line over prose only when it reads as a title, not a sentence', () => {
    expect(lineAndNext('Scaling Django - Jane Roe\n\nShe moved sessions to Redis.')).toEqual({
      text: 'Scaling Django - Jane Roe',
    });
    expect(lineAndNext('10:30 Keynote\n\nThe opening talk.')).toEqual({ text: '10:30 Keynote' });
    expect(lineAndNext('10:30 Arrived at the venue.\n\nThe queue was long.')).toBeNull();
    expect(lineAndNext('Jane Roe: We should test more!\n\nJohn Doe: I agree.')).toBeNull();
    expect(lineAndNext('Jane Roe: 私たちはもっとテストすべき。\n\n同意します。')).toBeNull();
    // Over a list, as before, a full stop does not matter.
    expect(lineAndNext('One engineer, no protection. - Harm Weites\n\n- a point')).not.toBeNull();
    // Over a quote or code too; never over a rule or a heading, nor as the last block.
    expect(lineAndNext('Scaling Django - Jane Roe\n\n> a quote')).not.toBeNull();
    expect(lineAndNext('Scaling Django - Jane Roe\n\n```\ncode\n```')).not.toBeNull();
    expect(lineAndNext('Scaling Django - Jane Roe\n\n---')).toBeNull();
    expect(lineAndNext('Scaling Django - Jane Roe\n\n## Next')).toBeNull();
    expect(lineAndNext('Scaling Django - Jane Roe')).toBeNull();
  });

  it('reads a line by its speaker or its time, and nothing else', () => {
    expect(namedOrTimed('Scaling Django (Jane Roe)')).toEqual({ text: 'Scaling Django (Jane Roe)' });
    expect(namedOrTimed('9:00 Keynote')).toEqual({ text: '9:00 Keynote' });
    expect(namedOrTimed('Jane Roe: Scaling Django at Example')).toEqual({
      text: 'Scaling Django at Example',
      speaker: 'Jane Roe',
    });
    expect(namedOrTimed('Scaling Django at Example')).toBeNull();
  });
});

describe('headingless notes: title lines over their notes', () => {
  it('reads a paragraph whose first line names the talk, the lines after it its notes', () => {
    const text = [
      'Scaling Django at Example (Jane Roe)',
      'She moved sessions to Redis.',
      '',
      'Testing with pytest (John Doe)',
      'Fixtures everywhere.',
      '',
      '- parametrize',
      '',
      'Deploying without fear (Ann Lee)',
      'Blue-green deploys.',
    ].join('\n');
    const read = structure(text);
    expect(read.carrier).toBe('lines');
    expect(read.talks.map((talk) => [talk.heading, talk.line, texts(talk.body)])).toEqual([
      ['Scaling Django at Example (Jane Roe)', 1, ['She moved sessions to Redis.']],
      ['Testing with pytest (John Doe)', 4, ['Fixtures everywhere.', 'parametrize']],
      ['Deploying without fear (Ann Lee)', 9, ['Blue-green deploys.']],
    ]);
    expect(talks(text)).toEqual([
      ['Scaling Django at Example', 'Jane Roe'],
      ['Testing with pytest', 'John Doe'],
      ['Deploying without fear', 'Ann Lee'],
    ]);
  });

  it('reads a title alone over its points, the notes before the first title as the intro', () => {
    const text = [
      'Notes from the train, **in a hurry**.',
      '',
      'Scaling Django at Example',
      '- sessions in Redis',
      '',
      '`pytest` in practice',
      '- fixtures everywhere',
      '',
      'Despliegue sin miedo',
      '- blue-green',
    ].join('\n');
    const read = structure(text);
    expect(read.carrier).toBe('lines');
    expect(texts(read.intro)).toEqual(['Notes from the train, in a hurry.']);
    expect(read.talks.map((talk) => [talk.text, texts(talk.body)])).toEqual([
      ['Scaling Django at Example', ['sessions in Redis']],
      ['pytest in practice', ['fixtures everywhere']],
      ['Despliegue sin miedo', ['blue-green']],
    ]);
  });

  it('names the speaker of `Jane Roe: Title` lines from the names before the colon', () => {
    const text = [
      'Jane Roe: Scaling Django at Example',
      'Sessions in Redis.',
      '',
      'John Doe: Testing with pytest',
      'Fixtures everywhere.',
      '',
      'Ana García: Despliegue sin miedo',
      'Blue-green.',
    ].join('\n');
    expect(structure(text).talks.map((talk) => [talk.text, talk.speakerHeading?.text ?? null])).toEqual([
      ['Scaling Django at Example', 'Jane Roe'],
      ['Testing with pytest', 'John Doe'],
      ['Despliegue sin miedo', 'Ana García'],
    ]);
  });

  it('names the speaker from a line of names under the title, never from a title that reads as names', () => {
    const text = [
      'Scaling Django at Example',
      'Jane Roe',
      '- sessions in Redis',
      '',
      'Testing with pytest today',
      '*John Doe & Ann Lee*',
      'more notes',
      '',
      'Deploying without fear',
      'Ann Lee',
      '',
      'Plain words here',
      'some notes here',
      '',
      'Mary Major',
      'John Doe',
    ].join('\n');
    expect(structure(text).talks.map((talk) => [talk.text, talk.speakerHeading?.text ?? null])).toEqual([
      ['Scaling Django at Example', 'Jane Roe'],
      ['Testing with pytest today', 'John Doe & Ann Lee'],
      ['Deploying without fear', 'Ann Lee'],
    ]);
  });

  it('reads one talk when only its first line names who spoke: the later lines alone are its topics', () => {
    const keynote = (lines: string[]) => structure(lines.join('\n'));
    const english = keynote([
      'Getting Stuff on Attackers',
      'Jane Roe',
      'Twitter: https://twitter.com/jroe',
      '',
      'Create a honeypot account',
      '- disable logon hours',
      '',
      'Canary tokens',
      '- name them sysprep.exe',
      '',
      'Hunting is an activity',
      '- automation is not hunting',
    ]);
    expect(english.carrier).toBe('lines');
    expect(english.talks.map((talk) => [talk.text, talk.speakerHeading?.text ?? null, texts(talk.body)])).toEqual([
      [
        'Getting Stuff on Attackers',
        'Jane Roe',
        [
          'Jane Roe\nTwitter: https://twitter.com/jroe',
          'Create a honeypot account',
          'disable logon hours',
          'Canary tokens',
          'name them sysprep.exe',
          'Hunting is an activity',
          'automation is not hunting',
        ],
      ],
    ]);
    const french = keynote([
      'Sécuriser ses API - Marie Curie',
      '- contexte',
      '',
      'Les jetons',
      '- courte durée',
      '',
      'Les quotas',
      '- par client',
    ]);
    expect(french.talks.map((talk) => [talk.text, texts(talk.body)])).toEqual([
      ['Sécuriser ses API - Marie Curie', ['contexte', 'Les jetons', 'courte durée', 'Les quotas', 'par client']],
    ]);
    // With one line alone after it there are two starts, fewer than the three a reading by lines needs.
    expect(
      keynote(['Sécuriser ses API - Marie Curie', '- contexte', '', 'Les jetons', '- courte durée']).carrier,
    ).toBeNull();
  });

  it('keeps each line a talk when a later one names or times its talk too, or the first names nobody', () => {
    const titles = (lines: string[]) => structure(lines.join('\n')).talks.map((talk) => talk.text);
    const later = (line: string) =>
      titles(['Scaling Django - Jane Roe', '- Redis', '', line, '- fixtures', '', 'Deploying without fear', '- flags']);
    expect(later('Testing with pytest - John Doe')).toEqual([
      'Scaling Django - Jane Roe',
      'Testing with pytest - John Doe',
      'Deploying without fear',
    ]);
    expect(later('11:15 Testen mit pytest')).toEqual([
      'Scaling Django - Jane Roe',
      '11:15 Testen mit pytest',
      'Deploying without fear',
    ]);
    expect(later('Testing with pytest')).toEqual(['Scaling Django - Jane Roe']);
    expect(
      titles([
        'Scaling Django',
        '- Redis',
        '',
        'Testing with pytest - John Doe',
        '- fixtures',
        '',
        'Deploying',
        '- flags',
      ]),
    ).toEqual(['Scaling Django', 'Testing with pytest - John Doe', 'Deploying']);
  });

  it('needs three such lines', () => {
    const two = 'Scaling Django\n- sessions in Redis\n\nTesting with pytest\n- fixtures';
    expect(structure(two).carrier).toBeNull();
    expect(structure(`${two}\n\nDeploying without fear\n- flags`).carrier).toBe('lines');
  });

  it('takes no sentence, caption, over-long line, or unnamed line over prose as a title', () => {
    const notes = (first: string) =>
      structure(`${first}\n- a point\n\nTesting with pytest\n- fixtures\n\nDeploying without fear\n- flags`);
    expect(notes('Scaling Django').carrier).toBe('lines');
    expect(notes('We arrived late.').carrier).toBeNull();
    expect(notes('Some thoughts on the first day:').carrier).toBeNull();
    expect(notes('是日の感想：').carrier).toBeNull();
    expect(notes('Wow!').carrier).toBeNull();
    expect(notes('a'.repeat(120)).carrier).toBe('lines');
    expect(notes('a'.repeat(121)).carrier).toBeNull();
    expect(notes('**  **').carrier).toBeNull();
    // A title alone over a paragraph is prose; one that names its speaker is a talk.
    const overProse = (first: string) =>
      structure(`${first}\n\nA paragraph.\n\nTesting with pytest\n- fixtures\n\nDeploying without fear\n- flags`);
    expect(overProse('Scaling Django').carrier).toBeNull();
    expect(overProse('Scaling Django - Jane Roe').carrier).toBe('lines');
    // A paragraph of several lines opens a talk only when its first line names one.
    const firstOfMany = (first: string) =>
      structure(`${first}\nA note.\n\nTesting with pytest\n- fixtures\n\nDeploying without fear\n- flags`);
    expect(firstOfMany('Scaling Django').carrier).toBeNull();
    expect(firstOfMany('Scaling Django at Example, Jane Roe').carrier).toBe('lines');
  });

  it('warns that the talks were read from title lines', () => {
    const conference = read('Scaling Django\n- Redis\n\nTesting with pytest\n- fixtures\n\nDeploying\n- flags');
    expect(conference.warnings.map((warning) => warning.message)).toContain(
      'No headings: talks were read from the title lines over their notes',
    );
    expect(conference.structure?.talks).toBe('lines');
  });
});
