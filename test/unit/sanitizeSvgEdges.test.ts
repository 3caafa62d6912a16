import { describe, expect, it } from 'vitest';
import { sanitizeSvg } from '../../src/export/sanitizeSvg.js';

// The edges of sanitizeSvg's allow-lists, each fixture built in its test.
const svg = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">${body}</svg>`;
const removal = (line: number, message: string) => ({ line, message: `Removed ${message} from an SVG image` });

describe('sanitizeSvg edges', () => {
  it('removes MathML, elements of no namespace and base addresses, each with a warning', () => {
    expect(
      sanitizeSvg(svg('<m:math xmlns:m="http://www.w3.org/1998/Math/MathML"/><foo xmlns=""/><g base="http://x/"/>')),
    ).toEqual({
      ok: true,
      svg: svg('<g/>'),
      removed: [removal(1, '`<m:math>`'), removal(1, '`<foo>`'), removal(1, 'a base address (`base`)')],
    });
  });

  it('cleans what a link draws, removes instructions inside the image, keeps comments and text, on the lines they were', () => {
    expect(sanitizeSvg(svg('\n<a href="#x" onclick="1"><circle/></a>\n<?foo bar?><!-- c -->text'))).toEqual({
      ok: true,
      svg: svg('\n<circle/>\n<!-- c -->text'),
      removed: [
        { line: 2, message: 'Removed a link (`<a>`) from an SVG image, kept what it draws' },
        removal(2, 'an event handler (`onclick`)'),
        removal(3, '`<?foo?>`'),
      ],
    });
  });

  it('keeps inline raster images of every allowed type, written in any case, and attributes of other namespaces', () => {
    const drawing = svg(
      '<image href="DATA:IMAGE/JPEG;BASE64,AA"/><image href=" data:image/jpg;base64,AA"/><image href="data:image/gif;base64,AA"/><image href="data:image/webp;base64,AA"/><image href="data:image/avif;base64,AA"/><use xlink:href="#a"/><use foo:href="x.svg" xmlns:foo="urn:x"/>',
    );
    expect(sanitizeSvg(drawing)).toEqual({ ok: true, svg: drawing, removed: [] });
  });

  it('removes CSS that runs script, and keeps a style sheet that only points inside the image', () => {
    expect(
      sanitizeSvg(
        svg(
          '<rect style="width:expression(1)"/><rect filter="JavaScript:1"/><style>a{fill:url(#g)}</style><style>a{b:expression (1)}</style>',
        ),
      ),
    ).toEqual({
      ok: true,
      svg: svg('<rect/><rect/><style>a{fill:url(#g)}</style>'),
      removed: [
        removal(1, 'an external reference (`style`)'),
        removal(1, 'an external reference (`filter`)'),
        removal(1, '`<style>`'),
      ],
    });
  });

  it('drops a doctype without a word', () => {
    expect(sanitizeSvg(`<!DOCTYPE svg>\n${svg('<rect/>')}`)).toEqual({
      ok: true,
      svg: `\n${svg('<rect/>')}`,
      removed: [],
    });
  });

  it('refuses an empty file, an SVG element that is not <svg>, and markup the parser only complains about', () => {
    expect(sanitizeSvg('')).toEqual({ ok: false, reason: 'it is not well-formed SVG (missing root element)' });
    expect(sanitizeSvg('<g xmlns="http://www.w3.org/2000/svg"/>')).toEqual({
      ok: false,
      reason: 'its root element is not <svg>',
    });
    expect(sanitizeSvg(svg('<rect a="1" a="2"/>'))).toEqual({
      ok: false,
      reason: 'it is not well-formed SVG (Attribute a redefined)',
    });
  });

  it('refuses markup with errors the parser reports without stopping, naming the first, but not for a warning', () => {
    expect(sanitizeSvg(svg('&nbsp;&copy;'))).toEqual({
      ok: false,
      reason: 'it is not well-formed SVG (entity not found:&nbsp;)',
    });
    expect(sanitizeSvg(svg('<rect x=1/>'))).toEqual({ ok: true, svg: svg('<rect x="1"/>'), removed: [] });
    expect(sanitizeSvg('<svg xmlns="urn:x"/>')).toEqual({ ok: false, reason: 'its root element is not <svg>' });
  });

  it('keeps filter primitives, and text that only reads like CSS', () => {
    const drawing = svg(
      '<filter id="f"><feBlend/><feDistantLight/><feMorphology/></filter><text>url(http://x/)</text>',
    );
    expect(sanitizeSvg(drawing)).toEqual({ ok: true, svg: drawing, removed: [] });
  });

  it('removes SVG names in another namespace silently, with what they hold', () => {
    expect(sanitizeSvg(svg('<x:rect xmlns:x="urn:x"/><x:a xmlns:x="urn:x"><circle/></x:a>'))).toEqual({
      ok: true,
      svg: svg('').replace('></svg>', '/>'),
      removed: [],
    });
  });

  it('takes a space before the bracket of `url (…)` as CSS does', () => {
    expect(sanitizeSvg(svg('<rect fill="url (http://x/a)"/>'))).toEqual({
      ok: true,
      svg: svg('<rect/>'),
      removed: [removal(1, 'an external reference (`fill`)')],
    });
  });
});
