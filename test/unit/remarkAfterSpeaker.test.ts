import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { parseSessionHeading } from '../../src/model/sessionHeading.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/**
 * Speakers named after "by" with a remark after them (`by E. Groeneveld (aka PEP-380).`, `by B. Fitz (+ a sketch)`), and
 * names written with initials on both sides of a comma (`A. Cuni, A. Rigo`): the remark is no part of the names, and
 * the second name is no organisation. Read so, a day's list of such items reads as its talks.
 */
const read = (text: string) => buildConference(parseNotes(text, 'notes.md'));
const days = (text: string) =>
  read(text).days.map((day) => [
    day.title,
    day.sessions.map((session) => `${session.title} [${session.speakers.map((speaker) => speaker.name).join(', ')}]`),
  ]);

describe('a remark after the names of a byline', () => {
  it('drops a remark in parentheses, and a full stop after it, from the names', () => {
    expect(parseSessionHeading('Beyond Generators by E. Groeneveld (aka PEP-380).')).toEqual({
      title: 'Beyond Generators',
      speakers: [{ name: 'E. Groeneveld', org: null }],
    });
    expect(parseSessionHeading('The Genius Programmer by B. Fitzpatrick (+ a sketch)')).toEqual({
      title: 'The Genius Programmer',
      speakers: [{ name: 'B. Fitzpatrick', org: null }],
    });
    expect(parseSessionHeading('Ruhige Systeme von Erika Mustermann (mit Demo)!').speakers).toEqual([
      { name: 'Erika Mustermann', org: null },
    ]);
  });

  it('finds no names where none are left, or the words after "by" are none', () => {
    expect(parseSessionHeading('Made by hand (mostly).').speakers).toEqual([]);
    expect(parseSessionHeading('Driven by Tests (a rant).').speakers).toEqual([]);
  });
});

describe('remarks after the name after a dash', () => {
  it('drops remarks in parentheses holding a word in lower case, one or more', () => {
    expect(
      parseSessionHeading("Security First - Adam Baldwin (can't find the slides yet) (this was on day 2)"),
    ).toEqual({
      title: 'Security First',
      speakers: [{ name: 'Adam Baldwin', org: null }],
    });
    expect(parseSessionHeading('Fast Builds - Jane Roe (no slides)').speakers).toEqual([
      { name: 'Jane Roe', org: null },
    ]);
    expect(parseSessionHeading('Schnelle Builds - Erika Mustermann (ohne Folien).').speakers).toEqual([
      { name: 'Erika Mustermann', org: null },
    ]);
  });

  it('keeps an organisation in parentheses, and names in them', () => {
    expect(parseSessionHeading('Fast Builds - Jane Roe (Google)').speakers).toEqual([
      { name: 'Jane Roe', org: 'Google' },
    ]);
    expect(parseSessionHeading('Fast Builds - The Hard Parts (Ann Lee)').speakers).toEqual([
      { name: 'Ann Lee', org: null },
    ]);
  });

  it('reads a talks section listing talks so as its talks, among talk headings', () => {
    const text = [
      '# Talks and People: Day 1',
      '## Parsing and Compiling - Patrick Dubroy',
      'Notes.',
      '## Two-way Binding Compared - Marius Gundersen',
      'Notes.',
      '## Security talks',
      'I saw three security talks:',
      '',
      '- Towards a post-XSS world - Mike West',
      '  ([slides](https://slides.example/xss))',
      '- JavaScript crypto - Martin Boßlet',
      "- Security First - Adam Baldwin (can't find the slides yet) (this was on day 2 actually)",
      '# Talks and People: Day 2',
      '## Stop breaking the web - Tom Dale',
      'Notes.',
    ].join('\n');
    expect(days(text)[0]).toEqual([
      'Talks and People: Day 1',
      [
        'Parsing and Compiling [Patrick Dubroy]',
        'Two-way Binding Compared [Marius Gundersen]',
        'Towards a post-XSS world [Mike West]',
        'JavaScript crypto [Martin Boßlet]',
        'Security First [Adam Baldwin]',
      ],
    ]);
  });
});

describe('a day listing talks with remarks after their speakers', () => {
  it('reads the list as its talks, beside days whose lists are talks', () => {
    const text = [
      '# Dzień I',
      '',
      '  * <q>What makes Python awesome</q> by R. Hettinger',
      '  * <q>Diversity as a Dependency</q> by A. Ravenscroft',
      '  * <q>Five Years of Bad Ideas</q> by A. Ronacher',
      '',
      '# Dzień IV',
      '',
      '  * <q>Beyond Generators</q> by E. Groeneveld (aka PEP-380).',
      '  * <q>A Python Takeover</q> by M. Ramm-Christensen',
      '  * <q>PyPy in production</q> by A. Cuni, A. Rigo',
      '  * <q>The Genius Programmer</q> by B. Fitzpatrick (+ skecz <q>Dead Parrot<q>)',
      '',
      '  * Extra: **(Euro)Python Challenge** -- riddle.example.org',
    ].join('\n');
    expect(days(text)[1]).toEqual([
      'Dzień IV',
      [
        'Beyond Generators [E. Groeneveld]',
        'A Python Takeover [M. Ramm-Christensen]',
        'PyPy in production [A. Cuni, A. Rigo]',
        'The Genius Programmer [B. Fitzpatrick]',
        'Extra: (Euro)Python Challenge -- riddle.example.org []',
      ],
    ]);
  });
});
