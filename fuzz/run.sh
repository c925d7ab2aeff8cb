#!/bin/sh
# Runs the plan fuzzer for SECONDS (default 60): builds it when a source is newer than the
# binary, seeds fuzz/corpus-work/ from the committed seeds, plans/ and test fixtures, and prints
# the number of executions. Crashing inputs land in fuzz/artifacts/.
# Usage: fuzz/run.sh [SECONDS] [extra libFuzzer flags...]
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-60}
[ $# -gt 0 ] && shift
binary=fuzz/.build/fuzz-plan
if [ ! -x "$binary" ] || [ -n "$(find Sources/PlanModel fuzz/FuzzPlan.swift -newer "$binary" -name '*.swift' | head -1)" ]; then
    fuzz/build.sh
fi
mkdir -p fuzz/corpus-work fuzz/artifacts
cp fuzz/corpus/* fuzz/corpus-work/
cp plans/*.yaml fuzz/corpus-work/
find Tests -path '*Fixtures*' -type f -exec cp {} fuzz/corpus-work/ \; 2>/dev/null || true
log=fuzz/.build/last-run.log
status=0
"$binary" fuzz/corpus-work \
    -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -max_len=4096 \
    -dict=fuzz/plan.dict -artifact_prefix=fuzz/artifacts/ -print_final_stats=1 "$@" 2>"$log" || status=$?
tail -n 25 "$log"
runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo "?")
echo "executions: $runs (exit $status; full log in $log)"
exit "$status"
