#!/usr/bin/env bash
# Start-up of an installed (or unpacked) Hindsight, from JVM start to the window's first frame,
# with and without class-data sharing and the window's AOT cache. Runs each mode RUNS times,
# interleaved, under xvfb-run, and prints the median of each. Needs xvfb-run; the window's
# start-up cache must exist (integrate.sh aot makes it). Usage: packaging/measure-startup.sh [APP_DIR] [RUNS]
#   APP_DIR  default /opt/hindsight;  RUNS  default 7
set -euo pipefail
app=${1:-/opt/hindsight}
runs=${2:-7}
report=$(cd "$(dirname "$0")/.." && pwd)/docs/format/examples/database-vanished.postmortem.json
java=$app/lib/runtime/bin/java
cache=$app/lib/app/hindsight.aot
[ -f "$cache" ] || { echo "no $cache: run $app/lib/app/linux/integrate.sh aot first" >&2; exit 2; }
cp=$(sed -n "s|^app.classpath=\\\$APPDIR/|$app/lib/app/|p" "$app/lib/app/Hindsight.cfg" | paste -sd: -)

declare -A modes=(
  [no-cds]="$java -Xshare:off -cp $cp"
  [base-archive]="$java -cp $cp"
  [aot-cache]="$java -XX:AOTCache=$cache -cp $cp"
)
order=(no-cds base-archive aot-cache launcher)
declare -A times
for ((i = 1; i <= runs; i++)); do
  for mode in "${order[@]}"; do
    if [ "$mode" = launcher ]; then
      command=("$app/bin/Hindsight" "$report")
      export JAVA_TOOL_OPTIONS=-Dhindsight.exitWhenShown=true
    else
      read -r -a command <<<"${modes[$mode]} -Dhindsight.exitWhenShown=true dev.hindsight.Main $report"
      unset JAVA_TOOL_OPTIONS
    fi
    ms=$(xvfb-run -a "${command[@]}" 2>/dev/null | sed -n 's/^hindsight: window shown \([0-9]*\) ms.*/\1/p')
    times[$mode]+="$ms "
  done
done
unset JAVA_TOOL_OPTIONS
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); runs: $runs"
for mode in "${order[@]}"; do
  median=$(tr ' ' '\n' <<<"${times[$mode]}" | grep . | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  printf '%-13s median %5s ms   (%s)\n' "$mode" "$median" "${times[$mode]% }"
done
