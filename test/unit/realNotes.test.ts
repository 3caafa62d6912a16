import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { parseSessionHeading } from '../../src/model/sessionHeading.js';
import type { Block, Conference } from '../../src/model/types.js';
import { parseNotes } from '../../src/parse/parseNotes.js';
import { repairSource } from '../../src/parse/repairSource.js';

function conferenceOf(text: string, file = 'notes/devconf.md'): Conference {
  return buildConference(parseNotes(text, file));
}
const sessionsOf = (conference: Conference) => conference.days.flatMap((day) => day.sessions);
const titlesOf = (conference: Conference) => sessionsOf(conference).map((session) => session.title);
const markdownOf = (blocks: Block[]) =>
  blocks
    .map((block) =>
      block.kind === 'list'
        ? block.items.map((item) => item.markdown).join('\n')
        : 'markdown' in block
          ? block.markdown
          : '',
    )
    .join('\n');

describe('repairSource', () => {
  it('reads `##Day 1` as a heading and says so, keeping the line count', () => {
    const { text, repairs } = repairSource('intro\n##Day 1\n###Talks\n');
    expect(text).toBe('intro\n## Day 1\n### Talks\n');
    expect(repairs.map((repair) => repair.line)).toEqual([2, 3]);
  });

  it('leaves #hashtags and code fences alone', () => {
    const source = '#kubecon was fun\n```\n##not a heading\n{{< figure attr="x" >}}\n```\n';
    expect(repairSource(source)).toEqual({ text: source, repairs: [] });
  });

  it('keeps the words of a Hugo shortcode and drops the rest, with a warning each', () => {
    const { text, repairs } = repairSource(
      '{{< figure src="/a.png" attr="Wall of donuts" >}}\n{{< youtube abc123 >}}\n',
    );
    expect(text).toBe('Wall of donuts\n\n');
    expect(repairs).toEqual([
      { line: 1, message: 'Replaced Hugo shortcode `figure` by its text' },
      { line: 2, message: 'Dropped Hugo shortcode `{{< youtube abc123 >}}`' },
    ]);
  });

  it('keeps the words of a Zola shortcode call and drops the rest; Tera output with no call stays', () => {
    const { text, repairs } = repairSource(
      [
        'See {{ figure(image="posts/2021/speed.png", width=357, alt="Chat in which he\'s at 1.25×.") }} here',
        '{{ youtube(id="abc123", autoplay=true) }}',
        '{{page.title}} and {{ config.base_url }}',
      ].join('\n'),
    );
    expect(text).toBe("See Chat in which he's at 1.25×. here\n\n{{page.title}} and {{ config.base_url }}");
    expect(repairs).toEqual([
      { line: 1, message: 'Replaced Zola shortcode `figure` by its text' },
      { line: 2, message: 'Dropped Zola shortcode `{{ youtube(id="abc123", autoplay=true) }}`' },
    ]);
    // A long tag is quoted to 57 characters and an ellipsis.
    const long = `{{ gallery(id="${'x'.repeat(60)}") }}`;
    expect(repairSource(long).repairs[0]!.message).toBe(`Dropped Zola shortcode \`${long.slice(0, 57)}...\``);
  });

  it("keeps a figure credit's attrlink as its link", () => {
    const { text } = repairSource(
      '{{< figure src="/a.png" attr="Photo by Jane [on] Unsplash" attrlink="https://unsplash.com/photos/x" >}}\n',
    );
    expect(text).toBe('[Photo by Jane \\[on\\] Unsplash](<https://unsplash.com/photos/x>)\n');
  });

  it('drops Liquid tags with a warning and keeps the text between them', () => {
    const { text, repairs } = repairSource('{% highlight ruby %}\nputs 1\n{% endhighlight %}\n');
    expect(text).toBe('\nputs 1\n\n');
    expect(repairs.map((repair) => repair.message)).toEqual([
      'Dropped Liquid tag `highlight`',
      'Dropped Liquid tag `endhighlight`',
    ]);
  });
});

