import { createRequire } from 'node:module';
import { Marp } from '@marp-team/marp-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeAngles } from '../../src/render/escapeAngles.js';
import { renderNotes } from '../../src/render/renderDeck.js';

// Marp's own reading of a comment: YAML (FAILSAFE schema), loose or strict; an object is directives.
const { yaml } = createRequire(import.meta.url)('@marp-team/marpit/lib/markdown/directives/yaml') as {
  yaml: (text: string, loose: boolean) => object | false;
};

/** What Marp makes of one slide of Markdown: the class and style of its `<section>`. */
function applied(markdown: string): string {
  const { html } = new Marp({ html: false, math: false }).render(markdown);
  const section = /<section\b[^>]*>/.exec(html)![0];
  return [/\sclass="([^"]*)"/.exec(section)?.[1], /\sdata-style=/.test(section) ? 'style' : ''].join(' ').trim();
}

/** Cases tried; mutation runs (scripts/mutate.mjs) try fewer per mutant, as the targeted tests do the killing. */
const RUNS = Number(process.env.FC_RUNS ?? 2000);

describe('speaker notes', () => {
  const mappings = [
    '_class: x',
    '"_class": x',
    '{style: x}',
    '? _class\n: x',
    '&a _class: x',
    '!!map {_class: x}',
    '...\n_class: x',
    '# c\n_class: x',
    '  _class: x',
    'a: b\n_class: x',
    '- a\n- b',
  ];

  it('are never read by Marp as YAML directives, whatever they hold', () => {
    for (const text of mappings) {
      expect(yaml(text, true), text).not.toBe(false);
      const content = /^<!--\n([\s\S]*)\n-->$/.exec(renderNotes([text]))![1]!;
      expect(yaml(content, true), text).toBe(false);
      expect(yaml(content, false), text).toBe(false);
    }
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(
              ...mappings,
              '\n',
              ': ',
              '? ',
              '---',
              '...',
              '{',
              '}',
              '"',
              "'",
              '&a ',
              '*a',
              '!!map ',
              '\t',
              '  ',
              '%YAML 1.2',
            ),
            fc.string(),
          ),
          { maxLength: 8 },
        ),
        (parts) => {
          const content = /^<!--\n([\s\S]*)\n-->$/.exec(renderNotes([parts.join('')]))![1]!;
          return yaml(content, true) === false && yaml(content, false) === false;
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('apply no class in a real Marp render', () => {
    for (const text of mappings) expect(applied(`# Slide\n\n${renderNotes([text])}\n`), text).toBe('');
  });
});

describe('escapeAngles', () => {
  it('writes each `<` that Marp would read as markup as `&lt;`', () => {
    expect(escapeAngles('a <! b `<!-- _class: x -->` c')).toBe('a &lt;! b `<!-- _class: x -->` c');
    expect(escapeAngles('<!-- _class: x -->')).toBe('&lt;!-- _class: x -->');
    expect(escapeAngles('[<!-- _class: x -->](https://example.org)')).toBe(
      '[&lt;!-- _class: x -->](https://example.org)',
    );
    expect(escapeAngles('![<!-- _class: x -->](<a b.png>)')).toBe('![&lt;!-- _class: x -->](<a b.png>)');
    expect(applied(`# T\n\n- ${escapeAngles('a <! b `<!-- _class: x -->` c')}\n`)).toBe('');
  });

  it('keeps code, autolinks, link destinations and `\\<` as they are', () => {
    for (const markdown of [
      '`a<b`',
      '```\n<!-- x -->\n```',
      '<https://example.org/a>',
      '[a](<b c.html>)',
      'a \\< b',
      'no angle at all',
    ])
      expect(escapeAngles(markdown)).toBe(markdown);
    expect(escapeAngles('a \\\\< b')).toBe('a \\\\&lt; b');
  });
});
