import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { conferenceTitle, type TitleSources } from '../../src/model/title/conferenceTitle.js';
import { namesEventByWord } from '../../src/model/title/eventWordName.js';
import { parseNotes } from '../../src/parse/parseNotes.js';
import { lostWords } from '../support/noteWords.js';
import { titleSources } from '../support/titleSources.js';

describe('namesEventByWord: a name with the word for an event beside it', () => {
  it('reads the word in several languages, a plural too', () => {
    expect(namesEventByWord('Example Platform Conference')).toBe(true);
    expect(namesEventByWord('Chaos Communication Camp')).toBe(true);
    expect(namesEventByWord('Forum PHP')).toBe(true);
    expect(namesEventByWord('Konferenz für Barrierefreiheit')).toBe(true);
    expect(namesEventByWord('Conférence Web Lyon')).toBe(true);
    expect(namesEventByWord('Congreso de Datos')).toBe(true);
    expect(namesEventByWord('Rust Meetups')).toBe(true);
    expect(namesEventByWord('GEdge Platform 2회 오픈 컨퍼런스')).toBe(true);
    expect(namesEventByWord('福岡 カンファレンス')).toBe(true);
    expect(namesEventByWord('深圳技术沙龙')).toBe(true);
  });

  it('asks for a whole word: a word holding it is none', () => {
    expect(namesEventByWord('Configuring Nomad')).toBe(false);
    expect(namesEventByWord('Campaign notes')).toBe(false);
    expect(namesEventByWord('Manifesto')).toBe(false);
  });

  it('asks for a name beside the word: two letters, or one Han character', () => {
    expect(namesEventByWord('Conference')).toBe(false);
    expect(namesEventByWord('The Summit')).toBe(true);
    expect(namesEventByWord('A Summit')).toBe(false);
    expect(namesEventByWord('컨퍼런스')).toBe(false);
    expect(namesEventByWord('京大会')).toBe(true);
    expect(namesEventByWord('Summit 2')).toBe(false);
    // A Korean or Japanese event word parts the letters beside it: "A" and "B" are no name of two letters.
    expect(namesEventByWord('A세미나B')).toBe(false);
    expect(namesEventByWord('JSカンファレンスX')).toBe(true);
  });
});

describe('conferenceTitle: the heading notes open with, in a file named only README or index', () => {
  const sources = (overrides: Partial<TitleSources>) => titleSources({ file: 'README.md', ...overrides });

  it('names the recap by that heading, cleaned, when it names an event by its word', () => {
    expect(conferenceTitle(sources({ firstHeading: 'GEdge Platform 2회 오픈 컨퍼런스 개요' }))).toBe(
      'GEdge Platform 2회 오픈 컨퍼런스',
    );
    expect(conferenceTitle(sources({ firstHeading: 'Notes from the Forum PHP', file: 'index.md' }))).toBe('Forum PHP');
  });

  it('leaves the file name where the heading names no event, or a day, or where the file name names the event', () => {
    expect(conferenceTitle(sources({ firstHeading: 'Service Mesh Patterns - ACME' }))).toBe('README');
    expect(conferenceTitle(sources({ firstHeading: 'Conference Day 1' }))).toBe('README');
    expect(conferenceTitle(sources({ firstHeading: null }))).toBe('README');
    expect(conferenceTitle(sources({ firstHeading: 'Rust Meetup', file: 'rustfest-2019.md' }))).toBe('rustfest 2019');
  });

  it("puts a day heading's event name first: it names the event of the notes' days", () => {
    expect(
      conferenceTitle(
        sources({ firstHeading: 'Rust Meetup', dayTitles: ['Kubecon Day one', 'Kubecon Day two'], file: 'day1.md' }),
      ),
    ).toBe('Kubecon');
  });
});

describe('buildConference: the heading a README opens with names the conference', () => {
  it('reads the first heading when nothing comes before it, the words all kept', () => {
    const text =
      '## Example Edge 2회 컨퍼런스 개요\n\nAbout it.\n\n## Program\n\n| 순번 | 세션 내용 | 발표자 |\n|---|---|---|\n| 1 | Opening | Jane Roe |\n';
    expect(buildConference(parseNotes(text, 'README.md')).title).toBe('Example Edge 2회 컨퍼런스');
    expect(lostWords(text, 'README.md')).toEqual([]);
    // Words before the heading: it opens nothing, the file name stays.
    expect(buildConference(parseNotes(`Some words first.\n\n${text}`, 'README.md')).title).toBe('README');
  });
});
