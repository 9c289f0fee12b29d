#!/usr/bin/env bash
# Installs the Debian packages that some tests and the installer build use. Safe to run again;
# installs only what is missing.
# Without root (or apt) it says what is missing, and the tests that need it skip with a reason.
set -euo pipefail

# xvfb and libgtk-3-0: the installer build opens the window once under Xvfb to train its AOT
# cache; fakeroot: jpackage builds the .deb with it; LibreOffice Calc and Gnumeric (its ssconvert):
# the tests that recalculate the workbook in two real spreadsheet programs.
packages=(libreoffice-calc-nogui gnumeric xvfb libgtk-3-0 fakeroot)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "install-test-deps: not root or no apt-get; missing: ${missing[*]} (their tests will be skipped)" >&2
  exit 0
fi
echo "install-test-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
