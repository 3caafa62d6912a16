import { describe, expect, it } from 'vitest';
import { parseSessionHeading } from '../../src/model/sessionHeading.js';
import { withoutHonorific } from '../../src/model/speakers/nameWords.js';

/** A heading read as a talk: its title and its speakers' names. */
function read(heading: string) {
  const { title, speakers } = parseSessionHeading(heading);
  return { title, speakers: speakers.map((speaker) => speaker.name) };
}

describe('titles in Japanese and Chinese brackets, speakers after a dash', () => {
  it('drops the brackets and a slot label before them, and the honorific after the name', () => {
    expect(read('セッション「Pythonで始める型ヒント」 ー 山田太郎氏')).toEqual({
      title: 'Pythonで始める型ヒント',
      speakers: ['山田太郎'],
    });
    expect(read('基調講演「Pythonの未来」ー 鈴木一郎氏')).toEqual({ title: 'Pythonの未来', speakers: ['鈴木一郎'] });
    expect(read('【基調講演】「未来のPython」 ー 鈴木花子様')).toEqual({
      title: '未来のPython',
      speakers: ['鈴木花子'],
    });
    expect(read('Keynote「The Future」 ー Jane Roe')).toEqual({ title: 'The Future', speakers: ['Jane Roe'] });
    expect(read('Session 2：『型ヒント入門』 ー Jane Roe')).toEqual({ title: '型ヒント入門', speakers: ['Jane Roe'] });
  });

  it('reads a dash right after the closing bracket, with or without a space after it', () => {
    expect(read('「データ分析の実践」― 高橋健 さん')).toEqual({ title: 'データ分析の実践', speakers: ['高橋健'] });
    expect(read('「データ分析の実践」―高橋健さん')).toEqual({ title: 'データ分析の実践', speakers: ['高橋健'] });
    expect(read('「Rust入門」― 佐藤 先生')).toEqual({ title: 'Rust入門', speakers: ['佐藤'] });
  });

  it('reads a doubled dash ("——") and one Chinese name after a bracketed title', () => {
    expect(read('《用 Rego 测试 Terraform》—— 王小明')).toEqual({
      title: '用 Rego 测试 Terraform',
      speakers: ['王小明'],
    });
    expect(read('《可观测性实践》—— 李华老师')).toEqual({ title: '可观测性实践', speakers: ['李华'] });
    expect(read('『長いタイトル：副題』 ー 山田太郎')).toEqual({ title: '長いタイトル：副題', speakers: ['山田太郎'] });
    expect(read('Title -- Jane Roe')).toEqual({ title: 'Title', speakers: ['Jane Roe'] });
  });

  it('keeps a word after an unbracketed title: only the brackets make one Chinese word a name', () => {
    expect(read('用 Rego 测试 Terraform —— 王小明').speakers).toEqual([]);
    expect(read('《可观测性实践》—— 可观测性和日志实践').speakers).toEqual([]);
  });

  it('drops a slot label numbered in Chinese numerals or digits before a bracketed title (seen 144: 主题一 was a speaker)', () => {
    expect(read('主题一：《为什么说Go语言也适合做web开发》')).toEqual({
      title: '为什么说Go语言也适合做web开发',
      speakers: [],
    });
    expect(read('议题十二《LEDISDB介绍》')).toEqual({ title: 'LEDISDB介绍', speakers: [] });
    expect(read('話題 3「Rust入門」')).toEqual({ title: 'Rust入門', speakers: [] });
    expect(read('主題演講「未来」')).toEqual({ title: '未来', speakers: [] });
  });

  it('reads "by" after a bracketed title and drops the brackets', () => {
    expect(read('『型ヒント入門』 by Jane Roe')).toEqual({ title: '型ヒント入門', speakers: ['Jane Roe'] });
  });

  it('drops the brackets of a bracketed title with no speaker, and keeps a label that is no slot', () => {
    expect(read('セッション「非同期処理入門」')).toEqual({ title: '非同期処理入門', speakers: [] });
    expect(read('〈Rust入門〉')).toEqual({ title: 'Rust入門', speakers: [] });
    expect(read('Rubyの「未来」').title).toBe('Rubyの「未来」');
    expect(read('「前編」と「後編」').title).toBe('「前編」と「後編」');
  });

  it('needs a space before a dash that follows no bracket: "ー" is a long vowel inside Japanese words', () => {
    expect(read('ユーザーー山田太郎').speakers).toEqual([]);
  });

  it('strips the Chinese honorific 老师 like the Japanese ones', () => {
    expect(withoutHonorific('李华老师')).toBe('李华');
    expect(withoutHonorific('李华老師')).toBe('李华');
    expect(withoutHonorific('老师')).toBeNull();
  });

  it('keeps a Korean name with 님 at the end of a heading as written: "CEO 형주님" is how Korean prose names anyone', () => {
    expect(read('CEO 형주님').speakers).toEqual([]);
    expect(read('커뮤니티 리드 홍연의님').speakers).toEqual([]);
    expect(read('「타입 힌트」 - 김영희님')).toEqual({ title: '타입 힌트', speakers: ['김영희'] });
  });
});
