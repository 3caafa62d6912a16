import { describe, expect, it } from 'vitest';
import { parseSessionHeading } from '../../src/model/sessionHeading.js';
import { parseSpeakerList, parseSpeakers } from '../../src/model/speakers/speakerLists.js';
import { displayCase, isAllCaps } from '../../src/model/titleCase.js';

describe('parseSessionHeading (headings from the KubeCon example)', () => {
  it('drops the "Session:" prefix and reads two speakers sharing one organisation', () => {
    const heading =
      'Session: How DoD Uses K8s and Flux to Achieve Compliance and Deployment Consistency - Michael Medellin & Gordon Tillman, Department of Defense';
    expect(parseSessionHeading(heading)).toEqual({
      title: 'How DoD Uses K8s and Flux to Achieve Compliance and Deployment Consistency',
      speakers: [
        { name: 'Michael Medellin', org: 'Department of Defense' },
        { name: 'Gordon Tillman', org: 'Department of Defense' },
      ],
    });
  });

  it('invents no speaker from a dashed ALL-CAPS title and shows the title in title case', () => {
    expect(parseSessionHeading('Session: CLOUDEVENTS - LOOKING BEYOND EVENT DELIVERY')).toEqual({
      title: 'Cloudevents - Looking Beyond Event Delivery',
      speakers: [],
    });
  });

  it('reads ALL-CAPS speakers each with their own organisation, title-cased', () => {
    const heading =
      'Session: HACKING INTO KUBERNETES SECURITY FOR BEGINNERS - ELLEN KÖRBES, TILT & TABITHA SABLE, DATADOG';
    expect(parseSessionHeading(heading)).toEqual({
      title: 'Hacking into Kubernetes Security for Beginners',
      speakers: [
        { name: 'Ellen Körbes', org: 'Tilt' },
        { name: 'Tabitha Sable', org: 'Datadog' },
      ],
    });
  });

  it('keeps a colon inside the title and splits at the last dash only', () => {
    const heading =
      'Session: Trust No One: Bringing Confidential Computing to Containers - Samuel Ortiz, Intel & Eric Ernst, Apple';
    expect(parseSessionHeading(heading)).toEqual({
      title: 'Trust No One: Bringing Confidential Computing to Containers',
      speakers: [
        { name: 'Samuel Ortiz', org: 'Intel' },
        { name: 'Eric Ernst', org: 'Apple' },
      ],
    });
  });

  it.each(['Keynote day 1', 'Keynote day 2', 'Interesting projects that require more research'])(
    'leaves "%s" as the title with no speaker',
    (heading) => {
      expect(parseSessionHeading(heading)).toEqual({ title: heading, speakers: [] });
    },
  );
});

describe('parseSpeakers', () => {
  it('gives the organisation written once after the last name to every speaker before it', () => {
    expect(parseSpeakers('Ann Lee & Bo Chen and Cy Diaz, ACME Corp')).toEqual([
      { name: 'Ann Lee', org: 'ACME Corp' },
      { name: 'Bo Chen', org: 'ACME Corp' },
      { name: 'Cy Diaz', org: 'ACME Corp' },
    ]);
  });

  it("keeps each speaker's own organisation", () => {
    expect(parseSpeakers('Ash Narkar, Styra & Oren Shomron, VMware')).toEqual([
      { name: 'Ash Narkar', org: 'Styra' },
      { name: 'Oren Shomron', org: 'VMware' },
    ]);
  });

  it.each(['LOOKING BEYOND EVENT DELIVERY', 'A New Way to Visualise Kubernetes', 'Kubernetes', 'Part 2', ''])(
    'returns null for "%s", which does not read as names',
    (text) => {
      expect(parseSpeakers(text)).toBeNull();
    },
  );
});

describe('isAllCaps', () => {
  it.each([
    ['CLOUDEVENTS - LOOKING BEYOND EVENT DELIVERY', true],
    ['ELLEN KÖRBES', true],
    ['How DoD Uses K8s and Flux', false],
    ['OPA', false], // too few letters to tell
    ['', false],
  ])('isAllCaps(%j) is %s', (text, expected) => {
    expect(isAllCaps(text)).toBe(expected);
  });
});

