import { describe, expect, it } from 'vitest';
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { buildConference } from '../../src/model/buildConference.js';
import { parseSessionHeading } from '../../src/model/sessionHeading.js';
import { MIN_DASH_NAMED } from '../../src/model/speakers/dashHandles.js';
import { looksLikeName } from '../../src/model/speakers/nameWords.js';
import { speakerInProse } from '../../src/model/speakers/proseSpeakers.js';
import { takeSpeakerLines } from '../../src/model/speakers/speakerLines.js';
import { parseNotes } from '../../src/parse/parseNotes.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

// The general shapes of speaker lines (issue 13), each with a name just taken and a non-name just refused.

const person = (name: string, org: string | null = null) => ({ name, org });
const words = (node: RootContent) =>
  node.type === 'list' ? node.children.map((item) => `- ${toString(item)}`).join('\n') : toString(node);
function take(markdown: string, options: { bareNameBullets?: boolean } = {}) {
  const { speakers, byline, rest } = takeSpeakerLines(parseMarkdown(markdown).children, markdown, options);
  return { speakers, byline, rest: rest.map(words) };
}
const speakersOf = (heading: string) => parseSessionHeading(heading).speakers.map((speaker) => speaker.name);

describe('names joined by "and" in the corpus languages', () => {
  it('splits at "et", "und", "e" and "y" before a capital', () => {
    expect(speakersOf('La révolution est là - Jane ROE et John DOE')).toEqual(['Jane ROE', 'John DOE']);
  });
});

describe('a serial list of names', () => {
  it('reads "A, B and C" as three people when the last has no organisation', () => {
    expect(speakersOf('Hexagons in Practice - Jane Roe, John Doe and Ann Lee')).toEqual([
      'Jane Roe',
      'John Doe',
      'Ann Lee',
    ]);
  });
});

describe('a handle after a dash, in a list that names speakers after dashes', () => {
  const items = (last: string) =>
    `## Lightning Talks\n\n1. Open Source Job Board - Sammy Fung\n2. Saving the Game Industry - Johnson Lin\n3. ${last}\n4. KDocker - a web UI for Docker\n`;
  const read = (last: string) =>
    buildConference(parseNotes(items(last), 'notes.md')).days.flatMap((day) =>
      day.sessions.map((session) => [session.title, session.speakers.map((speaker) => speaker.name)]),
    );

  it('reads one word after the last dash as the speaker, a handle or a short CJK name', () => {
    expect(read('iHaskell - carlsu')).toContainEqual(['iHaskell', ['carlsu']]);
    expect(read('案例分享 - 雨蒼')).toContainEqual(['案例分享', ['雨蒼']]);
    // Several words after the dash are a subtitle.
    expect(read('iHaskell - carlsu')).toContainEqual(['KDocker - a web UI for Docker', []]);
  });

  it('refuses a word of titles or an acronym', () => {
    expect(read('Kubernetes - intro')).toContainEqual(['Kubernetes - intro', []]);
    expect(read('Storage - AWS')).toContainEqual(['Storage - AWS', []]);
  });

  it(`needs ${MIN_DASH_NAMED} items that name a speaker after a dash`, () => {
    const one =
      '## Lightning Talks\n\n1. Open Source Job Board - Sammy Fung\n2. Saving the Game Industry\n3. iHaskell - carlsu\n';
    expect(
      buildConference(parseNotes(one, 'notes.md')).days.flatMap((day) =>
        day.sessions.map((session) => session.speakers),
      ),
    ).toEqual([[person('Sammy Fung')], [], []]);
  });
});

