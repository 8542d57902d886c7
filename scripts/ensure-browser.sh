#!/bin/sh
# Run before the browser tests (npm's pretest:e2e): they drive Debian's Chromium, never a downloaded browser, and
# need a CJK font to draw the pane. On a fresh Debian machine with Node 20 and nothing else, install both from
# Debian (as root, or through sudo when it needs no password), as .ci/run does; otherwise do nothing.
# CHROMIUM_PATH names another Chromium; FONT_DIRS where to look for a CJK font when fontconfig's fc-list is absent.
set -e
DEBIAN_CHROMIUM="${DEBIAN_CHROMIUM:-/usr/bin/chromium}" # where Debian's package puts it
CHROMIUM="${CHROMIUM_PATH:-$DEBIAN_CHROMIUM}"
CJK='wqy\|wenquanyi\|noto.*cjk\|source.*han\|droid.*sans.*fallback'

# fc-list comes with the fontconfig package, which Debian installs only as a recommendation (not with
# --no-install-recommends): without it, look for the font files themselves, so a second run does not reinstall.
has_cjk_font() {
  fc-list 2>/dev/null | grep -qi "$CJK" && return 0
  for dir in ${FONT_DIRS:-/usr/share/fonts /usr/local/share/fonts $HOME/.local/share/fonts $HOME/.fonts}; do
    [ -d "$dir" ] && find "$dir" -type f 2>/dev/null | grep -qi "$CJK" && return 0
  done
  return 1
}

NEED=""
if [ ! -x "$CHROMIUM" ]; then
  if [ -n "$CHROMIUM_PATH" ]; then
    echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable Chromium." >&2
    exit 1
  fi
  NEED="chromium"
fi
has_cjk_font || NEED="${NEED:+$NEED }fonts-wqy-microhei"
[ -z "$NEED" ] && exit 0

INSTALL="apt-get install -y --no-install-recommends $NEED"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "The browser tests need Chromium and a CJK font ($NEED); install them with your system's package manager, or set CHROMIUM_PATH." >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  # -n: never stop at a password prompt (CI has no terminal); say what to run instead.
  if ! command -v sudo >/dev/null 2>&1 || ! sudo -n true 2>/dev/null; then
    echo "The browser tests need Debian's $NEED, which is not installed, and installing needs root (sudo is missing here or asks for a password)." >&2
    echo "Run as root:  $INSTALL   (or set CHROMIUM_PATH to a Chromium you have)" >&2
    exit 1
  fi
  SUDO="sudo -n"
fi
echo "Installing Debian's $NEED for the browser tests…"
$SUDO apt-get update
$SUDO env DEBIAN_FRONTEND=noninteractive $INSTALL
