#!/usr/bin/env bash
# Saves and opens a 60 MB report (20,000 timeline entries) a few times and prints the times
# and the peak heap. Usage: scripts/bench-large-report.sh [ROUNDS] [JVM options, e.g. -Xmx512m]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
shift || true
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
java "$@" -cp "target/test-classes:target/classes:$(cat target/bench.cp)" dev.hindsight.format.LargeReportBenchmark "$rounds"