describe('parseSessionHeading on real habits', () => {
  it.each([
    ['Talk 1: Dan Kohn - Stitching things together', 'Stitching things together', ['Dan Kohn']],
    ['Talk 2: Cheryl Hung: 2.66 Million', '2.66 Million', ['Cheryl Hung']],
    ['Talk 3: Welcome Remarks - Janet Kuo', 'Welcome Remarks', ['Janet Kuo']],
    ['Scaling Postgres (Jane Doe, John Roe)', 'Scaling Postgres', ['Jane Doe', 'John Roe']],
    ['Dynamic Autoscaling (and Cake)', 'Dynamic Autoscaling (and Cake)', []],
    ['Observability at Scale by Jane Doe', 'Observability at Scale', ['Jane Doe']],
    ['Distributed Systems By Example', 'Distributed Systems By Example', []],
    ['Prometheus - Lessons Learned', 'Prometheus - Lessons Learned', []],
    [
      'Teaching Capybara Testing - An Illustrated Adventure',
      'Teaching Capybara Testing - An Illustrated Adventure',
      [],
    ],
    ['B. Better Tests for Scientific Code', 'Better Tests for Scientific Code', []],
    ['SESSION: OPA AND K8S API GATEWAYS - JANE DOE, CNCF', 'OPA and K8S API Gateways', ['Jane Doe']],
    ['“Quoted” Title - Jane Doe and John Roe, Acme', '“Quoted” Title', ['Jane Doe', 'John Roe']],
  ])('%s', (heading, title, speakers) => {
    const parsed = parseSessionHeading(heading);
    expect(parsed.title).toBe(title);
    expect(parsed.speakers.map((speaker) => speaker.name)).toEqual(speakers);
  });

  it('keeps a job title with "&" inside one speaker', () => {
    expect(parseSessionHeading('Keynote - Imad Sousou, VP, Services & GM, Open Source, Intel').speakers).toEqual([
      { name: 'Imad Sousou', org: 'Intel' },
    ]);
  });
});

describe('speakers written under the title', () => {
  it('reads a "- speaker:" bullet and takes it out of the points', () => {
    const [session] = sessionsOf(
      conferenceOf('## Day 1\n\n### Astropy\n\n- speaker: Jane Doe\n- astronomy in Python\n'),
    );
    expect(session!.speakers).toEqual([{ name: 'Jane Doe', org: null }]);
    expect(session!.byline).toEqual(['- speaker: Jane Doe']);
    expect(markdownOf(session!.blocks)).toBe('astronomy in Python');
  });

  it('reads "Speakers: A, B, Org" with the organisation written once', () => {
    const [session] = sessionsOf(
      conferenceOf(
        '# Snakes\n\nSpeakers: Moses Schwartz, Andy Culler, Box\n\nFeed logs somewhere.\n\n# Other talk\n\ntext\n',
      ),
    );
    expect(session!.speakers).toEqual([
      { name: 'Moses Schwartz', org: 'Box' },
      { name: 'Andy Culler', org: 'Box' },
    ]);
  });

  it('reads "Name - Role @ Company" lines, one per speaker', () => {
    const notes =
      '## Monday\n\n### Encryption\nMatthew Langlois - Product Security Engineer @ GitHub\nKylie Stradley - Engineer at GitHub\n\n- notes\n';
    const [session] = sessionsOf(conferenceOf(notes));
    expect(session!.speakers).toEqual([
      { name: 'Matthew Langlois', org: 'GitHub' },
      { name: 'Kylie Stradley', org: 'GitHub' },
    ]);
  });

  it('does not take a first sentence of prose for a speaker', () => {
    const [session] = sessionsOf(conferenceOf('## Day 1\n\n### Caching\n\nGreat talk - really worth it.\n'));
    expect(session!.speakers).toEqual([]);
  });
});