describe('displayCase', () => {
  it('title-cases an ALL-CAPS title, small words lower case except the first', () => {
    expect(displayCase('DEMYSTIFYING CLOUD NATIVE CONCEPTS FOR THE BUSINESS WORLD')).toBe(
      'Demystifying Cloud Native Concepts for the Business World',
    );
    expect(displayCase('THE ART OF HIDING YOURSELF')).toBe('The Art of Hiding Yourself');
  });

  it('keeps acronyms upper case in an ALL-CAPS title', () => {
    expect(displayCase('OPA AND CNCF ON K8S: AN API FOR RBAC')).toBe('OPA and CNCF on K8S: an API for RBAC');
    expect(displayCase('SEAMLESS MULTI-CLUSTER MTLS WITH LINKERD')).toBe('Seamless Multi-Cluster MTLS with Linkerd');
  });

  it.each([
    'How DoD Uses K8s and Flux to Achieve Compliance and Deployment Consistency',
    'When Prometheus Can’t Take the Load Anymore',
    'Notary v2: Supply Chain Security for Containers',
    'KubeCon / Cloud Native Con Europe 2021',
    'keynote day 1',
  ])('leaves mixed-case "%s" unchanged', (title) => {
    expect(displayCase(title)).toBe(title);
  });
});

describe('parseSessionHeading, each way of writing speakers', () => {
  it('reads the speaker first only where talks are numbered', () => {
    expect(parseSessionHeading('Talk 2: Cheryl Hung: 2.66 Million')).toEqual({
      title: '2.66 Million',
      speakers: [{ name: 'Cheryl Hung', org: null }],
    });
    expect(parseSessionHeading('talk 1. Dan Kohn - Stitching things together')).toEqual({
      title: 'Stitching things together',
      speakers: [{ name: 'Dan Kohn', org: null }],
    });
    expect(parseSessionHeading('Talk 3 — Jane Doe — Supply chains')).toEqual({
      title: 'Supply chains',
      speakers: [{ name: 'Jane Doe', org: null }],
    });
    // Without "Talk N", a name before a colon stays part of the title.
    expect(parseSessionHeading('Cheryl Hung: 2.66 Million')).toEqual({
      title: 'Cheryl Hung: 2.66 Million',
      speakers: [],
    });
    expect(parseSessionHeading('Talk 4: Scaling Kubernetes: lessons')).toEqual({
      title: 'Scaling Kubernetes: lessons',
      speakers: [],
    });
    expect(parseSessionHeading('Talk 5: Jane Doe:')).toEqual({ title: 'Jane Doe:', speakers: [] });
  });

  it('drops "Keynote session:" and a list letter from the title', () => {
    expect(parseSessionHeading('Keynote Session: Opening Remarks')).toEqual({ title: 'Opening Remarks', speakers: [] });
    expect(parseSessionHeading('B. Service Meshes Explained')).toEqual({
      title: 'Service Meshes Explained',
      speakers: [],
    });
    // A letter before one short word is the start of the title, not a list letter.
    expect(parseSessionHeading('A. I')).toEqual({ title: 'A. I', speakers: [] });
    // Nothing left after the prefix: the heading is kept as written.
    expect(parseSessionHeading('  Session:  ')).toEqual({ title: 'Session:', speakers: [] });
  });

  it('reads speakers in parentheses and after "by"', () => {
    expect(parseSessionHeading('Scaling Etcd (Jane Doe, John Roe)')).toEqual({
      title: 'Scaling Etcd',
      speakers: [
        { name: 'Jane Doe', org: null },
        { name: 'John Roe', org: null },
      ],
    });
    expect(parseSessionHeading('Scaling Etcd (Jane Doe (Acme))')).toEqual({
      title: 'Scaling Etcd (Jane Doe (Acme))',
      speakers: [],
    });
    expect(parseSessionHeading('Scaling Etcd (the hard way)')).toEqual({
      title: 'Scaling Etcd (the hard way)',
      speakers: [],
    });
    expect(parseSessionHeading('Scaling Etcd, by Jane Doe')).toEqual({
      title: 'Scaling Etcd',
      speakers: [{ name: 'Jane Doe', org: null }],
    });
    expect(parseSessionHeading('Scaling Etcd BY Jane Doe, Acme')).toEqual({
      title: 'Scaling Etcd',
      speakers: [{ name: 'Jane Doe', org: 'Acme' }],
    });
    // Medium writes a hair space either side of the dash; "Ciao—by" is one word-dash and no speaker's.
    expect(parseSessionHeading('Building a Platform: Webpack and the Future\u200a—\u200aBy Sean Larkin')).toEqual({
      title: 'Building a Platform: Webpack and the Future',
      speakers: [{ name: 'Sean Larkin', org: null }],
    });
    expect(parseSessionHeading('Mieux tester son code - par Jeanne Roux').title).toBe('Mieux tester son code');
    expect(parseSessionHeading('Pruebas legibles – por Ana Gómez').title).toBe('Pruebas legibles');
    expect(parseSessionHeading('Sauberer Code ― von Hans Müller').title).toBe('Sauberer Code');
    expect(parseSessionHeading('Scaling Etcd - - by Jane Doe').title).toBe('Scaling Etcd -');
    expect(parseSessionHeading('Scaling Etcd-by Jane Doe')).toEqual({
      title: 'Scaling Etcd-by Jane Doe',
      speakers: [],
    });
    expect(parseSessionHeading('Stand by Me and the Cluster')).toEqual({
      title: 'Stand by Me and the Cluster',
      speakers: [],
    });
  });

  it('needs a title before the dash and names after it', () => {
    expect(parseSessionHeading(' - Jane Doe')).toEqual({ title: '- Jane Doe', speakers: [] });
    expect(parseSessionHeading('Etcd – Jane Doe')).toEqual({
      title: 'Etcd',
      speakers: [{ name: 'Jane Doe', org: null }],
    });
    expect(parseSessionHeading('Etcd - Deep Dive')).toEqual({ title: 'Etcd - Deep Dive', speakers: [] });
  });
});

