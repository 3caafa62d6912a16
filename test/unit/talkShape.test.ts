import { describe, expect, it } from 'vitest';
import { MIN_SHAPED_TALKS, SHAPE_SHARE, shapesOf, sharedShape } from '../../src/model/talkShape.js';

const link = { heading: '[Service Mesh](https://example.org/a)', text: 'Service Mesh' };
const dashTail = { heading: 'Service Mesh - ACME', text: 'Service Mesh - ACME' };
const plain = { heading: 'Service Mesh', text: 'Service Mesh' };

describe('shapesOf: how one talk heading is written', () => {
  it('sees a heading that is one link, as written (spaces around it aside)', () => {
    expect(shapesOf('[Title](https://example.org)', 'Title')).toEqual(['link']);
    expect(shapesOf(' [Title](https://example.org) ', 'Title')).toEqual(['link']);
    expect(shapesOf('[Title](https://example.org) and more', 'Title and more')).toEqual([]);
    expect(shapesOf('See [Title](https://example.org)', 'See Title')).toEqual([]);
  });

  it('sees a short tail after a dash, up to 41 characters, in the plain text', () => {
    expect(shapesOf('x', 'Service Mesh - ACME')).toEqual(['dash tail']);
    expect(shapesOf('x', '  Service Mesh – ACME  ')).toEqual(['dash tail']);
    expect(shapesOf('x', `Title - ${'a'.repeat(41)}`)).toEqual(['dash tail']);
    expect(shapesOf('x', `Title - ${'a'.repeat(42)}`)).toEqual([]);
    expect(shapesOf('x', 'Title - ACME - Jane')).toEqual(['dash tail']);
    expect(shapesOf('x', `Title - ${'a'.repeat(41)} `)).toEqual(['dash tail']);
    expect(shapesOf('x', 'Service Mesh  -  ACME')).toEqual(['dash tail']);
    expect(shapesOf('x', 'Title -- x')).toEqual([]);
    expect(shapesOf('x', 'Pre-commit hooks')).toEqual([]);
  });

  it('sees a time before the title, and several shapes at once', () => {
    expect(shapesOf('x', '14:30 Service Mesh')).toEqual(['time']);
    expect(shapesOf('[14:30 Service Mesh - ACME](https://example.org)', ' 14:30 Service Mesh - ACME')).toEqual([
      'link',
      'dash tail',
      'time',
    ]);
  });
});

describe('sharedShape: the shape most of a file’s talks share', () => {
  it(`needs ${MIN_SHAPED_TALKS} talks`, () => {
    expect(sharedShape([link, link])).toBeNull();
    expect(sharedShape([link, link, link])).toBe('link');
  });

  it(`needs a share of ${SHAPE_SHARE} of the talks written that way`, () => {
    expect(sharedShape([link, link, link, plain, plain])).toBe('link');
    expect(sharedShape([link, link, plain, plain])).toBeNull();
    expect(sharedShape([plain, plain, plain])).toBeNull();
  });

  it('takes the shape most talks share', () => {
    expect(sharedShape([dashTail, dashTail, dashTail, dashTail, link])).toBe('dash tail');
    expect(sharedShape([link, dashTail, dashTail, dashTail, dashTail])).toBe('dash tail');
  });
});
