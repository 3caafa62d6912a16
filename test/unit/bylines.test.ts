import { describe, expect, it } from 'vitest';
import {
  bylineSpeaker,
  DASH_BY,
  fullNames,
  HANDLE_WORD,
  LEADING_DASH,
  MARK,
  nameAndOrg,
  speakersOfLines,
  withMononym,
} from '../../src/model/speakers/bylines.js';

const person = (name: string, org: string | null = null) => ({ name, org });

describe('the marks of a byline', () => {
  it('MARK: a handle, "@ Org", or a spaced dash, bar or tilde', () => {
    for (const line of [
      'Jane Roe @jroe',
      'Jane Roe - CTO',
      'Jane Roe – CTO',
      'Jane Roe — CTO',
      'Jane Roe | CTO',
      'Jane Roe ~ CTO',
    ])
      expect(MARK.test(line), line).toBe(true);
    for (const line of ['Jane Roe', 'Jane Roe-Smith', 'Jane Roe, CTO', 'Jane Roe -CTO'])
      expect(MARK.test(line), line).toBe(false);
  });

  it('LEADING_DASH: a dash that opens the line, perhaps with "by"', () => {
    for (const line of [
      '― Matz',
      'ー 山田太郎氏',
      '— Jane Roe',
      '– Jane Roe',
      '-- Jane Roe',
      '--Jane Roe',
      '-- by Jane Roe',
      '– PAR Marie',
    ])
      expect(LEADING_DASH.test(line), line).toBe(true);
    for (const line of ['- Jane Roe', 'Jane Roe', '―', '-- ', ' ― Matz'])
      expect(LEADING_DASH.test(line), line).toBe(false);
    expect('-- by Jane Roe'.replace(LEADING_DASH, '')).toBe('Jane Roe');
    expect('―  Matz'.replace(LEADING_DASH, '')).toBe('Matz');
    expect('-- byron Lee'.replace(LEADING_DASH, '')).toBe('byron Lee');
  });

  it('DASH_BY: a dash, then "by" (par, por, von) and a word', () => {
    for (const line of ['-- by m4dz', '― por Ana', '—von Jane', '–  par  Marie'])
      expect(DASH_BY.test(line), line).toBe(true);
    for (const line of ['-- Matz', '-- by ', '-- byMatz', 'by Matz', ' -- by Matz'])
      expect(DASH_BY.test(line), line).toBe(false);
  });

  it('HANDLE_WORD: a letter, then 1 to 30 letters, digits, "_", "." or "-"', () => {
    for (const word of ['m4dz', '@jane_roe', 'j.roe', 'jane-roe', 'ab', `a${'b'.repeat(30)}`])
      expect(HANDLE_WORD.test(word), word).toBe(true);
    for (const word of ['a', '4dz', 'jane roe', `a${'b'.repeat(31)}`, 'jane!', 'x@jane'])
      expect(HANDLE_WORD.test(word), word).toBe(false);
  });
});