describe('parseSpeakers, the names it accepts', () => {
  it('takes two to four capitalised words, one only with an organisation', () => {
    expect(parseSpeakers('Ann Marie van Berg')).toEqual([{ name: 'Ann Marie van Berg', org: null }]);
    expect(parseSpeakers('Ann Marie Lou van Berg')).toBeNull();
    expect(parseSpeakers('Madonna')).toBeNull();
    expect(parseSpeakers('Madonna, Acme')).toEqual([{ name: 'Madonna', org: 'Acme' }]);
  });

  it('refuses words of talk titles, noun endings, digits and punctuation', () => {
    for (const text of [
      'Deep Dive',
      'Jane Observability',
      'Data Deployment',
      'Jane Doe 2',
      'Jane: Doe',
      'Jane Doe?',
      'Jane (Doe)',
      'Jane "Doe"',
      'Jane/Doe Roe',
      'jane doe',
    ])
      expect(parseSpeakers(text), text).toBeNull();
  });

  it('takes name particles in lower case and names in scripts without case', () => {
    expect(parseSpeakers('Ludwig van Beethoven')).toEqual([{ name: 'Ludwig van Beethoven', org: null }]);
    expect(parseSpeakers('王 小明')).toEqual([{ name: '王 小明', org: null }]);
  });

  it('keeps an "&" inside a job title with the speaker it belongs to', () => {
    expect(parseSpeakers('Jane Doe, VP, Services & GM, Acme')).toEqual([{ name: 'Jane Doe', org: 'Acme' }]);
    expect(parseSpeakers('Jane Doe, Acme & John Roe, Beta')).toEqual([
      { name: 'Jane Doe', org: 'Acme' },
      { name: 'John Roe', org: 'Beta' },
    ]);
    // A one-word name after "&" starts no speaker: "Jane Doe & Madonna" is then no name at all.
    expect(parseSpeakers('Jane Doe & Madonna, Acme')).toBeNull();
  });

  it('gives the shared organisation only to speakers that have none', () => {
    expect(parseSpeakers('Ann Lee, Acme & Bo Chen & Cy Diaz, Beta')).toEqual([
      { name: 'Ann Lee', org: 'Acme' },
      { name: 'Bo Chen', org: 'Beta' },
      { name: 'Cy Diaz', org: 'Beta' },
    ]);
    expect(parseSpeakers('Ann Lee & Bo Chen')).toEqual([
      { name: 'Ann Lee', org: null },
      { name: 'Bo Chen', org: null },
    ]);
  });
});

