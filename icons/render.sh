#!/bin/sh
# Regenerates every raster icon from the two SVG sources in this folder:
#   png/<name>-<size>.png           16, 32, 48, 64, 128, 256, 512 px
#   <name>.ico                      Windows, 16-256 px (256 stored as PNG)
#   <name>.icns                     macOS, 16, 32, 48, 128, 256, 512 px
#   ../src/main/resources/org/crvsplanner/ui/app/icons/app-<size>.png
#                                   the window's icons, 16-256 px
# where <name> is crvs-planner (the application) and crvsplan-document
# (.crvsplan scenario files). Run from anywhere: sh icons/render.sh
set -eu

here=$(cd "$(dirname "$0")" && pwd)
cd "$here"

missing=""
for tool in rsvg-convert:librsvg2-bin icotool:icoutils png2icns:icnsutils; do
    command -v "${tool%%:*}" >/dev/null 2>&1 || missing="$missing ${tool#*:}"
done
if [ -n "$missing" ]; then
    echo "render.sh: missing tools. On Debian or Ubuntu install them with:" >&2
    echo "    sudo apt-get install$missing" >&2
    exit 1
fi

sizes="16 32 48 64 128 256 512"
mkdir -p png

for name in crvs-planner crvsplan-document; do
    for s in $sizes; do
        rsvg-convert --width "$s" --height "$s" --format png \
            --output "png/$name-$s.png" "$name.svg"
    done
    # Windows: 16-128 as BMP entries, 256 as a PNG entry (what Vista and later expect).
    icotool --create --output "$name.ico" \
        "png/$name-16.png" "png/$name-32.png" "png/$name-48.png" \
        "png/$name-64.png" "png/$name-128.png" --raw="png/$name-256.png"
    # macOS: png2icns takes the sizes the icns format has (64 px is not one of them).
    png2icns "$name.icns" \
        "png/$name-16.png" "png/$name-32.png" "png/$name-48.png" \
        "png/$name-128.png" "png/$name-256.png" "png/$name-512.png" >/dev/null
    echo "render.sh: $name: png/$name-{16..512}.png, $name.ico, $name.icns"
done

# The running window loads these (title bar and task bar pick the closest size).
res="../src/main/resources/org/crvsplanner/ui/app/icons"
mkdir -p "$res"
for s in 16 32 48 64 128 256; do
    cp "png/crvs-planner-$s.png" "$res/app-$s.png"
done
echo "render.sh: copied app-{16..256}.png to src/main/resources/org/crvsplanner/ui/app/icons/"