describe('"by" in the corpus languages at the end of a title', () => {
  it('reads "par", "por" and "von" before names', () => {
    expect(parseSessionHeading('Le futur du web par Jane Roe')).toEqual({
      title: 'Le futur du web',
      speakers: [person('Jane Roe')],
    });
    expect(speakersOf('El futuro por Jane Roe y John Doe')).toEqual(['Jane Roe', 'John Doe']);
    expect(speakersOf('Die Zukunft von Jane Roe')).toEqual(['Jane Roe']);
  });

  it('splits at the last "par", keeps "Title, by" without its comma', () => {
    expect(parseSessionHeading('Commencer par le début par Jane Roe').title).toBe('Commencer par le début');
    expect(parseSessionHeading('Stand Up, by Jane Roe').title).toBe('Stand Up');
  });

  it('reads no speaker where "par" is followed by words or "von" starts a surname', () => {
    expect(speakersOf('Commencer par le début')).toEqual([]);
    expect(speakersOf('Ein Grußwort Ursula von der Leyen')).toEqual([]);
    // A keynote named by its speaker (keynoteOfName) reads the whole name: "von" is no by-word there either.
    expect(speakersOf('Keynote Ursula von der Leyen')).toEqual(['Ursula von der Leyen']);
  });
});

describe('names marked by an honorific, a script or a nickname', () => {
  it('takes one word with a Japanese honorific, and drops the honorific', () => {
    expect(speakersOf('Rubyの未来 - 山田太郎氏')).toEqual(['山田太郎']);
    expect(speakersOf('Rubyの未来 - 山田太郎さん')).toEqual(['山田太郎']);
    expect(speakersOf('Rubyの未来 - 山田太郎')).toEqual([]);
    expect(looksLikeName('氏', false)).toBe(false);
  });

  it('takes three Hangul syllables that start with a family name, not two or four or another start', () => {
    expect(speakersOf('오픈소스 이야기 - 장현정')).toEqual(['장현정']);
    expect(speakersOf('오픈소스 이야기 - 소개')).toEqual([]);
    expect(speakersOf('오픈소스 이야기 - 발표자료')).toEqual([]);
    expect(speakersOf('오픈소스 이야기 - 햇살이')).toEqual([]);
  });

  it('takes a nickname in quotes between first and last name, not quotes alone', () => {
    expect(looksLikeName('Yukihiro "Matz" Matsumoto', false)).toBe(true);
    expect(looksLikeName('"Matz"', true)).toBe(false);
    expect(looksLikeName('The "Best" Talk', false)).toBe(false);
  });
});

describe('names in parentheses at the end of a heading', () => {
  it('takes a full name, not one word (an organisation, a track or an acronym)', () => {
    expect(speakersOf('How Music Works (Jane Roe)')).toEqual(['Jane Roe']);
    expect(speakersOf('How Music Works (Jane Roe, John Doe)')).toEqual(['Jane Roe', 'John Doe']);
    expect(parseSessionHeading('How Music Works (AppSignal)')).toEqual({
      title: 'How Music Works (AppSignal)',
      speakers: [],
    });
    expect(speakersOf('Visual Grammar Lab (VIGL)')).toEqual([]);
  });

  it('takes one word with an honorific', () => {
    expect(speakersOf('Rubyの未来 (山田氏)')).toEqual(['山田']);
  });

  it('reads full-width parentheses as parentheses', () => {
    expect(parseSessionHeading('Rubyの未来（山田 太郎）')).toEqual({
      title: 'Rubyの未来',
      speakers: [person('山田 太郎')],
    });
    expect(parseSessionHeading('Rubyの未来（山田太郎氏）').speakers).toEqual([person('山田太郎')]);
    expect(speakersOf('Rubyの未来（入門）')).toEqual([]);
    expect(take('Jane Roe（@jroe）\n').speakers).toEqual([person('Jane Roe')]);
  });
});