describe('parseSpeakerList', () => {
  it('reads names with an organisation in parentheses, split at commas, semicolons, "&" and "and"', () => {
    expect(parseSpeakerList('Jane Doe (Acme); John Roe and Ann Lee & Bo Chen')).toEqual([
      { name: 'Jane Doe', org: 'Acme' },
      { name: 'John Roe', org: null },
      { name: 'Ann Lee', org: null },
      { name: 'Bo Chen', org: null },
    ]);
    expect(parseSpeakerList('Dr. Jane Doe, Prof John Roe')).toEqual([
      // A title before a name says it is one; the speaker is the name (test/unit/academicTitles.test.ts).
      { name: 'Jane Doe', org: null },
      { name: 'John Roe', org: null },
    ]);
    expect(parseSpeakerList('Jane Doe, the team')).toBeNull();
    expect(parseSpeakerList(' , ')).toBeNull();
  });

  it("takes labelled names as written, and a last one-word entry as everyone's organisation", () => {
    expect(parseSpeakerList('moses schwartz, andy culler, Box', true)).toEqual([
      { name: 'moses schwartz', org: 'Box' },
      { name: 'andy culler', org: 'Box' },
    ]);
    // Two entries: the one-word second is a name, not an organisation.
    expect(parseSpeakerList('Jane Doe, Madonna', true)).toEqual([
      { name: 'Jane Doe', org: null },
      { name: 'Madonna', org: null },
    ]);
    expect(parseSpeakerList('Jane Doe, John Roe, Ann Lee', true)).toEqual([
      { name: 'Jane Doe', org: null },
      { name: 'John Roe', org: null },
      { name: 'Ann Lee', org: null },
    ]);
    expect(parseSpeakerList('a b c d e', true)).toEqual([{ name: 'a b c d e', org: null }]);
    expect(parseSpeakerList('a b c d e f', true)).toBeNull();
    for (const text of ['Jane: Doe', 'Jane!', 'Why?', '@jane']) expect(parseSpeakerList(text, true), text).toBeNull();
  });
});

describe('parseSessionHeading, how prefixes and separators are written', () => {
  it('reads "Talk N" in any case, with spaces and any separator', () => {
    for (const heading of [
      '  TALK 12 : Jane Doe: Scaling the Cluster',
      'Talk 1:Jane Doe: Scaling the Cluster',
      'talk 3 – Jane Doe – Scaling the Cluster',
      'Talk 4— Jane Doe — Scaling the Cluster',
      'Talk 5. Jane Doe - Scaling the Cluster',
    ])
      expect(parseSessionHeading(heading), heading).toEqual({
        title: 'Scaling the Cluster',
        speakers: [{ name: 'Jane Doe', org: null }],
      });
    expect(parseSessionHeading('Talk3: Jane Doe: Scaling the Cluster')).toEqual({
      title: 'Talk3: Jane Doe: Scaling the Cluster',
      speakers: [],
    });
    expect(parseSessionHeading('Talk X: Jane Doe: Scaling the Cluster')).toEqual({
      title: 'Talk X: Jane Doe: Scaling the Cluster',
      speakers: [],
    });
    expect(parseSessionHeading('My Talk 1: Jane Doe: Scaling the Cluster')).toEqual({
      title: 'My Talk 1: Jane Doe: Scaling the Cluster',
      speakers: [],
    });
  });

  it('reads "Session:" with spaces around its colon, at the start only', () => {
    expect(parseSessionHeading(' session : Scaling Etcd')).toEqual({ title: 'Scaling Etcd', speakers: [] });
    expect(parseSessionHeading('KEYNOTE  SESSION:Scaling Etcd')).toEqual({ title: 'Scaling Etcd', speakers: [] });
    expect(parseSessionHeading('Sessions: Scaling Etcd')).toEqual({ title: 'Sessions: Scaling Etcd', speakers: [] });
    expect(parseSessionHeading('Breakout Session: Scaling Etcd')).toEqual({
      title: 'Breakout Session: Scaling Etcd',
      speakers: [],
    });
  });

  it('drops a capital letter and dot before a space only', () => {
    expect(parseSessionHeading('  C.  Scaling Etcd')).toEqual({ title: 'Scaling Etcd', speakers: [] });
    expect(parseSessionHeading('b. Scaling Etcd')).toEqual({ title: 'b. Scaling Etcd', speakers: [] });
    expect(parseSessionHeading('B.Scaling Etcd')).toEqual({ title: 'B.Scaling Etcd', speakers: [] });
    expect(parseSessionHeading('AB. Scaling Etcd')).toEqual({ title: 'AB. Scaling Etcd', speakers: [] });
  });

  it('splits at a dash with spaces around it only', () => {
    expect(parseSessionHeading('Scaling Etcd  —  Jane Doe')).toEqual({
      title: 'Scaling Etcd',
      speakers: [{ name: 'Jane Doe', org: null }],
    });
    expect(parseSessionHeading('Scaling Etcd—Jane Doe')).toEqual({ title: 'Scaling Etcd—Jane Doe', speakers: [] });
    expect(parseSessionHeading('Talk 1: Jane Doe-Scaling Etcd')).toEqual({
      title: 'Jane Doe-Scaling Etcd',
      speakers: [],
    });
  });

  it('reads speakers in parentheses at the end only, with or without a space before', () => {
    expect(parseSessionHeading('Scaling Etcd(Jane Doe)')).toEqual({
      title: 'Scaling Etcd',
      speakers: [{ name: 'Jane Doe', org: null }],
    });
    expect(parseSessionHeading('Scaling (Jane Doe) Etcd')).toEqual({ title: 'Scaling (Jane Doe) Etcd', speakers: [] });
  });

  it('reads "by" with spaces around it only', () => {
    expect(parseSessionHeading('Scaling Etcd  by  Jane Doe')).toEqual({
      title: 'Scaling Etcd',
      speakers: [{ name: 'Jane Doe', org: null }],
    });
    expect(parseSessionHeading('Scaling Etcd nearby Jane Doe')).toEqual({
      title: 'Scaling Etcd nearby Jane Doe',
      speakers: [],
    });
  });
});

