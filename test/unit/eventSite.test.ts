import { describe, expect, it } from 'vitest';
import { conferenceTitle } from '../../src/model/title/conferenceTitle.js';
import { eventSiteOf, linkedEventSites, mostLinkedEventSite, withSiteRegion } from '../../src/model/title/eventSite.js';
import { titleSources as sources } from '../support/titleSources.js';

describe("eventSiteOf: the event an address names, with its year and a regional edition's code", () => {
  it('reads the name before the top-level domain and the year in a host label or a path segment', () => {
    expect(eventSiteOf('us.pycon.org', '/2023/schedule/presentation/101/')).toEqual({
      name: 'pycon',
      region: 'US',
      year: '2023',
    });
    expect(eventSiteOf('2019.jsconf.eu', '/speakers/')).toEqual({ name: 'jsconf', region: null, year: '2019' });
    expect(eventSiteOf('FOSDEM.org', '/2020/schedule/event/x/')).toEqual({
      name: 'fosdem',
      region: null,
      year: '2020',
    });
    expect(eventSiteOf('eu.gophercon.com', '/2019')).toEqual({ name: 'gophercon', region: 'EU', year: '2019' });
  });

  it('takes a region only before the name: a country domain after it is the site of a country', () => {
    expect(eventSiteOf('droidkaigi.jp', '/2025/')).toEqual({ name: 'droidkaigi', region: null, year: '2025' });
    expect(eventSiteOf('www.pycon.org', '/2025/')).toEqual({ name: 'pycon', region: null, year: '2025' });
    expect(eventSiteOf('tickets.pycon.org', '/2025/')).toEqual({ name: 'pycon', region: null, year: '2025' });
  });

  it('reads years from 1990 to 2039 only, as whole labels or segments', () => {
    expect(eventSiteOf('fosdem.org', '/1990/')?.year).toBe('1990');
    expect(eventSiteOf('fosdem.org', '/2039/')?.year).toBe('2039');
    expect(eventSiteOf('fosdem.org', '/1989/')).toBeNull();
    expect(eventSiteOf('fosdem.org', '/2040/')).toBeNull();
    expect(eventSiteOf('fosdem.org', '/event-2020/')).toBeNull();
    expect(eventSiteOf('fosdem.org', '/schedule/')).toBeNull();
  });

  it("names no event by a blog post's dated address, a shared host or a domain's own labels", () => {
    expect(eventSiteOf('alexos.dev', '/2019/05/23/kubecon-the-keynotes/')).toBeNull();
    expect(eventSiteOf('alexos.dev', '/2019/5/kubecon/')).toBeNull();
    expect(eventSiteOf('alexos.dev', '/2019/kubecon/')).toEqual({ name: 'alexos', region: null, year: '2019' });
    expect(eventSiteOf('www.youtube.com', '/2019/')).toBeNull();
    expect(eventSiteOf('raw.githubusercontent.com', '/me/notes/2019/a.png')).toBeNull();
    expect(eventSiteOf('speakerdeck.com', '/jroe/2019')).toBeNull();
    expect(eventSiteOf('example.co.uk', '/2019/')).toBeNull();
    expect(eventSiteOf('localhost', '/2019/')).toBeNull();
  });
});

describe('eventSiteOf: at the edges of its patterns', () => {
  it("reads a month only as the whole segment right after the year's, and no month where no year is in the path", () => {
    expect(eventSiteOf('fosdem.org', '/2020/day1/')?.year).toBe('2020');
    expect(eventSiteOf('fosdem.org', '/2020/123/')?.year).toBe('2020');
    expect(eventSiteOf('fosdem.org', '/2020/5th-floor/')?.year).toBe('2020');
    expect(eventSiteOf('2019.jsconf.eu', '/12/schedule/')).toEqual({ name: 'jsconf', region: null, year: '2019' });
    expect(eventSiteOf('janeroe.net', '/2019//05/23/post')).toBeNull();
  });

  it('reads a year only as a whole label or segment', () => {
    expect(eventSiteOf('fosdem.org', '/20201/')).toBeNull();
    expect(eventSiteOf('fosdem.org', '/2020-schedule/')).toBeNull();
    expect(eventSiteOf('2019x.jsconf.eu', '/speakers/')).toBeNull();
  });

  it('reads a region only as a whole label: a label that begins or ends as one is none', () => {
    expect(eventSiteOf('campus.pycon.org', '/2021/')).toEqual({ name: 'pycon', region: null, year: '2021' });
    expect(eventSiteOf('europe.pycon.org', '/2021/')).toEqual({ name: 'pycon', region: null, year: '2021' });
  });

  it('refuses a shared host or a label of no name only by the whole label', () => {
    expect(eventSiteOf('pyconfest.org', '/2021/')).toEqual({ name: 'pyconfest', region: null, year: '2021' });
    expect(eventSiteOf('devopsdays.org', '/2021/')).toEqual({ name: 'devopsdays', region: null, year: '2021' });
    expect(eventSiteOf('texconf.org', '/2021/')).toEqual({ name: 'texconf', region: null, year: '2021' });
    expect(eventSiteOf('mozfest.org', '/2019/')).toEqual({ name: 'mozfest', region: null, year: '2019' });
    expect(eventSiteOf('confoo.ca', '/2019/')).toEqual({ name: 'confoo', region: null, year: '2019' });
    expect(eventSiteOf('www.org', '/2019/')).toBeNull();
    expect(eventSiteOf('www2.org', '/2019/')).toBeNull();
  });
});

