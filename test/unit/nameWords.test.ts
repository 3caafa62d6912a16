import { describe, expect, it } from 'vitest';
import { looksLikeName } from '../../src/model/speakers/names.js';

// The word lists that tell a name from a title or a role, pinned word by word: a word dropped from a list
// (or one added by mistake) changes which lines read as speakers across every notes shape.
const capitalised = (word: string) => word.charAt(0).toLocaleUpperCase() + word.slice(1);

describe('the words names are told by', () => {
  it('reads two capitalised words as a name, one only beside an organisation', () => {
    expect(looksLikeName('Jane Roe', false)).toBe(true);
    expect(looksLikeName('Jane', false)).toBe(false);
    expect(looksLikeName('Jane', true)).toBe(true);
  });

  it('reads no name where a word of talk titles stands, in any case', () => {
    const titleWords = [
      'a',
      'an',
      'and',
      'about',
      'are',
      'at',
      'beyond',
      'by',
      'deep',
      'dive',
      'for',
      'from',
      'how',
      'in',
      'into',
      'intro',
      'is',
      'looking',
      'new',
      'of',
      'on',
      'or',
      'our',
      'the',
      'to',
      'using',
      'what',
      'when',
      'why',
      'with',
      'without',
      'your',
      'day',
      'keynote',
      'lessons',
      'learned',
      'update',
      'updates',
      'project',
      'community',
      'introduction',
      'overview',
      'remarks',
      'welcome',
      'opening',
      'closing',
      'panel',
      'talk',
      'talks',
      'workshop',
      'session',
      'notes',
      'kubernetes',
      'cloud',
      'native',
      'security',
      'state',
      'future',
      'getting',
      'started',
      'best',
      'practices',
      'part',
      'demo',
      'q&a',
      'ama',
      'lightning',
      'we',
      'you',
      'it',
      'my',
      'i',
      'vs',
    ];
    for (const word of titleWords) {
      expect(looksLikeName(`Jane ${capitalised(word)}`, false), word).toBe(false);
      expect(looksLikeName(`Jane ${word.toLocaleUpperCase()} Roe`, true), word).toBe(false);
    }
  });

  it('reads no name where a word of job titles stands', () => {
    const roleWords = [
      'engineer',
      'engineers',
      'engineering',
      'developer',
      'developers',
      'manager',
      'founder',
      'co-founder',
      'cofounder',
      'cto',
      'ceo',
      'cfo',
      'coo',
      'cio',
      'vp',
      'svp',
      'evp',
      'director',
      'consultant',
      'architect',
      'senior',
      'principal',
      'advocate',
      'maintainer',
      'scientist',
      'researcher',
      'professor',
      'evangelist',
      'designer',
      'analyst',
      'specialist',
      'president',
      'intern',
      'speaker',
      'speakers',
      'host',
      'moderator',
    ];
    for (const word of roleWords) expect(looksLikeName(`Jane ${capitalised(word)}`, false), word).toBe(false);
  });

  it('reads a name with a particle in lower case, and no other lower-case word', () => {
    const particles = [
      'van',
      'von',
      'de',
      'der',
      'den',
      'da',
      'di',
      'du',
      'la',
      'le',
      'del',
      'bin',
      'al',
      'dos',
      'das',
      'ter',
      'mc',
    ];
    for (const word of particles) expect(looksLikeName(`Jane ${word} Roe`, false), word).toBe(true);
    expect(looksLikeName('Jane zu Roe', false)).toBe(false);
  });

  it('reads no name ending as a noun of titles: -tion, -sion, -ment, -ity, -ics, -ology, -ship, -ware', () => {
    for (const word of [
      'Observation',
      'Vision',
      'Deployment',
      'Clarity',
      'Kinetics',
      'Biology',
      'Leadership',
      'Middleware',
    ])
      expect(looksLikeName(`Jane ${word}`, false), word).toBe(false);
    expect(looksLikeName('Jane Tionroe', false)).toBe(true);
  });

  it('reads no name where a word ends in capitals after a small letter (a product, an acronym)', () => {
    for (const name of ['Decentralized IoT', 'Hello GraphQL', 'Jane PostgreSQL', 'Das IoT'])
      expect(looksLikeName(name, false), name).toBe(false);
    // One word alone may be a handle written so (`yuTIN`): dashHandles.test.ts.
    expect(looksLikeName('YuTIN', true)).toBe(true);
    // Capitals inside a name are a name's (`McDonald`, `DeShawn`), as is a name all in capitals.
    for (const name of ['Ronald McDonald', 'DeShawn Roe', 'LaToya Jackson', 'JANE ROE'])
      expect(looksLikeName(name, false), name).toBe(true);
  });

  it('reads words ending so as a name where the notes mark them as a person (a handle after them)', () => {
    expect(looksLikeName('Charity Majors', false)).toBe(false);
    expect(looksLikeName('Charity Majors', false, true)).toBe(true);
    expect(looksLikeName('Felicity Roe', false, true)).toBe(true);
    expect(looksLikeName('Trinity', true, true)).toBe(true);
    expect(looksLikeName('Charity Majors氏', false, true)).toBe(true);
    // The other checks stay: title words, lower case, digits.
    expect(looksLikeName('Charity for all', false, true)).toBe(false);
    expect(looksLikeName('Security 2024', false, true)).toBe(false);
  });
});
