#!/usr/bin/env bash
# The console's browser tests drive Debian's headless Chromium through chromedriver and read its
# Chinese pages (Noto CJK fonts); the invoice PDFs embed DejaVu Sans and Droid Sans Fallback (TrueType,
# Chinese). Installs them with apt when they are missing (as root, as on the project's machines and
# CI); otherwise says what to do.
set -euo pipefail
packages="chromium chromium-driver fonts-noto-cjk fonts-dejavu-core fonts-droid-fallback"
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && fc-list :lang=zh 2>/dev/null | grep -q . \
    && [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] && [ -f /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "The browser tests need: apt-get install $packages (as root)." >&2
  exit 1
fi
echo "== installing $packages for the browser tests and the PDFs"
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086
apt-get install -y -q $packages >/dev/null 2>&1 || { apt-get update -q && apt-get install -y -q $packages; }
