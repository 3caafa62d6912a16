import { describe, expect, it } from 'vitest';
import { htmlHeadings } from '../../../src/parse/dialects/htmlHeadings.js';
import { normalize } from './normalize.js';

describe('htmlHeadings', () => {
  it('reads an HTML heading alone on its line as the Markdown heading of its level', () => {
    const { text, repairs } = normalize(
      htmlHeadings,
      [
        '<h3>主题一：《为什么说Go语言也适合做web开发》</h3>',
        '**讲师：翁伟**',
        '<H2 class="talk" id="t2">Keynote — Jane Roe</H2>',
        '   <h1>Conf 2024</h1 >  ',
        '<h6>Small <em>print</em></h6>',
      ].join('\n'),
    );
    expect(text).toBe(
      [
        '### 主题一：《为什么说Go语言也适合做web开发》',
        '**讲师：翁伟**',
        '## Keynote — Jane Roe',
        '# Conf 2024',
        '###### Small <em>print</em>',
      ].join('\n'),
    );
    expect(repairs).toEqual([]);
  });

  it('leaves other HTML, mismatched or empty headings, headings inside text or indented as code, and code alone', () => {
    const kept = [
      '<h3>Title</h2>',
      '<h3>  </h3>',
      '<h7>Seven</h7>',
      'Text <h3>inline</h3>',
      '<h3>Title</h3> and more',
      '    <h3>Indented four</h3>',
      '<div><h3>In a div</h3></div>',
      '<h3>',
      '```',
      '<h3>In code</h3>',
      '```',
    ].join('\n');
    expect(normalize(htmlHeadings, kept).text).toBe(kept);
  });
});
