import { describe, expect, it } from 'vitest';
import { repairSource } from '../../src/parse/repairSource.js';

// The edges of what repairSource rewrites: each fixture is built in its test.
const heading = (line: number, written: string) => ({
  line,
  message: `Read \`${written}\` as a heading (no space after \`#\`)`,
});

describe('repairSource headings', () => {
  it('adds the missing space after two to six `#`, or one before a capital or digit, indented up to three spaces', () => {
    const { text, repairs } = repairSource(
      '   ##Day 1\n    ##Code\n#######Seven\n#Über\n#1 Intro\n## Fine\n##\n##\tTab\n#lower\n######Six',
    );
    expect(text).toBe(
      '   ## Day 1\n    ##Code\n#######Seven\n# Über\n# 1 Intro\n## Fine\n##\n##\tTab\n#lower\n###### Six',
    );
    expect(repairs).toEqual([
      heading(1, '##Day 1'),
      heading(4, '#Über'),
      heading(5, '#1 Intro'),
      heading(10, '######Six'),
    ]);
  });

  it('leaves a fence open until a fence of the same kind, at least as long, closes it', () => {
    expect(repairSource('````\n```\n##x\n````\n##Y').text).toBe('````\n```\n##x\n````\n## Y');
    expect(repairSource('~~~\n```\n##x\n~~~\n##Y').text).toBe('~~~\n```\n##x\n~~~\n## Y');
    expect(repairSource('   ```\n##x\n```\n##Y').text).toBe('   ```\n##x\n```\n## Y');
    expect(repairSource('    ```\n##x').text).toBe('    ```\n## x');
    expect(repairSource('~~ not a fence\n##x').text).toBe('~~ not a fence\n## x');
  });
});

describe('repairSource shortcodes and tags', () => {
  it('reads both shortcode forms, closing tags dropped, a long one shown cut to 60 characters', () => {
    const sixty = `{{< x a="${'b'.repeat(46)}" >}}`;
    const sixtyOne = `{{< x a="${'b'.repeat(47)}" >}}`;
    const { text, repairs } = repairSource(
      `{{% note title="Mind the gap" %}}\n{{< /figure >}}\n${sixty}\n${sixtyOne}\n{{<figure caption="x">}}`,
    );
    expect(text).toBe('Mind the gap\n\n\n\nx');
    expect(repairs).toEqual([
      { line: 1, message: 'Replaced Hugo shortcode `note` by its text' },
      { line: 2, message: 'Dropped Hugo shortcode `{{< /figure >}}`' },
      { line: 3, message: `Dropped Hugo shortcode \`${sixty}\`` },
      { line: 4, message: `Dropped Hugo shortcode \`${sixtyOne.slice(0, 57)}...\`` },
      { line: 5, message: 'Replaced Hugo shortcode `figure` by its text' },
    ]);
  });

  it('keeps words: positional strings that are not paths, and named arguments a reader should see, joined', () => {
    const { text } = repairSource(
      `{{< tweet "Great talk" "/a.png" 'single q' >}}\n{{< figure Title="T" attr = " Jane " AttrLink="https://x.org/a b<c>" >}}\n{{< figure attrlink="https://x.org" caption="C" >}}\n{{< figure attr="A" attrlink="" >}}\n{{< f alt="" name="N" text="X" other="no" >}}\n{{< f alt="A cat" >}}\n{{< quote "v1.2 is out" >}}`,
    );
    expect(text.split('\n')).toEqual([
      'Great talk — single q',
      'T — [Jane](<https://x.org/a%20b%3Cc%3E>)',
      'C',
      'A',
      'N — X',
      'A cat',
      'v1.2 is out',
    ]);
  });

  it('drops Liquid tags with dashes, and leaves output tags', () => {
    expect(repairSource('{%- if x -%}a{%endif%} {{ page.title }}')).toEqual({
      text: 'a {{ page.title }}',
      repairs: [
        { line: 1, message: 'Dropped Liquid tag `if`' },
        { line: 1, message: 'Dropped Liquid tag `endif`' },
      ],
    });
  });
});
