import { describe, expect, it } from 'vitest';
import {
  looksLikeOrg,
  parseSpeakerHeading,
  parseSpeakerList,
  parseSpeakers,
  withoutTrailingJoiner,
} from '../../src/model/speakers/speakerLists.js';

/** speakerLists.ts on its own: each pattern's edges and each branch of its readers, on names made up for the test. */

describe('looksLikeOrg and withoutTrailingJoiner', () => {
  it('reads an organisation by its last word, with a dot or spaces after it', () => {
    expect(looksLikeOrg('Example Corp')).toBe(true);
    expect(looksLikeOrg('Example Corp.')).toBe(true);
    expect(looksLikeOrg(' Example Inc ')).toBe(true);
    expect(looksLikeOrg('Acme Lab')).toBe(true);
    expect(looksLikeOrg('Examplecorp')).toBe(false);
    expect(looksLikeOrg('Jane Roe')).toBe(false);
    // The word ends the text: a name that only starts as one does (`Samantha`: "sa") is no organisation's.
    expect(looksLikeOrg('Samantha Roe')).toBe(false);
    expect(looksLikeOrg('Example Université')).toBe(true);
  });

  it('drops a joiner at the end in each language, not a word that ends in one', () => {
    expect(withoutTrailingJoiner('Jane Roe and ')).toBe('Jane Roe');
    expect(withoutTrailingJoiner('Jane Roe & ')).toBe('Jane Roe');
    expect(withoutTrailingJoiner('Jane Roe&')).toBe('Jane Roe');
    expect(withoutTrailingJoiner('Jane Roe et')).toBe('Jane Roe');
    expect(withoutTrailingJoiner('Jane Roe und ')).toBe('Jane Roe');
    expect(withoutTrailingJoiner('Jane Roe y ')).toBe('Jane Roe');
    expect(withoutTrailingJoiner('and')).toBe('');
    expect(withoutTrailingJoiner('Jane Roe band')).toBe('Jane Roe band');
    expect(withoutTrailingJoiner('Jane Roe and more')).toBe('Jane Roe and more');
  });
});

