#!/usr/bin/env bash
# Kills a saving JVM hundreds of times (SIGKILL at random moments) and checks after every kill
# that the report file is whole: the previous or the new version, byte for byte.
# Usage: scripts/kill-test.sh [KILLS] [SEED]     (default 500 kills, a new seed each run)
# mvn verify runs the same test with 24 kills. A failure prints its seed: pass it to rerun.
set -uo pipefail
cd "$(dirname "$0")/.."
kills="${1:-500}"
args=(-B test -Dtest=SaveKillTest -Dsurefire.failIfNoSpecifiedTests=false "-Dhindsight.kills=$kills")
if [[ $# -ge 2 ]]; then
  args+=("-Dhindsight.kills.seed=$2")
fi
log="$(mktemp)"
mvn "${args[@]}" > "$log" 2>&1
status=$?
grep -E "^SaveKillTest:|Tests run:|FAIL|expected|Expecting|seed" "$log" | grep -v "^INFO: " | sort -u
if [[ $status -ne 0 ]]; then
  echo "kill test failed; the whole Maven output is in $log"
else
  rm -f "$log"
fi
exit $status