describe('bylineSpeaker: one line that names who spoke', () => {
  it('reads a dash that opens the line: one word is enough after it', () => {
    expect(bylineSpeaker('― Matz')).toEqual([person('Matz')]);
    expect(bylineSpeaker('ー Matz')).toEqual([person('Matz')]);
    expect(bylineSpeaker('ー 山田太郎氏')).toEqual([person('山田太郎')]);
    expect(bylineSpeaker('― Matz (Ruby)')).toEqual([person('Matz')]);
    expect(bylineSpeaker('— Matz —')).toEqual([person('Matz')]);
    expect(bylineSpeaker('-- Jane Roe')).toEqual([person('Jane Roe')]);
    expect(bylineSpeaker('-- by Jane Roe -')).toEqual([person('Jane Roe')]);
    expect(bylineSpeaker('– par Marie Curie')).toEqual([person('Marie Curie')]);
    expect(bylineSpeaker('—by Matz')).toEqual([person('Matz')]);
    expect(bylineSpeaker('― Matz, Ruby')).toBeNull();
    expect(bylineSpeaker('― m4dz')).toBeNull();
    // Parentheses go, with the spaces around them; what is left is one word, or read as a byline.
    expect(bylineSpeaker('― Matz(Ruby)')).toEqual([person('Matz')]);
    expect(bylineSpeaker('― Matz (Ruby) Lee')).toEqual([person('Matz Lee')]);
    expect(bylineSpeaker('― Matz (Ruby)Lee')).toEqual([person('Matz Lee')]);
    expect(bylineSpeaker('-- by  Jane Roe')).toEqual([person('Jane Roe')]);
    expect(bylineSpeaker('― Sandia National Labs')).toBeNull();
  });

  it('needs the dash for one word alone', () => {
    expect(bylineSpeaker('Matz')).toBeNull();
    expect(bylineSpeaker('黄盈樟')).toBeNull();
  });

  it('reads a handle after a dash and "by", digits and all, but no acronym', () => {
    expect(bylineSpeaker('-- by M4dz')).toEqual([person('M4dz')]);
    expect(bylineSpeaker('-- by m4dz')).toEqual([person('m4dz')]);
    expect(bylineSpeaker('-- by jane_roe')).toEqual([person('jane_roe')]);
    expect(bylineSpeaker('-- by m4DZ')).toEqual([person('m4DZ')]);
    expect(bylineSpeaker('-- by AWS')).toBeNull();
    expect(bylineSpeaker('-- by A1')).toBeNull();
    expect(bylineSpeaker('-- by x')).toBeNull();
    expect(bylineSpeaker('-- by Jane Roe, Acme')).toBeNull();
  });

  it('reads a name and a role after a spaced mark, with the role’s organisation', () => {
    expect(bylineSpeaker('Jane Doe - Senior Engineer @ Acme')).toEqual([person('Jane Doe', 'Acme')]);
    expect(bylineSpeaker('Jane Roe ~ CTO, Acme')).toEqual([person('Jane Roe', 'Acme')]);
    expect(bylineSpeaker('Jane Roe | CTO')).toEqual([person('Jane Roe')]);
    expect(bylineSpeaker('Jane Roe - CTO - Acme')).toEqual([person('Jane Roe')]);
    expect(bylineSpeaker('Jane Roe  –  CTO at Acme')).toEqual([person('Jane Roe', 'Acme')]);
    expect(bylineSpeaker('黄盈樟 ~ 硬件极客')).toEqual([person('黄盈樟')]);
    expect(bylineSpeaker('Jane Roe - Kafka internals')).toBeNull();
    expect(bylineSpeaker('黄盈樟 ~ 喜欢猫')).toBeNull();
  });

  it('reads what follows a spaced "@" as the organisation', () => {
    expect(bylineSpeaker('Jane Roe @ Example Corp')).toEqual([person('Jane Roe', 'Example Corp')]);
    expect(bylineSpeaker('Jane Roe @ Example Corp ')).toEqual([person('Jane Roe', 'Example Corp')]);
    expect(bylineSpeaker('Jane Roe, Principal Engineer @ Acme')).toEqual([person('Jane Roe', 'Acme')]);
    expect(bylineSpeaker('Jane Roe, Principal Engineer @ Acme  ')).toEqual([person('Jane Roe', 'Acme')]);
    expect(bylineSpeaker('Jane Roe @ Example Corp - CTO')).toEqual([person('Jane Roe')]);
    expect(bylineSpeaker('Jane Roe @ Acme | CTO')).toEqual([person('Jane Roe')]);
  });

  it('reads a role after a comma, and one word before a role', () => {
    expect(bylineSpeaker('Jane Roe, Staff Engineer at Example')).toEqual([person('Jane Roe', 'Example')]);
    expect(bylineSpeaker('Jane Roe, Principal Engineer')).toEqual([person('Jane Roe')]);
    expect(bylineSpeaker('Surma, Developer Advocate')).toEqual([person('Surma')]);
    expect(bylineSpeaker('Jane Roe, Principal Engineer - Acme')).toBeNull();
  });

  it('drops what says more about the person: pronouns, a handle', () => {
    expect(bylineSpeaker('Jane Roe (she/her)')).toEqual([person('Jane Roe')]);
    expect(bylineSpeaker('Jane (she/her) Roe')).toEqual([person('Jane Roe')]);
    expect(bylineSpeaker('Jane Roe（Acme）')).toEqual([person('Jane Roe')]);
    expect(bylineSpeaker('Jane Roe @jroe')).toEqual([person('Jane Roe')]);
    expect(bylineSpeaker('@jroe Jane Roe')).toEqual([person('Jane Roe')]);
    expect(bylineSpeaker('Jane Roe (Acme) - CTO')).toEqual([person('Jane Roe')]);
    expect(bylineSpeaker('@jroe')).toBeNull();
  });

  it('reads several names on one line, full names after commas', () => {
    expect(bylineSpeaker('Taylor Roe and Scott Doe')).toEqual([person('Taylor Roe'), person('Scott Doe')]);
    expect(bylineSpeaker('Jane Roe, John Doe')).toEqual([person('Jane Roe'), person('John Doe')]);
    expect(bylineSpeaker('Jane Roe, John Doe - CTO at Acme')).toEqual([
      person('Jane Roe', 'Acme'),
      person('John Doe', 'Acme'),
    ]);
    expect(bylineSpeaker('Paul Lewis & Surma')).toEqual([person('Paul Lewis'), person('Surma')]);
    // One word after a joiner is a name only on a line of names alone.
    expect(bylineSpeaker('Paul Lewis & Surma - CTO')).toBeNull();
    expect(bylineSpeaker('Jane Roe, Acme')).toBeNull();
    expect(bylineSpeaker('Jane Roe&Surma')).toBeNull();
  });

  it('reads no organisation’s name, and nothing from an empty line', () => {
    expect(bylineSpeaker('Sandia National Labs')).toBeNull();
    expect(bylineSpeaker('Jane Roe and Example Labs')).toBeNull();
    expect(bylineSpeaker('')).toBeNull();
  });
});