describe('parseSpeakers: names joined in each language, each with its organisation', () => {
  it('reads the joiners of each language, "e" and "y" only before a capital', () => {
    const two = (second: string) => [
      { name: 'Jane Roe', org: null },
      { name: second, org: null },
    ];
    expect(parseSpeakers('Jane Roe und Max Muster')).toEqual(two('Max Muster'));
    expect(parseSpeakers('Jane Roe y Ana Gómez')).toEqual(two('Ana Gómez'));
    expect(parseSpeakers('Jane Roe e Ana Lima')).toEqual(two('Ana Lima'));
    expect(parseSpeakers('Jane Roe et Marie Curie')).toEqual(two('Marie Curie'));
    expect(parseSpeakers('Jane Roe&John Doe')).toEqual(two('John Doe'));
    expect(parseSpeakers('Jane Roe und max')).toBeNull();
  });

  it('reads a joiner before a capital after any spaces', () => {
    expect(parseSpeakers('Jane Roe und  Max Muster')).toEqual([
      { name: 'Jane Roe', org: null },
      { name: 'Max Muster', org: null },
    ]);
    expect(parseSpeakers('Jane Roe y\tAna Gómez')).toEqual([
      { name: 'Jane Roe', org: null },
      { name: 'Ana Gómez', org: null },
    ]);
  });

  it('gives the organisation written once after the last name to all before it', () => {
    expect(parseSpeakers('Jane Roe & John Doe & Ann Lee, Example')).toEqual([
      { name: 'Jane Roe', org: 'Example' },
      { name: 'John Doe', org: 'Example' },
      { name: 'Ann Lee', org: 'Example' },
    ]);
    expect(parseSpeakers('Jane Roe, Acme & John Doe, Example')).toEqual([
      { name: 'Jane Roe', org: 'Acme' },
      { name: 'John Doe', org: 'Example' },
    ]);
    expect(parseSpeakers('Jane Roe, Example Corp and John Doe')).toEqual([
      { name: 'Jane Roe', org: 'Example Corp' },
      { name: 'John Doe', org: null },
    ]);
  });

  it('reads names with initials on both sides of a comma as two people', () => {
    expect(parseSpeakers('A. Cuni, A. Rigo')).toEqual([
      { name: 'A. Cuni', org: null },
      { name: 'A. Rigo', org: null },
    ]);
    expect(parseSpeakers('J.R. Smith, A. B. Rigo')).toEqual([
      { name: 'J.R. Smith', org: null },
      { name: 'A. B. Rigo', org: null },
    ]);
    expect(parseSpeakers('A. Cuni, Example')).toEqual([{ name: 'A. Cuni', org: 'Example' }]);
    // The name after the initials is capitalised: in lower case they are no pair, and no name.
    expect(parseSpeakers('A. cuni, A. rigo')).toBeNull();
    // Both whole: an initial inside a longer name, or a name going on after one, is no such pair.
    expect(parseSpeakers('Jane A. Rigo, A. Cuni')).toEqual([{ name: 'Jane A. Rigo', org: 'A. Cuni' }]);
    expect(parseSpeakers('A. Cuni, A. Rigo Smith')).toEqual([{ name: 'A. Cuni', org: 'A. Rigo Smith' }]);
    // One name alone is read as any name is, its case made even.
    expect(parseSpeakers('A. RIGO')).toEqual([{ name: 'A. Rigo', org: null }]);
  });

  it('reads a serial list of names, a comma after a name, and a job title with an "&" in it', () => {
    const three = [
      { name: 'Jane Roe', org: null },
      { name: 'John Doe', org: null },
      { name: 'Ann Lee', org: null },
    ];
    expect(parseSpeakers('Jane Roe, John Doe and Ann Lee')).toEqual(three);
    expect(parseSpeakers('Jane Roe, John Doe, and Ann Lee')).toEqual(three);
    expect(parseSpeakers('Jane Roe , John Doe and Ann Lee')).toEqual(three);
    expect(parseSpeakers('Jane Roe, John Doe')).toEqual([{ name: 'Jane Roe', org: 'John Doe' }]);
    expect(parseSpeakers('Jane Doe, VP, Services & GM, Acme')).toEqual([{ name: 'Jane Doe', org: 'Acme' }]);
    // The last segment says it: a comma in a middle one still separates names when the last has none.
    expect(parseSpeakers('Jane Roe & John Doe, Ann Lee & Bob Smith')).toEqual([
      { name: 'Jane Roe', org: null },
      { name: 'John Doe', org: null },
      { name: 'Ann Lee', org: null },
      { name: 'Bob Smith', org: null },
    ]);
    // Each name of two words or more: a Korean name of one word after the comma is the first one's organisation.
    expect(parseSpeakers('Jane Roe, 장현정 and John Doe')).toEqual([
      { name: 'Jane Roe', org: '장현정' },
      { name: 'John Doe', org: null },
    ]);
    // The last name's organisation keeps the commas before it a name's and its organisation's.
    expect(parseSpeakers('Jane Roe, John Doe and Ann Lee, Example')).toEqual([
      { name: 'Jane Roe', org: 'John Doe' },
      { name: 'Ann Lee', org: 'Example' },
    ]);
    // A first name of one word beside its organisation is a speaker; a later one joins the speaker before it.
    expect(parseSpeakers('Jane, Acme')).toEqual([{ name: 'Jane', org: 'Acme' }]);
    expect(parseSpeakers('Jane Roe & Bob , Acme')).toBeNull();
  });

  it('is null for no names, a subtitle ending in "!" or "?", lower case; drops a title before a name', () => {
    expect(parseSpeakers('')).toBeNull();
    expect(parseSpeakers(' , ')).toBeNull();
    expect(parseSpeakers('Lights, Camera, Action!')).toBeNull();
    expect(parseSpeakers('Jane Roe, Example Corp?')).toBeNull();
    expect(parseSpeakers('jane roe')).toBeNull();
    expect(parseSpeakers('Dr. Jane Roe')).toEqual([{ name: 'Jane Roe', org: null }]);
    // No empty name before a joiner, no empty organisation after a comma; a mark inside an organisation is its own.
    expect(parseSpeakers('& Jane Roe')).toEqual([{ name: 'Jane Roe', org: null }]);
    expect(parseSpeakers('Jane Roe,')).toEqual([{ name: 'Jane Roe', org: null }]);
    expect(parseSpeakers('Jane Roe, Yahoo! Research')).toEqual([{ name: 'Jane Roe', org: 'Yahoo! Research' }]);
  });
});

