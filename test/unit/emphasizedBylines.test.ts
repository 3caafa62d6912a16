import { describe, expect, it } from 'vitest';
import {
  EMPHASIZED_NAMES,
  emphasizedByline,
  emphasizedNames,
  isEmphasizedByline,
  isEmphasizedName,
  plausibleNames,
} from '../../src/model/speakers/emphasizedBylines.js';

const person = (name: string, org: string | null = null) => ({ name, org });

describe('isEmphasizedByline: a whole line in bold or italics', () => {
  it('is a line opened and closed by the same mark, with no space after the first', () => {
    for (const line of ['**Jane Roe**', '*Jane Roe*', '__Jane Roe__', '_Jane Roe_', '**Jane Roe, Acme**'])
      expect(isEmphasizedByline(line), line).toBe(true);
    for (const line of ['Jane Roe', '**Jane Roe** and more', 'x **Jane Roe**', '* Jane Roe*', '**Jane Roe__', '**'])
      expect(isEmphasizedByline(line), line).toBe(false);
  });
});

describe('isEmphasizedName: a line in emphasis that reads as one name', () => {
  it('reads one name, a Korean name among them', () => {
    expect(isEmphasizedName('**Jane Roe**')).toBe(true);
    expect(isEmphasizedName('_Jane Roe_')).toBe(true);
    expect(isEmphasizedName('**김영희**')).toBe(true);
  });

  it('is none for two names, one word, a run of CJK words, or no emphasis', () => {
    expect(isEmphasizedName('**Jane Roe, John Doe**')).toBe(false);
    expect(isEmphasizedName('**Matz**')).toBe(false);
    expect(isEmphasizedName('**분산 시스템의 장애 대응**')).toBe(false);
    expect(isEmphasizedName('Jane Roe')).toBe(false);
    expect(isEmphasizedName('***')).toBe(false);
  });
});

describe('plausibleNames: no run of CJK words', () => {
  it('refuses a name of several words in a CJK script only', () => {
    expect(plausibleNames([person('Jane Roe'), person('山田太郎')])).toBe(true);
    expect(plausibleNames([])).toBe(true);
    expect(plausibleNames([person('Jane Roe'), person('장애는 언제나')])).toBe(false);
    expect(plausibleNames([person('山田 太郎')])).toBe(false);
    expect(plausibleNames([person('やまだ たろう')])).toBe(false);
    expect(plausibleNames([person('ヤマダ タロウ')])).toBe(false);
  });
});

describe('EMPHASIZED_NAMES and emphasizedNames: a line of names alone in emphasis', () => {
  it('finds the words inside the emphasis and the parentheses', () => {
    expect(EMPHASIZED_NAMES.exec('*(Jane Roe)*')?.[2]).toBe('Jane Roe');
    expect(EMPHASIZED_NAMES.exec('(*Jane Roe*)')?.[2]).toBe('Jane Roe');
    expect(EMPHASIZED_NAMES.exec('（ **Jane Roe** ）')?.[2]).toBe('Jane Roe');
    expect(EMPHASIZED_NAMES.exec('__Jane Roe__')?.[2]).toBe('Jane Roe');
    expect(EMPHASIZED_NAMES.test('* Jane Roe*')).toBe(false);
    expect(EMPHASIZED_NAMES.test('*Jane Roe_')).toBe(false);
    expect(EMPHASIZED_NAMES.test('x *Jane Roe*')).toBe(false);
    expect(EMPHASIZED_NAMES.test('*Jane Roe* x')).toBe(false);
    expect(EMPHASIZED_NAMES.test('*Jane (Acme) Roe*')).toBe(false);
  });

  it('reads full names or CJK names, set apart by commas or slashes', () => {
    expect(emphasizedNames('*(Jane Roe)*')).toEqual([person('Jane Roe')]);
    expect(emphasizedNames('  (*Jane Roe*)  ')).toEqual([person('Jane Roe')]);
    expect(emphasizedNames('*Jane Roe/John Doe*')).toEqual([person('Jane Roe'), person('John Doe')]);
    expect(emphasizedNames('_Jane Roe  /  John Doe_')).toEqual([person('Jane Roe'), person('John Doe')]);
    expect(emphasizedNames('*Jane Roe, John Doe*')).toEqual([person('Jane Roe'), person('John Doe')]);
    expect(emphasizedNames('（*山田太郎*）')).toEqual([person('山田太郎')]);
  });

  it('is none for one word, a run of CJK words, or no line of names', () => {
    expect(emphasizedNames('*(VIGL)*')).toBeNull();
    expect(emphasizedNames('*(Matz)*')).toBeNull();
    expect(emphasizedNames('*Jane Roe/Matz*')).toBeNull();
    expect(emphasizedNames('*(장애는 언제나 온다)*')).toBeNull();
    expect(emphasizedNames('*the slides are online*')).toBeNull();
    expect(emphasizedNames('Jane Roe')).toBeNull();
  });
});

describe('emphasizedByline: one line in emphasis that names people', () => {
  it('reads a name and her organisation, or names alone', () => {
    expect(emphasizedByline(['**Jane Roe, Acme**'])).toEqual([person('Jane Roe', 'Acme')]);
    expect(emphasizedByline(['_Jane Roe, Acme_'])).toEqual([person('Jane Roe', 'Acme')]);
    expect(emphasizedByline(['*(Jane Roe)*'])).toEqual([person('Jane Roe')]);
    expect(emphasizedByline(['*Jane Roe/John Doe*'])).toEqual([person('Jane Roe'), person('John Doe')]);
  });

  it('needs one line, in emphasis', () => {
    expect(emphasizedByline(['Jane Roe, Acme'])).toBeNull();
    expect(emphasizedByline(['**Jane Roe, Acme**', 'more'])).toBeNull();
    expect(emphasizedByline([])).toBeNull();
  });
});
