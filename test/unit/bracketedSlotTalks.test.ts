import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { isGroupTitle } from '../../src/model/headingKinds.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/**
 * A slot word before a bracketed title (`セッション「Title」`, `议题《Title》`) labels one talk (issue 13): it is no
 * group of talks, so a reading that makes such headings talks is not weighed down by them, and a closing section
 * (`## 次回`) set aside cannot tip the whole file to another reading.
 */
const read = (text: string) => buildConference(parseNotes(text, 'notes.md'));
const titles = (text: string) => read(text).days.flatMap((day) => day.sessions.map((session) => session.title));

describe('a group word before a bracketed title', () => {
  it('labels one talk in each kind of bracket', () => {
    expect(isGroupTitle('セッション「Pythonで始める型ヒント」')).toBe(false);
    expect(isGroupTitle('招待セッション『非同期処理入門』')).toBe(false);
    expect(isGroupTitle('议题《云原生的实践》')).toBe(false);
    expect(isGroupTitle('Sessions 「Rust の所有権」')).toBe(false);
  });

  it('still names a group without a bracketed title, or with empty or unclosed brackets', () => {
    expect(isGroupTitle('セッション')).toBe(true);
    expect(isGroupTitle('聴講したセッション')).toBe(true);
    expect(isGroupTitle('セッション「」')).toBe(true);
    expect(isGroupTitle('セッション「型ヒント')).toBe(true);
    expect(isGroupTitle('Keynotes')).toBe(true);
  });

  it('reads labelled Japanese talks with label lists and a closing next-time section as talks', () => {
    const text = [
      '# PyCon JP 2020 1日目',
      '',
      '## セッション「Pythonで始める型ヒント」',
      '',
      '- 登壇者：山田太郎',
      '- 会場：ホールA',
      '- 資料：あり',
      '',
      '型ヒントの基本の話。',
      '',
      '## セッション「非同期処理入門」',
      '',
      '- 登壇者：佐藤花子',
      '- 会場：ホールB',
      '- 資料：なし',
      '',
      'asyncio の話。',
      '',
      '## セッション「データ分析の実践」 ー 鈴木一郎氏',
      '',
      '- 会場：ホールA',
      '- 資料：あり',
      '- 動画：あり',
      '',
      '## 次回',
      '',
      '来年も参加したい。',
    ].join('\n');
    expect(titles(text)).toEqual(['Pythonで始める型ヒント', '非同期処理入門', 'データ分析の実践']);
    expect(read(text).extras.map((extra) => extra.title)).toEqual(['次回']);
  });

  it('reads Chinese talks labelled before book-title marks as talks, beside a closing summary', () => {
    const text = [
      '# QCon 2019 笔记',
      '',
      '## 议题《云原生的实践》',
      '',
      '- 讲师：王小明',
      '- 时间：上午',
      '- 地点：一号厅',
      '',
      '## 议题《服务网格入门》',
      '',
      '- 讲师：李华',
      '- 时间：下午',
      '- 地点：二号厅',
      '',
      '## 议题《可观测性》',
      '',
      '- 讲师：张伟',
      '- 时间：下午',
      '- 地点：一号厅',
      '',
      '## 总结',
      '',
      '收获很多。',
    ].join('\n');
    expect(titles(text)).toEqual(['云原生的实践', '服务网格入门', '可观测性']);
  });
});
