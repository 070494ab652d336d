#!/usr/bin/env bash
# Installs what the end-to-end tests need from Debian's packages: Chromium (Playwright cannot download
# browsers here) and nginx (nginx-light), which the tests run unprivileged with the generated config.
set -euo pipefail
missing=()
if command -v chromium >/dev/null 2>&1 || [ -x "${CHROME_PATH:-/usr/bin/chromium}" ]; then
  echo "Chromium present: $(chromium --version 2>/dev/null || echo "${CHROME_PATH:-/usr/bin/chromium}")"
else
  missing+=(chromium)
fi
if [ -x "${NGINX_PATH:-/usr/sbin/nginx}" ]; then
  echo "nginx present: $("${NGINX_PATH:-/usr/sbin/nginx}" -v 2>&1)"
else
  missing+=(nginx-light)
fi
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
# Debian may start the nginx service on install (where an init system runs); the tests start their own,
# unprivileged, so stop that one: nothing of this project listens on port 80.
if [[ " ${missing[*]} " == *" nginx-light "* ]]; then $SUDO service nginx stop >/dev/null 2>&1 || true; fi
chromium --version
/usr/sbin/nginx -v