describe('linkedEventSites: the sites Markdown links to', () => {
  it('gives nothing for a link that names no event site', () => {
    expect(linkedEventSites('[code](https://github.com/jroe/2019)')).toEqual([]);
  });

  it('reads link targets, with or without angle brackets, never an image', () => {
    const notes =
      '[Site](https://us.pycon.org/2021/) ![photo](https://pics.example.org/2021/a.png) [x](<http://fosdem.org/2020/>)';
    expect(linkedEventSites(notes).map((site) => site.name)).toEqual(['pycon', 'fosdem']);
  });
});

describe('mostLinkedEventSite: the site that names notes with no title', () => {
  it('names the site linked three times or more with one year, its region after the name', () => {
    const three =
      '[a](https://us.pycon.org/2023/a) [b](https://us.pycon.org/2023/b)\n- [c](https://us.pycon.org/2023/c)';
    expect(mostLinkedEventSite(three)).toBe('pycon US 2023');
    expect(
      mostLinkedEventSite(
        '[a](https://fosdem.org/2020/a) [b](https://fosdem.org/2020/b) [c](https://fosdem.org/2020/c)',
      ),
    ).toBe('fosdem 2020');
  });

  it('names none with two links, or with three spread over two years', () => {
    expect(mostLinkedEventSite('[a](https://us.pycon.org/2023/a) [b](https://us.pycon.org/2023/b)')).toBeNull();
    expect(
      mostLinkedEventSite(
        '[a](https://fosdem.org/2020/a) [b](https://fosdem.org/2020/b) [c](https://fosdem.org/2021/c)',
      ),
    ).toBeNull();
    expect(mostLinkedEventSite('no links at all')).toBeNull();
  });

  it('takes the site linked most', () => {
    const notes =
      '[a](https://fosdem.org/2020/a) [b](https://fosdem.org/2020/b) [c](https://fosdem.org/2020/c) ' +
      '[d](https://2019.jsconf.eu/d) [e](https://2019.jsconf.eu/e) [f](https://2019.jsconf.eu/f) [g](https://2019.jsconf.eu/g)';
    expect(mostLinkedEventSite(notes)).toBe('jsconf 2019');
  });
});

describe("withSiteRegion: a regional edition's code from the site the opening links", () => {
  it('leaves the title where the linked site of its name and year has no region', () => {
    expect(withSiteRegion('PyCon 2021', 'See [the site](https://pycon.org/2021/).')).toBe('PyCon 2021');
  });

  it('puts the region after the name where the title has the name and the year', () => {
    expect(
      withSiteRegion('PyCon 2021', '[Website](https://us.pycon.org/2021/) | [Talks](https://us.pycon.org/2021/t)'),
    ).toBe('PyCon US 2021');
    expect(withSiteRegion('Mi PyCon 2021', 'Fui a la [PyCon](https://us.pycon.org/2021/).')).toBe('Mi PyCon US 2021');
    expect(withSiteRegion('GopherCon 2019 のメモ', '[公式](https://eu.gophercon.com/2019/)')).toBe(
      'GopherCon EU 2019 のメモ',
    );
  });

  it('leaves a title that already says the region, names another year or another site', () => {
    const opening = '[Website](https://us.pycon.org/2021/)';
    expect(withSiteRegion('PyCon US 2021', opening)).toBe('PyCon US 2021');
    expect(withSiteRegion('PyCon 2022', opening)).toBe('PyCon 2022');
    expect(withSiteRegion('PyConf 2021', opening)).toBe('PyConf 2021');
    expect(withSiteRegion('PyCon 2021', '[Website](https://fosdem.org/2021/)')).toBe('PyCon 2021');
    expect(withSiteRegion('PyCon 2021', null)).toBe('PyCon 2021');
  });
});

describe('conferenceTitle: the event site the notes link', () => {
  it('names notes titled by a day after the site they link most', () => {
    const source =
      '# Sábado 22 de abril\n\n## [Talk A](https://us.pycon.org/2023/a)\n## [B](https://us.pycon.org/2023/b)\n## [C](https://us.pycon.org/2023/c)';
    expect(conferenceTitle(sources({ author: 'Sábado 22 de abril', source }))).toBe('pycon US 2023');
    expect(conferenceTitle(sources({ author: 'Saturday, April 22', source }))).toBe('pycon US 2023');
    // A title that names the event keeps it: the site is asked only when the title names a day or a section.
    expect(conferenceTitle(sources({ author: 'Django Day', source }))).toBe('Django Day');
  });

  it("adds a regional edition's code the opening's link gives", () => {
    const opening = '[Website](https://us.pycon.org/2021/) | [Schedule](https://us.pycon.org/2021/schedule/talks/)';
    expect(conferenceTitle(sources({ author: 'PyCon 2021 Notes', opening }))).toBe('PyCon US 2021');
  });
});
