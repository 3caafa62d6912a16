import { describe, expect, it } from 'vitest';
import { parseSessionHeading } from '../../src/model/sessionHeading.js';
import { parseSpeakers } from '../../src/model/speakers/names.js';
import { displayCase, isAllCaps } from '../../src/model/titleCase.js';

describe('parseSessionHeading (headings from the KubeCon example)', () => {
  it('drops the "Session:" prefix and reads two speakers sharing one organisation', () => {
    const heading = 'Session: How DoD Uses K8s and Flux to Achieve Compliance and Deployment Consistency - Michael Medellin & Gordon Tillman, Department of Defense';
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
    const heading = 'Session: HACKING INTO KUBERNETES SECURITY FOR BEGINNERS - ELLEN KÖRBES, TILT & TABITHA SABLE, DATADOG';
    expect(parseSessionHeading(heading)).toEqual({
      title: 'Hacking into Kubernetes Security for Beginners',
      speakers: [
        { name: 'Ellen Körbes', org: 'Tilt' },
        { name: 'Tabitha Sable', org: 'Datadog' },
      ],
    });
  });

  it('keeps a colon inside the title and splits at the last dash only', () => {
    const heading = 'Session: Trust No One: Bringing Confidential Computing to Containers - Samuel Ortiz, Intel & Eric Ernst, Apple';
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

  it('keeps each speaker\'s own organisation', () => {
    expect(parseSpeakers('Ash Narkar, Styra & Oren Shomron, VMware')).toEqual([
      { name: 'Ash Narkar', org: 'Styra' },
      { name: 'Oren Shomron', org: 'VMware' },
    ]);
  });

  it.each([
    'LOOKING BEYOND EVENT DELIVERY',
    'A New Way to Visualise Kubernetes',
    'Kubernetes',
    'Part 2',
    '',
  ])('returns null for "%s", which does not read as names', (text) => {
    expect(parseSpeakers(text)).toBeNull();
  });
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
    expect(displayCase('DEMYSTIFYING CLOUD NATIVE CONCEPTS FOR THE BUSINESS WORLD')).toBe('Demystifying Cloud Native Concepts for the Business World');
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