describe('looksLikeName through parseSpeakers, word by word', () => {
  it('refuses names ending like nouns, in any case, at the end of a word only', () => {
    for (const name of [
      'Jane Vision',
      'Jane Station',
      'Jane Deployment',
      'Jane City',
      'Jane Kinetics',
      'Jane Biology',
      'Jane Leadership',
      'Jane Software',
      'JANE DEPLOYMENT',
    ])
      expect(parseSpeakers(name), name).toBeNull();
    expect(parseSpeakers('Tionne Mentor')).toEqual([{ name: 'Tionne Mentor', org: null }]);
  });

  it('needs each word to start with a capital, a particle or a letter of a script without case', () => {
    expect(parseSpeakers('jANE Doe')).toBeNull();
    expect(parseSpeakers('Jane dOE')).toBeNull();
    // Latin and CJK words mixed read as a title ("Docker Web 管理界面"), not as a name.
    expect(parseSpeakers('Jane 王')).toBeNull();
    expect(parseSpeakers('王 小明')).toEqual([{ name: '王 小明', org: null }]);
  });

  it('splits speakers at "&" with or without spaces, and at "and" with spaces', () => {
    expect(parseSpeakers('Ann Lee&Bo Chen')).toEqual([
      { name: 'Ann Lee', org: null },
      { name: 'Bo Chen', org: null },
    ]);
    expect(parseSpeakers('Ann Lee  and  Bo Chen')).toEqual([
      { name: 'Ann Lee', org: null },
      { name: 'Bo Chen', org: null },
    ]);
    expect(parseSpeakers('Ann Leeand Bo Chen')).toEqual([{ name: 'Ann Leeand Bo Chen', org: null }]);
  });

  it('drops "Dr" or "Prof" before judging a listed name', () => {
    // Dropped from the name shown too (test/unit/academicTitles.test.ts).
    expect(parseSpeakerList('Prof. Ann Marie van Berg')).toEqual([{ name: 'Ann Marie van Berg', org: null }]);
    expect(parseSpeakerList('dr Ann Marie van Berg')).toEqual([{ name: 'Ann Marie van Berg', org: null }]);
    expect(parseSpeakerList('Drew Ann Marie van Berg')).toBeNull();
  });

  it('splits a list at commas and semicolons with any spaces', () => {
    expect(parseSpeakerList('Ann Lee ,Bo Chen;Cy Diaz')).toEqual([
      { name: 'Ann Lee', org: null },
      { name: 'Bo Chen', org: null },
      { name: 'Cy Diaz', org: null },
    ]);
  });
});

