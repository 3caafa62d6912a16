import { describe, expect, it } from 'vitest';
import { handleLead } from '../../src/model/speakers/handleLeads.js';

const named = (title: string, ...names: string[]) => ({ title, speakers: names.map((name) => ({ name, org: null })) });

describe('handleLead: a name and its handle in parentheses, then the title', () => {
  it('reads the name before the handle as the speaker and the rest as the title, in several languages', () => {
    expect(handleLead('Maggie Pint (@maggiepint) - Patterns for JavaScript Library Design')).toEqual(
      named('Patterns for JavaScript Library Design', 'Maggie Pint'),
    );
    expect(handleLead('Ana Gómez (@agomez) – Charla sobre Vue')).toEqual(named('Charla sobre Vue', 'Ana Gómez'));
    expect(handleLead('Marie Curie (@mcurie) : Les files d’attente')).toEqual(
      named('Les files d’attente', 'Marie Curie'),
    );
    expect(handleLead('Jane Roe （@jroe）：负载均衡')).toEqual(named('负载均衡', 'Jane Roe'));
    expect(handleLead('  Jane Roe ( @jroe ) — Title here  ')).toEqual(named('Title here', 'Jane Roe'));
  });

  it('takes one word as a name where the handle says it is a person', () => {
    expect(handleLead('Surma (@DasSurma): Streams for Everyone')).toEqual(named('Streams for Everyone', 'Surma'));
    expect(handleLead('Charity Majors (@mipsytipsy) - Observability for Emerging Infra')).toEqual(
      named('Observability for Emerging Infra', 'Charity Majors'),
    );
  });

  it('reads several names, each with a handle, joined as names are', () => {
    expect(handleLead('Jane Roe (@jroe) & John Doe (@jdoe): Pairing at Scale')).toEqual(
      named('Pairing at Scale', 'Jane Roe', 'John Doe'),
    );
    expect(handleLead('Jan Roe (@jroe) und Jens Doe (@jdoe) - Testen im Betrieb')).toEqual(
      named('Testen im Betrieb', 'Jan Roe', 'Jens Doe'),
    );
    expect(handleLead('Ana Gómez (@agomez) y Luis Pérez (@lperez): Charla sobre Vue')).toEqual(
      named('Charla sobre Vue', 'Ana Gómez', 'Luis Pérez'),
    );
  });

  it('refuses a tail that says who the person is: a role or an organisation', () => {
    expect(handleLead('Jane Roe (@jroe) - CTO at Example')).toBeNull();
    expect(handleLead('Jane Roe (@jroe) - Senior Engineer')).toBeNull();
    expect(handleLead('Jane Roe (@jroe) - Example Corp')).toBeNull();
  });

  it('needs a handle, a name before it and a separator after it', () => {
    expect(handleLead('Jane Roe - Patterns for Library Design')).toBeNull();
    expect(handleLead('Jane Roe (jroe) - Patterns for Library Design')).toBeNull();
    expect(handleLead('Talk about things (@jroe) - Patterns')).toBeNull();
    expect(handleLead('Jane Roe (@jroe) Patterns for Library Design')).toBeNull();
    expect(handleLead('Jane Roe (@jroe) -')).toBeNull();
  });

  it('reads a line with a line break at its end, and a handle glued to its name or to the next name', () => {
    expect(handleLead('Jane Roe (@jroe) - Title here\n')).toEqual(named('Title here', 'Jane Roe'));
    expect(handleLead('Jane Roe(@jroe) - Título aquí')).toEqual(named('Título aquí', 'Jane Roe'));
    expect(handleLead('Jane Roe (@jroe)&John Doe (@jdoe): Pairing at Scale')).toEqual(
      named('Pairing at Scale', 'Jane Roe', 'John Doe'),
    );
    expect(handleLead('Jane  Roe (@jroe) - Title here')).toEqual(named('Title here', 'Jane Roe'));
    expect(handleLead('Jane Roe (@jroe) -  Title here')).toEqual(named('Title here', 'Jane Roe'));
  });

  it('takes the whole line: nothing before the first name, nothing between a handle and the separator, one line', () => {
    expect(handleLead('(Keynote) Jane Roe (@jroe) - Title here')).toBeNull();
    expect(handleLead('Jane Roe (@jroe) - Title here\nand a second line')).toBeNull();
    expect(handleLead('Jane Roe (@jroe)x - Title here')).toBeNull();
    expect(handleLead('Jane Roe (@jroe)Smith - Title here')).toBeNull();
    // A mark glued to the handle joins no names: the handle's place is a space.
    expect(handleLead('Jane Roe (@jroe)、John Doe (@jdoe): Title here')).toBeNull();
    expect(handleLead('Jane Roe (@jroe)x- Title here')).toBeNull();
    expect(handleLead('Jane Roe (@jroe) andrew - Title here')).toBeNull();
    expect(handleLead('Jane Roe (@jroe) undine - Title here')).toBeNull();
    expect(handleLead('Jane Roe (@jroe) etal - Title here')).toBeNull();
    expect(handleLead('Jane Roe (@jroe) yes - Title here')).toBeNull();
    expect(handleLead('Jane Roe (@jroe) eve - Title here')).toBeNull();
  });
});
