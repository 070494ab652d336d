#!/usr/bin/env bash
# Installs Debian's Chromium for the end-to-end tests (Playwright cannot download browsers here).
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || [ -x "${CHROME_PATH:-/usr/bin/chromium}" ]; then
  echo "Chromium present: $(chromium --version 2>/dev/null || echo "${CHROME_PATH:-/usr/bin/chromium}")"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
chromium --version
