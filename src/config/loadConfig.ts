import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  findNodeAtLocation,
  getNodeValue,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import { RecapError } from '../errors.js';
import type { CheckedConfig } from './configSchema.js';

export interface LoadedConfig {
  /** Absolute path of the file the config came from. */
  file: string;
  config: CheckedConfig;
}

/** Looked for in the working folder, in this order; at most one may exist (package.json's `recapdeck` key counts too). */
const CONFIG_FILES = [
  'recapdeck.config.ts',
  'recapdeck.config.mts',
  'recapdeck.config.js',
  'recapdeck.config.mjs',
  'recapdeck.config.json',
];
const PACKAGE_KEY = 'recapdeck';

/**
 * The configuration of a run: `--config FILE`, or the one config file in `cwd`, or the
 * `recapdeck` key of its package.json; null when there is none. Anything the schema does not
 * allow is an input error naming the key, the file and (for JSON) the line.
 */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig | null> {
  if (explicit !== undefined) {
    const file = resolve(cwd, explicit);
    return readConfig(file, file.endsWith('package.json') ? PACKAGE_KEY : null);
  }
  const candidates: { file: string; key: string | null }[] = [];
  for (const name of CONFIG_FILES)
    if (await isFile(join(cwd, name))) candidates.push({ file: join(cwd, name), key: null });
  const pkg = join(cwd, 'package.json');
  if ((await isFile(pkg)) && hasPackageKey(await readFile(pkg, 'utf8')))
    candidates.push({ file: pkg, key: PACKAGE_KEY });
  if (candidates.length > 1) {
    const names = candidates.map(({ file, key }) => (key ? `the \`${key}\` key of ${shown(file)}` : shown(file)));
    throw new RecapError('input', `Cannot choose between ${names.join(' and ')}, expected one configuration`, {
      file: shown(candidates[1]!.file),
    });
  }
  return candidates[0] ? readConfig(candidates[0].file, candidates[0].key) : null;
}

async function readConfig(file: string, key: string | null): Promise<LoadedConfig> {
  const where = { file: shown(file) };
  if (!(await isFile(file))) throw new RecapError('input', 'Cannot read config: no such file', where);
  // zod loads only when there is a config to check (a tenth of a second of every run otherwise).
  const { configSchema } = await import('./configSchema.js');
  const json = ['.json', ''].includes(extname(file));
  const { value, lineOf } = json
    ? await readJson(file, key)
    : { value: await importModule(file), lineOf: () => undefined };
  const result = configSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    const name = formatPath(key ? [key, ...path] : path);
    const message =
      issue.code === 'unrecognized_keys'
        ? `Unknown config key \`${name}\`, expected one of: ${Object.keys(configSchema.shape)
            .filter((known) => known !== '$schema')
            .join(', ')}`
        : `Bad value for config key \`${name}\`: ${lowerFirst(issue.message)}`;
    throw new RecapError('input', message, { ...where, line: lineOf(path as (string | number)[]) });
  }
  return { file, config: resolvePaths(result.data, dirname(file)) };
}

/** JSON (comments and trailing commas allowed), with a way back from a key's path to its line. */
async function readJson(
  file: string,
  key: string | null,
): Promise<{ value: unknown; lineOf: (path: (string | number)[]) => number | undefined }> {
  const text = await readFile(file, 'utf8');
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true });
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  if (errors.length > 0 || !tree) {
    const error = errors[0];
    throw new RecapError(
      'input',
      `Cannot read config: ${error ? printParseErrorCode(error.error) : 'empty file'}, expected JSON`,
      { file: shown(file), line: error ? lineAt(error.offset) : 1 },
    );
  }
  const root = key ? findNodeAtLocation(tree, [key]) : tree;
  if (!root)
    throw new RecapError('input', `Cannot find the \`${key}\` key, expected the configuration there`, {
      file: shown(file),
    });
  const lineOf = (path: (string | number)[]) => {
    const node: Node | undefined = findNodeAtLocation(root, path);
    // The line of the key ("size": ...) rather than of its value.
    return node ? lineAt(node.parent?.type === 'property' ? node.parent.offset : node.offset) : lineAt(root.offset);
  };
  return { value: getNodeValue(root), lineOf };
}

/** A .js/.mjs config is imported; a .ts/.mts one goes through jiti, which strips the types. */
async function importModule(file: string): Promise<unknown> {
  try {
    if (/\.m?ts$/.test(file)) {
      const { createJiti } = await import('jiti');
      return await createJiti(import.meta.url, { moduleCache: false }).import(file, { default: true });
    }
    const loaded = (await import(pathToFileURL(file).href)) as { default?: unknown };
    return loaded.default;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new RecapError('input', `Cannot load config: ${reason}`, { file: shown(file) }, { cause: error });
  }
}

function resolvePaths(config: CheckedConfig, base: string): CheckedConfig {
  const from = (path: string) => (isAbsolute(path) ? path : resolve(base, path));
  return {
    ...config,
    ...(config.theme?.endsWith('.css') ? { theme: from(config.theme) } : {}),
    ...(config.themes ? { themes: config.themes.map(from) } : {}),
    ...(config.out ? { out: from(config.out) } : {}),
    ...(config.browserPath ? { browserPath: from(config.browserPath) } : {}),
  };
}

function hasPackageKey(text: string): boolean {
  try {
    const value = JSON.parse(text) as Record<string, unknown> | null;
    return typeof value === 'object' && value !== null && PACKAGE_KEY in value;
  } catch {
    return false;
  }
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

/** ["decks", 0] → "decks[0]", ["authors", "alice"] → "authors.alice". */
function formatPath(path: PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index > 0 ? '.' : ''}${String(part)}`))
    .join('');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function shown(file: string): string {
  return relative(process.cwd(), file) || file;
}
