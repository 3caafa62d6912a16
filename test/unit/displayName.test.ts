import { describe, expect, it } from 'vitest';
import { displayName } from '../../src/model/titleCase.js';

describe('displayName: a conference title as shown', () => {
  it('keeps a short name in capitals as written: an acronym, not a shouted sentence', () => {
    expect(displayName('FOSDEM 2020')).toBe('FOSDEM 2020');
    expect(displayName('ICDM 2025')).toBe('ICDM 2025');
    expect(displayName('PHP UK CONF 2019')).toBe('PHP UK CONF 2019');
    expect(displayName('COSCUP')).toBe('COSCUP');
  });

  it('title-cases a longer title in capitals, as other titles are', () => {
    expect(displayName('PHP UK CONF EUROPE 2019')).toBe('PHP UK Conf Europe 2019');
    expect(displayName('NOTES FROM THE BIG FUN CONF')).toBe('Notes from the Big Fun Conf');
  });

  it('keeps any other title as written', () => {
    expect(displayName('KubeCon Europe 2019 in Barcelona today')).toBe('KubeCon Europe 2019 in Barcelona today');
  });
});
