import { describe, expect, it } from 'vitest';
import { shortLinks, shortUrl } from '../../src/plan/shortLinks.js';

describe('shortUrl', () => {
  it('drops the scheme, "www.", the query, the fragment and trailing slashes', () => {
    expect(shortUrl(' https://www.example.org/a/b/c/page.html?x=1#top ')).toBe('example.org/a/b/c/page.html');
    expect(shortUrl('http://example.org/docs///')).toBe('example.org/docs');
    expect(shortUrl('https://example.org/page#a?b')).toBe('example.org/page');
  });

  it('keeps an address of up to 40 characters whole', () => {
    const forty = `example.org/${'p'.repeat(28)}`;
    expect(forty).toHaveLength(40);
    expect(shortUrl(`https://${forty}`)).toBe(forty);
    expect(shortUrl(`https://${forty}q`)).toBe(`example.org/${'p'.repeat(28)}q`);
  });

  it('keeps the host and a last part of up to 30 characters', () => {
    const thirty = 'x'.repeat(30);
    expect(shortUrl(`https://example.org/${thirty}`)).toBe(`example.org/${thirty}`);
    expect(shortUrl(`https://example.org/a/b/${'c'.repeat(20)}/${thirty}`)).toBe(`example.org/…/${thirty}`);
    expect(shortUrl(`https://example.org/a/b/${'c'.repeat(20)}/${thirty}x`)).toBe(`example.org/${'x'.repeat(29)}…`);
    expect(shortUrl(`https://example.org/${thirty}x`)).toBe(`example.org/${'x'.repeat(29)}…`);
  });

  it('drops only a leading scheme and "www.", not one further in the address', () => {
    expect(shortUrl('www.a.org/see/https://b.org')).toBe('a.org/see/https://b.org');
    expect(shortUrl('https://a.org/www.b.org')).toBe('a.org/www.b.org');
  });

  it('cuts a long host with no path', () => {
    expect(shortUrl(`https://${'a'.repeat(50)}.org`)).toBe(`${'a'.repeat(50)}.org/…`);
  });
});

describe('shortLinks', () => {
  const long = 'https://guides.rubyonrails.org/active_record_encryption.html';
  const short = 'guides.rubyonrails.org/active_record_encryption.html';
  const deep = 'https://example.org/docs/reference/api/v2/streams/consumer.html';

  it('shortens a bare address longer than 40 characters, linking to it in full', () => {
    expect(shortLinks(`see ${deep} now`)).toBe(`see [example.org/…/consumer.html](${deep}) now`);
    expect(shortLinks(`see ${deep}.`)).toBe(`see [example.org/…/consumer.html](${deep}).`);
    expect(shortLinks(`(${deep})`)).toBe(`([example.org/…/consumer.html](${deep}))`);
  });

  it('leaves an address of up to 40 characters as written', () => {
    const forty = `https://example.org/${'p'.repeat(20)}`;
    expect(forty).toHaveLength(40);
    expect(shortLinks(forty)).toBe(forty);
    expect(shortLinks(`<${forty}>`)).toBe(`<${forty}>`);
    expect(shortLinks(`[${forty}](${forty})`)).toBe(`[${forty}](${forty})`);
    expect(shortLinks(`${forty}x`)).toBe(`[example.org/${'p'.repeat(20)}x](${forty}x)`);
  });

  it('shortens an autolink and a link whose text is its address, keeping the target and title', () => {
    expect(shortLinks(`<${long}>`)).toBe(`[${short}](${long})`);
    expect(shortLinks(`[${long}](${long})`)).toBe(`[${short}](${long})`);
    expect(shortLinks(`[${long}](${long} "The guide")`)).toBe(`[${short}](${long} "The guide")`);
    expect(shortLinks(`[ ${deep} ](/local)`)).toBe('[example.org/…/consumer.html](/local)');
    expect(shortLinks(`[www.example.org/docs/reference/api/v2/x.html](${deep})`)).toBe(
      `[example.org/docs/reference/api/v2/x.html](${deep})`,
    );
  });

  it('leaves alone link text that is not an address, images, code, and link targets', () => {
    for (const markdown of [
      `[the guide](${long})`,
      `[see ${long} here](${long})`,
      `[ftp://example.org/docs/reference/api/v2/x.html](${long})`,
      `![${long}](${long})`,
      `\`${long}\``,
      `\`\` a \` ${long} \`\``,
      `[x](${long}) and [y](${deep})`,
    ])
      expect(shortLinks(markdown), markdown).toBe(markdown);
  });

  it('shortens http addresses too, bare and in angle brackets', () => {
    const plain = deep.replace('https:', 'http:');
    expect(shortLinks(`see ${plain}`)).toBe(`see [example.org/…/consumer.html](${plain})`);
    expect(shortLinks(`<${plain}>`)).toBe(`[example.org/…/consumer.html](${plain})`);
  });

  it('leaves alone link text that only ends with an address', () => {
    expect(shortLinks(`[see ${long}](${long})`)).toBe(`[see ${long}](${long})`);
  });

  it('leaves alone a code span of two backticks holding a span of one', () => {
    const markdown = `\`\` \`x\` ${long} \`\``;
    expect(shortLinks(markdown)).toBe(markdown);
  });

  it('keeps the title of a link with no target', () => {
    expect(shortLinks(`[${long}]( "The guide")`)).toBe(`[${short}]( "The guide")`);
  });

  it('shortens every address of a line', () => {
    expect(shortLinks(`${long} and <${deep}>`)).toBe(`[${short}](${long}) and [example.org/…/consumer.html](${deep})`);
  });
});