describe('parseSpeakerList: a list of names, each with an organisation in parentheses', () => {
  it('keeps separators inside parentheses, and takes the last part of a role as the organisation', () => {
    expect(parseSpeakerList('Jane Roe (GM, Storage, Acme), John Doe')).toEqual([
      { name: 'Jane Roe', org: 'Acme' },
      { name: 'John Doe', org: null },
    ]);
    expect(parseSpeakerList('Jane Roe (Infrastructure and Modularity Engineer)')).toEqual([
      { name: 'Jane Roe', org: 'Infrastructure and Modularity Engineer' },
    ]);
    expect(parseSpeakerList('Jane Roe（Acme）')).toEqual([{ name: 'Jane Roe', org: 'Acme' }]);
  });

  it('splits at a joiner after a comma and any spaces, and before a capital after any spaces', () => {
    const two = (second: string) => [
      { name: 'Jane Roe', org: null },
      { name: second, org: null },
    ];
    expect(parseSpeakerList('Jane Roe,  and John Doe')).toEqual(two('John Doe'));
    expect(parseSpeakerList('Jane Roe,  et Marie Curie')).toEqual(two('Marie Curie'));
    expect(parseSpeakerList('Jane Roe, et  Marie Curie')).toEqual(two('Marie Curie'));
    expect(parseSpeakerList('Jane Roe und  Max Muster')).toEqual(two('Max Muster'));
  });

  it('hides separators only inside parentheses opened and closed', () => {
    expect(parseSpeakerList('Jane Roe (Acme, John Doe', true)).toEqual([
      { name: 'Jane Roe (Acme', org: null },
      { name: 'John Doe', org: null },
    ]);
    expect(parseSpeakerList('Jane Roe, John Doe)', true)).toEqual([
      { name: 'Jane Roe', org: null },
      { name: 'John Doe)', org: null },
    ]);
  });

  it('splits at slashes, semicolons and the Japanese comma', () => {
    const two = [
      { name: 'Jane Roe', org: null },
      { name: 'John Doe', org: null },
    ];
    expect(parseSpeakerList('Jane Roe / John Doe')).toEqual(two);
    expect(parseSpeakerList('Jane Roe; John Doe')).toEqual(two);
    expect(parseSpeakerList('Jane Roe、John Doe')).toEqual(two);
  });

  it('reads a handle in parentheses as no organisation, and drops a title before the name', () => {
    expect(parseSpeakerList('Ann Lee (@alee)')).toEqual([{ name: 'Ann Lee', org: null }]);
    expect(parseSpeakerList('Ann Lee ( @alee )')).toEqual([{ name: 'Ann Lee', org: null }]);
    expect(parseSpeakerList('Dr. Jane Roe')).toEqual([{ name: 'Jane Roe', org: null }]);
    expect(parseSpeakerList('Prof Jane Roe')).toEqual([{ name: 'Jane Roe', org: null }]);
    expect(parseSpeakerList('prof Jane Roe')).toEqual([{ name: 'Jane Roe', org: null }]);
    expect(parseSpeakerList('dr. Jane Roe')).toEqual([{ name: 'Jane Roe', org: null }]);
    // Only before the name: a title word inside it is a lower-case word like any other.
    expect(parseSpeakerList('Ana prof Lima')).toBeNull();
    // An "@" inside the parentheses but not at their start is an organisation's.
    expect(parseSpeakerList('Jane Roe (Example @ Berlin)')).toEqual([{ name: 'Jane Roe', org: 'Example @ Berlin' }]);
    expect(parseSpeakerList(' Jane Roe ')).toEqual([{ name: 'Jane Roe', org: null }]);
  });

  it('labelled: a last one-word entry of three or more is the organisation of all', () => {
    expect(parseSpeakerList('Moses Schwartz, Andy Culler, Box', true)).toEqual([
      { name: 'Moses Schwartz', org: 'Box' },
      { name: 'Andy Culler', org: 'Box' },
    ]);
    expect(parseSpeakerList('Moses Schwartz, Box', true)).toEqual([
      { name: 'Moses Schwartz', org: null },
      { name: 'Box', org: null },
    ]);
    expect(parseSpeakerList('Moses Schwartz, Andy Culler, Box', false)).toEqual([
      { name: 'Moses Schwartz', org: null },
      { name: 'Andy Culler', org: null },
      { name: 'Box', org: null },
    ]);
  });

  it("labelled: a role after the first name makes the rest that person's roles, the last where they work", () => {
    expect(parseSpeakerList('老高, 不甘社 创始人, 珠海GDG 组织者', true)).toEqual([
      { name: '老高', org: '珠海GDG 组织者' },
    ]);
    expect(parseSpeakerList('Jane Roe, Senior Engineer, Acme', true)).toEqual([{ name: 'Jane Roe', org: 'Acme' }]);
    expect(parseSpeakerList('Jane Roe, Senior Engineer', true)).toEqual([{ name: 'Jane Roe', org: 'Senior Engineer' }]);
    expect(parseSpeakerList('Jane Roe, John Doe, Senior Engineer', true)).toEqual([
      { name: 'Jane Roe', org: null },
      { name: 'John Doe', org: 'Senior Engineer' },
    ]);
    expect(parseSpeakerList('Jane Roe, *Founder*', true)).toEqual([{ name: 'Jane Roe', org: '*Founder*' }]);
    // A role word ends the segment's last word: "经理人" holds one inside.
    expect(parseSpeakerList('老高, 不甘社 经理', true)).toEqual([{ name: '老高', org: '不甘社 经理' }]);
    // A role first is a segment like any other: the roles begin after the first name.
    expect(parseSpeakerList('Senior Engineer, Jane Roe, Staff Engineer', true)).toEqual([
      { name: 'Senior Engineer', org: null },
      { name: 'Jane Roe', org: 'Staff Engineer' },
    ]);
    expect(parseSpeakerList('老高, 经理人', true)).toEqual([
      { name: '老高', org: null },
      { name: '经理人', org: null },
    ]);
    // Unlabelled, a role is read as a name like any other.
    expect(parseSpeakerList('老高, 不甘社 创始人', false)).toEqual([
      { name: '老高', org: null },
      { name: '不甘社 创始人', org: null },
    ]);
  });

  it('labelled: names as written, in lower case too, five words at most, no colon or handle', () => {
    expect(parseSpeakerList('jane roe, john doe', true)).toEqual([
      { name: 'jane roe', org: null },
      { name: 'john doe', org: null },
    ]);
    expect(parseSpeakerList('a b c d e', true)).toEqual([{ name: 'a b c d e', org: null }]);
    expect(parseSpeakerList('a b c d e f', true)).toBeNull();
    expect(parseSpeakerList('Jane: Roe', true)).toBeNull();
    expect(parseSpeakerList('Jane @roe', true)).toBeNull();
    expect(parseSpeakerList('jane roe', false)).toBeNull();
    // A title before the name, in any case, with or without its dot, is not counted among the five words.
    expect(parseSpeakerList('Prof Ana Maria de la Cruz', true)).toEqual([{ name: 'Ana Maria de la Cruz', org: null }]);
    expect(parseSpeakerList('Prof  Ana Maria de la Cruz', true)).toEqual([{ name: 'Ana Maria de la Cruz', org: null }]);
    expect(parseSpeakerList('DR. Ana Maria de la Cruz', true)).toEqual([
      { name: 'DR. Ana Maria de la Cruz', org: null },
    ]);
  });

  it('is null for an empty list', () => {
    expect(parseSpeakerList('')).toBeNull();
    expect(parseSpeakerList(' ; ', true)).toBeNull();
  });
});

