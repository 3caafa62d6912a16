// Conference notes with any number of sessions, deterministic, in the shape people write them:
// TOML front matter, a day per eight talks, "Title - Speaker, Org" headings, bullets and prose.
const TOPICS = [
  'GitOps',
  'eBPF',
  'service mesh',
  'OpenTelemetry',
  'Kubernetes operators',
  'WebAssembly',
  'supply chain security',
  'multi-cluster networking',
];
const VERBS = ['Scaling', 'Debugging', 'Securing', 'Observing', 'Migrating to', 'Testing'];
const PEOPLE = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Barbara Liskov', 'Ken Thompson', 'Margaret Hamilton'];
const ORGS = ['Acme', 'Initech', 'Globex', 'Umbrella', 'Hooli'];

/** Markdown notes with `sessions` talks, eight a day. */
export function generateNotes(sessions) {
  const lines = ['+++', `title = "Generated Conference ${sessions}"`, 'date = 2024-03-20', '+++', ''];
  for (let index = 0; index < sessions; index++) {
    if (index % 8 === 0) lines.push(`## Day ${index / 8 + 1}`, '');
    const topic = TOPICS[index % TOPICS.length];
    lines.push(
      `### ${VERBS[index % VERBS.length]} ${topic} at scale, part ${index + 1} - ${PEOPLE[index % PEOPLE.length]}, ${ORGS[index % ORGS.length]}`,
      '',
    );
    lines.push(
      `The speaker showed how ${topic} works in production for team ${index + 1}. It was one of the better talks of the day.`,
      '',
    );
    for (let point = 0; point < 4 + (index % 5); point++)
      lines.push(`- Point ${point + 1} about ${topic}: measure before changing anything (${index}.${point})`);
    lines.push(
      '',
      'Takeaways:',
      '',
      `- Try ${topic} on one service first`,
      `- Read the docs for talk ${index + 1}`,
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}
