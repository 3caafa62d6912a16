import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/configSchema.js';

describe('configSchema', () => {
  it("accepts the README's team config", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const example = readme.slice(readme.indexOf('## Team recap')).match(/```json\n([\s\S]*?)```/)![1]!;
    expect(configSchema.parse(JSON.parse(example))).toMatchObject({
      theme: 'recap-dark',
      out: 'decks',
      authors: { bob: 'Bob Stone' },
    });
  });

  it('takes deck names as the --decks flag does', () => {
    expect(configSchema.parse({ decks: ['recap', 'sessions', 'days', 'session'] }).decks).toEqual([
      'recap',
      'session',
      'day',
    ]);
  });

  it('refuses unknown keys, empty strings, empty lists and ports out of range', () => {
    for (const bad of [
      { colour: 'blue' },
      { theme: ' ' },
      { format: [] },
      { decks: ['slides'] },
      { port: -1 },
      { port: 1.5 },
      { authors: { bob: '' } },
      { size: '16:10' },
    ]) {
      expect(configSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
