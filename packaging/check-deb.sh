#!/usr/bin/env bash
# Checks a built .deb without installing it: its size, the menu entry, the .crvsplan association,
# the icon, the /usr/bin/crvs-planner link, that its launcher prints a plan and maps the window's
# and the command line's AOT caches from where the package puts them, that the app shows the
# package's version, and (with check-deb-depends.sh) that it depends only on the libraries the app
# loads. .ci/run runs it after `mvn -Ppackage package`.
#
# Usage: packaging/check-deb.sh target/package/dist/crvs-planner_<version>_amd64.deb
set -euo pipefail
cd "$(dirname "$0")/.."
deb=${1:?usage: packaging/check-deb.sh FILE.deb}
fail() { echo "check-deb: FAIL: $*" >&2; exit 1; }

limit=60000000   # 60 MB, the issue's limit for a Linux installer
size=$(stat -c %s "$deb")
echo "check-deb: $deb is $size bytes ($(awk -v s="$size" 'BEGIN {printf "%.1f", s / 1e6}') MB, limit 60 MB)"
[ "$size" -le "$limit" ] || fail "the .deb is larger than 60 MB"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp/root"
dpkg-deb -e "$deb" "$tmp/control"
app="$tmp/root/opt/crvs-planner"

echo "check-deb: running $app/bin/crvs-planner size --population 12000000 --years 10"
plan=$("$app/bin/crvs-planner" size --population 12000000 --years 10) || fail "the launcher exited with $?"
printf '%s\n' "$plan" | sed -n '1p;/^Production servers/p;/^Total/p'
grep -q '^Production servers: [0-9]' <<<"$plan" || fail "the launcher printed no plan"

# The AOT caches were made in target/; the JVM must accept them from the unpacked location too,
# and the launcher must give each path its own: the command line's holds Apache POI, the
# window's the window. Without a display the window's path loads PlannerApp and then stops.
aot_log='-Xlog:aot=info -Xlog:class+load=info'
classes=$(JAVA_TOOL_OPTIONS=$aot_log "$app/bin/crvs-planner" export --force --out "$tmp/aot.xlsx" 2>/dev/null) \
  || fail "the packaged export exited with $?"
grep -q 'Opened AOT cache .*/lib/app/crvs-planner-cli\.aot' <<<"$classes" \
  || fail "the packaged export does not map the command line's AOT cache"
grep -q 'org.apache.poi.xssf.usermodel.XSSFWorkbook source: shared objects file' <<<"$classes" \
  || fail "the packaged export does not load Apache POI's classes from the AOT cache"
classes=$(env -u DISPLAY -u WAYLAND_DISPLAY JAVA_TOOL_OPTIONS="$aot_log" \
  "$app/bin/crvs-planner" "$tmp/none.crvsplan" 2>/dev/null || true)
grep -q 'Opened AOT cache .*/lib/app/crvs-planner\.aot' <<<"$classes" \
  || fail "the packaged window does not map the window's AOT cache"
grep -q 'org.crvsplanner.ui.app.PlannerApp source: shared objects file' <<<"$classes" \
  || fail "the packaged window does not load its classes from the AOT cache"

# A release: the app shows the package's version (issue 13: it said 0.1.0-SNAPSHOT).
version=$(dpkg-deb -f "$deb" Version)
shown=$("$app/bin/crvs-planner" --version) || fail "--version exited with $?"
echo "check-deb: the package is version $version; --version says: $shown"
grep -qw -- "$version" <<<"$shown" && ! grep -q SNAPSHOT <<<"$shown" \
  || fail "--version says '$shown', not the package's version $version"
"$app/bin/crvs-planner" export --out "$tmp/plan.xlsx" >/dev/null || fail "the packaged export exited with $?"
mkdir "$tmp/xlsx" && (cd "$tmp/xlsx" && unzip -q ../plan.xlsx)
cat "$tmp"/xlsx/xl/sharedStrings.xml "$tmp"/xlsx/xl/worksheets/*.xml | grep -q SNAPSHOT \
  && fail "the exported workbook says SNAPSHOT"
grep -q -- "$version" "$tmp"/xlsx/xl/sharedStrings.xml "$tmp"/xlsx/xl/worksheets/*.xml \
  || fail "the exported workbook does not name version $version"

packaging/check-deb-depends.sh "$deb" "$tmp/root"

desktop="$app/lib/crvs-planner-crvs-planner.desktop"
[ -f "$desktop" ] || fail "no menu entry $desktop"
for line in 'Name=CRVS Capacity Planner' 'Exec=/opt/crvs-planner/bin/crvs-planner %f' \
            'Icon=/opt/crvs-planner/lib/crvs-planner.png' 'Categories=Office;' \
            'MimeType=application/x-crvsplan'; do
  grep -qxF "$line" "$desktop" || fail "the menu entry lacks '$line'"
done
grep -q 'type="application/x-crvsplan"' "$app/lib/crvs-planner-crvs-planner-MimeInfo.xml" \
  && grep -q 'pattern="\*.crvsplan"' "$app/lib/crvs-planner-crvs-planner-MimeInfo.xml" \
  || fail "no MIME type application/x-crvsplan for *.crvsplan"
cmp -s "$app/lib/crvs-planner.png" icons/png/crvs-planner-256.png || fail "the menu icon is not icons/png/crvs-planner-256.png"
cmp -s "$app/lib/application-x-crvsplan.png" icons/png/crvsplan-document-128.png || fail "the .crvsplan icon is not ours"
grep -q 'ln -sf /opt/crvs-planner/bin/crvs-planner /usr/bin/crvs-planner' "$tmp/control/postinst" \
  || fail "postinst does not link /usr/bin/crvs-planner"
grep -q 'xdg-mime install' "$tmp/control/postinst" || fail "postinst does not register the MIME type"
echo "check-deb: OK (plan printed, both AOT caches used, release version, dependencies, menu entry, MIME type, icons, command-line link)"
