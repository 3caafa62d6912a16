import { describe, expect, it } from 'vitest';
import {
  commaRole,
  MONONYM,
  mononymRole,
  nameRoleOrg,
  opensWithRole,
  orgOfRole,
  ROLE,
  roleHeadingSpeaker,
} from '../../src/model/speakers/speakerRoles.js';

describe('ROLE: the words of a job title', () => {
  it('finds job words in several languages, whole words only in Latin scripts', () => {
    for (const role of [
      'Senior Engineer',
      'CTO',
      'co-founder',
      'Cofounder',
      'Sr. Developer',
      'Directrice',
      'Ingénieure',
    ])
      expect(ROLE.test(role), role).toBe(true);
    for (const role of ['Entwicklerin', 'Gründer', 'Desarrolladora', 'Sviluppatore', 'works at Acme', 'Dev @ Acme'])
      expect(ROLE.test(role), role).toBe(true);
    for (const role of ['优趣天下研发工程师', '硬件极客', 'ソフトウェアエンジニア', '백엔드 개발자'])
      expect(ROLE.test(role), role).toBe(true);
    for (const role of ['Example Corp', 'Engineering', 'Leadership', 'Chatbots', 'jane@acme', 'Storage'])
      expect(ROLE.test(role), role).toBe(false);
  });
});

describe('orgOfRole: the organisation a role names', () => {
  it('reads what follows "@" or "at", up to a mark', () => {
    expect(orgOfRole('Engineer @ Acme')).toBe('Acme');
    expect(orgOfRole('Engineer @Acme')).toBe('Acme');
    expect(orgOfRole('Staff Engineer at Example Corp')).toBe('Example Corp');
    expect(orgOfRole('Engineer at  Acme  ')).toBe('Acme');
    expect(orgOfRole('Engineer at Acme, Berlin')).toBe('Acme');
    expect(orgOfRole('Engineer at Acme. Before that, Globex')).toBe('Acme');
    expect(orgOfRole('Engineer at Acme | Berlin')).toBe('Acme');
    expect(orgOfRole('Engineer at Acme; Berlin')).toBe('Acme');
    expect(orgOfRole('Engineer at Acme (remote)')).toBe('Acme');
  });

  it('needs "at" as a word and "@" after a space', () => {
    expect(orgOfRole('Developer, Format Labs')).toBe('Format Labs');
    expect(orgOfRole('Engineer@Acme')).toBeNull();
  });

  it('else takes the last of several parts after commas, unless it is a role too', () => {
    expect(orgOfRole('GM, Storage, Example Corp')).toBe('Example Corp');
    expect(orgOfRole('GM, Example Corp,')).toBe('Example Corp');
    expect(orgOfRole('GM,  Example Corp ')).toBe('Example Corp');
    expect(orgOfRole('GM, Senior Engineer')).toBeNull();
    expect(orgOfRole('CTO, Senior Engineer, Acme')).toBe('Acme');
    expect(orgOfRole('GM, Storage, Senior Engineer')).toBeNull();
    expect(orgOfRole('Senior Engineer')).toBeNull();
    expect(orgOfRole('Example Corp')).toBeNull();
  });
});

describe('opensWithRole: a role as written after a name', () => {
  it('opens with a capital (or CJK) and names the job in its first three words', () => {
    expect(opensWithRole('Head of Research')).toBe(true);
    expect(opensWithRole('  Head of Research')).toBe(true);
    expect(opensWithRole('The Lead Engineer')).toBe(true);
    expect(opensWithRole('Open Source CTO')).toBe(true);
    expect(opensWithRole('Open  Source CTO')).toBe(true);
    expect(opensWithRole('개발자')).toBe(true);
    expect(opensWithRole('Ändert Lead Engineer')).toBe(true);
  });

  it('is no subtitle: lower case first, or the job word past the third', () => {
    expect(opensWithRole('lead with data')).toBe(false);
    expect(opensWithRole('Lessons from a CTO')).toBe(false);
    expect(opensWithRole('Open Source Big CTO')).toBe(false);
    expect(opensWithRole('Example Corp')).toBe(false);
    expect(opensWithRole('2 Engineers')).toBe(false);
    expect(opensWithRole('eBay Engineer')).toBe(false);
  });
});

