import { afterEach, describe, expect, it } from 'vitest';
import { RecapError } from '../../src/errors.js';
import { dateField } from '../../src/model/frontMatterFields.js';
import { parseFrontMatter } from '../../src/parse/frontMatter.js';

/** The error `fn` throws; fails the test when it does not throw. */
function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw, got none');
}

/** The RecapError `fn` throws, checked to be an input error about `file`. */
function inputErrorOf(fn: () => unknown, file: string): RecapError {
  const error = thrownBy(fn);
  expect(error).toBeInstanceOf(RecapError);
  const recap = error as RecapError;
  expect(recap.kind).toBe('input');
  expect(recap.file).toBe(file);
  return recap;
}

describe('parseFrontMatter: reading the block', () => {
  it('reads TOML front matter between +++ lines', () => {
    const text = ['+++', 'title = "KubeCon EU"', 'date = 2021-12-07', '+++', '', '# Notes'].join('\n');
    const { kind, data } = parseFrontMatter(text, 'notes.md');
    expect(kind).toBe('toml');
    expect(data.title).toBe('KubeCon EU');
    expect(data.date).toBeInstanceOf(Date);
    expect(dateField(data.date)).toBe('2021-12-07');
  });

  it('reads YAML front matter between --- lines', () => {
    const text = ['---', 'title: KubeCon EU', 'authors: [Ann, Bob]', '---', '', '# Notes'].join('\n');
    const { kind, data } = parseFrontMatter(text, 'notes.md');
    expect(kind).toBe('yaml');
    expect(data).toEqual({ title: 'KubeCon EU', authors: ['Ann', 'Bob'] });
  });

  it('keeps a YAML date as written, never shifted by its time zone', () => {
    const dates = (value: string) =>
      dateField(parseFrontMatter(['---', `date: ${value}`, '---', ''].join('\n'), 'notes.md').data.date);
    expect(dates('2019-05-23T23:00:00-01:00')).toBe('2019-05-23');
    expect(dates('2019-05-23T01:00:00+09:00')).toBe('2019-05-23');
    expect(dates('2019-05-23 23:30:00 -05:00')).toBe('2019-05-23');
    expect(dates('"2019-05-23T23:00:00-01:00" # quoted')).toBe('2019-05-23');
    expect(dates('2019-05-23')).toBe('2019-05-23');
    expect(
      dateField(
        parseFrontMatter(['+++', 'date = 2019-05-23T23:00:00-01:00', '+++', ''].join('\n'), 'notes.md').data.date,
      ),
    ).toBe('2019-05-23');
  });

  it('leaves notes without front matter untouched', () => {
    const text = '# Notes\n\n+++\nnot = "front matter"\n+++\n';
    expect(parseFrontMatter(text, 'notes.md')).toEqual({ kind: 'none', data: {}, body: text });
  });

  it('does not take a thematic break after the first line for front matter', () => {
    const text = 'Intro\n---\ntitle: nope\n---\n';
    expect(parseFrontMatter(text, 'notes.md').kind).toBe('none');
  });
});

describe('parseFrontMatter: the body keeps file line numbers', () => {
  it.each([
    ['toml', ['+++', 'title = "T"', 'tags = []', '+++', '', '## Day one', 'text']],
    ['yaml', ['---', 'title: T', 'tags: []', '---', '', '## Day one', 'text']],
  ])('blanks the %s block and keeps the line count', (_kind, lines) => {
    const { body } = parseFrontMatter(lines.join('\n'), 'notes.md');
    const bodyLines = body.split('\n');
    expect(bodyLines).toHaveLength(lines.length);
    // Lines 1-4 (the block and its delimiters) are blank; everything after is where it was.
    expect(bodyLines.slice(0, 4)).toEqual(['', '', '', '']);
    expect(bodyLines.slice(4)).toEqual(lines.slice(4));
    expect(bodyLines.indexOf('## Day one')).toBe(lines.indexOf('## Day one'));
  });
});

