#!/bin/sh
# Builds the libFuzzer binary fuzz/.build/fuzz-plan from every PlanModel source file plus
# fuzz/FuzzPlan.swift, with libFuzzer (which provides main) and AddressSanitizer.
set -eu
# The gold linker warns once per ASan helper symbol; those lines are filtered out below.
cd "$(dirname "$0")/.."
mkdir -p fuzz/.build
rm -f fuzz/.build/fuzz-plan
find Sources/PlanModel -name '*.swift' | sort > fuzz/.build/sources.txt
# shellcheck disable=SC2046
swiftc -sanitize=fuzzer,address -parse-as-library -O -g \
    -module-name PlanModel -swift-version 5 \
    $(cat fuzz/.build/sources.txt) fuzz/FuzzPlan.swift \
    -o fuzz/.build/fuzz-plan 2>&1 | grep -v "Cannot export local symbol '__asan" || true
test -x fuzz/.build/fuzz-plan
echo "built fuzz/.build/fuzz-plan"
