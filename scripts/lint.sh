#!/usr/bin/env bash
# npm run lint: Biome's formatting and lint rules over the tree, import cycles among them
# (suspicious/noImportCycles, type-only imports included: a circle of types is still a circle),
# and imports that run up the layers (style/noRestrictedImports, one override per layer in
# biome.json; the order is in docs/ARCHITECTURE.md).
# madge --circular cannot run here: its TypeScript parser needs TypeScript's JS API, which
# TypeScript 7 no longer has, and a TypeScript 5 beside it would take over `tsc`.
set -euo pipefail
cd "$(dirname "$0")/.."
node_modules/.bin/biome check
