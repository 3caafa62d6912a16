import { describe, expect, it } from 'vitest';
import { escapeAngles } from '../../src/render/escapeAngles.js';

// Where escapeAngles' kept ranges begin and end: each `<` just inside or just outside one.
describe('escapeAngles ranges', () => {
  it('escapes a `<` right after code, not the code', () => {
    expect(escapeAngles('`a`<b')).toBe('`a`&lt;b');
    expect(escapeAngles('<x> `a` <y')).toBe('&lt;x> `a` &lt;y');
  });

  it('keeps link definitions, link titles and the destination of a link with no text', () => {
    for (const markdown of ['[r]: a<b.html "t<x"\n\n[a][r]', '[a](b.html "x <!-- y -->")', '[](<b c.html>)'])
      expect(escapeAngles(markdown), markdown).toBe(markdown);
  });

  it('escapes the text of links and images but not what follows it', () => {
    expect(escapeAngles('[a <b](<c d.html>) <e')).toBe('[a &lt;b](<c d.html>) &lt;e');
    expect(escapeAngles('![a <b](<c d.png> "t<")')).toBe('![a &lt;b](<c d.png> "t<")');
  });

  it("finds an image's destination within the image, not in a `](` after it", () => {
    expect(escapeAngles('![a](<b c.png>)](')).toBe('![a](<b c.png>)](');
  });

  it('takes a backslash at the very start as an escape', () => {
    expect(escapeAngles('\\<x')).toBe('\\<x');
    expect(escapeAngles('\\\\<x')).toBe('\\\\&lt;x');
  });
});
