const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'from',
  'in',
  'into',
  'nor',
  'of',
  'on',
  'or',
  'over',
  'the',
  'to',
  'vs',
  'via',
  'with',
]);

/** Acronyms kept upper case when an ALL-CAPS title is shown in title case. */
const ACRONYMS = new Set([
  'AI',
  'API',
  'APIS',
  'AWS',
  'CD',
  'CI',
  'CI/CD',
  'CLI',
  'CNCF',
  'CPU',
  'CRD',
  'CRDS',
  'CSP',
  'DNS',
  'DOD',
  'EKS',
  'GKE',
  'GPU',
  'HA',
  'HTTP',
  'HTTPS',
  'IBM',
  'IO',
  'IOT',
  'IP',
  'JSON',
  // Stryker disable next-line StringLiteral: a word with a digit is kept as written anyway
  'K8S',
  'ML',
  'MTLS',
  'OPA',
  'OS',
  'PKI',
  'RBAC',
  'SDK',
  'SIG',
  'SRE',
  'SQL',
  'SSO',
  'TAG',
  'TLS',
  'UI',
  'UK',
  'URL',
  'UX',
  'VM',
  'VMS',
  'WASM',
  'YAML',
  'GRPC',
  'EBPF',
  'OCI',
  'CRI',
  'CNI',
  'CSI',
  'SBOM',
]);

/** A word of capitals without a vowel is an acronym wherever it comes from: `CSS`, `SVG`, `HTML`, `WTF` (not `MY`, `WHY`, nor a small word: `VS`). */
const VOWELLESS_ACRONYM = /^[B-DF-HJ-NP-TV-XZ]{2,5}$/;

/** True when a text is written in capitals (ignoring words that are not letters). */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length > 0.9;
}

/** "DEMYSTIFYING CLOUD NATIVE FOR THE BUSINESS" → "Demystifying Cloud Native for the Business"; other text unchanged. */
export function displayCase(text: string): string {
  if (!isAllCaps(text)) return text;
  let first = true;
  return text.replace(/[\p{L}\p{N}][\p{L}\p{N}'’/.-]*/gu, (word) => {
    const isFirst = first;
    first = false;
    if (
      ACRONYMS.has(word.toUpperCase()) ||
      (VOWELLESS_ACRONYM.test(word) && !SMALL_WORDS.has(word.toLowerCase())) ||
      /\d/.test(word)
    )
      return word;
    const lower = word.toLocaleLowerCase();
    if (!isFirst && SMALL_WORDS.has(lower)) return lower;
    return lower.replace(
      /(^|[-/])(\p{L})/gu,
      (_match, sep: string, letter: string) => sep + letter.toLocaleUpperCase(),
    );
  });
}

/** Words a name in capitals may have, years and numbers aside: "FOSDEM 2020", "PHP UK 2019", "ICDM 2025". */
const MAX_NAME_WORDS = 3;

/**
 * A conference title as shown: one written in capitals is title-cased as other titles are, but for a short one, which
 * is a name in capitals ("FOSDEM 2020", "COSCUP 2014"), not a shouted sentence.
 */
export function displayName(text: string): string {
  const words = text.match(/\p{L}[\p{L}\p{N}'’.-]*/gu) ?? [];
  return words.length <= MAX_NAME_WORDS ? text : displayCase(text);
}
