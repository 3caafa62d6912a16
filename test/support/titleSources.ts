import type { TitleSources } from '../../src/model/title/conferenceTitle.js';

/** What `conferenceTitle` reads, all empty but for `overrides`: a file `notes.md` with no title, text or year. */
export function titleSources(overrides: Partial<TitleSources>): TitleSources {
  return {
    author: null,
    searchText: true,
    source: '',
    opening: null,
    year: null,
    file: 'notes.md',
    dayTitles: [],
    ...overrides,
  };
}
