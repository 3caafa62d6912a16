#!/usr/bin/env bash
# Regenerates the README's pictures from real output: builds the example in each built-in theme and
# turns each recap PDF into one contact sheet under docs/ (docs/example-<theme>.png).
# Usage: scripts/screenshots.sh [SIZE]   (16:9 by default; 4:3 writes docs/example-<theme>-4x3.png)
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-16:9}
suffix=$([ "$size" = "16:9" ] && echo "" || echo "-${size/:/x}")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for theme in recap-light recap-dark recap-poster; do
  node bin/recapdeck.js build examples/kubecon-eu-2021.md -o "$out/$theme" --theme "$theme" --size "$size" --format pdf --decks recap --quiet
  scripts/contact-sheet.sh "$out/$theme/kubecon-eu-2021/recap.pdf" "docs/example-$theme$suffix.png" 6
done
