import { DOMParser, XMLSerializer, type Document, type Element, type Node } from '@xmldom/xmldom';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
/** Namespaces whose elements a browser runs or renders as markup: anything of theirs outside the allow-list goes with a warning. */
const ACTIVE_NS = new Set([SVG_NS, 'http://www.w3.org/1999/xhtml', 'http://www.w3.org/1998/Math/MathML', '']);

/**
 * SVG elements that draw and nothing else. Left out on purpose: script, foreignObject (HTML inside),
 * a (links), animate, set, animateMotion, animateTransform (can set `href` to `javascript:`),
 * iframe, handler, listener, and any element of another namespace.
 */
const DRAWING_ELEMENTS = new Set(
  (
    'svg g defs desc title metadata symbol use path rect circle ellipse line polyline polygon text tspan textPath ' +
    'linearGradient radialGradient stop pattern clipPath mask marker image style filter switch view ' +
    'feBlend feColorMatrix feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting feDisplacementMap ' +
    'feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR feGaussianBlur feImage feMerge feMergeNode ' +
    'feMorphology feOffset fePointLight feSpecularLighting feSpotLight feTile feTurbulence'
  ).split(' '),
);

/** A reference that stays inside the image: a fragment, or inline raster data (never an SVG, which could hold more). */
const SAFE_REFERENCE = /^\s*(?:#|data:image\/(?:png|jpe?g|gif|webp|avif);base64,)/i;
/** CSS that loads or runs something: `url()` to anything but a fragment, `@import`, old IE `expression()`, `javascript:`. */
const ACTIVE_CSS = /url\s*\(\s*(?!['"]?\s*#)|@import|expression\s*\(|javascript:/i;

export interface SvgRemoval {
  line: number | null;
  message: string;
}

export type SanitizedSvg = { ok: true; svg: string; removed: SvgRemoval[] } | { ok: false; reason: string };

/**
 * An SVG from the notes with everything that can run or load removed, so the copy in `images/` is
 * safe to open on its own (a browser runs an SVG's scripts when it is opened directly, or framed):
 * elements outside DRAWING_ELEMENTS, event handlers, references other than fragments and inline
 * raster data, active CSS, processing instructions. Entity declarations and markup that does not
 * parse are refused instead.
 */
export function sanitizeSvg(text: string): SanitizedSvg {
  // Entities could expand without bound, or spell out what the checks below look for.
  if (/<!ENTITY/i.test(text)) return { ok: false, reason: 'it declares XML entities' };
  let problem: string | null = null;
  let document: Document;
  try {
    document = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') problem ??= message.split('\n')[0]!;
      },
    }).parseFromString(text, 'image/svg+xml');
  } catch (error) {
    // A fatal error (a tag left open) stops the parser with a throw.
    return { ok: false, reason: `it is not well-formed SVG (${(error as Error).message.split('\n')[0]})` };
  }
  const root = document.documentElement;
  if (problem !== null || !root)
    return { ok: false, reason: `it is not well-formed SVG (${problem ?? 'no root element'})` };
  if (root.namespaceURI !== SVG_NS || root.localName !== 'svg')
    return { ok: false, reason: 'its root element is not <svg>' };

  const removed: SvgRemoval[] = [];
  const remove = (node: Node, message: string) => removed.push({ line: lineOf(node), message });
  // Stryker disable next-line ConditionalExpression: removeOther leaves elements alone, the root among them
  for (const node of [...document.childNodes]) if (node !== root) removeOther(node, remove);
  cleanElement(root, remove);
  return { ok: true, svg: new XMLSerializer().serializeToString(document), removed };
}

function cleanElement(element: Element, remove: (node: Node, message: string) => void): void {
  for (const attribute of [...element.attributes]) {
    const name = (attribute.localName ?? attribute.name).toLowerCase();
    const isReference = name === 'href' && (attribute.namespaceURI === XLINK_NS || attribute.namespaceURI === null);
    let problem: string | null = null;
    if (name.startsWith('on')) problem = 'an event handler';
    else if (name === 'base' || attribute.name.toLowerCase() === 'xml:base') problem = 'a base address';
    else if (isReference && !SAFE_REFERENCE.test(attribute.value)) problem = 'an external reference';
    else if (!isReference && ACTIVE_CSS.test(attribute.value)) problem = 'an external reference';
    if (problem) {
      remove(element, `Removed ${problem} (\`${attribute.name}\`) from an SVG image`);
      element.removeAttributeNode(attribute);
    }
  }
  for (const child of [...element.childNodes]) {
    if (child.nodeType === child.ELEMENT_NODE) {
      const inner = child as Element;
      // Stryker disable next-line StringLiteral: an element always has a local name
      const drawing = inner.namespaceURI === SVG_NS && DRAWING_ELEMENTS.has(inner.localName ?? '');
      // Stryker disable next-line StringLiteral: an element's text content is always a string
      const activeStyle = inner.localName === 'style' && ACTIVE_CSS.test(inner.textContent ?? '');
      if (drawing && !activeStyle) {
        cleanElement(inner, remove);
        continue;
      }
      if (inner.namespaceURI === SVG_NS && inner.localName === 'a') {
        // A link goes, what it draws stays.
        remove(inner, 'Removed a link (`<a>`) from an SVG image, kept what it draws');
        cleanElement(inner, remove);
        while (inner.firstChild) element.insertBefore(inner.firstChild, inner);
        element.removeChild(inner);
        continue;
      }
      // Editors' own elements (Inkscape, Sketch, RDF metadata) draw nothing and run nothing: they go without a word.
      if (activeStyle || ACTIVE_NS.has(inner.namespaceURI ?? ''))
        remove(inner, `Removed \`<${inner.nodeName}>\` from an SVG image`);
      element.removeChild(inner);
    } else {
      removeOther(child, remove);
    }
  }
}

/** Processing instructions (`<?xml-stylesheet href=…?>` loads CSS) and doctypes go; the XML declaration and doctypes without a word. */
function removeOther(node: Node, remove: (node: Node, message: string) => void): void {
  const instruction = node.nodeType === node.PROCESSING_INSTRUCTION_NODE;
  if (!instruction && node.nodeType !== node.DOCUMENT_TYPE_NODE) return;
  if (instruction && node.nodeName.toLowerCase() !== 'xml')
    remove(node, `Removed \`<?${node.nodeName}?>\` from an SVG image`);
  // Stryker disable next-line OptionalChaining: a node met in a walk of the document has a parent
  node.parentNode?.removeChild(node);
}

function lineOf(node: Node): number | null {
  return (node as Node & { lineNumber?: number }).lineNumber ?? null;
}