describe('structure from the document itself', () => {
  it('reads setext headings as talks', () => {
    const conference = conferenceOf(
      'Welcome to PyCon\n================\n\nSpeaker: Ernest Durbin\n\nLots.\n\nBreak the Cycle\n===============\n\n- point\n',
    );
    expect(titlesOf(conference)).toEqual(['Welcome to PyCon', 'Break the Cycle']);
  });

  it('finds days at H1 with talks at H2 under them, and asides around them', () => {
    const conference = conferenceOf(
      '# Travel to Berlin\n\nflew\n\n# Day 1\n\n## A - Jane Doe\n\ntext\n\n## B - John Roe\n\ntext\n\n# Travel back\n\nflew home\n',
    );
    expect(conference.days.map((day) => day.title)).toEqual(['Day 1']);
    expect(conference.extras.map((extra) => [extra.title, extra.placement])).toEqual([
      ['Travel to Berlin', 'opening'],
      ['Travel back', 'closing'],
    ]);
  });

  it('keeps talk groups within a day ("Morning Keynotes") as each talk\'s group; a party is the day\'s own notes', () => {
    const conference = conferenceOf(
      '## Day #1\n\n### Morning Keynotes\n\n#### Opening - Jane Doe, CNCF\n\n- a\n\n#### Updates - John Roe, Google\n\n- b\n\n### Party\n\nfun\n',
    );
    expect(sessionsOf(conference).map((session) => [session.title, session.group])).toEqual([
      ['Opening', 'Morning Keynotes'],
      ['Updates', 'Morning Keynotes'],
    ]);
    expect(conference.days[0]!.intro.map((block) => ('markdown' in block ? block.markdown : ''))).toEqual([
      'Party',
      'fun',
    ]);
  });

  it('marks "Things to Google" as a research section', () => {
    const conference = conferenceOf('## Day 1\n\n### Talk - Jane Doe\n\n- a\n\n## Things to Google\n\n- zarr\n');
    expect(conference.extras).toMatchObject([{ title: 'Things to Google', kind: 'research', placement: 'closing' }]);
  });

  it('reads talks between `---` rules in notes without headings, the first line naming each', () => {
    const conference = conferenceOf(
      'DevConf 2024\n\n---\n\nCaching at Scale - Jane Doe\n- point one\n\n---\n\nZero Trust\nsome prose here\n\n---\n',
    );
    expect(conference.title).toBe('DevConf 2024');
    expect(titlesOf(conference)).toEqual(['Caching at Scale', 'Zero Trust']);
    expect(sessionsOf(conference)[0]!.speakers).toEqual([{ name: 'Jane Doe', org: null }]);
    expect(conference.warnings.map((warning) => warning.message)).toContain(
      'No headings: talks were read from `---` rules between them',
    );
  });

  it('reads talks from a top-level list whose items hold the points', () => {
    const conference = conferenceOf(
      '- Caching at Scale\n  - point one\n  - point two\n- Zero Trust\n  - point three\n',
    );
    expect(titlesOf(conference)).toEqual(['Caching at Scale', 'Zero Trust']);
    expect(markdownOf(sessionsOf(conference)[1]!.blocks)).toBe('point three');
  });

  it('reads bold lines as headings when there are no real ones', () => {
    const conference = conferenceOf(
      '**Caching at Scale - Jane Doe**\n\n- point one\n\n**Zero Trust**\n\n- point two\n',
    );
    expect(titlesOf(conference)).toEqual(['Caching at Scale', 'Zero Trust']);
  });
});

describe('links made to stand on their own', () => {
  it('inlines reference links, links bare URLs and github.com/owner/repo', () => {
    const notes =
      '## Talk - Jane Doe\n\n- see [the docs][docs] and github.com/kcp-dev/kcp\n- https://example.org/a\n\n[docs]: https://docs.example.org "Docs"\n';
    const [session] = sessionsOf(conferenceOf(notes));
    expect(markdownOf(session!.blocks)).toBe(
      'see [the docs](<https://docs.example.org> "Docs") and [github.com/kcp-dev/kcp](https://github.com/kcp-dev/kcp)\n[https://example.org/a](https://example.org/a)',
    );
  });

  it('leaves code spans alone', () => {
    const [session] = sessionsOf(conferenceOf('## Talk - Jane Doe\n\n- run `github.com/a/b` now\n'));
    expect(markdownOf(session!.blocks)).toBe('run `github.com/a/b` now');
  });
});
