import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { takeSpeakerLines } from '../../src/model/speakers/speakerLines.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

// Issue 13: Chinese notes label the speaker "the person who speaks" (`演讲人：`, `演講人：`), "who shares"
// (`分享人：`) or "who reports" (`报告人：`, `報告人：`), beside the `演讲者` and `讲者` already read.

/** The speakers' names takeSpeakerLines reads at the top of a talk's notes. */
function names(markdown: string): string[] {
  return takeSpeakerLines(parseMarkdown(markdown).children, markdown).speakers.map((speaker) => speaker.name);
}

describe('Chinese speaker labels of a person', () => {
  it('reads 演讲人, 演講人, 分享人, 报告人 and 報告人 with a full-width or plain colon', () => {
    expect(names('演讲人：余中强\n')).toEqual(['余中强']);
    expect(names('演講人：余中強\n')).toEqual(['余中強']);
    expect(names('分享人: 岳旭强\n')).toEqual(['岳旭强']);
    expect(names('报告人：丁吉昌\n')).toEqual(['丁吉昌']);
    expect(names('報告人：Kevin Goldsmith\n')).toEqual(['Kevin Goldsmith']);
  });

  it('reads no sentence that opens with the word ("演讲人是来自…")', () => {
    expect(names('演讲人是来自百度的雷志兴\n')).toEqual([]);
  });
});

describe('bold titles with a speaker label under track headings', () => {
  it('reads each bold title as a talk of its track, its speaker from the label line', () => {
    const markdown = [
      'Title: QCon 2014 见闻',
      '',
      '## 技术',
      '',
      '#### 移动与Web',
      '',
      '**前后端分离实践**',
      '',
      '演讲人：刘磊',
      '',
      '讲了很多。',
      '',
      '**跨平台移动应用测试**',
      '',
      '演讲人：高云',
      '',
      '很有意思。',
      '',
      '#### 大数据',
      '',
      '**实时处理系统**',
      '',
      '分享人：汪兴朗',
      '',
      '数据流。',
      '',
      '**大数据架构解析**',
      '',
      '报告人：胡宁',
      '',
      '架构。',
      '',
    ].join('\n');
    const talks = buildConference(parseNotes(markdown, 'notes.md')).days.flatMap((day) =>
      day.sessions.map((session) => `${session.title} | ${session.speakers.map((s) => s.name).join(', ')}`),
    );
    expect(talks).toEqual([
      '前后端分离实践 | 刘磊',
      '跨平台移动应用测试 | 高云',
      '实时处理系统 | 汪兴朗',
      '大数据架构解析 | 胡宁',
    ]);
  });
});
