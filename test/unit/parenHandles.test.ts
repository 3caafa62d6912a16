import { describe, expect, it } from 'vitest';
import { handleSpeakers } from '../../src/model/speakers/dashHandles.js';
import { MIN_PAREN_NAMED, MIN_PAREN_TAIL_SHARE, parenHandleSpeakers } from '../../src/model/speakers/parenHandles.js';

const read = (lines: string[]) =>
  parenHandleSpeakers(lines).map((found) => (found ? [found.title, ...found.speakers.map((s) => s.name)] : null));

describe('one word in parentheses ending a title, where the others name their speakers so', () => {
  it('pins its thresholds', () => {
    expect(MIN_PAREN_NAMED).toBe(2);
    expect(MIN_PAREN_TAIL_SHARE).toBe(0.5);
  });

  it('names the speaker by a handle, a one-word name or a name in Han or Kana, full-width parentheses too', () => {
    const lines = [
      '型が通る API（Yuki Terashima）',
      'スキーマ設計（Ryutaro Yako） ☑️',
      'Router の型定義を読み解く（Shimmy） 🔥',
      'AI エージェントを作る（福地開）',
      '型をスキルに（higak9）',
    ];
    expect(read(lines)).toEqual([
      null,
      null,
      ['Router の型定義を読み解く', 'Shimmy'],
      ['AI エージェントを作る', '福地開'],
      ['型をスキルに', 'higak9'],
    ]);
  });

  it('reads notes in other languages alike', () => {
    const lines = ['Typen in der Praxis (Jan Weber)', 'Rust im Kernel (Ann Lee)', 'Calm Systems (@m4dz)'];
    expect(read(lines)).toEqual([null, null, ['Calm Systems', 'm4dz']]);
    expect(
      read(['타입 이야기 (김영희 님)', '러스트 (Jane Roe)', '컴파일러 (John Doe)', '코드 리뷰 (민수)'])[3],
    ).toEqual(['코드 리뷰', '민수']);
  });

  it('needs two titles naming speakers in full in parentheses', () => {
    expect(read(['Typen in der Praxis (Jan Weber)', 'Calm Systems (Shimmy)', 'Rust (Tobi)'])).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('needs half of the titles or more to end in parentheses', () => {
    const titles = ['Types (Jan Weber)', 'Rust (Ann Lee)', 'Calm Systems (Shimmy)'];
    const half = [...titles, 'Keynote', 'Lunch', 'Closing'];
    expect(read(half)[2]).toEqual(['Calm Systems', 'Shimmy']);
    expect(read([...half, 'Party'])[2]).toBeNull();
  });

  it('refuses an acronym, a number, a word of titles and more than one word', () => {
    const lines = [
      'Types (Jan Weber)',
      'Rust (Ann Lee)',
      'Workshop (VIGL)',
      'Retro (2019)',
      'Routing (Intro)',
      'Calm Systems (Shimmy Lee Roe Doe Smith)',
    ];
    expect(read(lines)).toEqual([null, null, null, null, null, null]);
  });
});

describe('handles of a day or a list', () => {
  it('take a speaker in parentheses as one after a dash or "by" is taken', () => {
    const found = handleSpeakers(['Types (Jan Weber)', 'Rust (Ann Lee)', 'Calm Systems (Shimmy)']);
    expect(found.map((heading) => heading?.speakers[0]?.name ?? null)).toEqual([null, null, 'Shimmy']);
  });
});