describe('Japanese headings and name lines', () => {
  it('splits a title from its speakers at a Japanese dash with spaces', () => {
    for (const dash of ['―', 'ー', '－'])
      expect(speakersOf(`Rubyの未来 ${dash} 山田 太郎`), dash).toEqual(['山田 太郎']);
    expect(speakersOf('Rubyの未来ー山田 太郎')).toEqual([]);
  });

  it('reads a name with an honorific at the end of a heading, after a space or a closing bracket', () => {
    expect(parseSessionHeading('「Rubyの未来」山田太郎氏')).toEqual({
      title: 'Rubyの未来',
      speakers: [person('山田太郎')],
    });
    expect(parseSessionHeading('Rubyの未来 Jane Roe さん')).toEqual({
      title: 'Rubyの未来',
      speakers: [person('Jane Roe')],
    });
    expect(speakersOf('「Rubyの未来」山田太郎')).toEqual([]);
    expect(speakersOf('Rubyの未来先生')).toEqual([]);
  });

  it('takes one word after a dash that opens a line, not a sentence or a role', () => {
    expect(take('― 山田太郎\n').speakers).toEqual([person('山田太郎')]);
    expect(take('― Matz\n').speakers).toEqual([person('Matz')]);
    expect(take('― keynote\n').speakers).toEqual([]);
    expect(take('― 2019\n').speakers).toEqual([]);
  });
});

describe('a slash between the title and its speakers', () => {
  it('splits at the first spaced slash after which every part reads as names', () => {
    expect(parseSessionHeading('Le futur du web / Jane Roe / John Doe')).toEqual({
      title: 'Le futur du web',
      speakers: [person('Jane Roe'), person('John Doe')],
    });
    expect(parseSessionHeading('Input / Output / Jane Roe')).toEqual({
      title: 'Input / Output',
      speakers: [person('Jane Roe')],
    });
  });

  it('reads a bar as a slash', () => {
    expect(parseSessionHeading('Le futur du web | Jane Roe')).toEqual({
      title: 'Le futur du web',
      speakers: [person('Jane Roe')],
    });
    expect(speakersOf('Le futur du web | Day 2')).toEqual([]);
  });

  it('reads no speaker where a part after the slash is not a name, or the slash has no spaces', () => {
    expect(speakersOf('Input / Output')).toEqual([]);
    expect(speakersOf('Jane Roe / The Keynote')).toEqual([]);
    expect(speakersOf('CI/Jane Roe')).toEqual([]);
  });
});

describe('a name with an honorific before the title', () => {
  it('reads "山田太郎氏「Title」" and "Jane Roe さん: Title"', () => {
    expect(parseSessionHeading('山田太郎氏「Rubyの未来」')).toEqual({
      title: 'Rubyの未来',
      speakers: [person('山田太郎')],
    });
    expect(parseSessionHeading('Jane Roe さん: The Future')).toEqual({
      title: 'The Future',
      speakers: [person('Jane Roe')],
    });
  });

  it('needs the honorific and a title after it', () => {
    expect(speakersOf('山田太郎「Rubyの未来」')).toEqual([]);
    expect(speakersOf('Keynote さん')).toEqual([]);
  });
});

describe('bylines marked by a role or a handle a little below the start of a talk', () => {
  it('reads a paragraph of bylines after the first block, one of them marked', () => {
    expect(take('A session about storage.\n\nJane Roe - GM, Storage, Example Corp\nJohn Doe\n\n- a point\n')).toEqual({
      speakers: [person('Jane Roe', 'Example Corp'), person('John Doe')],
      byline: ['Jane Roe - GM, Storage, Example Corp', 'John Doe'],
      rest: ['A session about storage.', '- a point'],
    });
    expect(take('A session about storage.\n\nJane Roe\nJohn Doe\n').speakers).toEqual([]);
    expect(take('A session about storage.\n\nJane Roe - GM, Example Corp\nand then we talked\n').speakers).toEqual([]);
  });

  it('reads the marked bullets that open a list after the first block', () => {
    expect(
      take('A session about storage.\n\n- Jane Roe - GM, Storage, Example Corp\n- John Doe (@jdoe)\n- a point\n'),
    ).toEqual({
      speakers: [person('Jane Roe', 'Example Corp'), person('John Doe')],
      byline: ['- Jane Roe - GM, Storage, Example Corp', '- John Doe (@jdoe)'],
      rest: ['A session about storage.', '- a point'],
    });
    expect(take('A session about storage.\n\n- Jane Roe\n- a point\n').speakers).toEqual([]);
  });
});

