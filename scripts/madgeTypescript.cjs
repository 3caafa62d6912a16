// Loaded by scripts/lint.sh before madge: madge's TypeScript parser needs TypeScript's JS API, which
// TypeScript 7 (the compiler this repo builds with) no longer has, so it gets TypeScript 5's.
const Module = require('node:module');

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, request === 'typescript' ? 'typescript5' : request, ...rest);
};
