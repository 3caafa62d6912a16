import type { List, Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { itemEvidence, RESOURCE_LINKS_EVIDENCE, talksOfList } from '../../src/model/reading/listTalks.js';
import { resourceLinksTitle } from '../../src/model/reading/resourceLinks.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

// Issue 13: a recap that lists the talks seen, each title followed by its recording or slides
// (`* Title: [Video][ref] & [Slides][ref]`). The words before the links are the talk's title.

/** The title `resourceLinksTitle` reads in the first paragraph of `markdown`. */
function titleOf(markdown: string): string | null {
  const notes = parseNotes(markdown, 'notes.md');
  return resourceLinksTitle(notes.tree.children[0] as Paragraph);
}

/** Each talk as "day | title". */
function talksIn(markdown: string): string[] {
  return buildConference(parseNotes(markdown, 'notes.md')).days.flatMap((day) =>
    day.sessions.map((session) => `${day.title} | ${session.title}`),
  );
}

describe('resourceLinksTitle', () => {
  it('reads the title before a colon, a dash, a bar or a parenthesis, in several languages', () => {
    expect(titleOf('Computing: The first 100 years: [Video](https://v.example/1)')).toBe(
      'Computing: The first 100 years',
    );
    expect(titleOf('Fast Builds - [Slides](https://s.example/1) & [Video](https://v.example/1)')).toBe('Fast Builds');
    expect(titleOf('Schnelle Tests | [Folien](https://s.example/1)')).toBe('Schnelle Tests');
    expect(titleOf('Le futur du Web ([vidéo](https://v.example/1), [diapos](https://s.example/1))')).toBe(
      'Le futur du Web',
    );
    expect(titleOf('前后端分离实践：[视频](https://v.example/1)')).toBe('前后端分离实践');
    expect(titleOf('대규모 서비스 운영 — [영상](https://v.example/1)')).toBe('대규모 서비스 운영');
  });

  it('reads reference links and a run of links joined by "&", ",", "and" or "y"', () => {
    const refs = '\n\n[a]: https://a.example\n[b]: https://b.example\n';
    expect(titleOf(`Shopify in Multiple Datacenters: [Interview][a] & [Video][b]${refs}`)).toBe(
      'Shopify in Multiple Datacenters',
    );
    expect(titleOf(`Fast Builds: [Slides][a], [Video][b]${refs}`)).toBe('Fast Builds');
    expect(titleOf(`Fast Builds: [Slides][a] and [Video][b]${refs}`)).toBe('Fast Builds');
    expect(titleOf(`Pruebas rápidas: [diapositivas][a] y [vídeo][b]${refs}`)).toBe('Pruebas rápidas');
  });

  it('needs one link of the run to name a recording or slides; the others may say anything', () => {
    const refs = '\n\n[a]: https://a.example\n[b]: https://b.example\n';
    expect(titleOf(`Resilient systems: [Notes from talk][a] & [Video][b]${refs}`)).toBe('Resilient systems');
    expect(titleOf(`Resilient systems: [Notes from talk][a] & [her blog][b]${refs}`)).toBeNull();
    expect(titleOf('Kubernetes docs: [here](https://k.example)')).toBeNull();
  });

  it('needs a separator before the links and a title of 3 to 160 characters that is no sentence', () => {
    expect(titleOf('Fast Builds [Video](https://v.example/1)')).toBeNull();
    expect(titleOf('Abc: [Video](https://v.example/1)')).toBe('Abc');
    expect(titleOf('Ab: [Video](https://v.example/1)')).toBeNull();
    expect(titleOf(`${'x'.repeat(160)}: [Video](https://v.example/1)`)).toBe('x'.repeat(160));
    expect(titleOf(`${'x'.repeat(161)}: [Video](https://v.example/1)`)).toBeNull();
    expect(titleOf('I loved it. ([slides](https://s.example/1))')).toBeNull();
    expect(titleOf('Was it good? - [Video](https://v.example/1)')).toBeNull();
  });

  it('reads no link that words follow, and no line without links', () => {
    expect(titleOf('Fast Builds: [Video](https://v.example/1) was great')).toBeNull();
    expect(titleOf('Fast Builds: video')).toBeNull();
  });
});

describe('resourceLinksTitle: at the edges of its patterns', () => {
  it('reads each label whole, in the singular and the plural, its case and spaces as written', () => {
    expect(titleOf('Charla rápida: [vídeo](https://v.example/1)')).toBe('Charla rápida');
    expect(titleOf('Charla rápida: [vídeos](https://v.example/1)')).toBe('Charla rápida');
    expect(titleOf('Le futur du Web | [vidéo](https://v.example/1)')).toBe('Le futur du Web');
    expect(titleOf('Fast Builds: [Slide](https://s.example/1)')).toBe('Fast Builds');
    expect(titleOf('Fast Builds: [ Video ](https://v.example/1)')).toBe('Fast Builds');
    expect(titleOf('대규모 서비스 운영: [발표자료](https://s.example/1)')).toBe('대규모 서비스 운영');
    expect(titleOf('대규모 서비스 운영: [발표 자료](https://s.example/1)')).toBe('대규모 서비스 운영');
    // A text that ends or begins as a label is none.
    expect(titleOf('Fast Builds: [her slides](https://s.example/1)')).toBeNull();
    expect(titleOf('Fast Builds: [Videography tips](https://v.example/1)')).toBeNull();
  });

  it('joins links by a joiner in any case, with more marks after it', () => {
    const refs = '\n\n[a]: https://a.example\n[b]: https://b.example\n';
    expect(titleOf(`Fast Builds: [Slides][a] And [Notes][b]${refs}`)).toBe('Fast Builds');
    expect(titleOf(`Fast Builds: [Slides][a] and / [Notes][b]${refs}`)).toBe('Fast Builds');
  });

  it('reads a bar that both joins and parts: the joiner before the first link belongs to the title', () => {
    expect(titleOf('**Fast Builds** | [Video](https://v.example/1)')).toBe('Fast Builds');
  });

  it('folds runs of spaces in the title, and lets a dot inside it', () => {
    expect(titleOf('Fast  Builds: [Video](https://v.example/1)')).toBe('Fast Builds');
    expect(titleOf('Node.js in production: [Video](https://v.example/1)')).toBe('Node.js in production');
    // A code span keeps a space it opens with: the title is trimmed.
    expect(titleOf('` npm ci`: [Video](https://v.example/1)')).toBe('npm ci');
  });

  it('takes only a text of a closing parenthesis after the run, and only plain text as a joiner', () => {
    expect(titleOf('Fast Builds: [Video](https://v.example/1) `)`')).toBeNull();
    expect(titleOf('Fast Builds: [Video](https://v.example/1) (sic)')).toBeNull();
    expect(titleOf('Le futur du Web ([vidéo](https://v.example/1)) et plus')).toBeNull();
    expect(titleOf('Fast Builds ([Video](https://v.example/1)x)')).toBeNull();
    expect(titleOf('Fast Builds ([Video](https://v.example/1))x')).toBeNull();
    expect(titleOf('Fast Builds: [Notes](https://s.example/1) `,` [Video](https://v.example/1)')).toBeNull();
  });

  it('reads no title from a line of links only', () => {
    expect(resourceLinksTitle({ type: 'paragraph', children: [] })).toBeNull();
    expect(titleOf('[Video](https://v.example/1)')).toBeNull();
    expect(titleOf('[Video](https://v.example/1) & [Slides](https://s.example/1)')).toBeNull();
  });
});

describe('resource links in a list', () => {
  it(`weighs an item so ${RESOURCE_LINKS_EVIDENCE}, a speaker's item still 1`, () => {
    const weigh = (markdown: string) => {
      const notes = parseNotes(markdown, 'notes.md');
      return itemEvidence((notes.tree.children[0] as List).children[0]!, false, notes.source);
    };
    expect(RESOURCE_LINKS_EVIDENCE).toBe(0.8);
    expect(weigh('- Fast Builds: [Video](https://v.example/1)')).toBe(RESOURCE_LINKS_EVIDENCE);
    expect(weigh('- Fast Builds by Jane Roe: [Video](https://v.example/1)')).toBe(1);
    expect(weigh('- Fast Builds: [her blog](https://v.example/1)')).toBe(0);
  });

  it('reads day lists of such items as talks, titled by the words before the links', () => {
    const markdown = [
      '# Fest 2016',
      '',
      '## Day one:',
      '',
      '* Computing: The first 100 years: [Interview][a] & [Video][b]',
      '* How secure are containers: [Video][b]',
      '* Low-res NLP for your life: [Slides][a] & [Video][b]',
      '',
      '## Day two:',
      '',
      '* Whirlwind tour of HTTP2: [Video][b]',
      '* From REST to GraphQL: [Slides][a] & [Video][b]',
      '* The Physical Web (slides: none): [Video][b]',
      '',
      '[a]: https://a.example',
      '[b]: https://b.example',
      '',
    ].join('\n');
    expect(talksIn(markdown)).toEqual([
      'Day one | Computing: The first 100 years',
      'Day one | How secure are containers',
      'Day one | Low-res NLP for your life',
      'Day two | Whirlwind tour of HTTP2',
      'Day two | From REST to GraphQL',
      'Day two | The Physical Web (slides: none)',
    ]);
  });

  it("opens the talk's notes with its line, reference links given their address", () => {
    const markdown = [
      '## Day one',
      '',
      '* Fast Builds: [Slides][a] & [Video][b]',
      '* Slow Tests: [Video][b]',
      '* Flaky Tests: [Video][b]',
      '',
      '[a]: https://a.example/slides',
      '[b]: https://b.example/video',
      '',
    ].join('\n');
    const [first] = buildConference(parseNotes(markdown, 'notes.md')).days[0]!.sessions;
    expect(first?.title).toBe('Fast Builds');
    expect(first?.blocks[0]).toMatchObject({
      markdown: 'Fast Builds: [Slides](<https://a.example/slides>) & [Video](<https://b.example/video>)',
    });
  });

  it('keeps a list of resources that names no talk as notes', () => {
    const notes = parseNotes(
      '- Docs: [here](https://a.example)\n- Code: [repo](https://b.example)\n- Blog: [post](https://c.example)\n',
      'notes.md',
    );
    expect(talksOfList(notes.tree.children[0] as List, notes.source, null, false)).toBeNull();
  });
});