describe('withMononym, nameAndOrg, fullNames', () => {
  it('withMononym: a full name, a joiner, and one word that reads as a name alone', () => {
    expect(withMononym('Paul Lewis & Surma')).toEqual([person('Paul Lewis'), person('Surma')]);
    expect(withMononym('Paul Lewis and Surma')).toEqual([person('Paul Lewis'), person('Surma')]);
    expect(withMononym('Jean Dupont et Surma')?.length).toBe(2);
    expect(withMononym('Hans Meier und Surma')?.length).toBe(2);
    expect(withMononym('Ana Gómez y Surma')?.length).toBe(2);
    expect(withMononym('Paul Lewis  &  Surma')?.length).toBe(2);
    expect(withMononym('Paul Lewis & surma')).toBeNull();
    expect(withMononym('Paul Lewis & Labs')).toBeNull();
    expect(withMononym('Paul Lewis & Surma Lee')).toBeNull();
    expect(withMononym('Paul Lewis or Surma')).toBeNull();
    expect(withMononym('the team & Surma')).toBeNull();
    expect(withMononym('Surma')).toBeNull();
  });

  it('nameAndOrg: one full name, then her organisation after the only comma', () => {
    expect(nameAndOrg('Jane Roe, Acme')).toEqual([person('Jane Roe', 'Acme')]);
    expect(nameAndOrg('Jane Roe , Acme ')).toEqual([person('Jane Roe', 'Acme')]);
    expect(nameAndOrg('Jane Roe, Acme, Berlin')).toBeNull();
    expect(nameAndOrg('Jane Roe')).toBeNull();
    expect(nameAndOrg('Jane Roe, ')).toBeNull();
    expect(nameAndOrg(', Acme')).toBeNull();
    expect(nameAndOrg('Jane, Acme')).toBeNull();
    expect(nameAndOrg('the team, Acme')).toBeNull();
  });

  it('fullNames: names of two words or more each, no company among them', () => {
    expect(fullNames('Jane Roe, John Doe and Ann Lee')).toEqual([
      person('Jane Roe'),
      person('John Doe'),
      person('Ann Lee'),
    ]);
    expect(fullNames('Jane Roe, Example Corp')).toBeNull();
    expect(fullNames('Jane Roe, Sandia Labs')).toBeNull();
    expect(fullNames('Jane Roe, Surma')).toBeNull();
    expect(fullNames('Jane Roe (Acme), John Doe')).toBeNull();
    expect(fullNames('the team')).toBeNull();
  });
});