describe('MONONYM: a name of one word', () => {
  it('is a capital, then lower-case letters (an apostrophe or a hyphen among them)', () => {
    for (const name of ['Surma', 'Matz', 'Su', "D'arcy", 'Jean-luc', 'Zoë'])
      expect(MONONYM.test(name), name).toBe(true);
    for (const name of ['S', 'surma', 'SURMA', 'Surma Lee', 'xSurma', 'Surma1', 'SurMa'])
      expect(MONONYM.test(name), name).toBe(false);
  });
});

describe('mononymRole: one word, then a role after a comma', () => {
  it('reads the word as a name and the role’s organisation', () => {
    expect(mononymRole('Surma, Developer Advocate')).toEqual({ name: 'Surma', org: null });
    expect(mononymRole('Surma, Developer Advocate at Google')).toEqual({ name: 'Surma', org: 'Google' });
    expect(mononymRole('Surma，Developer Advocate')).toEqual({ name: 'Surma', org: null });
    expect(mononymRole('Surma,  Developer Advocate')).toEqual({ name: 'Surma', org: null });
  });

  it('needs a space after a Latin comma, a mononym, a role that opens with a job, and a name', () => {
    expect(mononymRole('Surma,Developer Advocate')).toBeNull();
    expect(mononymRole('surma, Developer Advocate')).toBeNull();
    expect(mononymRole('Jane Roe, Developer Advocate')).toBeNull();
    expect(mononymRole('Surma, developer advocate')).toBeNull();
    expect(mononymRole('Surma, Example Corp')).toBeNull();
    expect(mononymRole('Manager, Senior Engineer')).toBeNull();
  });

  it('takes a role of 120 characters at most', () => {
    const role = (length: number) => `Developer Advocate ${'x'.repeat(length - 19)}`;
    expect(mononymRole(`Surma, ${role(120)}`)?.name).toBe('Surma');
    expect(mononymRole(`Surma, ${role(121)}`)).toBeNull();
  });
});

describe('commaRole: a name, then her job after a comma', () => {
  it('reads the name and the role’s organisation, in several languages', () => {
    expect(commaRole('Jane Roe, core developer and council member')).toEqual({ name: 'Jane Roe', org: null });
    expect(commaRole('Jane Roe, Staff Engineer at Example')).toEqual({ name: 'Jane Roe', org: 'Example' });
    expect(commaRole('Jane Roe , Staff Engineer')).toEqual({ name: 'Jane Roe', org: null });
    expect(commaRole('Jean Dupont, directeur technique')).toEqual({ name: 'Jean Dupont', org: null });
    expect(commaRole('김영희, 개발자')).toEqual({ name: '김영희', org: null });
    expect(commaRole('张三，工程师')).toEqual({ name: '张三', org: null });
  });

  it('needs a job word, a space after a Latin comma, and a name (two words, or one CJK name)', () => {
    expect(commaRole('Jane Roe, Example Corp')).toBeNull();
    expect(commaRole('Jane Roe,Engineer')).toBeNull();
    expect(commaRole('Jane Roe, , Engineer')).toBeNull();
    expect(commaRole('Roe,Jane Roe, Engineer')).toBeNull();
    expect(commaRole('Jane, Engineer')).toBeNull();
    expect(commaRole('the old ways, engineer')).toBeNull();
    expect(commaRole('Engineer')).toBeNull();
  });

  it('takes a role of 120 characters at most', () => {
    const role = (length: number) => `Engineer ${'x'.repeat(length - 9)}`;
    expect(commaRole(`Jane Roe, ${role(120)}`)?.name).toBe('Jane Roe');
    expect(commaRole(`Jane Roe, ${role(121)}`)).toBeNull();
    expect(commaRole(`Jane Roe,  ${role(120)}`)?.name).toBe('Jane Roe');
  });
});