describe('sessionHeading, edge spaces and empty parts', () => {
  it('drops empty speakers and organisations', () => {
    expect(parseSpeakers('Ann Lee &')).toEqual([{ name: 'Ann Lee', org: null }]);
    expect(parseSpeakers('Jane Doe,')).toEqual([{ name: 'Jane Doe', org: null }]);
    expect(parseSpeakers(', ')).toBeNull();
    expect(parseSpeakerList(' Ann Lee ')).toEqual([{ name: 'Ann Lee', org: null }]);
    expect(parseSpeakerList('Jane Doe ( Acme )')).toEqual([{ name: 'Jane Doe', org: 'Acme' }]);
  });

  it('starts no speaker at a one-word role written with a space before its comma', () => {
    expect(parseSpeakers('Jane Doe, VP, Services & GM , Acme')).toEqual([{ name: 'Jane Doe', org: 'Acme' }]);
  });

  it('splits a list at "&" without spaces, and takes a one-word name in a list', () => {
    expect(parseSpeakerList('Ann Lee&Bo Chen')).toEqual([
      { name: 'Ann Lee', org: null },
      { name: 'Bo Chen', org: null },
    ]);
    expect(parseSpeakerList('Madonna')).toEqual([{ name: 'Madonna', org: null }]);
  });

  it('drops "Dr" with or without its dot, at the start only', () => {
    expect(parseSpeakerList('Dr Ann Marie van Berg')).toEqual([{ name: 'Ann Marie van Berg', org: null }]);
    expect(parseSpeakerList('Ann Marie Lee Dr Roe')).toBeNull();
  });

  it("counts labelled names' words however they are spaced", () => {
    expect(parseSpeakerList('a b  c d e', true)).toEqual([{ name: 'a b  c d e', org: null }]);
  });

  it('takes a letter of a script without case only at the start of a word', () => {
    expect(parseSpeakers('Jane x王')).toBeNull();
  });

  it('reads prefixes at the start of the heading only', () => {
    expect(parseSessionHeading('MyTalk 1: Jane Doe: Scaling the Cluster')).toEqual({
      title: 'MyTalk 1: Jane Doe: Scaling the Cluster',
      speakers: [],
    });
    expect(parseSessionHeading('Talk  7: Jane Doe: Scaling the Cluster')).toEqual({
      title: 'Scaling the Cluster',
      speakers: [{ name: 'Jane Doe', org: null }],
    });
    expect(parseSessionHeading('MySession: Scaling Etcd')).toEqual({ title: 'MySession: Scaling Etcd', speakers: [] });
    expect(parseSessionHeading('Scaling B. Etcd Ops')).toEqual({ title: 'Scaling B. Etcd Ops', speakers: [] });
  });
});

describe('parseSessionHeading: a label naming the kind of slot before a colon', () => {
  it('drops the label before the title, in several languages, and keeps a colon inside the title', () => {
    expect(parseSessionHeading('Talk: The practice of TDD: Tips and tricks by Antonio Roe')).toEqual({
      title: 'The practice of TDD: Tips and tricks',
      speakers: [{ name: 'Antonio Roe', org: null }],
    });
    expect(parseSessionHeading('Keynote: Be Kind to Your Pager by Jane Roe')).toEqual({
      title: 'Be Kind to Your Pager',
      speakers: [{ name: 'Jane Roe', org: null }],
    });
    expect(parseSessionHeading('Opening keynote: Calm Deploys - Jane Roe').title).toBe('Calm Deploys');
    expect(parseSessionHeading('Lightning talk: Tiny parsers in Rust').title).toBe('Tiny parsers in Rust');
    expect(parseSessionHeading('Keynote: Opening Remarks').title).toBe('Opening Remarks');
    expect(parseSessionHeading('WORKSHOP:Rust for Pythonistas').title).toBe('Rust for Pythonistas');
    expect(parseSessionHeading('Vortrag: Sichere APIs von Jana Roth')).toEqual({
      title: 'Sichere APIs',
      speakers: [{ name: 'Jana Roth', org: null }],
    });
    expect(parseSessionHeading('Palestra: Testes que ajudam').title).toBe('Testes que ajudam');
    expect(parseSessionHeading('Conférence : Le Web en 2030').title).toBe('Le Web en 2030');
    expect(parseSessionHeading('Доклад: Быстрые сборки').title).toBe('Быстрые сборки');
    expect(parseSessionHeading('発表：Swiftの未来').title).toBe('Swiftの未来');
  });

  it('keeps a label before a lone name, a label with nothing after it, and a word that only starts like a label', () => {
    expect(parseSessionHeading('Keynote: Jane Roe')).toEqual({ title: 'Keynote: Jane Roe', speakers: [] });
    // Two capitalised words read as a name too: the label stays rather than leave a person as the title.
    expect(parseSessionHeading('Talk: Tiny Parsers').title).toBe('Talk: Tiny Parsers');
    expect(parseSessionHeading('Talk:')).toEqual({ title: 'Talk:', speakers: [] });
    expect(parseSessionHeading('Talking: Why Words Matter').title).toBe('Talking: Why Words Matter');
    expect(parseSessionHeading('Small talk: Why Words Matter').title).toBe('Small talk: Why Words Matter');
  });
});

