import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeConference, type InspectResult } from '../../src/pipeline/inspect.js';
import { buildConference } from '../../src/model/buildConference.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/**
 * Each corpus file read as a person would, expectations written by hand: the conference, its days or
 * groups, and a few sessions with their speakers. Sources of the files: test/fixtures/corpus/SOURCES.tsv.
 */
const CORPUS = join(import.meta.dirname, '../fixtures/corpus');

function inspectFixture(name: string): InspectResult {
  const file = join(CORPUS, name);
  return describeConference(buildConference(parseNotes(readFileSync(file, 'utf8'), file)));
}

function session(result: InspectResult, title: string) {
  const found = result.days.flatMap((day) => day.sessions).find((each) => each.title === title);
  if (!found)
    throw new Error(
      `No session "${title}" in ${result.days.flatMap((day) => day.sessions.map((each) => each.title)).join(' | ')}`,
    );
  return found;
}

const speakerNames = (result: InspectResult, title: string) =>
  session(result, title).speakers.map((speaker) => speaker.name);
const dayShape = (result: InspectResult) => result.days.map((day) => [day.title, day.sessions.length]);

describe('00 KubeCon EU 2021 (TOML front matter, H2 days, H3 "Session:" talks)', () => {
  const result = inspectFixture('00-kubecon-eu-2021-seed.md');
  it('has four groups with 16 sessions and a closing research section', () => {
    expect(result.title).toBe('KubeCon / Cloud Native Con Europe 2021');
    expect(dayShape(result)).toEqual([
      ['5 May', 5],
      ['6 May', 4],
      ['7 May', 4],
      ['Replays', 3],
    ]);
    expect(result.extras.map((extra) => extra.title)).toEqual(['Interesting projects that require more research']);
  });
  it('drops the "Session:" prefix, title-cases ALL CAPS and reads speakers with their companies', () => {
    expect(session(result, 'Demystifying Cloud Native Concepts for the Business World').speakers).toEqual([]);
    expect(session(result, 'Trust No One: Bringing Confidential Computing to Containers').speakers).toEqual([
      { name: 'Samuel Ortiz', org: 'Intel' },
      { name: 'Eric Ernst', org: 'Apple' },
    ]);
    expect(session(result, 'Hacking into Kubernetes Security for Beginners').speakers).toEqual([
      { name: 'Ellen Körbes', org: 'Tilt' },
      { name: 'Tabitha Sable', org: 'Datadog' },
    ]);
  });
});

describe('01 KubeCon NA 2017 (YAML blog post, H2 days, H3 groups, H4 talks)', () => {
  const result = inspectFixture('01-kubecon-na-2017-austin-blog.md');
  it('finds the four days and the talks inside the keynote and talk groups', () => {
    expect(result.title).toBe('KubeCon 2017 Austin');
    expect(result.date).toBe('2017-12-05');
    expect(dayShape(result)).toEqual([
      ['Day #0', 0],
      ['Day #1', 11],
      ['Day #2', 9],
      ['Day #3', 9],
    ]);
    expect(result.extras.map((extra) => extra.title)).toEqual([
      'Thanks!',
      'Keynotes and Talks Recordings YouTube Playlist',
      'Summary',
    ]);
  });
  it('reads "Title - Speaker, Role, Company" headings', () => {
    expect(session(result, 'CRI-O: All the Runtime Kubernetes Needs, and Nothing More').speakers).toEqual([
      { name: 'Mrunal Patel', org: 'Red Hat' },
    ]);
    expect(session(result, 'Kubernetes Secret Superpower').speakers).toEqual([
      { name: 'Chen Goldberg', org: 'Google' },
      { name: 'Anthony Yeh', org: 'Google' },
    ]);
    expect(session(result, 'Accelerating the Digital Transformation').speakers).toEqual([
      { name: 'Imad Sousou', org: 'Intel Corporation' },
    ]);
    expect(speakerNames(result, 'One Chart to Rule Them All: Continuous Deployment with Helm at Ticketmaster')).toEqual(
      ['Michael Goodness', 'Raphael Deem'],
    );
  });
  it("reads the booth, the awards, the party and lunch as their day's own notes, not sessions", () => {
    const name = '01-kubecon-na-2017-austin-blog.md';
    const conference = buildConference(parseNotes(readFileSync(join(CORPUS, name), 'utf8'), name));
    const intro = (day: string) =>
      conference.days.find((each) => each.title === day)!.intro.filter((block) => block.kind === 'heading');
    expect(intro('Day #1').map((block) => ('markdown' in block ? block.markdown : ''))).toEqual([
      'Rook Team + Booth',
      'Community Awards',
      'Party',
    ]);
    expect(intro('Day #2').map((block) => ('markdown' in block ? block.markdown : ''))).toEqual([
      'Lunch time: Tacos by RedHat',
    ]);
  });
});