describe('nameRoleOrg: a name, her role and her organisation', () => {
  it('reads three parts set apart by a spaced dash or bar', () => {
    expect(nameRoleOrg('Jane Roe - Executive Director - Example Foundation')).toEqual({
      name: 'Jane Roe',
      org: 'Example Foundation',
    });
    expect(nameRoleOrg('Bo Chen | Principal Engineer | Globex')).toEqual({ name: 'Bo Chen', org: 'Globex' });
    expect(nameRoleOrg('Bo Chen – CTO — Globex')).toEqual({ name: 'Bo Chen', org: 'Globex' });
    expect(nameRoleOrg('김영희 - 개발자 - 카카오')).toEqual({ name: '김영희', org: '카카오' });
    expect(nameRoleOrg('张三 - 工程师 - 阿里巴巴')).toEqual({ name: '张三', org: '阿里巴巴' });
  });

  it('needs three parts, a role in the middle and a name first', () => {
    expect(nameRoleOrg('Jane Roe - Executive Director')).toBeNull();
    expect(nameRoleOrg('Jane Roe - CTO - Acme - Berlin')).toBeNull();
    expect(nameRoleOrg('Jane Roe - lead with data - Acme')).toBeNull();
    expect(nameRoleOrg('Jane - CTO - Acme')).toBeNull();
    expect(nameRoleOrg('the old ways - CTO - Acme')).toBeNull();
    expect(nameRoleOrg('Jane Roe-CTO-Acme')).toBeNull();
  });
});

describe('roleHeadingSpeaker: a heading that is a name and a role', () => {
  it('reads three parts first, then a role after a comma, then after a dash', () => {
    expect(roleHeadingSpeaker('Jane Roe - Executive Director - Example Foundation')).toEqual({
      name: 'Jane Roe',
      org: 'Example Foundation',
    });
    expect(roleHeadingSpeaker('  Jane Roe, Head of Research  ')).toEqual({ name: 'Jane Roe', org: null });
    expect(roleHeadingSpeaker('Jane Roe, Staff Engineer, Acme')).toEqual({ name: 'Jane Roe', org: 'Acme' });
    expect(roleHeadingSpeaker('Jane Roe – Staff Engineer at Example')).toEqual({ name: 'Jane Roe', org: 'Example' });
    expect(roleHeadingSpeaker('Jane Roe — CTO')).toEqual({ name: 'Jane Roe', org: null });
    expect(roleHeadingSpeaker('Jane Roe | CTO @ Acme')).toEqual({ name: 'Jane Roe', org: 'Acme' });
    expect(roleHeadingSpeaker('김영희 - 개발자')).toEqual({ name: '김영희', org: null });
    expect(roleHeadingSpeaker('张三，工程师')).toEqual({ name: '张三', org: null });
    expect(roleHeadingSpeaker('张三 - 工程师')).toEqual({ name: '张三', org: null });
  });

  it('needs a name before the dash: two words, or one CJK name', () => {
    expect(roleHeadingSpeaker('Jane - CTO')).toBeNull();
    expect(roleHeadingSpeaker('the old ways - CTO')).toBeNull();
    expect(roleHeadingSpeaker('Jane Roe-CTO')).toBeNull();
    expect(roleHeadingSpeaker('Jane Roe - CTO - Acme - Berlin')).toBeNull();
    // A dash inside the first part is no name-and-role heading, even where a full name follows it.
    expect(roleHeadingSpeaker('Jane Roe-Smith, Head of Research')).toBeNull();
  });

  it('takes a role of 80 characters at most', () => {
    const role = (length: number) => `Head of ${'x'.repeat(length - 8)}`;
    expect(roleHeadingSpeaker(`Jane Roe, ${role(80)}`)?.name).toBe('Jane Roe');
    expect(roleHeadingSpeaker(`Jane Roe, ${role(81)}`)).toBeNull();
    expect(roleHeadingSpeaker(`Jane Roe - ${role(80)}`)?.name).toBe('Jane Roe');
    expect(roleHeadingSpeaker(`Jane Roe - ${role(81)}`)).toBeNull();
    // Spaces around the heading or after its mark are not counted.
    expect(roleHeadingSpeaker(`Jane Roe, ${role(80)}  `)?.name).toBe('Jane Roe');
    expect(roleHeadingSpeaker(`Jane Roe,  ${role(80)}`)?.name).toBe('Jane Roe');
    expect(roleHeadingSpeaker(`Jane Roe -  ${role(80)}`)?.name).toBe('Jane Roe');
  });
});
