#!/usr/bin/env bash
# npm run lint: Biome (formatting and lint rules, import cycles among them) over the tree, then
# madge --circular over src/ (type-only imports count: a circle of types is still a circle).
set -euo pipefail
cd "$(dirname "$0")/.."
node_modules/.bin/biome check
node -r ./scripts/madgeTypescript.cjs node_modules/madge/bin/cli.js --circular --extensions ts --ts-config tsconfig.json src