describe('speakersOfLines: every line names a speaker or says more of the one before', () => {
  it('reads bylines and labelled lines, a handle or a role under a name', () => {
    expect(speakersOfLines(['Jane Roe - GM, Storage, Example Corp'], false)).toEqual({
      speakers: [person('Jane Roe', 'Example Corp')],
      title: null,
    });
    expect(speakersOfLines(['Speaker: Jane Roe', 'John Doe'], false)?.speakers).toEqual([
      person('Jane Roe'),
      person('John Doe'),
    ]);
    expect(speakersOfLines(['Jane Roe', '@jroe'], false)?.speakers).toEqual([person('Jane Roe')]);
    expect(speakersOfLines(['Jane Roe', 'Staff Engineer at Acme'], false)?.speakers).toEqual([
      person('Jane Roe', 'Acme'),
    ]);
    expect(speakersOfLines(['Jane Roe - CTO at Globex', 'Staff Engineer at Acme'], false)?.speakers).toEqual([
      person('Jane Roe', 'Globex'),
    ]);
    expect(speakersOfLines(['Jane Roe', 'Staff Engineer', 'John Doe'], false)?.speakers).toEqual([
      person('Jane Roe'),
      person('John Doe'),
    ]);
  });

  it('needs every line to say so: a handle first, two role lines, a line of notes', () => {
    expect(speakersOfLines(['@jroe', 'Jane Roe'], false)).toBeNull();
    expect(speakersOfLines(['Staff Engineer at Acme'], false)).toBeNull();
    expect(speakersOfLines(['Jane Roe', 'CTO at Acme', 'Staff Engineer'], false)).toBeNull();
    expect(speakersOfLines(['Jane Roe', 'the slides are online'], false)).toBeNull();
    expect(speakersOfLines([], false)).toBeNull();
  });

  it('takes a role line of 120 characters at most', () => {
    const role = (length: number) => `Engineer ${'x'.repeat(length - 9)}`;
    expect(speakersOfLines(['Jane Roe', role(120)], false)?.speakers).toEqual([person('Jane Roe')]);
    expect(speakersOfLines(['Jane Roe', role(121)], false)).toBeNull();
  });

  it('under a slot heading, reads one "Topic:" line as the title', () => {
    expect(speakersOfLines(['Topic: Kafka  ', 'Jane Roe'], true)).toEqual({
      speakers: [person('Jane Roe')],
      title: 'Kafka',
    });
    expect(speakersOfLines(['Topic: Kafka'], true)).toEqual({ speakers: [], title: 'Kafka' });
    expect(speakersOfLines(['Topic: Kafka', 'Jane Roe'], false)).toBeNull();
    expect(speakersOfLines(['Topic: A', 'Topic: B'], true)).toBeNull();
    expect(speakersOfLines(['Jane Roe', 'Topic: Kafka', 'CTO at Acme'], true)).toBeNull();
  });
});