describe('parseSessionHeading: the by-word written twice', () => {
  it('leaves no "by" at the end of the title, in each language that has a by-word', () => {
    expect(parseSessionHeading('Image generation with Tensorflow by By Jane Roe')).toEqual({
      title: 'Image generation with Tensorflow',
      speakers: [{ name: 'Jane Roe', org: null }],
    });
    expect(parseSessionHeading('Le Web moderne par par Jeanne Roux').title).toBe('Le Web moderne');
    expect(parseSessionHeading('Sichere APIs von Von Jana Roth').title).toBe('Sichere APIs');
  });

  it('keeps a word that only ends like a by-word', () => {
    expect(parseSessionHeading('Learning Ruby by Jane Roe').title).toBe('Learning Ruby');
    expect(parseSessionHeading('Stand-by pages by Jane Roe').title).toBe('Stand-by pages');
    expect(parseSessionHeading('Going Derby by Jane Roe').title).toBe('Going Derby');
  });
});

describe('parseSessionHeading: a subtitle ending in a product or an acronym (issue 13)', () => {
  it('reads no speaker after the dash where a word ends in capitals after a small letter', () => {
    expect(parseSessionHeading('Open Gateway - Decentralized IoT')).toEqual({
      title: 'Open Gateway - Decentralized IoT',
      speakers: [],
    });
    expect(parseSessionHeading('APIs - Schema First GraphQL').speakers).toEqual([]);
    expect(parseSessionHeading('Open Gateway - Jane Roe').speakers).toEqual([{ name: 'Jane Roe', org: null }]);
  });
});

describe('parseSessionHeading: a name and where the person works, in parentheses', () => {
  const read = (heading: string) => {
    const { title, speakers } = parseSessionHeading(heading);
    return [title, speakers.map(({ name, org }) => (org === null ? name : `${name} @ ${org}`))];
  };

  it('reads a full name, then one word or a company, as one person of that company', () => {
    expect(read('Calm Systems (Jane Roe, Acme)')).toEqual(['Calm Systems', ['Jane Roe @ Acme']]);
    expect(read('Calm Systems (Jane Roe, Example Corp)')).toEqual(['Calm Systems', ['Jane Roe @ Example Corp']]);
    expect(read('Calm Systems（Jane Roe, Acme）')).toEqual(['Calm Systems', ['Jane Roe @ Acme']]);
    expect(read('Calm Systems (Jane Roe, @jroe)')).toEqual(['Calm Systems', ['Jane Roe']]);
  });

  it('reads a name after a bar or a slash with her organisation in parentheses', () => {
    expect(read('Bindings to JavaScript libraries | Herman Sontrop (Friss)')).toEqual([
      'Bindings to JavaScript libraries',
      ['Herman Sontrop @ Friss'],
    ]);
    expect(read('Calm Systems / Jane Roe (Acme) / John Doe')).toEqual([
      'Calm Systems',
      ['Jane Roe @ Acme', 'John Doe'],
    ]);
  });

  it('reads two full names, three parts or a lone word first as the list it is', () => {
    expect(read('Calm Systems (Jane Roe, John Doe)')).toEqual(['Calm Systems', ['Jane Roe', 'John Doe']]);
    expect(read('Calm Systems (Jane Roe, Ann Lee, John Doe)')).toEqual([
      'Calm Systems',
      ['Jane Roe', 'Ann Lee', 'John Doe'],
    ]);
    expect(read('Calm Systems (Matz, Koichi)')).toEqual(['Calm Systems', ['Matz', 'Koichi']]);
    // Two words after the comma may be a second person's name: the list it was.
    expect(read('Calm Systems (Jane Roe, Red Hat)')).toEqual(['Calm Systems', ['Jane Roe', 'Red Hat']]);
  });
});
