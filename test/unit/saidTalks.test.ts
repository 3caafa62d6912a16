import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { MIN_SAID_TALKS, proseReading } from '../../src/model/reading/proseTalks.js';
import type { Paragraph } from 'mdast';
import {
  emphasisedTalks,
  QUOTED_TITLE_WORDS,
  SAID_TITLE_WORDS,
  talksSaidIn,
} from '../../src/model/reading/saidTalks.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

const said = (text: string) => talksSaidIn(text).map(({ title, speakers }) => [title, speakers]);

describe('talksSaidIn: talks named in sentences with their speakers, in several languages', () => {
  it('reads "the talk of Jane Roe about X" in each language, the title up to the end of the clause', () => {
    expect(said('I came in for the talk by Jane Roe on calm systems. It was good.')).toEqual([
      ['calm systems', 'Jane Roe'],
    ]);
    expect(
      said('Cheguei a partir da palestra de Jane Roe sobre uma Simulação Distribuída do trânsito. Depois'),
    ).toEqual([['Simulação Distribuída do trânsito', 'Jane Roe']]);
    expect(said('La charla de Jane Roe sobre el futuro de CSS fue genial.')).toEqual([['futuro de CSS', 'Jane Roe']]);
    expect(said("L'intervento di Jane Roe su Python moderno, poi il pranzo.")).toEqual([
      ['Python moderno', 'Jane Roe'],
    ]);
    expect(said("La conférence de Jane Roe sur l'avenir du web.")).toEqual([['avenir du web', 'Jane Roe']]);
    expect(said('Der Vortrag von Jane Roe über verteilte Systeme war gut.')).toEqual([
      ['verteilte Systeme', 'Jane Roe'],
    ]);
  });

  it('reads "X, presented by Jane Roe" in each language, the title after the sentence or colon before it', () => {
    expect(said('Then the best talk of the day: tiny kernels, presented by Jane Roe, a teacher.')).toEqual([
      ['tiny kernels', 'Jane Roe'],
    ]);
    expect(said('Depois: desenvolvimento de microkernels, apresentado por John Doe.')).toEqual([
      ['desenvolvimento de microkernels', 'John Doe'],
    ]);
    expect(said('Le matin. Les tests rapides, présentée par Ann Lee.')).toEqual([['tests rapides', 'Ann Lee']]);
    expect(said('Am Morgen: Schnelle Builds, vorgestellt von Ann Lee.')).toEqual([['Schnelle Builds', 'Ann Lee']]);
  });

  it('reads "Jane Roe presented X", "sprach über", "presentó", "falou sobre", "talked about"', () => {
    expect(said('Jane Roe presentó una herramienta nueva.')).toEqual([['herramienta nueva', 'Jane Roe']]);
    expect(said('Danach kam Rust. Jane Roe sprach über verteilte Systeme.')).toEqual([
      ['verteilte Systeme', 'Jane Roe'],
    ]);
    expect(said('John Doe falou sobre testes de carga; depois, almoço.')).toEqual([['testes de carga', 'John Doe']]);
    expect(said('In the morning Jane Roe talked about the future of CSS, which was fun.')).toEqual([
      ['future of CSS', 'Jane Roe'],
    ]);
    expect(said('J. R. Roe presented fast builds.')).toEqual([['fast builds', 'J. R. Roe']]);
  });

  it('names no talk without a name of two words, a title, or one of the forms', () => {
    expect(said('The talk by Jane on calm systems.')).toEqual([]);
    expect(said('The talk by Jane Roe.')).toEqual([]);
    expect(said('Jane Roe liked calm systems.')).toEqual([]);
    expect(said('We had a talk about calm systems by the sea.')).toEqual([]);
    // A title of more than twelve words is a sentence, not a title.
    expect(
      said('Jane Roe talked about one two three four five six seven eight nine ten eleven twelve thirteen.'),
    ).toEqual([]);
    expect(said('Jane Roe talked about one two three four five six seven eight nine ten eleven twelve.')).toHaveLength(
      1,
    );
  });

  it('reads a session word, a name and a quoted title, in several languages, "titled" or not', () => {
    expect(
      said('Na początku poszedłem na panel Marcina Cichonia pt. „Przychodzi baba do lekarza. Jak zadbać?”. Dalej'),
    ).toEqual([['Przychodzi baba do lekarza. Jak zadbać?', 'Marcina Cichonia']]);
    expect(said('Kolejna była prelekcja Bartłomieja Juszczyka nazwana „Jak podnieść wartość?”.')).toEqual([
      ['Jak podnieść wartość?', 'Bartłomieja Juszczyka'],
    ]);
    expect(said('Po przerwie warsztat Mariusza Kapusty „Dlaczego ludzie kłamią?”.')).toEqual([
      ['Dlaczego ludzie kłamią?', 'Mariusza Kapusty'],
    ]);
    expect(said('Then the workshop by Jane Roe called “Fast Builds”.')).toEqual([['Fast Builds', 'Jane Roe']]);
    expect(said('Keynote of Jane Roe "Calm Systems" was great.')).toEqual([['Calm Systems', 'Jane Roe']]);
    expect(said('Luego la charla de Ana Gómez titulada «Colas sin miedo».')).toEqual([
      ['Colas sin miedo', 'Ana Gómez'],
    ]);
    expect(said('Puis l’atelier de Marie Curie intitulé « Les files »')).toEqual([['Les files', 'Marie Curie']]);
    expect(said('Dann der Vortrag von Jan Roe „Die Tests“.')).toEqual([['Die Tests', 'Jan Roe']]);
    // Said without quotes, the article is no part of the title.
    expect(said('Then the talk by Jane Roe on the calm systems.')).toEqual([['calm systems', 'Jane Roe']]);
  });

  it(`reads a quoted title of up to ${QUOTED_TITLE_WORDS} words, the quotes saying where it ends`, () => {
    expect([SAID_TITLE_WORDS, QUOTED_TITLE_WORDS]).toEqual([12, 24]);
    const words = (count: number) => Array.from({ length: count }, (_, index) => `w${index}`).join(' ');
    expect(said(`The talk of Jane Roe “${words(24)}”.`)).toHaveLength(1);
    expect(said(`The talk of Jane Roe “${words(25)}”.`)).toEqual([]);
  });

  it('reads no quoted title without a session word right before the name, or a name of two words', () => {
    expect(said('I met Jane Roe “Calm Systems” there.')).toEqual([]);
    expect(said('The talk of Jane “Calm Systems”.')).toEqual([]);
    expect(said('The stalk of Jane Roe “Calm Systems”.')).toEqual([]);
    expect(said('The TALK of Jane Roe “Calm Systems”.')).toEqual([]);
  });

  it('reads a Chinese sentence: a name set apart, "分享的" or "带来的", a title in book-title marks', () => {
    expect(said('第一场是 张克军 分享的《云生态新物种—微前端架构体系》，内容丰富。')).toEqual([
      ['云生态新物种—微前端架构体系', '张克军'],
    ]);
    expect(said('第二场是 @有知 分享的《标准微前端架构》，然后 @陈映平 带来的《基于 wasm 的 H265 播放器》。')).toEqual([
      ['标准微前端架构', '有知'],
      ['基于 wasm 的 H265 播放器', '陈映平'],
    ]);
    expect(said('下午，王小明老师的分享《协同编辑原理》。@Guido 带来了《动画秀》')).toEqual([
      ['协同编辑原理', '王小明'],
      ['动画秀', 'Guido'],
    ]);
    // A name run into the words before it is not told apart; one of five Han characters is none; no marks, no title.
    expect(said('第一场是张克军分享的《云生态》')).toEqual([]);
    expect(said('第一场是 欧阳张克军 分享的《云生态》')).toEqual([]);
    expect(said('第一场是 张克军 分享的云生态')).toEqual([]);
    expect(said('第一场是 张克军 分享的《云》')).toEqual([]);
  });

  it('still needs a name that reads as one in the other forms: only the CJK forms know a name by where it stands', () => {
    expect(said('Then the talk by Staff Engineer on calm systems.')).toEqual([]);
    expect(said('Then the talk by Jane Roe on calm systems.')).toEqual([['calm systems', 'Jane Roe']]);
  });

  it('reads a Japanese sentence: a name before さん, 氏 or 先生, "の" or "による", a title in corner brackets', () => {
    expect(said('今日は山田さんの「Rubyの未来」を聞いた。次にMatz氏による『Ruby 4』。')).toEqual([
      ['Rubyの未来', '山田'],
      ['Ruby 4', 'Matz'],
    ]);
    expect(said('ヤマダ先生の発表「型の話」。佐藤さんが発表した「速いテスト」')).toEqual([
      ['型の話', 'ヤマダ'],
      ['速いテスト', '佐藤'],
    ]);
    expect(said('山田の「Rubyの未来」')).toEqual([]);
  });

  it('keeps several talks of one paragraph in the order written', () => {
    expect(said('Jane Roe presented fast builds. Then the talk by John Doe on slow tests.')).toEqual([
      ['fast builds', 'Jane Roe'],
      ['slow tests', 'John Doe'],
    ]);
  });
});

