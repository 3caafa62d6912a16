// A seam for tests, loaded into the CLI's process with `node --import <this file>?<list file>`: every
// npm package whose code the process loads is appended to <list file>, one name a line. A package
// counts when a module is loaded from its folder (node_modules/<name>/) or when a bundle chunk
// holding its code is (dist/bundle keeps a `// node_modules/<name>/…` line above each file it took
// in). Tests count work with it: a rebuild that makes nothing should not load Chromium's driver.
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

const PACKAGE = /node_modules\/((?:@[^/]+\/)?[^/]+)\//g;

// The same file is the hooks module, which Node runs on a thread of its own.
if (isMainThread) {
  const list = decodeURIComponent(new URL(import.meta.url).search.slice(1));
  register(new URL(import.meta.url).href.replace(/\?.*$/, ''), { data: { list } });
}

let listFile = '';

export function initialize({ list }) {
  listFile = list;
}

export async function load(url, context, nextLoad) {
  const loaded = await nextLoad(url, context);
  const packages = new Set([...url.matchAll(PACKAGE)].map((match) => match[1]));
  if (url.includes('/dist/bundle/') && loaded.source) {
    const source = typeof loaded.source === 'string' ? loaded.source : Buffer.from(loaded.source).toString('utf8');
    for (const match of source.matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)) packages.add(match[1]);
  }
  if (packages.size > 0) appendFileSync(listFile, [...packages].map((name) => `${name}\n`).join(''));
  return loaded;
}