describe('parseSpeakerHeading: names, an organisation in parentheses after them', () => {
  it('gives the organisation in parentheses to each name that has none, trimmed', () => {
    expect(parseSpeakerHeading('Jane Roe (Example)')).toEqual([{ name: 'Jane Roe', org: 'Example' }]);
    expect(parseSpeakerHeading(' Jane Roe ( Example ) ')).toEqual([{ name: 'Jane Roe', org: 'Example' }]);
    expect(parseSpeakerHeading('Jane Roe(Example)')).toEqual([{ name: 'Jane Roe', org: 'Example' }]);
    expect(parseSpeakerHeading('Jane Roe, Acme (Example)')).toEqual([{ name: 'Jane Roe', org: 'Acme' }]);
    expect(parseSpeakerHeading('Jane Roe & John Doe (Example)')).toEqual([
      { name: 'Jane Roe', org: 'Example' },
      { name: 'John Doe', org: 'Example' },
    ]);
  });

  it('is null when what is before the parentheses names no one, or words follow them', () => {
    expect(parseSpeakerHeading('(Example)')).toBeNull();
    expect(parseSpeakerHeading('Jane Roe (Example) Talk')).toBeNull();
    expect(parseSpeakerHeading('Title (Example)')).toBeNull();
  });

  it('gives no organisation of a count or a year in parentheses (no letter in them)', () => {
    expect(parseSpeakerHeading('Jane Roe (3)')).toBeNull();
    expect(parseSpeakerHeading('Jane Roe (2019)')).toBeNull();
    expect(parseSpeakerHeading('Jane Roe (Web 3)')).toEqual([{ name: 'Jane Roe', org: 'Web 3' }]);
    expect(parseSpeakerHeading('Jane Roe (3D)')).toEqual([{ name: 'Jane Roe', org: '3D' }]);
    expect(parseSpeakerHeading('Jane Roe (10x Labs)')).toEqual([{ name: 'Jane Roe', org: '10x Labs' }]);
  });
});