describe('emphasisedTalks: a title in emphasis, a by-word, then a linked name', () => {
  const emphasised = (markdown: string) =>
    emphasisedTalks((parseMarkdown(markdown).children[0] as Paragraph).children).map(({ title, speakers }) => [
      title,
      speakers,
    ]);

  it('reads bold, italics or both, before "de", "by", "von", "par" and a linked name, in several languages', () => {
    expect(
      emphasised(
        'la grata sorpresa del ***Analysis of the feeling*** de [Juantomás García](https://twitter.com/@j) y su *Dolce*.',
      ),
    ).toEqual([['Analysis of the feeling', 'Juantomás García']]);
    expect(emphasised('pude presenciar la *keynote* de [Luz Rello](https://twitter.com/luzrello), que…')).toEqual([
      ['keynote', 'Luz Rello'],
    ]);
    expect(
      emphasised('Then **Fast Builds** by [Jane Roe](https://janeroe.example) and _Slow Tests_ by [John Doe](x).'),
    ).toEqual([
      ['Fast Builds', 'Jane Roe'],
      ['Slow Tests', 'John Doe'],
    ]);
    expect(emphasised('Danach _Testen im Betrieb_ von [Jan Roe](https://x.com/jr).')).toEqual([
      ['Testen im Betrieb', 'Jan Roe'],
    ]);
  });

  it(`needs the by-word alone between them, a name of two words, and a title of up to ${QUOTED_TITLE_WORDS} words`, () => {
    expect(emphasised('el ***Building Efficient Software*** si no puedes distraer de [Álex Fernández](x).')).toEqual(
      [],
    );
    expect(emphasised('la *keynote* de [Luz](https://twitter.com/luz).')).toEqual([]);
    expect(emphasised('la *keynote* de [la web](https://example.org).')).toEqual([]);
    expect(emphasised('la *keynote* de Luz Rello.')).toEqual([]);
    expect(emphasised('la `keynote` de [Luz Rello](x).')).toEqual([]);
    const words = (count: number) => Array.from({ length: count }, (_, index) => `w${index}`).join(' ');
    expect(emphasised(`the *${words(24)}* by [Jane Roe](x).`)).toHaveLength(1);
    expect(emphasised(`the *${words(25)}* by [Jane Roe](x).`)).toEqual([]);
  });
});

