import type { List } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { talksOfList } from '../../src/model/reading/listTalks.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

// Issue 13: "- 主持人:" (host) over sub-items among a list's talks was read as a talk. Who hosts gives no talk.

/** The talks talksOfList reads from a Markdown list, each as its title and the words of its notes. */
function talksIn(markdown: string): { text: string; notes: string }[] | undefined {
  const list = parseMarkdown(markdown).children[0] as List;
  const read = talksOfList(list, markdown, null, false);
  return read?.talks.map((talk) => ({ text: talk.text, notes: talk.body.map((node) => toString(node)).join(' ') }));
}

describe('a host item among talk items', () => {
  it('is no talk before the first talk: its notes open the first talk', () => {
    const talks = talksIn(
      [
        '- 主持人:',
        '    + 首次担当主持的 river',
        '- 使用 Pytorch 进行人流量分析',
        '    + 姜原, 研发工程师',
        '- MicroPython 在硬件开发中的应用',
        '    + 黄盈樟 ~ 硬件极客',
        '- 高龄程序猿自救指北',
        '    + 王小明 ~ 个人开发者',
        '',
      ].join('\n'),
    );
    expect(talks?.map((talk) => talk.text)).toEqual([
      '使用 Pytorch 进行人流量分析',
      'MicroPython 在硬件开发中的应用',
      '高龄程序猿自救指北',
    ]);
    expect(talks?.[0]?.notes).toContain('首次担当主持的 river');
  });

  it('is no talk between talks: it goes to the notes of the talk before', () => {
    const talks = talksIn(
      [
        '- Building Calm Systems - Jane Roe',
        '- Host: Bo Chen',
        '- Testing in Production - John Doe',
        '- The Grammar of Code - Ann Lee',
        '',
      ].join('\n'),
    );
    expect(talks?.map((talk) => talk.text)).toEqual([
      'Building Calm Systems - Jane Roe',
      'Testing in Production - John Doe',
      'The Grammar of Code - Ann Lee',
    ]);
    expect(talks?.[0]?.notes).toContain('Host: Bo Chen');
  });

  it('reads the host label in several languages, with a colon or a full-width one', () => {
    for (const label of [
      'Host',
      'Hosts',
      'Hosted by',
      'MC',
      'M.C.',
      'Emcee',
      'Moderator',
      'Moderated by',
      'Moderation',
      'Animateur',
      'Animatrice',
      'Moderadora',
      'Presentador',
      'Conduttore',
      'Conduttrice',
      '主持',
      '主持人',
      '司会',
      '司会者',
      '사회',
      '사회자',
    ]) {
      for (const colon of [':', '：']) {
        const talks = talksIn(
          `- ${label}${colon} Bo Chen\n- Building Calm Systems - Jane Roe\n- Testing in Production - John Doe\n- The Grammar of Code - Ann Lee\n`,
        );
        expect(talks?.map((talk) => talk.text)[0], label).toBe('Building Calm Systems - Jane Roe');
        expect(talks, label).toHaveLength(3);
      }
    }
  });

  it('leaves a talk whose title starts like a host label, without the colon', () => {
    const talks = talksIn(
      '- Hosting Kubernetes - Bo Chen\n- Moderation at scale - Jane Roe\n- MC Hammer time - John Doe\n- The Grammar of Code - Ann Lee\n',
    );
    expect(talks).toHaveLength(4);
  });
});
