#!/usr/bin/env bash
# Installs what the recruiter page's browser test needs from Debian's packages when it is missing:
# headless Chromium, its WebDriver, and Korean fonts (without them Hangul renders as empty boxes).
# Idempotent and quiet when everything is there; the browser test and ./talent test call it.
set -euo pipefail

have_all() {
  command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 \
    && fc-list 2>/dev/null | grep -qi nanum
}

if have_all; then
  exit 0
fi
if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null 2>&1; then
  echo "install-browser: chromium, chromium-driver and fonts-nanum are missing and this user cannot install them" >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
# ./talent test builds modules two at a time, so two browser tests can get here together: one installs, the other
# waits for it on this lock and then finds everything there.
exec 9>"${TMPDIR:-/tmp}/talent-install-browser.lock"
flock 9
if have_all; then
  exit 0
fi
echo "install-browser: installing chromium, chromium-driver, fonts-nanum (Debian packages) ..." >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get -o DPkg::Lock::Timeout=300 update -qq >&2
$SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends chromium chromium-driver fonts-nanum fontconfig >&2
fc-cache -f >/dev/null 2>&1 || true
have_all || { echo "install-browser: installation finished but chromium/chromedriver/Nanum fonts are still missing" >&2; exit 1; }
echo "install-browser: ready ($(chromium --version 2>/dev/null | head -1))" >&2
