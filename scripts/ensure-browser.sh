#!/bin/sh
# Run before the browser tests (npm's pretest:e2e): they drive Debian's Chromium, never a downloaded browser, and
# need a CJK font to draw the pane. On a fresh Debian machine with Node 20 and nothing else, install both from
# Debian (with sudo when not root), as .ci/run does; otherwise do nothing. CHROMIUM_PATH names another Chromium.
set -e
DEBIAN_CHROMIUM="${DEBIAN_CHROMIUM:-/usr/bin/chromium}" # where Debian's package puts it
CHROMIUM="${CHROMIUM_PATH:-$DEBIAN_CHROMIUM}"
NEED=""
if [ ! -x "$CHROMIUM" ]; then
  if [ -n "$CHROMIUM_PATH" ]; then
    echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable Chromium." >&2
    exit 1
  fi
  NEED="chromium"
fi
if ! fc-list 2>/dev/null | grep -qi 'wqy\|wenquanyi\|noto.*cjk\|source han\|droid sans fallback'; then
  NEED="$NEED fonts-wqy-microhei"
fi
[ -z "$NEED" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "The browser tests need Chromium and a CJK font ($NEED); install them with your system's package manager." >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "The browser tests need Debian's$NEED; run as root: apt-get install -y chromium fonts-wqy-microhei" >&2
    exit 1
  fi
  SUDO="sudo"
fi
echo "Installing Debian's$NEED for the browser tests…"
$SUDO apt-get update
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $NEED
