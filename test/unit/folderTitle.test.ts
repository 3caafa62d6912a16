import { describe, expect, it } from 'vitest';
import { conferenceTitle } from '../../src/model/title/conferenceTitle.js';
import { folderTitle } from '../../src/model/title/folderTitle.js';
import { titleSources as sources } from '../support/titleSources.js';

const isDay = (name: string) => /^day[-_ ]?\d$/iu.test(name);

describe('folderTitle: the nearest folder that names an event with its year', () => {
  it("takes the file's own folder when it holds a year, in any spelling", () => {
    expect(folderTitle('/home/jane/2022-euruko-helsinki/day-1.md', isDay)).toBe('2022-euruko-helsinki');
    expect(folderTitle('notes/devoxx-2022/_keynotes.md', isDay)).toBe('devoxx-2022');
    expect(folderTitle('DIR2016/Session II- Users.md', isDay)).toBe('DIR2016');
    expect(folderTitle('/x/PyCon JP 2019/土曜日.md', isDay)).toBe('PyCon JP 2019');
    expect(folderTitle('/x/conf_1990/a.md', isDay)).toBe('conf_1990');
    expect(folderTitle('/x/conf_2039/a.md', isDay)).toBe('conf_2039');
  });

  it('looks one folder up past a generic folder or a day, never two', () => {
    expect(folderTitle('/x/pycon_2019/notes/Friday.md', isDay)).toBe('pycon_2019');
    expect(folderTitle('/x/pycon-2019/day1/README.md', isDay)).toBe('pycon-2019');
    expect(folderTitle('/x/pycon-2019/_posts/x.md', isDay)).toBe('pycon-2019');
    expect(folderTitle('/x/pycon-2019/notes/day1/README.md', isDay)).toBeNull();
    expect(folderTitle('/x/pycon-2019/jane/x.md', isDay)).toBeNull();
  });

  it('passes over each generic folder, in the singular and the plural, with or without its underscore', () => {
    for (const generic of ['posts', '_posts', 'drafts', '_drafts', 'doc', 'docs', 'note', 'Notes', 'day', 'days']) {
      expect(folderTitle(`/x/pycon-2019/${generic}/x.md`, isDay), generic).toBe('pycon-2019');
    }
    for (const generic of ['conference', 'conferences', 'event', 'Events', 'markdown', 'talks']) {
      expect(folderTitle(`/x/jsconf_2018/${generic}/x.md`, isDay), generic).toBe('jsconf_2018');
    }
  });

  it('passes over a generic folder only by its whole name', () => {
    expect(folderTitle('/x/pycon-2019/mynotes/x.md', isDay)).toBeNull();
    expect(folderTitle('/x/pycon-2019/notes-jane/x.md', isDay)).toBeNull();
    expect(folderTitle('/x/pycon-2019/eventsy/x.md', isDay)).toBeNull();
  });

  it('reads no year inside a longer number or word, nor out of 1990 to 2039', () => {
    expect(folderTitle('/tmp/recapdeck-eval-a2019b/x.md', isDay)).toBeNull();
    expect(folderTitle('/x/build-20190/x.md', isDay)).toBeNull();
    expect(folderTitle('/x/conf_1989/x.md', isDay)).toBeNull();
    expect(folderTitle('/x/conf_2040/x.md', isDay)).toBeNull();
    expect(folderTitle('/x/AI Salon/x.md', isDay)).toBeNull();
  });

  it('gives none for a file with no folder, or at the root', () => {
    expect(folderTitle('day-1.md', isDay)).toBeNull();
    expect(folderTitle('/day-1.md', isDay)).toBeNull();
    expect(folderTitle('./day-1.md', isDay)).toBeNull();
  });
});

describe('conferenceTitle: a folder names notes whose file and title name only a day or a section', () => {
  it("names them by the folder, cleaned as a file's name", () => {
    expect(conferenceTitle(sources({ file: '/home/jane/2022-euruko-helsinki/day-1.md' }))).toBe('euruko helsinki 2022');
    expect(conferenceTitle(sources({ file: '/x/devoxx-2022/_keynotes.md' }))).toBe('devoxx 2022');
    expect(conferenceTitle(sources({ file: '/x/pycon_2019/notes/Friday.md' }))).toBe('pycon 2019');
    expect(conferenceTitle(sources({ author: 'Overview', file: '/r/railsconf-2023/docs/overview.md' }))).toBe(
      'railsconf 2023',
    );
    expect(conferenceTitle(sources({ author: 'Sábado 22 de abril', file: '/r/pycones-2019/sabado.md' }))).toBe(
      'pycones 2019',
    );
  });

  it('keeps a file name or a title that names the event, and the notes before the folder', () => {
    expect(conferenceTitle(sources({ file: '/x/devoxx-2022/scaladays.md' }))).toBe('scaladays');
    expect(conferenceTitle(sources({ author: 'Strange Loop', file: '/x/devoxx-2022/day-1.md' }))).toBe('Strange Loop');
    expect(conferenceTitle(sources({ dayTitles: ['Kubecon Day one'], file: '/x/devoxx-2022/day-1.md' }))).toBe(
      'Kubecon',
    );
    expect(conferenceTitle(sources({ file: '/x/notes/day-1.md' }))).toBe('day 1');
  });
});