describe('proseReading with talks said in sentences', () => {
  const reading = (text: string) => {
    const notes = parseNotes(text, 'notes.md');
    return proseReading(notes.tree.children as RootContent[], notes.source)?.days.flatMap((day) =>
      day.talks.map((talk) => [talk.text, talk.speakerHeading?.text ?? null, talk.body.length]),
    );
  };

  it('reads the notes as talks from MIN_SAID_TALKS such sentences, each paragraph the notes of its first talk', () => {
    expect(MIN_SAID_TALKS).toBe(2);
    const two = 'First the talk by Jane Roe on calm systems.\n\nLunch was good.\n\nJohn Doe presented fast builds.\n';
    expect(reading(two)).toEqual([
      ['calm systems', 'Jane Roe', 2],
      ['fast builds', 'John Doe', 1],
    ]);
    expect(reading('First the talk by Jane Roe on calm systems.\n\nLunch was good.\n')).toBeUndefined();
  });

  it('reads Chinese notes whose talks are said only in sentences', () => {
    const text =
      '# 关于议题\n\n第一场是 张克军 分享的《微前端架构体系》，内容丰富。\n\n午饭。\n\n第二场是 @有知 带来的《沙盒体系》。\n';
    expect(reading(text)).toEqual([
      ['微前端架构体系', '张克军', 2],
      ['沙盒体系', '有知', 1],
    ]);
  });

  it('reads talks named by an emphasised title and a linked name, after the sentences that say talks', () => {
    const text =
      'Pude ver la *keynote* de [Luz Rello](https://twitter.com/luzrello).\n\n' +
      'Y el ***Analysis of feelings*** de [Juantomás García](https://twitter.com/@j), la charla de Ana Gómez sobre colas.\n';
    expect(reading(text)).toEqual([
      ['keynote', 'Luz Rello', 1],
      ['colas', 'Ana Gómez', 1],
      ['Analysis of feelings', 'Juantomás García', 0],
    ]);
  });

  it('reads the event links of a paragraph, not its sentences, when it has some', () => {
    const text =
      'The talk by Jane Roe on [calm systems](https://x.org/schedule/event/calm/).\n\n' +
      'Then [fast builds](https://x.org/schedule/event/fast/) by John Doe.\n\n' +
      'And [slow tests](https://x.org/schedule/event/slow/) by Ann Lee.\n';
    expect(reading(text)?.map(([title]) => title)).toEqual(['calm systems', 'fast builds', 'slow tests']);
  });
});
