import { describe, expect, it } from 'vitest';
import { isCjkName, isRoleWord, looksLikeName, withoutHonorific } from '../../src/model/speakers/nameWords.js';

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
      // Marked as a person, a word ending as nouns do is a name's, but not a title word (`Community`, `Session`).
      expect(looksLikeName(`${capitalised(word)} Roe`, false, true), word).toBe(false);
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
    for (const word of roleWords) {
      expect(looksLikeName(`Jane ${capitalised(word)}`, false), word).toBe(false);
      expect(looksLikeName(`${capitalised(word)} Roe`, false, true), word).toBe(false);
    }
  });

  it('isRoleWord: a word of job titles in any case, nothing else', () => {
    expect(isRoleWord('Founder')).toBe(true);
    expect(isRoleWord('CTO')).toBe(true);
    expect(isRoleWord('cto')).toBe(true);
    expect(isRoleWord('Jane')).toBe(false);
    expect(isRoleWord('Keynote')).toBe(false);
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

describe('withoutHonorific: the name without the word or title that marks it as one', () => {
  it('drops an honorific after the name, a Korean position, titles before it', () => {
    expect(withoutHonorific('Jane Roe氏')).toBe('Jane Roe');
    expect(withoutHonorific('山田太郎さん')).toBe('山田太郎');
    expect(withoutHonorific('장혁재 단장')).toBe('장혁재');
    expect(withoutHonorific('Dr. Jane Roe')).toBe('Jane Roe');
    expect(withoutHonorific('Prof. Dr. Jane Roe')).toBe('Jane Roe');
    expect(withoutHonorific('Dra. Ana Gómez')).toBe('Ana Gómez');
    expect(withoutHonorific('Mx Jane Roe')).toBe('Jane Roe');
  });

  it('drops a Korean position with or without its "연구원", after any spaces, only at the end', () => {
    expect(withoutHonorific('장혁재 선임')).toBe('장혁재');
    expect(withoutHonorific('장혁재 선임연구원')).toBe('장혁재');
    expect(withoutHonorific('장혁재 수석')).toBe('장혁재');
    expect(withoutHonorific('장혁재 수석연구원')).toBe('장혁재');
    expect(withoutHonorific('장혁재  단장')).toBe('장혁재');
    expect(withoutHonorific('장혁재 단장 회의')).toBeNull();
  });

  it('drops an honorific only at the end, a title before any spaces', () => {
    expect(withoutHonorific('氏家 Roe')).toBeNull();
    expect(withoutHonorific('Dr.  Jane Roe')).toBe('Jane Roe');
    expect(withoutHonorific('Jane Dr. Roe')).toBeNull();
  });

  it('is null with no such word, for a name padded with spaces, and when nothing is left', () => {
    expect(withoutHonorific('Jane Roe')).toBeNull();
    expect(withoutHonorific('  Jane Roe  ')).toBeNull();
    expect(withoutHonorific('氏')).toBeNull();
    expect(withoutHonorific('Dr. med')).toBeNull();
  });
});

describe('looksLikeName: capitalised words, two to four, or one beside an organisation or an honorific', () => {
  it('reads one word only beside an organisation, or marked by an honorific', () => {
    expect(looksLikeName('Jane', false)).toBe(false);
    expect(looksLikeName('Jane', true)).toBe(true);
    expect(looksLikeName('Jane氏', false)).toBe(true);
    expect(looksLikeName('장현정', false)).toBe(true);
    expect(looksLikeName('김철', false)).toBe(false);
    expect(looksLikeName('김철', true)).toBe(true);
  });

  it('reads a nickname in quotes, particles, elided particles and accents; no digits, no lower-case words, no acronym', () => {
    expect(looksLikeName('Yukihiro "Matz" Matsumoto', false)).toBe(true);
    expect(looksLikeName('Jane de la Roe', false)).toBe(true);
    expect(looksLikeName('Felipe dos Santos de Morais', false)).toBe(true);
    expect(looksLikeName("Jane dell'Acqua", false)).toBe(true);
    expect(looksLikeName('Jane d’Oliveira', false)).toBe(true);
    expect(looksLikeName('Éva Kovács', false)).toBe(true);
    expect(looksLikeName('Jane Roe 2', true)).toBe(false);
    expect(looksLikeName('a b', true)).toBe(false);
    expect(looksLikeName('AWS', true)).toBe(false);
    expect(looksLikeName('de la', true)).toBe(false);
    // A word that only holds a noun ending, an acronym or an elided particle inside it is still a name's.
    expect(looksLikeName('Clementine Roe', false)).toBe(true);
    expect(looksLikeName("Jane ad'Oliveira", false)).toBe(false);
    expect(looksLikeName('OReilly', true)).toBe(true);
    expect(looksLikeName('McDONALD', true)).toBe(true);
    expect(looksLikeName('JANE ROE', false)).toBe(true);
    // Three Hangul syllables are a full name only after a family name.
    expect(looksLikeName('가나다', false)).toBe(false);
  });

  it('reads a name padded with spaces; a word that only holds a letter of another script past its first is no name', () => {
    expect(looksLikeName(' Jane Roe', false)).toBe(true);
    expect(looksLikeName('Jane Roe ', false)).toBe(true);
    expect(looksLikeName('Jane שרה', false)).toBe(true);
    expect(looksLikeName('Jane xשרה', false)).toBe(false);
    expect(looksLikeName('x姜原', true)).toBe(false);
  });

  it('reads past four words only three names and two particles at most', () => {
    expect(looksLikeName('Ana Maria Silva Lima', false)).toBe(true);
    expect(looksLikeName('Ana Maria Silva Costa Lima', false)).toBe(false);
    expect(looksLikeName('Ana Maria de Silva Lima', false)).toBe(false);
    expect(looksLikeName('Ana de la Roe de Lima', false)).toBe(false);
    expect(looksLikeName('Ana de Roe da Lima', false)).toBe(true);
  });

  it('reads Chinese, Japanese and Korean names of up to four characters, never mixed with Latin words', () => {
    expect(looksLikeName('山田 太郎', false)).toBe(true);
    expect(looksLikeName('山田太郎五郎', true)).toBe(false);
    expect(looksLikeName('山田太郎', true)).toBe(true);
    expect(looksLikeName('Docker Web 管理界面', true)).toBe(false);
    expect(looksLikeName('老高 Roe', true)).toBe(false);
  });

  it('isCjkName: one word of two to four Han or Hangul characters', () => {
    expect(isCjkName('姜原')).toBe(true);
    expect(isCjkName('黄盈樟')).toBe(true);
    expect(isCjkName('김영희')).toBe(true);
    expect(isCjkName('山田太郎')).toBe(true);
    expect(isCjkName('姜')).toBe(false);
    expect(isCjkName('一二三四五')).toBe(false);
    expect(isCjkName('x姜原')).toBe(false);
    expect(isCjkName('X姜原')).toBe(false);
    expect(isCjkName('姜原X')).toBe(false);
  });
});