describe('a heading that is only a label, with the names under it', () => {
  it('reads the bullets or lines under "Speakers" and takes both out', () => {
    expect(take('#### Speakers\n\n- Jane Roe (@jroe)\n- John Doe - CTO, Acme\n\nNotes follow.\n')).toEqual({
      speakers: [person('Jane Roe'), person('John Doe', 'Acme')],
      byline: ['#### Speakers', '- Jane Roe (@jroe)\n- John Doe - CTO, Acme'],
      rest: ['Notes follow.'],
    });
    expect(take('### Intervenants :\n\nJane Roe\nJohn Doe\n').speakers).toEqual([
      person('Jane Roe'),
      person('John Doe'),
    ]);
  });

  it('finds it anywhere in the talk, after other sections, and as a bold line', () => {
    expect(take('#### Abstract\n\nAbout storage.\n\n#### Speakers\n\n- Jane Roe\n- John Doe\n').speakers).toEqual([
      person('Jane Roe'),
      person('John Doe'),
    ]);
    expect(take('#### Abstract\n\nAbout storage.\n\n#### Speaker: Jane Roe\n\nNotes.\n').speakers).toEqual([
      person('Jane Roe'),
    ]);
    expect(take('About storage.\n\n**Intervenants :**\n\n- Jane Roe\n- John Doe\n')).toEqual({
      speakers: [person('Jane Roe'), person('John Doe')],
      byline: ['**Intervenants :**', '- Jane Roe\n- John Doe'],
      rest: ['About storage.'],
    });
    expect(take('#### Abstract\n\nAbout storage.\n\nSpeaker: Jane Roe\n').speakers).toEqual([]);
  });

  it('reads nothing when a bullet under it is no name, or the heading says more than the label', () => {
    expect(take('#### Speakers\n\n- Jane Roe\n- Day 2\n').speakers).toEqual([]);
    expect(take("#### Speakers' notes\n\n- Jane Roe\n").speakers).toEqual([]);
  });
});

describe('decoration before a line', () => {
  it('reads a label or a name after an emoji or an emoji shortcode', () => {
    expect(take('🎤 Speaker: Jane Roe\n').speakers).toEqual([person('Jane Roe')]);
    expect(take(':microphone: Jane Roe\n').speakers).toEqual([person('Jane Roe')]);
    expect(take('- 🗣️ Speakers : Jane Roe, John Doe\n- a point\n').speakers).toEqual([
      person('Jane Roe'),
      person('John Doe'),
    ]);
    expect(take('🎤 Great talk\n').speakers).toEqual([]);
  });
});

