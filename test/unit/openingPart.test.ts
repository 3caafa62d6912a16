import { describe, expect, it } from 'vitest';
import { conferenceTitle } from '../../src/model/title/conferenceTitle.js';
import { partNamedInOpening } from '../../src/model/title/openingPart.js';
import { titleSources as sources } from '../support/titleSources.js';

describe('partNamedInOpening: the first part of a post title, named again by the opening paragraph', () => {
  it('takes the first part the opening writes, after a dash, a bar or a colon, in several languages', () => {
    expect(partNamedInOpening('KubeCon - Other Cool Things', 'Some things I learnt while at KubeCon 2019.')).toBe(
      'KubeCon',
    );
    expect(
      partNamedInOpening(
        'infomeet - konferencja o IT?',
        'Byłem dzisiaj na konferencji [infomeet](https://example.org/e/1).',
      ),
    ).toBe('infomeet');
    expect(partNamedInOpening('Full Stack Fest: Barcelona', 'A week at Full Stack Fest in Barcelona.')).toBe(
      'Full Stack Fest',
    );
    expect(partNamedInOpening('Devoxx France | mes trois jours', "J'étais au **Devoxx France** cette année.")).toBe(
      'Devoxx France',
    );
    expect(partNamedInOpening('Chemnitzer Linux Tage – ein Rückblick', 'Die Chemnitzer Linux-Tage waren voll.')).toBe(
      'Chemnitzer Linux Tage',
    );
  });

  it('reads the opening as a reader does: case, marks and link targets folded, images left out', () => {
    expect(partNamedInOpening('RubyConf - Day Zero', 'We went to *rubyconf* again.')).toBe('RubyConf');
    // Only a link's text names it, not its address; nor does an image's alt text.
    expect(partNamedInOpening('RubyConf - Day Zero', 'We went [there](https://rubyconf.org/) again.')).toBeNull();
    expect(partNamedInOpening('RubyConf - Day Zero', '![RubyConf](stage.jpg) We went there.')).toBeNull();
  });

  it('asks for whole words: a part inside a longer word is not named', () => {
    expect(partNamedInOpening('Kube - Notes on clusters', 'I was at KubeCon.')).toBeNull();
    expect(partNamedInOpening('Con - what a week', 'I was at KubeCon.')).toBeNull();
  });

  it('takes a first part of up to four words, never more: more make a sentence', () => {
    expect(partNamedInOpening('Web Unleashed Conf Toronto - thoughts', 'At Web Unleashed Conf Toronto today.')).toBe(
      'Web Unleashed Conf Toronto',
    );
    expect(
      partNamedInOpening('Web Unleashed Conf Toronto East - thoughts', 'At Web Unleashed Conf Toronto East today.'),
    ).toBeNull();
  });

  it('takes no day, and nothing from an opening that holds the whole title (the title line itself)', () => {
    expect(partNamedInOpening('Day 2 – Keynotes', 'Day 2 of the conference was all keynotes.')).toBeNull();
    expect(partNamedInOpening('Sábado - charlas', 'Sábado fue largo.')).toBeNull();
    expect(partNamedInOpening('KubeCon - Other Cool Things', 'KubeCon - Other Cool Things')).toBeNull();
    expect(
      partNamedInOpening('KubeCon - Other Cool Things', 'More on *KubeCon: other cool things*, at KubeCon.'),
    ).toBeNull();
    expect(partNamedInOpening('KubeCon - Other Cool Things', 'Other cool things seen at KubeCon.')).toBe('KubeCon');
  });

  it('needs two letters in the first part, two parts, and an opening', () => {
    expect(partNamedInOpening('7 - things I learned', 'Here are 7 things.')).toBeNull();
    expect(partNamedInOpening('KubeCon', 'I was at KubeCon.')).toBeNull();
    expect(partNamedInOpening('KubeCon - Other Things', null)).toBeNull();
    expect(partNamedInOpening('', 'At KubeCon.')).toBeNull();
    expect(partNamedInOpening(' - ', 'At KubeCon.')).toBeNull();
  });

  it('parts only at a spaced dash or bar, or a colon before a space; not at an at-sign nor a dash inside a word', () => {
    expect(partNamedInOpening('Acme devs @ PHP Day', 'The Acme devs went to PHP Day.')).toBeNull();
    expect(partNamedInOpening('Full-Stack Fest', 'At Full Stack Fest.')).toBeNull();
    // A colon with no space after it is inside the name: the dash parts it.
    expect(partNamedInOpening('YAPC::Asia - the last one', 'At YAPC::Asia.')).toBe('YAPC::Asia');
    expect(partNamedInOpening('JSConf — Berlin', 'At JSConf in Berlin.')).toBe('JSConf');
  });
});

describe('partNamedInOpening: the words as read, at their edges', () => {
  it('reads an image or a link target between two words as a space', () => {
    expect(partNamedInOpening('KubeCon - Other Things', 'At KubeCon![logo](logo.png)with friends.')).toBe('KubeCon');
    expect(partNamedInOpening('KubeCon - Other Things', 'At [KubeCon](https://kubecon.example)and more.')).toBe(
      'KubeCon',
    );
  });

  it('finds the whole title in the opening whatever marks end it', () => {
    expect(
      partNamedInOpening('KubeCon - Other Cool Things!', 'More on KubeCon: other cool things, at KubeCon.'),
    ).toBeNull();
  });

  it('trims each part: a space before a French colon, a title with spaces before it, an empty part', () => {
    expect(partNamedInOpening('Devoxx France : mes notes', 'Au Devoxx France cette année.')).toBe('Devoxx France');
    expect(partNamedInOpening('  KubeCon - Other Things', 'At KubeCon.')).toBe('KubeCon');
    expect(partNamedInOpening(': KubeCon - Other Things', 'At KubeCon.')).toBe('KubeCon');
  });

  it('counts words across runs of spaces, and asks for two letters in a row', () => {
    expect(partNamedInOpening('Web  Unleashed Conf Toronto - thoughts', 'At Web Unleashed Conf Toronto.')).toBe(
      'Web  Unleashed Conf Toronto',
    );
    expect(partNamedInOpening('R - a week of stats', 'A week at R and more.')).toBeNull();
    expect(partNamedInOpening('R 2 - a week of stats', 'A week at R 2 and more.')).toBeNull();
  });
});

describe('conferenceTitle: the part the opening names, with the notes year', () => {
  it('names the event by that part, the notes year after it', () => {
    const opening = 'Byłem dzisiaj na konferencji [infomeet](https://example.org/e/1) w hotelu.';
    expect(conferenceTitle(sources({ author: 'infomeet - konferencja o IT?', opening, year: '2013' }))).toBe(
      'infomeet 2013',
    );
    expect(conferenceTitle(sources({ author: 'infomeet - konferencja o IT?', opening: 'Nothing said.' }))).toBe(
      'infomeet - konferencja o IT?',
    );
  });

  it('leaves a title whose part holds the year to the event part rule', () => {
    const opening = 'I was at KubeCon all week.';
    expect(conferenceTitle(sources({ author: 'KubeCon - Service Mesh Day 2019', opening }))).toBe(
      'Service Mesh Day 2019',
    );
  });
});
