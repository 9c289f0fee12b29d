#!/usr/bin/env bash
# Checks a .deb's dependency list: Depends holds exactly the packages that provide the libraries
# the app's native code links to (as ldd resolves them on this machine), and nothing listed in
# packaging/linux/recommends, which must be in Recommends instead. Natives the app never loads
# (javax.sound's libjsound.so) do not count. check-deb.sh runs it.
#
# Usage: packaging/check-deb-depends.sh FILE.deb [UNPACKED_ROOT]
set -euo pipefail
cd "$(dirname "$0")/.."
deb=${1:?usage: packaging/check-deb-depends.sh FILE.deb [UNPACKED_ROOT]}
fail() { echo "check-deb: FAIL: $*" >&2; exit 1; }

root=${2:-}
if [ -z "$root" ]; then
  root=$(mktemp -d)
  trap 'rm -rf "$root"' EXIT
  dpkg-deb -x "$deb" "$root"
fi

names() { tr ',' '\n' | sed -E 's/^[[:space:]]+//; s/[[:space:](:].*$//' | { grep -v '^$' || true; } | sort -u; }
depends=$(dpkg-deb -f "$deb" Depends | names)
recommends=$(dpkg-deb -f "$deb" Recommends | names)

# Every package the recommends file names must be recommended, if jpackage found it at all.
while read -r wanted; do
  case "$wanted" in ''|'#'*) continue ;; esac
  pattern="^${wanted%\*}$"
  [ "${wanted%\*}" != "$wanted" ] && pattern="^${wanted%\*}"
  ! grep -q "$pattern" <<<"$depends" || fail "Depends holds $wanted, which the app does not need (packaging/linux/recommends)"
done < packaging/linux/recommends
grep -qx xdg-utils <<<"$recommends" || fail "Recommends lacks xdg-utils (menu entry and file type registration)"

# The packages that own the system libraries the app's natives link to.
needed=$(
  find "$root/opt/crvs-planner" -type f \( -name '*.so' -o -path '*/bin/*' \) ! -name libjsound.so -print0 \
    | while IFS= read -r -d '' file; do
        head -c 4 "$file" | grep -q 'ELF' || continue
        ldd "$file" 2>/dev/null | awk '/=> \// {print $3} /^\t\/[^ ]+ \(/ {print $1}'
      done | grep -v "^$root" | sort -u \
    | while read -r lib; do
        for path in "$lib" "$(readlink -f "$lib")" "${lib#/usr}" "/usr$lib"; do
          owner=$(dpkg -S "$path" 2>/dev/null | head -1 | cut -d: -f1) && [ -n "$owner" ] && { echo "$owner"; break; }
        done
      done | sort -u
)
missing=$(comm -13 <(echo "$depends") <(echo "$needed"))
extra=$(comm -23 <(echo "$depends") <(echo "$needed"))
[ -z "$missing" ] || fail "Depends lacks packages whose libraries the app loads: $(echo $missing)"
[ -z "$extra" ] || fail "Depends holds packages no library of the app needs: $(echo $extra)"
echo "check-deb: Depends: $(wc -l <<<"$depends") library packages, each needed by the app's natives; Recommends: $(echo $recommends)"
