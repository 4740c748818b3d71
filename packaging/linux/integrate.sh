#!/bin/sh
# Desktop integration and start-up caches of an installed Hindsight. The .deb and .rpm
# install scripts run it as root from the installed app (lib/app/linux/integrate.sh):
#   integrate.sh install   menu entry, hindsight command, MIME type, icons, start-up caches
#   integrate.sh remove    undoes install
#   integrate.sh aot       only the start-up caches of the window and the command line
#                          (also used by .ci/run on an unpacked .deb)
set -e
app=$(cd "$(dirname "$0")/../../.." && pwd)
here="$app/lib/app/linux"
desktop="$app/lib/hindsight-Hindsight.desktop"
sizes="16 24 32 48 64 128 256"

# The window's start-up cache (JDK 25 AOT cache, decision 0029), made here from the configuration
# the build's training run of the window recorded: a cache records the jars' paths and times,
# so it can only be made where they are installed. The build gave every jar one time
# (linux/jar-time) before recording; jpackage and dpkg change it; it is given back first.
window() {
  conf="$app/lib/app/hindsight.aotconf"
  cache="$app/lib/app/hindsight.aot"
  rm -f "$cache"
  [ -f "$conf" ] && [ -f "$here/jar-time" ] || { echo "hindsight: no recorded configuration, so no start-up cache for the window" >&2; return 0; }
  cp=$(sed -n "s|^app.classpath=\\\$APPDIR/|$app/lib/app/|p" "$app/lib/app/Hindsight.cfg" | paste -sd: -)
  ( IFS=:; for jar in $cp; do touch -d "@$(cat "$here/jar-time")" "$jar" || true; done )
  if ! timeout 600 "$app/lib/runtime/bin/java" -XX:AOTMode=create -XX:AOTConfiguration="$conf" \
      -XX:AOTCache="$cache" -Xlog:all=off -cp "$cp" >/dev/null 2>&1 || [ ! -s "$cache" ]; then
    rm -f "$cache"
    echo "hindsight: could not make the window's start-up cache; Hindsight starts without it" >&2
  fi
  [ ! -f "$cache" ] || chmod 644 "$cache"
}

# The command-line launcher's (bin/hindsight-cli) ahead-of-time cache (JDK 25, decision 0029):
# a headless training run of the commands users run most, on a report shipped for it. Like the
# archive, it records the jars' paths and times, so it is made here. Never fails the
# installation: without a cache the launcher starts without one, and says nothing.
cli() {
  cache="$app/lib/app/hindsight-cli.aot"
  rm -f "$cache" "$cache.config"
  cp=$(sed -n "s|^app.classpath=\\\$APPDIR/|$app/lib/app/|p" "$app/lib/app/hindsight-cli.cfg" | paste -sd: -)
  scratch=$(mktemp -d)
  # the launcher's options (hindsight-cli.cfg), with the cache written instead of read
  if ! timeout 600 "$app/lib/runtime/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:AOTCacheOutput="$cache" \
      -Xlog:all=off -Dhindsight.data.dir="$scratch/data" -Dhindsight.config.dir="$scratch/config" \
      -cp "$cp" dev.hindsight.cli.AotTraining "$here/training.postmortem.json" "$scratch/out" \
      >/dev/null 2>&1 || [ ! -s "$cache" ]; then
    rm -f "$cache"
    echo "hindsight: could not make the command line's start-up cache; it starts without it" >&2
  fi
  rm -rf "$scratch" "$cache.config"
  [ ! -f "$cache" ] || chmod 644 "$cache"
}

# Desktop integration is a convenience: a missing xdg tool must not fail the installation.
quietly() {
  "$@" >/dev/null 2>&1 || echo "hindsight: '$*' failed" >&2
}

install() {
  # xdg-desktop-menu refuses where no menu directory exists (a server): the entry is still
  # put where desktops look for it, so the MIME association works once one is installed.
  if ! xdg-desktop-menu install --mode system "$desktop" >/dev/null 2>&1; then
    mkdir -p /usr/share/applications
    cp "$desktop" /usr/share/applications/
    command -v update-desktop-database >/dev/null && quietly update-desktop-database -q /usr/share/applications
  fi
  ln -sf "$app/bin/hindsight-cli" /usr/bin/hindsight
  quietly xdg-mime install --mode system "$here/hindsight-report.xml"
  for size in $sizes; do
    quietly xdg-icon-resource install --noupdate --mode system --context apps --size "$size" --novendor \
      "$here/icons/hindsight-$size.png" hindsight
    quietly xdg-icon-resource install --noupdate --mode system --context mimetypes --size "$size" \
      "$here/icons/report-$size.png" application-x-hindsight-report
  done
  quietly xdg-icon-resource forceupdate --mode system
  window
  cli
}

remove() {
  xdg-desktop-menu uninstall --mode system "$desktop" >/dev/null 2>&1 || true
  rm -f /usr/share/applications/hindsight-Hindsight.desktop
  case "$(readlink /usr/bin/hindsight)" in "$app/bin/Hindsight"|"$app/bin/hindsight-cli") rm -f /usr/bin/hindsight ;; esac
  quietly xdg-mime uninstall --mode system "$here/hindsight-report.xml"
  for size in $sizes; do
    quietly xdg-icon-resource uninstall --noupdate --mode system --context apps --size "$size" --novendor hindsight
    quietly xdg-icon-resource uninstall --noupdate --mode system --context mimetypes --size "$size" \
      application-x-hindsight-report
  done
  quietly xdg-icon-resource forceupdate --mode system
  rm -f "$app/lib/app/hindsight.aot" "$app/lib/app/hindsight-cli.aot"
}

case "$1" in
  install) install ;;
  remove) remove ;;
  aot) window; cli ;;
  *) echo "usage: $0 install|remove|aot" >&2; exit 2 ;;
esac