describe('label words in the corpus languages', () => {
  it('reads "Speaker(s) :" with emphasis, and the label in French, German, Spanish, Portuguese, Italian, Japanese and Korean', () => {
    expect(take('**Speaker(s) :** Jane Roe, John Doe\n').speakers).toEqual([person('Jane Roe'), person('John Doe')]);
    for (const label of [
      'Conférencier :',
      'Conférencière :',
      'Orateurs :',
      'Intervenante :',
      'Sprecher:',
      'Vortragender:',
      'Ponente:',
      'Palestrante:',
      'Relatore:',
      '登壇者：',
      '発表者：',
      'スピーカー：',
      '강연자:',
    ])
      expect(take(`${label} Jane Roe\n`).speakers, label).toEqual([person('Jane Roe')]);
  });

  it('reads a labelled line in a quote or a sub-heading near the start, and takes it out', () => {
    expect(take('> Speaker: Jane Roe\n> John Doe is also here\n\n- a point\n').speakers).toEqual([person('Jane Roe')]);
    expect(take('> **Speakers :** Jane Roe, John Doe\n\n- a point\n')).toEqual({
      speakers: [person('Jane Roe'), person('John Doe')],
      byline: ['> **Speakers :** Jane Roe, John Doe'],
      rest: ['- a point'],
    });
    expect(take('#### Speaker: Jane Roe\n\n- a point\n')).toEqual({
      speakers: [person('Jane Roe')],
      byline: ['#### Speaker: Jane Roe'],
      rest: ['- a point'],
    });
    expect(take('> A quote by someone\n').speakers).toEqual([]);
    expect(take('#### Jane Roe\n').speakers).toEqual([]);
  });

  it('reads plural and inclusive endings after a label word, not other words', () => {
    for (const label of ['Speaker·euse·s :', 'Intervenant(e)s :', 'Orateur.rice.s :', 'Présentée par', 'Animés par'])
      expect(take(`${label} Jane Roe, John Doe\n`).speakers, label).toEqual([person('Jane Roe'), person('John Doe')]);
    expect(take('Speakerphone: Jane Roe\n').speakers).toEqual([]);
  });

  it('reads a label in brackets, with or without a colon, and alone as a heading', () => {
    expect(take('【登壇者】山田太郎氏\n').speakers).toEqual([person('山田太郎')]);
    expect(take('［発表者］：Jane Roe\n').speakers).toEqual([person('Jane Roe')]);
    expect(take('[Speaker] Jane Roe\n').speakers).toEqual([person('Jane Roe')]);
    expect(take('#### 【登壇者】\n\n- Jane Roe\n- John Doe\n').speakers).toEqual([
      person('Jane Roe'),
      person('John Doe'),
    ]);
    expect(take('【資料】Jane Roe\n').speakers).toEqual([]);
  });

  it('reads a labelled list whose names carry roles with commas in parentheses', () => {
    expect(take('Speakers: Jane Roe (GM, Storage, Example Corp), John Doe (CTO, Acme)\n').speakers).toEqual([
      person('Jane Roe', 'Example Corp'),
      person('John Doe', 'Acme'),
    ]);
  });

  it('reads "author:" as a label, not a longer word that starts like it', () => {
    expect(take('- author: Jane Roe\n- a point\n').speakers).toEqual([person('Jane Roe')]);
    expect(take('- Authority: Jane Roe\n- a point\n').speakers).toEqual([]);
  });

  it('reads "par" and "por" before names only', () => {
    expect(take('par Jane Roe\n').speakers).toEqual([person('Jane Roe')]);
    expect(take('Por Jane Roe y John Doe\n').speakers).toEqual([person('Jane Roe'), person('John Doe')]);
    expect(take('Par ailleurs, il a dit\n').speakers).toEqual([]);
  });
});

describe('name lines', () => {
  it('reads a name after a dash that opens the line', () => {
    expect(take('― Jane Roe\n').speakers).toEqual([person('Jane Roe')]);
    expect(take('ー 山田太郎氏\n').speakers).toEqual([person('山田太郎')]);
    expect(take('-- Jane Roe\n').speakers).toEqual([person('Jane Roe')]);
    expect(take('— Great talk\n').speakers).toEqual([]);
  });

  it('reads several names joined on one line', () => {
    expect(take('_Taylor Roe and Scott Doe_\n').speakers).toEqual([person('Taylor Roe'), person('Scott Doe')]);
    expect(take('👥 Jane Roe, John Doe et Ann Lee\n').speakers).toEqual([
      person('Jane Roe'),
      person('John Doe'),
      person('Ann Lee'),
    ]);
    expect(take('Jane Roe, Acme\n').speakers).toEqual([]);
    expect(take('Jane Roe, John\n').speakers).toEqual([]);
    expect(take('_Taylor Roe and the team_\n').speakers).toEqual([]);
  });

  it('drops links after the name whose text is an emoji, a handle or a lower-case word', () => {
    expect(take('_Jane Roe_ [:video_camera:](https://video.example/1)\n').speakers).toEqual([person('Jane Roe')]);
    expect(take('Jane Roe [slides](https://slides.example/1)\n').speakers).toEqual([person('Jane Roe')]);
    expect(take('Jane Roe [@jroe](https://social.example/jroe)\n').speakers).toEqual([person('Jane Roe')]);
    expect(take('Speaker: [Jane Roe](https://social.example/jroe)\n').speakers).toEqual([person('Jane Roe')]);
    expect(take('Great talk [slides](https://slides.example/1)\n').speakers).toEqual([]);
  });

  it('drops a handle written after the name, with or without parentheses', () => {
    expect(take('Jane Roe @jroe\n').speakers).toEqual([person('Jane Roe')]);
    expect(take('Jane Roe ([@jroe](https://social.example/jroe))\n').speakers).toEqual([person('Jane Roe')]);
    expect(take('@jroe\n').speakers).toEqual([]);
  });

  it('reads no name in an image', () => {
    expect(take('![Jane Roe](img/photo.jpg)\n').speakers).toEqual([]);
    expect(take('![이미지](img/photo.jpg)\n').speakers).toEqual([]);
  });
});

