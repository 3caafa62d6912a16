import type { Session } from '../model/types.js';

/** "Jane Doe & Max Roe · Acme; Kim Li": speakers grouped by organisation, in the order given. */
export function speakersLine(session: Session): string {
  const groups: { org: string | null; names: string[] }[] = [];
  for (const speaker of session.speakers) {
    const last = groups.at(-1);
    if (last && last.org === speaker.org) last.names.push(speaker.name);
    else groups.push({ org: speaker.org, names: [speaker.name] });
  }
  return groups.map((group) => `${group.names.join(' & ')}${group.org ? ` · ${group.org}` : ''}`).join('; ');
}
