#!/usr/bin/env bash
# Regenerates every raster icon from the SVG sources.
#   archetype.svg        the mark (128 px and up)
#   archetype-small.svg  reduced detail for 32–64 px
#   archetype-16.svg     pixel-fitted for 16–24 px
# Needs rsvg-convert (librsvg2-bin), ImageMagick (convert) and png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "build-icons: $tool not found (apt-get install -y librsvg2-bin imagemagick icnsutils)" >&2; exit 1; }
done

source_for() {
  if   (( $1 <= 24 )); then echo archetype-16.svg
  elif (( $1 <= 64 )); then echo archetype-small.svg
  else                      echo archetype.svg
  fi
}

mkdir -p png
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" "$(source_for "$size")" -o "png/archetype-$size.png"
done
# 1024 only feeds the .icns (Retina 512@2x); not committed as a PNG of its own.
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
rsvg-convert -w 1024 -h 1024 archetype.svg -o "$tmp/archetype-1024.png"

# Windows: one .ico holding every size Explorer and the taskbar ask for.
convert png/archetype-{16,24,32,48,64,128,256}.png archetype.ico
# macOS: .icns from the sizes the format stores.
png2icns archetype.icns png/archetype-{16,32,48,128,256,512}.png "$tmp/archetype-1024.png" >/dev/null

# What the JavaFX window loads (Stage.getIcons) and the About box shows.
res=../src/main/resources/dev/archetype/icons
mkdir -p "$res"
for size in 16 32 64 128 256; do cp "png/archetype-$size.png" "$res/archetype-$size.png"; done
echo "icons: png/ (16–512), archetype.ico, archetype.icns, $res/"
