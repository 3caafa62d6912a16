#!/usr/bin/env bash
# Renders a built deck's PDF to one contact-sheet PNG, for the README and for looking at slides.
# Usage: scripts/contact-sheet.sh DECK.pdf OUT.png [COLUMNS] [FIRST-LAST]
# Needs pdftoppm (poppler-utils) and montage (imagemagick).
set -euo pipefail
pdf=$1 out=$2 columns=${3:-4} range=${4:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
args=(-png -r 40)
if [ -n "$range" ]; then args+=(-f "${range%-*}" -l "${range#*-}"); fi
pdftoppm "${args[@]}" "$pdf" "$work/slide"
montage "$work"/slide-*.png -tile "${columns}x" -geometry +6+6 -background "#cfd4dc" -define png:compression-level=9 "$out"
echo "$out"