// The direct calls of the whole-notes test files (which load the whole model), moved here so that they judge this
// module in a run that loads five modules: their notes still test the shapes end to end.
describe('the shapes of the whole-notes tests, read as a list of names', () => {
  const person = (name: string, org: string | null = null) => ({ name, org });

  it('reads a subtitle ending in "!" or "?" as no names, a name and her organisation, a one-word name with one (subtitleNotNames)', () => {
    expect(parseSpeakers('Lights, Camera, Action!')).toBeNull();
    expect(parseSpeakers('Ready, Steady, Go?')).toBeNull();
    expect(parseSpeakers('Jane Roe, Example Corp')).toEqual([{ name: 'Jane Roe', org: 'Example Corp' }]);
    expect(parseSpeakers('Surma, Google')).toEqual([{ name: 'Surma', org: 'Google' }]);
  });

  it('splits at "et", "und", "e" and "y" before a capital, not before a lower-case word: "et al" (speakerShapes)', () => {
    for (const joiner of ['et', 'und', 'e', 'y'])
      expect(parseSpeakers(`Jane Roe ${joiner} John Doe`), joiner).toEqual([person('Jane Roe'), person('John Doe')]);
    expect(parseSpeakers('Jane Roe et al')).toBeNull();
    expect(parseSpeakerList('a b c d e f', true)).toBeNull();
  });

  it('splits a list at "、" and at a slash with spaces, not at one inside a word (speakerShapes)', () => {
    expect(parseSpeakerList('Jane Roe / John Doe')).toEqual([person('Jane Roe'), person('John Doe')]);
    expect(parseSpeakerList('山田 太郎、鈴木 花子')).toEqual([person('山田 太郎'), person('鈴木 花子')]);
    expect(parseSpeakerList('CI/CD')).toBeNull();
  });

  it('reads a serial list, and keeps an organisation after a comma: one word, an organisation word, or each name with its own (speakerShapes)', () => {
    expect(parseSpeakers('Jane ROE, John DOE et Ann LEE')).toEqual([
      person('Jane ROE'),
      person('John DOE'),
      person('Ann LEE'),
    ]);
    expect(parseSpeakers('Jane Roe, Acme and John Doe')).toEqual([person('Jane Roe', 'Acme'), person('John Doe')]);
    expect(parseSpeakers('Jane Roe, Example Corp and John Doe')).toEqual([
      person('Jane Roe', 'Example Corp'),
      person('John Doe'),
    ]);
    expect(parseSpeakers('Jane Roe, Acme & John Doe, Example')).toEqual([
      person('Jane Roe', 'Acme'),
      person('John Doe', 'Example'),
    ]);
    expect(parseSpeakerList('Jane Roe (Acme & Co), John Doe')).toEqual([
      person('Jane Roe', 'Acme & Co'),
      person('John Doe'),
    ]);
  });

  it('reads no name of "Charity Majors" in a heading (a column of speakers does), a Korean position before parentheses (tableProgramme)', () => {
    expect(parseSpeakerHeading('Charity Majors')).toBeNull();
    expect(parseSpeakerHeading('김형철 PM(IITP)')).toEqual([{ name: '김형철', org: 'IITP' }]);
  });
});