describe('a name as the first bullet of a talk', () => {
  it('takes it when a handle or a role marks it, and leaves the other bullets', () => {
    expect(take('- Jane Roe ([@jroe](https://social.example/jroe))\n- Day 1 - 14:30 - track 1\n')).toEqual({
      speakers: [person('Jane Roe')],
      byline: ['- Jane Roe ([@jroe](https://social.example/jroe))'],
      rest: ['- Day 1 - 14:30 - track 1'],
    });
    expect(take('- Jane Roe - Staff Engineer, Example Corp\n- a point\n').speakers).toEqual([
      person('Jane Roe', 'Example Corp'),
    ]);
  });

  it('takes the bullets that open the list while each names a speaker', () => {
    expect(take('- Jane Roe - GM, Storage, Example Corp\n- John Doe - CTO, Acme\n- a point\n')).toEqual({
      speakers: [person('Jane Roe', 'Example Corp'), person('John Doe', 'Acme')],
      byline: ['- Jane Roe - GM, Storage, Example Corp', '- John Doe - CTO, Acme'],
      rest: ['- a point'],
    });
    expect(take('- Jane Roe (@jroe)\n- a point\n- John Doe (@jdoe)\n').speakers).toEqual([person('Jane Roe')]);
  });

  it('takes a bare name only when asked, and never a non-name or a bullet with sub-points', () => {
    expect(take('- Jane Roe\n- a point\n').speakers).toEqual([]);
    expect(take('- Jane Roe\n- a point\n', { bareNameBullets: true }).speakers).toEqual([person('Jane Roe')]);
    // A note in parentheses is no mark: only a handle or a role is.
    expect(take('- Service Mesh (Istio)\n- a point\n').speakers).toEqual([]);
    for (const bullet of ['Day 2', 'Q&A', 'Keynote', '(VIGL)', 'Senior Engineer', 'Developer Advocate'])
      expect(take(`- ${bullet}\n- a point\n`, { bareNameBullets: true }).speakers, bullet).toEqual([]);
    expect(take('- Jane Roe (@jroe)\n  - she maintains etcd\n').speakers).toEqual([]);
  });

  it('takes bare names in notes whose other talks mark theirs, and not otherwise', () => {
    const notes = (first: string) =>
      `# Conf\n\n## Talk One\n\n- ${first}\n- a point\n\n## Talk Two\n\n- John Doe\n- a point\n`;
    const speakers = (markdown: string) =>
      buildConference(parseNotes(markdown, 'notes.md')).days.flatMap((day) =>
        day.sessions.map((session) => session.speakers.map((speaker) => speaker.name)),
      );
    expect(speakers(notes('Jane Roe (@jroe)'))).toEqual([['Jane Roe'], ['John Doe']]);
    expect(speakers(notes('Jane Roe'))).toEqual([[], []]);
  });
});