describe('parseFrontMatter: errors', () => {
  it.each([
    ['TOML', '+++\ntitle = "T"\n\n# Notes\n'],
    ['YAML', '---\ntitle: T\n\n# Notes\n'],
  ])('reports unclosed %s front matter as an input error on line 1', (kind, text) => {
    const error = inputErrorOf(() => parseFrontMatter(text, 'notes.md'), 'notes.md');
    expect(error.line).toBe(1);
    expect(error.message).toContain(kind);
  });

  it('reports invalid TOML as an input error naming the TOML problem', () => {
    const text = ['+++', 'title = "T"', 'bad = nope', 'other = 1', '+++', ''].join('\n');
    const error = inputErrorOf(() => parseFrontMatter(text, 'notes.md'), 'notes.md');
    expect(error.message).toMatch(/^Cannot read the TOML front matter: /);
    expect(error.format()).toMatch(/^notes\.md:\d+: /);
  });

  it.each([
    [2, ['+++', 'bad = nope', 'title = "T"', '+++', '']],
    [3, ['+++', 'title = "T"', 'bad = nope', 'other = 1', '+++', '']],
    [4, ['+++', 'a = 1', 'b = 2', 'a = 3', '+++', '']],
  ])('reports invalid TOML on the file line that holds the error (line %i)', (line, lines) => {
    const error = inputErrorOf(() => parseFrontMatter(lines.join('\n'), 'notes.md'), 'notes.md');
    expect(error.line).toBe(line);
  });

  it('reports invalid YAML as an input error naming the YAML problem', () => {
    const text = ['---', 'title: T', 'a: 1', 'a: 2', '---', ''].join('\n');
    const error = inputErrorOf(() => parseFrontMatter(text, 'notes.md'), 'notes.md');
    expect(error.message).toBe('Cannot read the YAML front matter: duplicated mapping key');
  });

  it.each([
    [4, ['---', 'title: T', 'a: 1', 'a: 2', '---', '']],
    [3, ['---', 'title: T', 'foo: @bar', 'z: 1', '---', '']],
  ])('reports invalid YAML on the file line that holds the error (line %i)', (line, lines) => {
    const error = inputErrorOf(() => parseFrontMatter(lines.join('\n'), 'notes.md'), 'notes.md');
    expect(error.line).toBe(line);
  });
});

describe('parseFrontMatter: front matter is never executed', () => {
  afterEach(() => {
    delete (globalThis as { pwned?: unknown }).pwned;
  });

  it.each(['js', 'javascript'])('refuses a ---%s block without running it', (language) => {
    const text = [`---${language}`, '{ title: (globalThis.pwned = "yes") }', '---', '', '# Notes'].join('\n');
    const error = inputErrorOf(() => parseFrontMatter(text, 'notes.md'), 'notes.md');
    expect(error.line).toBe(1);
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  });

  it('refuses YAML !!js/function tags without running them', () => {
    const text = ['---', 'title: !!js/function "function () { globalThis.pwned = 1 }"', '---', ''].join('\n');
    inputErrorOf(() => parseFrontMatter(text, 'notes.md'), 'notes.md');
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  });
});

describe('parseFrontMatter: where a block starts and ends', () => {
  it('opens TOML or YAML only on a first line of exactly the delimiter, a YAML one with a lowercase language', () => {
    const kind = (first: string) => {
      try {
        return parseFrontMatter(`${first}\ntitle: T\n---\n`, 'notes.md').kind;
      } catch {
        return 'refused';
      }
    };
    expect(kind('---  ')).toBe('yaml');
    expect(kind('---yaml')).toBe('yaml');
    expect(kind('---Yaml')).toBe('none');
    expect(kind(' ---')).toBe('none');
    expect(kind('----')).toBe('none');
    expect(kind('x---')).toBe('none');
    expect(parseFrontMatter('+++ \ntitle = "T"\n+++\n', 'notes.md').data).toEqual({ title: 'T' });
    expect(parseFrontMatter(' +++\ntitle = "T"\n+++\n', 'notes.md').kind).toBe('none');
  });

  it('closes on a delimiter line with trailing spaces, blanking through it', () => {
    const { data, body } = parseFrontMatter('---\ntitle: T\n---  \nafter\n---\n', 'notes.md');
    expect(data).toEqual({ title: 'T' });
    expect(body).toBe('\n\n\nafter\n---\n');
  });

  it('refuses a first line that is the whole text', () => {
    expect(inputErrorOf(() => parseFrontMatter('---', 'notes.md'), 'notes.md').message).toBe(
      'Cannot find the end of the YAML front matter, expected a closing `---` line',
    );
    expect(inputErrorOf(() => parseFrontMatter('+++\n', 'notes.md'), 'notes.md').message).toBe(
      'Cannot find the end of the TOML front matter, expected a closing `+++` line',
    );
  });
});