describe('a speaker label with roles after the name (meetupProgrammeItems)', () => {
  it("reads the roles after the first name as that person's, the last where they work", () => {
    expect(parseSpeakerList('老高, `不甘社` 创始人, 珠海GDG 组织者, 腾讯高级开发工程师...', true)).toEqual([
      { name: '老高', org: '腾讯高级开发工程师...' },
    ]);
    expect(parseSpeakerList('Jane Roe, Senior Engineer, Example Corp', true)).toEqual([
      { name: 'Jane Roe', org: 'Example Corp' },
    ]);
    expect(parseSpeakerList('王小明, 架构师', true)).toEqual([{ name: '王小明', org: '架构师' }]);
    // Names only, or a shared organisation last, as before.
    expect(parseSpeakerList('Jane Roe, John Doe, Ann Lee', true)).toEqual([
      { name: 'Jane Roe', org: null },
      { name: 'John Doe', org: null },
      { name: 'Ann Lee', org: null },
    ]);
    expect(parseSpeakerList('Moses Schwartz, Andy Culler, Box', true)).toEqual([
      { name: 'Moses Schwartz', org: 'Box' },
      { name: 'Andy Culler', org: 'Box' },
    ]);
    // A role first is no one's: the label's list is read as it was.
    expect(parseSpeakerList('Senior Engineer, Jane Roe', true)?.map((speaker) => speaker.name)).toEqual([
      'Senior Engineer',
      'Jane Roe',
    ]);
    // Unlabelled lists are not read for roles.
    expect(parseSpeakerList('Jane Roe, Senior Engineer')).toBeNull();
  });
});

describe('names with initials on both sides of a comma (remarkAfterSpeaker)', () => {
  it('reads two people, where a full name before the comma keeps its organisation', () => {
    expect(parseSpeakers('A. Cuni, A. Rigo')).toEqual([
      { name: 'A. Cuni', org: null },
      { name: 'A. Rigo', org: null },
    ]);
    expect(parseSpeakers('J.R. Smith, K. Lee')).toEqual([
      { name: 'J.R. Smith', org: null },
      { name: 'K. Lee', org: null },
    ]);
    expect(parseSpeakers('Jane Roe, Example')).toEqual([{ name: 'Jane Roe', org: 'Example' }]);
    expect(parseSpeakers('A. Cuni, Example')).toEqual([{ name: 'A. Cuni', org: 'Example' }]);
  });
});
