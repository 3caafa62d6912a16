import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { conferenceTitle } from '../../src/model/title/conferenceTitle.js';
import { isEventWord } from '../../src/model/title/eventWordName.js';
import { linkedEventName } from '../../src/model/title/linkedEventName.js';
import { parseNotes } from '../../src/parse/parseNotes.js';
import { titleSources as sources } from '../support/titleSources.js';

describe('linkedEventName: the whole name the opening links, the title and the word for an event', () => {
  it('takes a link text that adds only event words to the title, in several languages', () => {
    expect(linkedEventName('Big Ruby', 'We were at [Big Ruby Conf](http://www.bigrubyconf.com) in Dallas.')).toBe(
      'Big Ruby Conf',
    );
    expect(linkedEventName('PHP', "J'étais au [Forum PHP](https://event.afup.org/)")).toBe('Forum PHP');
    expect(linkedEventName('Chaos Communication', 'Vom [Chaos Communication Camp](https://events.ccc.de/camp/)')).toBe(
      'Chaos Communication Camp',
    );
    expect(linkedEventName('인프콘', '[인프콘 컨퍼런스](https://example.org/)에 다녀왔습니다')).toBe('인프콘 컨퍼런스');
    expect(linkedEventName('Big Ruby', 'a [talk](x) and [Big Ruby Conf](y)')).toBe('Big Ruby Conf');
    expect(linkedEventName('Big Ruby', 'Nous étions à [ Big Ruby Conf ](https://example.org/).')).toBe('Big Ruby Conf');
  });

  it('takes no link that adds other words, none that adds nothing, and no image', () => {
    expect(linkedEventName('Big Ruby', '[Big Ruby talks and slides](http://example.org/)')).toBeNull();
    expect(linkedEventName('Big Ruby', '[Big Ruby Conf Dallas](http://example.org/)')).toBeNull();
    expect(linkedEventName('Big Ruby', '[Big Ruby](http://example.org/)')).toBeNull();
    expect(linkedEventName('Big Ruby', '![Big Ruby Conf](stage.jpg)')).toBeNull();
    expect(linkedEventName('Big Ruby', '[Ruby Conf](http://example.org/)')).toBeNull();
    expect(linkedEventName('Big Ruby', 'At Big Ruby Conf, no link.')).toBeNull();
  });

  it('leaves a title with a number, and a title with no opening', () => {
    expect(linkedEventName('Big Ruby 2013', '[Big Ruby 2013 Conf](x)')).toBeNull();
    expect(linkedEventName('Big Ruby', null)).toBeNull();
  });
});

describe('isEventWord: one word for an event', () => {
  it('reads whole words only', () => {
    expect(isEventWord('Conf')).toBe(true);
    expect(isEventWord('summits')).toBe(true);
    expect(isEventWord('컨퍼런스')).toBe(true);
    expect(isEventWord('Dallas')).toBe(false);
    expect(isEventWord('Confs2')).toBe(false);
    expect(isEventWord('')).toBe(false);
  });
});

describe('conferenceTitle: the linked whole name, with the notes year', () => {
  it('names the event in full and puts the year after it', () => {
    const opening = 'Out _en masse_ at [Big Ruby Conf](http://www.bigrubyconf.com) in Dallas.';
    expect(conferenceTitle(sources({ author: 'Big Ruby Presentation Round-up', opening, year: '2013' }))).toBe(
      'Big Ruby Conf 2013',
    );
    expect(conferenceTitle(sources({ author: 'Big Ruby Presentation Round-up', opening }))).toBe('Big Ruby Conf');
  });
});

describe("buildConference: a Jekyll post's title, its opening link and its file name's date", () => {
  it('names the conference in full with the year the file name gives', () => {
    const text =
      '---\ntitle: Big Ruby Presentation Round-up\n---\n\nWe were at [Big Ruby Conf](http://bigruby.example) in Dallas.\n\n' +
      '## Talk one\n\n- a\n\n## Talk two\n\n- b\n';
    expect(buildConference(parseNotes(text, '_posts/2013-03-04-big-ruby-round-up.md')).title).toBe(
      'Big Ruby Conf 2013',
    );
    expect(buildConference(parseNotes(text, '_posts/big-ruby-round-up.md')).title).toBe('Big Ruby Conf');
  });

  it("gives no year to a talk's title that names the recap: the file's date is the post's", () => {
    const talk = '# Designing Resilient APIs\n\nNotes from a meetup talk.\n\n- point one\n';
    expect(buildConference(parseNotes(talk, '2019-05-23-meetup.md')).title).toBe('Designing Resilient APIs');
    const header =
      '---\ntitle: Designing Resilient APIs\nspeaker: Jane Roe\n---\n\n## Intro\n\n- a\n\n## Takeaways\n\n- b\n';
    expect(buildConference(parseNotes(header, '2019-05-23-talk.md')).title).toBe('Designing Resilient APIs');
    const named =
      '---\ntitle: Designing Resilient APIs\nspeaker: Jane Roe\nconference: Devoxx FR\n---\n\n## Intro\n\n- a\n\n## Takeaways\n\n- b\n';
    expect(buildConference(parseNotes(named, '2019-05-23-talk.md')).title).toBe('Devoxx FR 2019');
  });
});