describe('02 KubeCon EU 2019 (Hugo prose post with shortcodes, H2 talks)', () => {
  const result = inspectFixture('02-kubecon-eu-2019-hugo-prose.md');
  it('reads the session list under its weekday headings as the talks, the prose sections as the intro', () => {
    expect(result.title).toBe('KubeCon - Other Cool Things');
    expect(dayShape(result)).toEqual([
      ['Tuesday', 15],
      ['Wednesday', 13],
      ['Thursday', 10],
    ]);
    expect(result.days[0]!.sessions[0]).toMatchObject({
      title: 'Stitching Things Together',
      speakers: [{ name: 'Dan Kohn', org: 'Cloud Native Computing Foundation' }],
    });
    expect(result.structure).toMatchObject({ days: 'h3', talks: 'list' });
  });
  it('warns about the shortcodes it replaced', () => {
    expect(
      result.warnings.filter((warning) => warning.message.includes('shortcode')).map((warning) => warning.line),
    ).toEqual([12, 89, 116, 124]);
  });
});

describe('03 KubeCon China 2019 (TOML, Chinese, heading anchors)', () => {
  const result = inspectFixture('03-kubecon-china-2019-toml-zh.md');
  it('keeps the Chinese title and strips {#anchors} from session titles', () => {
    // "小记" (short notes) names the post (src/model/title/postWrappers.ts).
    expect(result.title).toBe('KubeCon 2019 上海 CRD 相关 Session');
    expect(result.days[0]!.sessions.map((each) => each.title)).toEqual([
      'CRD no longer 2nd class thing',
      'To CRD or not to CRD',
      'CafeDeployment',
      'Alibaba CloudNative',
    ]);
    expect(result.extras.map((extra) => extra.title)).toEqual(['结语']);
  });
});

describe('04 KubeCon EU 2019 day 2 ("Talk N: Speaker - Title", workshops as H2)', () => {
  const result = inspectFixture('04-kubecon-eu-2019-day2-talkN.md');
  it('groups the keynotes and keeps the workshops as talks of their own', () => {
    // No heading reads as a day: the keynotes are groups of the notes' one day, the workshops talks of their own.
    const file = join(CORPUS, '04-kubecon-eu-2019-day2-talkN.md');
    const conference = buildConference(parseNotes(readFileSync(file, 'utf8'), file));
    expect(conference.days.map((day) => [day.heading, day.sessions.map((each) => each.group)])).toEqual([
      [null, [...Array(5).fill('Keynote'), ...Array(6).fill(null), ...Array(6).fill('Keynote')]],
    ]);
    expect(session(result, 'Intro to Linkerd').speakers).toEqual([]);
  });
  it('reads the speaker written first after "Talk N:"', () => {
    expect(speakerNames(result, 'Stitching things together')).toEqual(['Dan Kohn']);
    expect(speakerNames(result, '2.66 Million')).toEqual(['Cheryl Hung']);
    expect(speakerNames(result, 'CNCF Project Update')).toEqual(['Bryan Liles']);
    expect(speakerNames(result, 'Getting Started in the Kubernetes Community')).toEqual([
      'Lucas Käldström',
      'Nikhita Raghunath',
    ]);
    expect(speakerNames(result, 'Recursive Kubernetes: Cluster API and Clusters as Cattle')).toEqual(['Joe Beda']);
    expect(session(result, 'Birds of a Feather: Financial Services User Group').speakers).toEqual([
      { name: 'Cheryl Hung', org: 'CNCF' },
    ]);
  });
});

describe('07 SciPy 2022 (lettered talks, "- speaker:" bullets, one slipped heading level)', () => {
  const result = inspectFixture('07-scipy-2022-lettered-talks.md');
  it('finds three days; the H2 talk among H3 talks stays in day 2', () => {
    expect(result.title).toBe('SciPy 2022');
    expect(dayShape(result)).toEqual([
      ['Day 1', 13],
      ['Day 2', 9],
      ['Day 3', 15],
    ]);
    expect(result.days[1]!.sessions.map((each) => each.title)).toContain('Awkward Packaging: building Scikit-HEP');
    expect(result.warnings.some((warning) => warning.line === 257)).toBe(true);
    expect(result.extras.map((extra) => extra.title)).toEqual(['Things to Google']);
  });
  it('drops the list letters and reads "- speaker(s):" bullets', () => {
    expect(speakerNames(result, 'Better Tests for Scientific Code')).toEqual(['Zac Hatfield-Dodds']);
    expect(
      speakerNames(
        result,
        'Petabyte-scale ocean data analytics on staggered grids via the grid ufunc protocol in xGCM',
      ),
    ).toEqual(['Thomas Nicholas', 'Julius Busecke', 'Ryan Abernathey']);
    expect(speakerNames(result, 'Awkward Packaging: building Scikit-HEP')).toEqual(['Henry Schreiner']);
    expect(session(result, 'SciPy Build times').speakers).toEqual([]);
  });
});

