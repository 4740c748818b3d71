#!/usr/bin/env bash
# Renders every icon file from the SVG sources in this folder. Its outputs are committed, so
# building Hindsight needs no image tools; run it again after changing an SVG.
#   apt-get install -y librsvg2-bin imagemagick icnsutils
# The *-small.svg sources are drawn on a 16 px grid and give 16 to 32 px; the others give
# 48 px and up.
set -euo pipefail
cd "$(dirname "$0")"
for tool in rsvg-convert png2icns; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y librsvg2-bin imagemagick icnsutils" >&2; exit 2; }
done
# /usr/local/bin may hold a stand-in named convert that only converts PNG for viewing
convert=/usr/bin/convert
[ -x "$convert" ] || convert=convert

resources=../src/main/resources/dev/hindsight/icons
mkdir -p png "$resources"

render() { # render NAME SIZE...: png/NAME-SIZE.png from NAME-small.svg (up to 32 px) or NAME.svg
  local name=$1 size source
  shift
  for size in "$@"; do
    source=$name.svg
    [ "$size" -le 32 ] && source=$name-small.svg
    rsvg-convert --width "$size" --height "$size" "$source" --output "png/$name-$size.png"
  done
}

render hindsight 16 24 32 48 64 128 256 512 1024
render report 16 24 32 48 64 128 256 512

# Windows: one .ico with the sizes Explorer and the taskbar ask for (256 is stored as PNG).
ico() {
  local name=$1
  "$convert" png/"$name"-{16,24,32,48,64,128,256}.png -define png:exclude-chunks=date,time "$name.ico"
}
ico hindsight
ico report

# macOS: .icns from the sizes Finder and the Dock use.
png2icns hindsight.icns png/hindsight-{16,32,48,128,256,512,1024}.png >/dev/null
png2icns report.icns png/report-{16,32,48,128,256,512}.png >/dev/null

# The window's icons, loaded from the class path by dev.hindsight.ui.AppIcons.
for size in 16 24 32 48 64 128 256; do
  cp "png/hindsight-$size.png" "$resources/hindsight-$size.png"
done
echo "rendered: $(ls png | wc -l) PNG files, hindsight.ico, hindsight.icns, report.ico, report.icns"
