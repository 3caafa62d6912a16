import { describe, expect, it } from 'vitest';
import { displayCase, isAllCaps } from '../../src/model/titleCase.js';

describe('isAllCaps: at least 4 letters, more than 9 in 10 of them capitals', () => {
  it('needs 4 letters, not 3, counting letters only', () => {
    expect(isAllCaps('ABCD')).toBe(true);
    expect(isAllCaps('ABC')).toBe(false);
    expect(isAllCaps('A1B2C3')).toBe(false);
    expect(isAllCaps('AB 12 CD')).toBe(true);
    expect(isAllCaps('ÉTÉ À')).toBe(true);
  });

  it('reads 19 capitals of 20 letters as capitals, 9 of 10 not', () => {
    expect(isAllCaps(`${'A'.repeat(19)}b`)).toBe(true);
    expect(isAllCaps(`${'A'.repeat(9)}b`)).toBe(false);
    expect(isAllCaps('abcd')).toBe(false);
  });
});

describe('displayCase', () => {
  it('keeps every known acronym upper case', () => {
    const acronyms =
      'AI API APIS AWS CD CI CI/CD CLI CNCF CPU CRD CRDS CSP DNS DOD EKS GKE GPU HA HTTP HTTPS IBM IO IOT IP JSON ' +
      'ML MTLS OPA OS PKI RBAC SDK SIG SRE SQL SSO TAG TLS UI URL UX VM VMS WASM YAML GRPC EBPF OCI CRI CNI CSI SBOM';
    expect(displayCase(`WORDS ${acronyms}`)).toBe(`Words ${acronyms}`);
  });

  it('writes every small word lower case, except the first', () => {
    const small = 'a an and as at but by for from in into nor of on or over the to vs via with';
    expect(displayCase(`WORDS ${small.toUpperCase()}`)).toBe(`Words ${small}`);
    expect(displayCase('OF MICE AND MEN')).toBe('Of Mice and Men');
  });

  it('reads a word through its apostrophes, dots, dashes and slashes, capitalised after a dash or slash', () => {
    expect(displayCase("DON'T PANIC")).toBe("Don't Panic");
    expect(displayCase('CAN’T STOP')).toBe('Can’t Stop');
    expect(displayCase('NODE.JS TODAY')).toBe('Node.js Today');
    expect(displayCase('MULTI-CLUSTER INPUT/OUTPUT')).toBe('Multi-Cluster Input/Output');
  });

  it('keeps words with digits as written, a number counting as the first word', () => {
    expect(displayCase('3D PRINTING OF THE FUTURE')).toBe('3D Printing of the Future');
    expect(displayCase('2 OF THE BEST')).toBe('2 of the Best');
  });

  it('leaves text that is not all capitals unchanged', () => {
    expect(displayCase('Of MICE and men')).toBe('Of MICE and men');
  });
});
