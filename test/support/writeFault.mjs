// A seam for tests, loaded into the CLI's process with `node --import <this file>?<CODE>:<suffix>`:
// writing any file whose path ends in <suffix> fails with <CODE> (ENOSPC, EACCES, EROFS), as a full
// disk or a read-only folder would. Tests run as root, where a read-only folder is still writable,
// and cannot count on mounting a tiny file system; the product has no hook for this.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const [code, suffix] = decodeURIComponent(new URL(import.meta.url).search.slice(1)).split(/:(.*)/s);
const fail = (path) => {
  if (suffix && String(path).endsWith(suffix))
    throw Object.assign(new Error(`${code}: injected by test/support/writeFault.mjs`), { code });
};
const { writeFile, rename } = fs.promises;
fs.promises.writeFile = async (path, ...rest) => {
  fail(path);
  return writeFile(path, ...rest);
};
fs.promises.rename = async (from, to) => {
  fail(to);
  return rename(from, to);
};
syncBuiltinESMExports();
