#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (/usr/bin/chromium). On a fresh Debian/Ubuntu
# machine where we are root, install it; otherwise say what is missing and stop.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Chromium for the browser tests (apt-get install chromium) ..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium at /usr/bin/chromium: run 'sudo apt-get install -y chromium' once." >&2
exit 1
