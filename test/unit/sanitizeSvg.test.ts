import { describe, expect, it } from 'vitest';
import { sanitizeSvg } from '../../src/export/sanitizeSvg.js';
import { hostAllowed } from '../../src/serve/startServer.js';

const svg = (body: string, attributes = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attributes}>${body}</svg>`;

function cleaned(text: string): string {
  const result = sanitizeSvg(text);
  if (!result.ok) throw new Error(result.reason);
  return result.svg;
}

describe('sanitizeSvg', () => {
  it('keeps a drawing as it is', () => {
    const drawing = svg(
      '<defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient></defs><rect fill="url(#g)" width="4" height="4"/><use href="#g"/><style>.a{fill:url(\'#g\')}</style><image href="data:image/png;base64,AAAA"/>',
    );
    expect(sanitizeSvg(drawing)).toEqual({ ok: true, svg: drawing, removed: [] });
  });

  it.each([
    ['<script>1</script>', '', 'Removed `<script>` from an SVG image'],
    ['<foreignObject/>', '', 'Removed `<foreignObject>` from an SVG image'],
    ['<animate attributeName="href" to="javascript:1"/>', '', 'Removed `<animate>` from an SVG image'],
    ['<set attributeName="onclick" to="1"/>', '', 'Removed `<set>` from an SVG image'],
    ['<h:iframe xmlns:h="http://www.w3.org/1999/xhtml"/>', '', 'Removed `<h:iframe>` from an SVG image'],
    ['<style>@import "x.css";</style>', '', 'Removed `<style>` from an SVG image'],
    ['<style>a{fill:url(http://x/)}</style>', '', 'Removed `<style>` from an SVG image'],
    ['', ' onload="1"', 'Removed an event handler (`onload`) from an SVG image'],
    ['', ' ONclick="1"', 'Removed an event handler (`ONclick`) from an SVG image'],
    ['<image href="http://x/a.png"/>', '', 'Removed an external reference (`href`) from an SVG image'],
    ['<image xlink:href="a.png"/>', '', 'Removed an external reference (`xlink:href`) from an SVG image'],
    ['<image href="data:image/svg+xml;base64,AAAA"/>', '', 'Removed an external reference (`href`) from an SVG image'],
    ['<use href="other.svg#a"/>', '', 'Removed an external reference (`href`) from an SVG image'],
    ['<rect fill="url(http://x/#a)"/>', '', 'Removed an external reference (`fill`) from an SVG image'],
    ['<rect style="fill: url( x.svg#a)"/>', '', 'Removed an external reference (`style`) from an SVG image'],
    ['<g xml:base="http://x/"/>', '', 'Removed a base address (`xml:base`) from an SVG image'],
  ])('removes %s%s', (body, attributes, message) => {
    const result = sanitizeSvg(svg(body, attributes));
    expect(result.ok && result.removed).toEqual([{ line: 1, message }]);
  });

  it('keeps what a link draws, without the link', () => {
    expect(cleaned(svg('<a href="javascript:1"><circle r="1"/></a>'))).toBe(svg('<circle r="1"/>'));
  });

  it("drops editors' own elements and the XML declaration without a word, and stylesheet instructions with one", () => {
    const result = sanitizeSvg(
      `<?xml version="1.0"?>\n<?xml-stylesheet href="x.css"?>\n${svg('<s:namedview xmlns:s="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"/><rect/>')}`,
    );
    expect(result).toEqual({
      ok: true,
      svg: `\n\n${svg('<rect/>')}`,
      removed: [{ line: 2, message: 'Removed `<?xml-stylesheet?>` from an SVG image' }],
    });
  });

  it('refuses entity declarations, markup that does not parse, and a root other than <svg>', () => {
    expect(sanitizeSvg('<!DOCTYPE svg [<!ENTITY a "b">]><svg xmlns="http://www.w3.org/2000/svg"/>')).toEqual({
      ok: false,
      reason: 'it declares XML entities',
    });
    expect(sanitizeSvg(svg('<rect>'))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^it is not well-formed SVG \(/),
    });
    expect(sanitizeSvg('<html xmlns="http://www.w3.org/1999/xhtml"/>')).toEqual({
      ok: false,
      reason: 'its root element is not <svg>',
    });
  });
});

describe('hostAllowed (DNS rebinding)', () => {
  const served = { host: '127.0.0.1', port: 8080 };
  it.each([
    ['127.0.0.1:8080', true],
    ['localhost:8080', true],
    ['LOCALHOST:8080', true],
    ['[::1]:8080', true],
    ['10.1.2.3:8080', true],
    ['evil.example:8080', false],
    ['evil.example', false],
    ['127.0.0.1', false],
    ['127.0.0.1:8081', false],
    ['user@127.0.0.1:8080', false],
    ['127.0.0.1:8080/x', false],
    ['', false],
  ])('%s → %s', (host, allowed) => {
    expect(hostAllowed(host, served)).toBe(allowed);
  });

  it('lets in the name given with --host, and port 80 without a port', () => {
    expect(hostAllowed('deck.local:8080', { host: 'deck.local', port: 8080 })).toBe(true);
    expect(hostAllowed('deck.local', { host: 'deck.local', port: 80 })).toBe(true);
    expect(hostAllowed(undefined, served)).toBe(false);
  });
});
