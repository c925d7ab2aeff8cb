#!/usr/bin/env python3
"""Times `cat` and one or more verbeter binaries on the same plan, alternating them run by run.

On a shared machine the speed changes by tens of percent within minutes, so timing one command
after the other (as hyperfine does) can favour whichever ran in a quiet spell. Alternating puts
every command through the same spells; the medians are then comparable.

    bench/alternate.py PLAN RUNS BINARY [BINARY ...]
    bench/alternate.py bench/data/plan-100000.yaml 15 /tmp/verbeter-before .build/release/verbeter

Each binary runs `achterstallig --per 2017-09-30 --format json PLAN` (as bench/run times it), with
output to /dev/null. Prints per command the median and the minimum wall time, and the median as a
multiple of `cat`'s median; the mean too, since `bench/run` reports hyperfine's mean.
"""
import statistics
import subprocess
import sys
import time


def main() -> int:
    if len(sys.argv) < 4:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    plan, runs, binaries = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    commands = {"cat": ["cat", plan]}
    for binary in binaries:
        commands[binary] = [binary, "achterstallig", "--per", "2017-09-30", "--format", "json", plan]
    for command in commands.values():  # warm the page cache and the binaries
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
    times = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
            times[name].append(time.perf_counter() - start)
    floor = statistics.median(times["cat"])
    for name, values in times.items():
        median = statistics.median(values)
        mean = statistics.mean(values)
        print(f"{name}: median {median * 1000:.1f} ms, mean {mean * 1000:.1f} ms, "
              f"min {min(values) * 1000:.1f} ms, {median / floor:.1f}x cat")
    return 0


if __name__ == "__main__":
    sys.exit(main())
