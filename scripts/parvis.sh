#!/usr/bin/env bash
# The two commands of the README, for a fresh machine with only Node 20 (and apt):
#   bash scripts/parvis.sh start   installs, builds, starts the catalogue and the demo page
#   bash scripts/parvis.sh test    installs, builds and runs every check (what CI runs)
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-}"
case "$mode" in start|test) ;; *) echo "usage: bash scripts/parvis.sh start|test" >&2; exit 2 ;; esac

# Browsers come from Debian only: never a test tool's own download.
export PUPPETEER_SKIP_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# The tests run in two engines: Chromium, and Firefox ESR as the second one.
missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v firefox-esr >/dev/null 2>&1 || missing="$missing firefox-esr"
if [ "$mode" = test ] && [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "» Navigateurs Debian manquants :$missing — installation…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  else
    echo "Les tests ont besoin de :$missing (sudo apt-get install -y$missing)" >&2; exit 1
  fi
fi
export CHROME_PATH="${CHROME_PATH:-$(command -v chromium || echo /usr/bin/chromium)}"

# pnpm through corepack; the registry reachable here serves packages without npm's signatures.
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0 COREPACK_INTEGRITY_KEYS=0
if ! command -v pnpm >/dev/null 2>&1 || ! pnpm -v >/dev/null 2>&1; then
  corepack enable 2>/dev/null || { mkdir -p "$HOME/.local/bin"; corepack enable --install-directory "$HOME/.local/bin"; export PATH="$HOME/.local/bin:$PATH"; }
fi
corepack prepare "$(node -p 'require("./package.json").packageManager')" --activate >/dev/null
echo "» pnpm $(pnpm -v)"

if [ "$mode" = test ]; then
  pnpm install --frozen-lockfile
  exec pnpm test
else
  pnpm install --frozen-lockfile
  exec pnpm start
fi
