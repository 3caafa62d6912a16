import { describe, expect, it } from 'vitest';
import { siteTitle } from '../../src/model/title/siteTitle.js';

describe("siteTitle: a title that is only the event's web address", () => {
  it('names the site and the year its address holds, in the host or the path', () => {
    expect(siteTitle('https://2015.cssconf.com/')).toBe('cssconf 2015');
    expect(siteTitle('<https://2015.cssconf.com/>')).toBe('cssconf 2015');
    expect(siteTitle('https://us.pycon.org/2019/')).toBe('pycon 2019');
    expect(siteTitle('http://www.devopsdays.org/events/2016-amsterdam/')).toBe('devopsdays 2016');
    expect(siteTitle('www.jsconf.eu')).toBe('jsconf');
    expect(siteTitle('https://blog.example.co.uk/1990/x')).toBe('example 1990');
    expect(siteTitle('https://fosdem.org/2039')).toBe('fosdem 2039');
    expect(siteTitle('https://fosdem.org/2040')).toBe('fosdem');
  });

  it('reads a padded title, and the label nearest the top-level domain first', () => {
    expect(siteTitle('  https://2015.cssconf.com/  ')).toBe('cssconf 2015');
    expect(siteTitle('https://tickets.pycon.org/2019/')).toBe('pycon 2019');
  });

  it('reads no name in www, www2, event, a two-letter label', () => {
    expect(siteTitle('https://www.events.org/2019/')).toBe('https://www.events.org/2019/');
    expect(siteTitle('https://www2.events.org/2019/')).toBe('https://www2.events.org/2019/');
    expect(siteTitle('https://event.io/2019/')).toBe('https://event.io/2019/');
    expect(siteTitle('https://de.events.org/2019/')).toBe('https://de.events.org/2019/');
    // Two digits are no two letters: a label of digits that is no year is read as the name.
    expect(siteTitle('https://42.events.org/2019/')).toBe('42 2019');
  });

  it('keeps an address followed by words', () => {
    expect(siteTitle('https://2015.cssconf.com/ slides')).toBe('https://2015.cssconf.com/ slides');
  });

  it('keeps a title that is no address alone, or an address with no name in it', () => {
    expect(siteTitle('CSSConf 2015 https://2015.cssconf.com/')).toBe('CSSConf 2015 https://2015.cssconf.com/');
    expect(siteTitle('cssconf.com')).toBe('cssconf.com');
    expect(siteTitle('https://2015.com/')).toBe('https://2015.com/');
    expect(siteTitle('https://localhost')).toBe('https://localhost');
  });
});
