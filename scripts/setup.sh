#!/usr/bin/env bash
# Makes this checkout ready to build and test: npm dependencies, compiled dist/, and a browser for PDF.
# With --test also poppler-utils (pdftoppm, pdftotext), which the tests look at PDFs with.
# Safe to run again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."
# recapdeck uses a system browser and depends on puppeteer-core only, which never downloads one;
# the variable keeps any other package from trying.
export PUPPETEER_SKIP_DOWNLOAD=1

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm dependencies" >&2
  npm ci --no-audit --no-fund >&2
fi

node node_modules/typescript/bin/tsc -p tsconfig.json
node scripts/bundle.mjs

has_browser() {
  [ -n "${CHROME_PATH:-}" ] && [ -x "${CHROME_PATH}" ] && return 0
  [ -n "${PUPPETEER_EXECUTABLE_PATH:-}" ] && [ -x "${PUPPETEER_EXECUTABLE_PATH}" ] && return 0
  for name in chromium-headless-shell chrome-headless-shell chromium chromium-browser google-chrome google-chrome-stable chrome; do
    command -v "$name" >/dev/null 2>&1 && return 0
  done
  return 1
}

# Installs Debian packages (as root, or with sudo); false when apt-get is not there.
apt_install() {
  command -v apt-get >/dev/null 2>&1 || return 1
  local sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "$@" >&2
}

if ! has_browser; then
  # chromium-headless-shell is what recapdeck prints with when it is there (it starts and prints
  # faster than chromium, which is installed too). fonts-droid-fallback: CJK glyphs for notes in
  # Chinese or Japanese (7 MB, not the 60 MB Noto CJK). fonts-noto-color-emoji: emoji are text
  # drawn with it, never images from the network.
  echo "setup: no Chromium or Chrome found; installing Debian's chromium and chromium-headless-shell" >&2
  apt_install chromium chromium-headless-shell fonts-dejavu-core fonts-droid-fallback fonts-noto-color-emoji ||
    echo "setup: no Chromium or Chrome found; install one (or set CHROME_PATH) to export PDF" >&2
fi

# Emoji in notes are text drawn with this font (a browser installed some other way may lack it).
if command -v fc-list >/dev/null 2>&1 && ! fc-list | grep -q 'Noto Color Emoji'; then
  echo "setup: installing fonts-noto-color-emoji for emoji on slides" >&2
  apt_install fonts-noto-color-emoji || echo "setup: emoji print as empty boxes without an emoji font (fonts-noto-color-emoji)" >&2
fi

if [ "${1:-}" = "--test" ] && ! command -v pdftoppm >/dev/null 2>&1; then
  echo "setup: installing poppler-utils (pdftoppm) for the tests" >&2
  apt_install poppler-utils || echo "setup: the tests need pdftoppm (poppler-utils); install it" >&2
fi