describe('notes that write talk headings speaker first', () => {
  const talks = (headings: string[]) =>
    buildConference(
      parseNotes(`# Conf\n\n${headings.map((heading) => `## ${heading}\n\n- a point\n`).join('\n')}`, 'notes.md'),
    ).days.flatMap((day) =>
      day.sessions.map((session) => [session.title, session.speakers.map((speaker) => speaker.name)]),
    );

  it('reads them so when two and half of them read only "Speaker - Title"', () => {
    expect(
      talks([
        'Jane Roe - The Grammar of Code',
        'John Doe: Writing in CI',
        'How Music Works (AppSignal)',
        'Yukihiro "Matz" Matsumoto - Keynote',
      ]),
    ).toEqual([
      ['The Grammar of Code', ['Jane Roe']],
      ['Writing in CI', ['John Doe']],
      ['How Music Works (AppSignal)', []],
      ['Keynote', ['Yukihiro "Matz" Matsumoto']],
    ]);
  });

  it('does not with one such heading, with fewer than half, or with as many written title first', () => {
    expect(talks(['Jane Roe - The Grammar of Code', 'Writing in CI'])[0]).toEqual([
      'Jane Roe - The Grammar of Code',
      [],
    ]);
    expect(
      talks(['Jane Roe - The Grammar of Code', 'John Doe - Writing in CI', 'Observability', 'Tracing', 'Logging'])[0],
    ).toEqual(['Jane Roe - The Grammar of Code', []]);
    expect(
      talks([
        'Jane Roe - The Grammar of Code',
        'John Doe - Writing in CI',
        'The Shape of Systems - Ann Lee',
        'Notes on Operations - Bo Chen',
      ])[0],
    ).toEqual(['Jane Roe - The Grammar of Code', []]);
  });
});

describe('a rating or emoji line over the byline', () => {
  it('passes over a line of stars or emoji to the names under it, and keeps it', () => {
    const taken = take('⭐⭐⭐⭐\n\n**Jane Roe & John Doe** ([video](https://video.example/1))\n\nNotes.\n');
    expect(taken.speakers).toEqual([person('Jane Roe'), person('John Doe')]);
    expect(taken.rest).toEqual(['⭐⭐⭐⭐', 'Notes.']);
    expect(take('🔥 🔥\n\nJane Roe ([recording](https://video.example/2))\n').speakers).toEqual([person('Jane Roe')]);
  });

  it('does not pass over a line with words, nor find a name where none is', () => {
    expect(take('⭐ Great talk\n\n**Jane Roe** ([video](https://video.example/1))\n').speakers).toEqual([]);
    expect(take('⭐⭐⭐\n\nThe slides were great.\n').speakers).toEqual([]);
  });
});

describe('prose that opens with a name linked to a profile', () => {
  it('reads the name, after a link to the video, and leaves the paragraph as written', () => {
    const markdown =
      '[Talk on video](https://video.example/1)\n\n[Jane Roe](https://twitter.com/jroe) works at Example and showed us her tool.\n';
    const taken = take(markdown);
    expect(taken.speakers).toEqual([person('Jane Roe')]);
    expect(taken.rest).toEqual(['Talk on video', 'Jane Roe works at Example and showed us her tool.']);
    // A mistyped "https:/" is still a profile.
    expect(take('[Jane Roe](https:/twitter.com/jroe) talked.\n').speakers).toEqual([person('Jane Roe')]);
    expect(take('[John Doe](https://www.linkedin.com/in/jdoe/) talked.\n').speakers).toEqual([person('John Doe')]);
  });

  it('needs a profile link at the paragraph start and a name of two words', () => {
    expect(take('[Example Corp](https://example.com/about) builds tools.\n').speakers).toEqual([]);
    expect(take('[Jane Roe](https://twitter.com/jroe/status/1) said so.\n').speakers).toEqual([]);
    expect(take('[Kubernetes](https://twitter.com/kubernetesio) is big.\n').speakers).toEqual([]);
    expect(take('Thanks to [Jane Roe](https://twitter.com/jroe) for this.\n').speakers).toEqual([]);
    // A code site names projects as often as people.
    expect(take('[Service Mesh Patterns](https://github.com/mesh) is a repo.\n').speakers).toEqual([]);
  });
});

describe('Korean prose that says whose talk it is', () => {
  it('reads "X님의 발표" and "발표는 X님이", near the start, and leaves the prose as written', () => {
    expect(take('회사에서 일하는 김영희님의 발표 입니다.\n').speakers).toEqual([person('김영희')]);
    expect(take('기다렸던 철수님의 세션입니다.\n').speakers).toEqual([person('철수')]);
    expect(speakerInProse('오늘 강연은 김영희 님께서 맡았습니다')).toEqual(person('김영희'));
    expect(speakerInProse('박철수님의 키노트')).toEqual(person('박철수'));
    // Five syllables before 님 are a word and a name run together, not a name.
    expect(speakerInProse('다섯글자이름님의 발표')).toBeNull();
    const taken = take('![사진](img/1.png)\n\n준비를 많이 했습니다.\n\n발표는 민수님이 해 주셨습니다.\n');
    expect(taken.speakers).toEqual([person('민수')]);
    expect(taken.rest).toEqual(['사진', '준비를 많이 했습니다.', '발표는 민수님이 해 주셨습니다.']);
  });

  it('does not read a name only mentioned, a word run into another, or a sentence past the fifth block', () => {
    expect(take('현민님의 영상을 좋아합니다.\n').speakers).toEqual([]);
    expect(take('대표이사김영희님의 발표\n').speakers).toEqual([]);
    expect(take('하나.\n\n둘.\n\n셋.\n\n넷.\n\n다섯.\n\n김영희님의 발표 입니다.\n').speakers).toEqual([]);
  });
});

describe('a name, a comma and a role', () => {
  it('reads the first bullet "Jane Roe, role" as the speaker, with the organisation after "at"', () => {
    const taken = take('- Jane Roe, staff engineer at Example Corp\n- Syntax is sugar\n');
    expect(taken.speakers).toEqual([person('Jane Roe', 'Example Corp')]);
    expect(taken.rest).toEqual(['- Syntax is sugar']);
    expect(take('- John Doe, core developer and council member\n- A point\n').speakers).toEqual([person('John Doe')]);
  });

  it('needs a name of two words and words of a job after the comma', () => {
    expect(take('- Jane Roe, the tool we all use\n- A point\n').speakers).toEqual([]);
    expect(take('- Kubernetes, maintainer tooling\n- A point\n').speakers).toEqual([]);
    expect(take('- Service meshes are hard, says every engineer\n- A point\n').speakers).toEqual([]);
  });
});

describe('a line of names alone, in emphasis, perhaps in parentheses', () => {
  it('takes `*(Jane Roe)*`, `(*Jane Roe*)`, `_Jane Roe/John Doe_` and `*(Jane Roe / Ann Lee)*` as the speakers', () => {
    expect(take('*(Jane Roe)*\n\nNotes.').speakers).toEqual([person('Jane Roe')]);
    expect(take('(*Jane Roe*)\n\nNotes.').speakers).toEqual([person('Jane Roe')]);
    expect(take('_Jane Roe/John Doe_\n\nNotes.').speakers).toEqual([person('Jane Roe'), person('John Doe')]);
    expect(take('*(Jane Roe / Ann Lee)*\n\nNotes.').speakers).toEqual([person('Jane Roe'), person('Ann Lee')]);
    expect(take('*(Jane Roe)*\n\nNotes.').rest).toEqual(['Notes.']);
  });

  it('refuses one word (a workshop acronym, a remark), a title, and names without emphasis', () => {
    expect(take('*(VIGL)*\n\nNotes.').speakers).toEqual([]);
    expect(take('*(Keynote)*\n\nNotes.').speakers).toEqual([]);
    expect(take('*(the slides are online)*\n\nNotes.').speakers).toEqual([]);
    expect(take('(Jane Roe)\n\nNotes.').speakers).toEqual([]);
  });
});
