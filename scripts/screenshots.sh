#!/usr/bin/env bash
# Regenerates the README's pictures from real output: builds the example in each theme and
# turns the first slides of each recap PDF into one contact sheet under docs/.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for theme in recap-light recap-dark; do
  node bin/recapdeck.js build examples/kubecon-eu-2021.md -o "$out/$theme" --theme "$theme" --format pdf --decks recap --quiet
  scripts/contact-sheet.sh "$out/$theme/kubecon-eu-2021/recap.pdf" "docs/example-$theme.png" 4 1-16
done