describe('parseFrontMatter: dates and values', () => {
  it('keeps the date-time text as written, a lowercase t or space too, and only top-level dates of their own line', () => {
    const data = (lines: string[]) => parseFrontMatter(['---', ...lines, '---', ''].join('\n'), 'notes.md').data;
    expect(data(['date: 2019-05-23T23:00:00-01:00'])).toEqual({ date: '2019-05-23T23:00:00-01:00' });
    expect(data(['date: 2019-05-23t23:00:00-01:00   # local'])).toEqual({ date: '2019-05-23t23:00:00-01:00' });
    expect(data(["when: '2019-05-23 23:30:00 -05:00'"])).toEqual({ when: '2019-05-23 23:30:00 -05:00' });
    // A quoted date is a string for YAML already; a date whose key is written another way stays a Date.
    expect(data(['"date": 2019-05-23'])).toEqual({ date: new Date('2019-05-23T00:00:00Z') });
  });

  it('reads the TOML problem without its prefix', () => {
    const error = inputErrorOf(
      () => parseFrontMatter(['+++', 'title = "T"', 'bad = nope', '+++', ''].join('\n'), 'notes.md'),
      'notes.md',
    );
    expect(error.message).not.toContain('Invalid TOML document');
    expect(error.message).toMatch(/^Cannot read the TOML front matter: \S/);
  });

  it('takes up to 10,000 values, counting the whole and each list, and refuses one more on line 1 when no alias shows', () => {
    const list = (count: number) => `items: [${Array.from({ length: count }, (_, index) => index).join(', ')}]`;
    // The data, its list and 9,998 numbers: 10,000 values.
    expect((parseFrontMatter(`---\n${list(9998)}\n---\n`, 'notes.md').data.items as number[]).length).toBe(9998);
    const error = inputErrorOf(() => parseFrontMatter(`---\n${list(9999)}\n---\n`, 'notes.md'), 'notes.md');
    expect(error.message).toBe(
      'Cannot read the YAML front matter: it holds more than 10000 values once its aliases are expanded',
    );
    expect(error.line).toBe(1);
  });

  it('refuses an alias bomb on the line of its first alias', () => {
    const lines = [
      '---',
      'title: T',
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      '---',
      '',
    ];
    const error = inputErrorOf(() => parseFrontMatter(lines.join('\n'), 'notes.md'), 'notes.md');
    expect(error.line).toBe(4);
    // A star inside a word is no alias; one after a space, a bracket or a comma is.
    const starred = [...lines.slice(0, 2), 'note: a*b', ...lines.slice(2)];
    expect(inputErrorOf(() => parseFrontMatter(starred.join('\n'), 'notes.md'), 'notes.md').line).toBe(5);
  });
});

describe('parseFrontMatter: what its first run left', () => {
  it('names the problem in one line, keeping the parser error as the cause', () => {
    const toml = inputErrorOf(
      () => parseFrontMatter(['+++', 'title = "T"', 'bad = nope', '+++', ''].join('\n'), 'notes.md'),
      'notes.md',
    );
    expect(toml.message).toBe('Cannot read the TOML front matter: invalid value');
    expect(toml.cause).toBeDefined();
    expect(inputErrorOf(() => parseFrontMatter('---js\n{}\n---\n', 'notes.md'), 'notes.md').message).toBe(
      'Cannot read the YAML front matter: executable front matter is not allowed',
    );
  });

  it("keeps a date as written from its own key's line, a date without a time too, and reads null values", () => {
    const data = (lines: string[]) => parseFrontMatter(['---', ...lines, '---', ''].join('\n'), 'notes.md').data;
    expect(data(['title: T', 'date: 2019-05-23T23:00:00-01:00'])).toEqual({
      title: 'T',
      date: '2019-05-23T23:00:00-01:00',
    });
    expect(data(['date: 2019-05-23'])).toEqual({ date: '2019-05-23' });
    expect(data(['none: null', 'title: T'])).toEqual({ none: null, title: 'T' });
    // Only dates go back to their line: a string that starts like one and goes on over lines is kept whole.
    expect(data(['note: 2019-05-23 and', '  more words'])).toEqual({ note: '2019-05-23 and more words' });
  });
});
