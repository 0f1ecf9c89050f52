#!/usr/bin/env bash
# Launch-to-first-frame benchmark: starts the app N times on a sample project under Xvfb and prints
# each time from JVM start to the first rendered frame, then the median.
# Needs: xvfb (apt-get install -y xvfb). Usage: docs/benchmarks/startup.sh [runs] [project]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
project=${2:-sample-projects/support-triage}
mvn -q -B -ntp -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
cp="target/classes:$(cat target/classpath.txt)"
times=()
for i in $(seq 1 "$runs"); do
  out=$(xvfb-run -a java -Dpromptsmith.settingsDir="$(mktemp -d)" -cp "$cp" dev.promptsmith.Main "$project" --startup-benchmark 2>/dev/null | grep first-frame-ms)
  ms=${out#first-frame-ms=}
  echo "run $i: ${ms} ms"
  times+=("$ms")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " ms over " NR " runs"}'