describe('08 RailsConf 2023 (--- between talks, "Name - Role @ Company" lines)', () => {
  const result = inspectFixture('08-railsconf-2023-hr-separated.md');
  it('reads the rules as separators, not slides or front matter', () => {
    expect(result.title).toBe('RailsConf Atlanta 2023');
    expect(dayShape(result)).toEqual([['Monday 24th April', 35]]);
    expect(result.extras.map((extra) => extra.title)).toEqual(['Random links', 'One more thing']);
  });
  it('takes speakers from the line under the title', () => {
    expect(session(result, 'Mentorship in Three Acts').speakers).toEqual([
      { name: 'Adam Cuppy', org: 'LEARN academy' },
    ]);
    expect(session(result, 'ActiveRecord::Encryption; Stop Hackers from Reading your Data').speakers).toEqual([
      { name: 'Matthew Langlois', org: 'GitHub' },
      { name: 'Kylie Stradley', org: 'GitHub' },
    ]);
    expect(session(result, 'Keynote').speakers).toEqual([{ name: 'Eileen M. Uchitelle', org: 'Shopify' }]);
    expect(speakerNames(result, 'Hacking Your Emotional API')).toEqual(['John Sawers']);
  });
});

describe('10 PyCon US 2019 (setext talks, "Speaker:" lines)', () => {
  const result = inspectFixture('10-pycon-us-2019-setext.md');
  it('reads each setext heading as a talk', () => {
    expect(result.days).toHaveLength(1);
    expect(result.days[0]!.sessions).toHaveLength(11);
    expect(speakerNames(result, 'Welcome to PyCon')).toEqual(['Ernest Durbin']);
    expect(speakerNames(result, 'Keynote')).toEqual(['Russell Keith-Magee']);
    expect(speakerNames(result, 'Practical Decorators')).toEqual(['Reuven Lerner']);
    expect(speakerNames(result, 'A Snake in the Bits: Security Automation with Python')).toEqual([
      'Moses Schwartz',
      'Andy Culler',
    ]);
    expect(session(result, 'Break the Cycle').speakers).toEqual([]);
  });
});

describe('12 devopsdays Amsterdam 2016 (`##Day` headings without a space)', () => {
  const result = inspectFixture('12-devopsdays-ams-2016-broken-headings.md');
  it('repairs the headings, says so, and finds both days', () => {
    // The opening link names the event in full (src/model/title/openingEventName.ts).
    expect(result.title).toBe("devopsdays Amsterdam '16");
    // Day 1's workshops and day 2's ignite talks are list items; day 2's talks are link lines under `### Talks` over
    // `#### Thursday` and `#### Friday` (a group of days inside the day), the ignite list among them.
    expect(dayShape(result)).toEqual([
      ['Day 1', 3],
      ['Day 2 + 3', 19],
    ]);
    expect(result.days[0]!.sessions.map((each) => each.title)).toEqual([
      'Docker from Scratch',
      'Going Elastic',
      "Introduction to designing scalable services on Amazon's Web Services",
    ]);
    expect(
      result.warnings.filter((warning) => warning.message.includes('as a heading')).map((warning) => warning.line),
    ).toEqual([14, 26, 33, 40, 54, 69]);
  });
});

describe('14 JSConf EU 2013 (TOML with taxonomies, H1 days among H1 asides)', () => {
  const result = inspectFixture('14-jsconf-eu-2013-toml-taxonomies.md');
  it('finds the two days and keeps travel and community sections around them', () => {
    expect(result.title).toBe('JSConf EU 2013');
    // "## Security talks" lists three talks (one of day 2, as the notes say, kept where written).
    expect(dayShape(result)).toEqual([
      ['Talks and People: Day 1', 8],
      ['Talks and People: Day 2', 10],
    ]);
    expect(result.extras.map((extra) => extra.title)).toEqual([
      'Travel to Berlin',
      'Talks: overall',
      'JSConf as a community event',
      'Travel back',
    ]);
  });
  it('reads speakers after the last dash, even when the title has a dash of its own', () => {
    expect(
      speakerNames(result, 'Plight of the butterfly - everything you wanted to know about Object.observe()'),
    ).toEqual(['Addy Osmani']);
    expect(speakerNames(result, 'Building Live HTML and Omniscient Debuggers in Brackets')).toEqual([
      'Kevin Dangoor',
      'Peter Flynn',
    ]);
    // A remark in parentheses after the name is no part of it: "Adam Baldwin (can't find the slides yet) (…)".
    expect(speakerNames(result, 'Security First')).toEqual(['Adam Baldwin']);
    expect(speakerNames(result, 'Towards a post-XSS world')).toEqual(['Mike West']);
  });
});
