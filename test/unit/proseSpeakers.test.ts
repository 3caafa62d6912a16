import type { Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import {
  nameBeforeHandle,
  speakerByLinkInProse,
  speakerInProse,
  speakersOpeningProse,
} from '../../src/model/speakers/proseSpeakers.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

// Issue 13: speakers named in the prose under a talk's heading ("[Dani](https://twitter.com/d) propuso una charla…",
// "Very interesting workshop by Jane Roe.", "张磊老师的 session"), not in a line of their own.

/** The names `markdown` (one paragraph) opens with as the subject of a speech verb, joined by ", ", or null. */
function opening(markdown: string): string | null {
  const found = speakersOpeningProse(parseMarkdown(markdown).children[0] as Paragraph);
  return found?.map((speaker) => speaker.name).join(', ') ?? null;
}

/** Each talk as "Title | speakers". */
function talksIn(markdown: string): string[] {
  return buildConference(parseNotes(markdown, 'notes.md')).days.flatMap((day) =>
    day.sessions.map((session) => `${session.title} | ${session.speakers.map((speaker) => speaker.name).join(', ')}`),
  );
}

describe('speakersOpeningProse', () => {
  it('reads names linked to a profile, one word is enough, before a speech verb in several languages', () => {
    expect(opening('[Dani](https://twitter.com/d) propuso una charla sobre comunicación.')).toBe('Dani');
    expect(opening('[Miguel](https://twitter.com/m) y [Ronny](https://twitter.com/r) montaron una mesa redonda.')).toBe(
      'Miguel, Ronny',
    );
    expect(opening('[Rodrigo Liberoff](https://example.org) nos contó que hay que versionar.')).toBe(
      'Rodrigo Liberoff',
    );
    expect(opening('[Jane](https://x.com/jane) talked about caches.')).toBe('Jane');
    expect(opening('[Marie](https://twitter.com/m) nous a présenté son projet.')).toBe('Marie');
    expect(opening('[Giorgio](https://twitter.com/g) ci ha mostrato Unity.')).toBe('Giorgio');
    expect(opening('[João](https://twitter.com/j) apresentou o projeto.')).toBe('João');
    expect(opening('[Hans](https://twitter.com/h) hat uns sein neues Werkzeug vorgestellt.')).toBe('Hans');
  });

  it('reads plain names of two words or more, alone or with linked ones', () => {
    expect(opening('Jane Roe talked about caches.')).toBe('Jane Roe');
    expect(opening('Jane Roe and John Doe presented their roadmap.')).toBe('Jane Roe, John Doe');
    expect(opening('Jane Roe and [John Doe](https://example.org) showed us demos.')).toBe('Jane Roe, John Doe');
    expect(opening('Hans Müller sprach über Typen.')).toBe('Hans Müller');
    expect(opening('Ana Gómez explicó los tests.')).toBe('Ana Gómez');
  });

  it('is null without a speech verb, for one word without a profile link, or for an organisation', () => {
    expect(opening('Jane Roe was late.')).toBeNull();
    expect(opening('[Jane Roe](https://twitter.com/j) works at Example.')).toBeNull();
    expect(opening('[Dani](https://github.com/d) propuso una charla.')).toBeNull();
    expect(opening('[dani](https://twitter.com/d) propuso una charla.')).toBeNull();
    expect(opening('Dani propuso una charla.')).toBeNull();
    expect(opening('Example Corp presented their roadmap.')).toBeNull();
    expect(opening('[Example Labs](https://twitter.com/ex) presented their roadmap.')).toBeNull();
    expect(opening('We talked about caches.')).toBeNull();
    expect(opening('Then [Jane](https://twitter.com/j) talked about caches.')).toBeNull();
    expect(opening('![photo](a.png) Jane Roe talked.')).toBeNull();
    expect(opening('[Dani](https://twitter.com/d) y')).toBeNull();
  });
});

describe('speakerInProse', () => {
  it('reads "a talk by Jane Roe" where the name ends the clause, in several languages', () => {
    expect(speakerInProse('Very interesting workshop by Mike Müller.')).toEqual({ name: 'Mike Müller', org: null });
    expect(speakerInProse('It was a talk by Jane Roe, creator of X!')).toEqual({ name: 'Jane Roe', org: null });
    expect(speakerInProse('Una charla de Ana Gómez')).toEqual({ name: 'Ana Gómez', org: null });
    expect(speakerInProse('Super Vortrag von Hans Müller.')).toEqual({ name: 'Hans Müller', org: null });
    expect(speakerInProse('Une conférence de Marie Curie.')).toEqual({ name: 'Marie Curie', org: null });
  });

  it('is null for a name that runs on, ends as an organisation, or is written in lower case', () => {
    expect(speakerInProse('the talk by Jane Roe on caching was great')).toBeNull();
    expect(speakerInProse('A workshop by Example Corp.')).toBeNull();
    expect(speakerInProse('C’est dans un amphi bondé que la conférence de Christophe commence.')).toBeNull();
    expect(speakerInProse('a talk by jane roe.')).toBeNull();
  });

  it('reads a Chinese name before 老师的 and a word for a talk', () => {
    expect(speakerInProse('这个 session，张磊老师的 session 是一定要去听的')).toEqual({ name: '张磊', org: null });
    expect(speakerInProse('王小明老师的分享很精彩')).toEqual({ name: '王小明', org: null });
    expect(speakerInProse('张磊老师说这个很重要')).toBeNull();
  });
});

describe('speakerByLinkInProse: Japanese "さんによる発表" (a talk by)', () => {
  const said = (markdown: string) =>
    speakerByLinkInProse(parseMarkdown(markdown).children[0] as Paragraph)?.name ?? null;

  it('reads a linked name in any script before さん and による, and a plain name in kanji, katakana or Latin', () => {
    expect(said('こちらは株式会社サンプルの[かみくず](https://x.com/p)さんによる発表です。')).toBe('かみくず');
    expect(said('こちらは[Nobuaki kamba](https://qiita.com/n)さんによる発表です。')).toBe('Nobuaki kamba');
    expect(said('[@jroe](https://x.com/jroe) 氏による講演。')).toBe('jroe');
    expect(said('株式会社サンプルの山田太郎さんによる発表です。')).toBe('山田太郎');
    expect(said('こちらはカミクズさんによるセッション。')).toBe('カミクズ');
    expect(said('こちらは kazupon さんによるトークです。')).toBe('kazupon');
  });

  it('leaves "さんの発表" (a talk of someone, as often another one) and a link with no による after it', () => {
    expect(said('[wattanx](https://x.com/w)さんの発表でもあったように')).toBeNull();
    expect(said('山田太郎さんの発表を思い出した。')).toBeNull();
    expect(said('[かみくず](https://x.com/p)さんと話した。')).toBeNull();
  });
});

describe('speakers in a talk’s prose', () => {
  it('reads the opening names of the first paragraph of prose, after a paragraph of links only', () => {
    const markdown = [
      '# Conf',
      '',
      '## Comunicación No Violenta',
      '',
      '[Slides](https://x.org/s.pdf)',
      '',
      '[Dani](https://twitter.com/d) propuso una charla.',
      '',
      '## Refactoring',
      '',
      'Una mesa redonda muy buena.',
      '',
      '[Miguel](https://twitter.com/m) y [Ronny](https://twitter.com/r) montaron una mesa redonda.',
      '',
    ].join('\n');
    expect(talksIn(markdown)).toEqual(['Comunicación No Violenta | Dani', 'Refactoring | ']);
  });

  it('lets a heading that names its speaker keep her alone', () => {
    const markdown = [
      '# Conf',
      '',
      '## Sleep - Jane Roe',
      '',
      '*Replaced by a surprise talk by John Doe.*',
      '',
      '## Caching',
      '',
      'A surprise talk by John Doe.',
      '',
    ].join('\n');
    expect(talksIn(markdown)).toEqual(['Sleep | Jane Roe', 'Caching | John Doe']);
  });
});

describe('proseSpeakers at its edges (mutation testing, issue 19)', () => {
  const byLink = (markdown: string) =>
    speakerByLinkInProse(parseMarkdown(markdown).children[0] as Paragraph)?.name ?? null;

  it('reads each Korean, Chinese and Japanese shape, and only with its talk word', () => {
    expect(speakerInProse('오늘은 한정수님의 발표 입니다')?.name).toBe('한정수');
    expect(speakerInProse('한정수님의발표')?.name).toBe('한정수');
    expect(speakerInProse('키노트는 민우님이 해 주셨고')?.name).toBe('민우');
    expect(speakerInProse('세션은 민우 님께서 진행')?.name).toBe('민우');
    expect(speakerInProse('현민님의 영상')).toBeNull();
    expect(speakerInProse('张磊老师的 session 很好')?.name).toBe('张磊');
    expect(speakerInProse('張磊老師的演講')?.name).toBe('張磊');
    expect(speakerInProse('张磊老师说')).toBeNull();
    expect(speakerInProse('これは山田さんによる発表です')?.name).toBe('山田');
    expect(speakerInProse('@kamikuzu さんによるLTでした')?.name).toBe('kamikuzu');
    expect(speakerInProse('山田さんの発表')).toBeNull();
    expect(speakerInProse('A workshop by Example Corp.')).toBeNull();
  });

  it('reads a linked name before さんによる, its @ dropped, not a name of two spaces or with nothing after it', () => {
    expect(byLink('[@kamikuzu](https://x.com/k)さんによる発表です')).toBe('kamikuzu');
    expect(byLink('[かみくず](https://x.com/k) さんによる発表')).toBe('かみくず');
    expect(byLink('[ かみくず ](https://x.com/k)さんによる発表')).toBe('かみくず');
    expect(byLink('[かみ  くず](https://x.com/k)さんによる発表')).toBeNull();
    expect(byLink('[かみくず](https://x.com/k)')).toBeNull();
    expect(byLink('[かみくず](https://x.com/k)さんの発表')).toBeNull();
    expect(byLink('**かみくず**さんによる発表')).toBeNull();
    // No linked name: the words are read.
    expect(byLink('A talk by Jane Roe.')).toBe('Jane Roe');
  });

  it('takes a one-word linked name only from a social profile, capitalised as a name', () => {
    expect(opening('[Dani](https://twitter.com/d) talked about types.')).toBe('Dani');
    expect(opening('[Dani](https://example.org/d) talked about types.')).toBeNull();
    expect(opening('[dani](https://twitter.com/d) talked about types.')).toBeNull();
    expect(opening('[DANI](https://twitter.com/d) talked about types.')).toBeNull();
    expect(opening('[Dani2](https://twitter.com/d) talked about types.')).toBeNull();
    expect(opening('[xDani](https://twitter.com/d) talked about types.')).toBeNull();
  });

  it('joins names by a comma or a joiner word only, spaces around it', () => {
    expect(opening('[Miguel](https://twitter.com/m) y [Ronny](https://twitter.com/r) montaron un taller.')).toBe(
      'Miguel, Ronny',
    );
    expect(opening('[Miguel](https://twitter.com/m),  [Ronny](https://twitter.com/r) presented.')).toBe(
      'Miguel, Ronny',
    );
    expect(opening('[Miguel](https://twitter.com/m) ,and [Ronny](https://twitter.com/r) presented.')).toBeNull();
    expect(opening('[Miguel](https://twitter.com/m) andy [Ronny](https://twitter.com/r) presented.')).toBeNull();
    expect(opening('[Miguel](https://twitter.com/m) and so [Ronny](https://twitter.com/r) presented.')).toBeNull();
    expect(opening('Jane Roe and [John Doe](https://twitter.com/j) presented.')).toBe('Jane Roe, John Doe');
    expect(opening('Intro: Jane Roe and [John Doe](https://twitter.com/j) presented.')).toBeNull();
    expect(opening('Jane Roe and [John Doe](https://twitter.com/j)')).toBeNull();
    // A joiner with no names before it opens nothing.
    expect(opening('and [John Doe](https://twitter.com/j) presented.')).toBeNull();
  });
});

describe('nameBeforeHandle', () => {
  /** The name `markdown` (one paragraph) opens with before a handle in parentheses, or null. */
  const handled = (markdown: string) =>
    nameBeforeHandle(parseMarkdown(markdown).children[0] as Paragraph)?.name ?? null;

  it('reads a name before its linked or written handle, whatever follows, in several languages', () => {
    expect(handled('Jane Roe ([@jroe](https://twitter.com/jroe)) quickly compared five languages.')).toBe('Jane Roe');
    expect(handled('Ana Gómez (@agomez) nos contó cómo versionar.')).toBe('Ana Gómez');
    expect(handled('Jean Dupont ([@jdupont](https://x.com/jdupont)) : une heure sur Rust.')).toBe('Jean Dupont');
    // The link may go anywhere; its text, a handle, says it is a person.
    expect(handled('Hans Müller ([@hmueller](@https://twitter.com/hmueller)) ist ein Fan von Workflows.')).toBe(
      'Hans Müller',
    );
  });

  it('reads a first name that ends as a noun does, the handle saying it is a person', () => {
    expect(handled('Charity Majors ([@mipsytipsy](https://twitter.com/mipsytipsy)) gave a very good talk.')).toBe(
      'Charity Majors',
    );
    expect(handled('Felicity Roe (@froe) nos contó cómo versionar.')).toBe('Felicity Roe');
  });

  it('needs the handle in parentheses right after the opening words, and those words a name', () => {
    expect(handled('Jane Roe [@jroe](https://twitter.com/jroe) made these sketchnotes.')).toBeNull();
    expect(handled('Jane Roe ([jroe](https://twitter.com/jroe)) showed us Rust.')).toBeNull();
    expect(handled('Jane Roe ([@jroe](https://twitter.com/jroe) showed us Rust.')).toBeNull();
    expect(handled('Jane Roe ([@jroe](https://twitter.com/jroe) and a friend) showed us Rust.')).toBeNull();
    expect(handled('A great talk by Jane Roe ([@jroe](https://twitter.com/jroe)) on meshes.')).toBeNull();
    expect(handled('Example Corp (@example) sponsored the coffee.')).toBeNull();
    expect(handled('Jane (@jroe) showed us Rust.')).toBeNull();
    expect(handled('[Jane Roe](https://example.org/jane) (@jroe) showed us Rust.')).toBeNull();
    expect(handled('Jane Roe (jroe) showed us Rust.')).toBeNull();
  });

  it('names the talk’s speaker after a rating line', () => {
    const notes =
      '# Conf\n\n## Day 1\n\n### Reinvent the social web\nRating: :star: :star:\n\n' +
      'Jane Roe ([@jroe](https://twitter.com/jroe)) gRPCed all the things.\n\n' +
      '### Lost in transaction?\nRating: :star:\n\nAna Gómez (@agomez): los sistemas distribuidos.\n';
    expect(talksIn(notes)).toEqual(['Reinvent the social web | Jane Roe', 'Lost in transaction? | Ana Gómez']);
  });
});
