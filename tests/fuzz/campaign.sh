#!/bin/bash
# SPDX-License-Identifier: MIT
# One libFuzzer run of one target, recorded. Usage:
#   campaign.sh FUZZER NAME SECONDS WORKDIR SEED_DIR...
# Runs FUZZER for SECONDS of wall time on WORKDIR/corpus-NAME (new inputs go there) and the
# seed folders, keeps crashing inputs in WORKDIR/findings-NAME/, the log in WORKDIR/logs/, and
# appends one line to WORKDIR/campaigns.tsv:
#   target, start (UTC), wall seconds, CPU seconds, executions, exit status (0: no finding).
# tests/fuzz/CAMPAIGNS.md sums these lines per target.
set -u
fuzzer=$1 name=$2 seconds=$3 workdir=$4
shift 4
corpus=$workdir/corpus-$name findings=$workdir/findings-$name
mkdir -p "$corpus" "$findings" "$workdir/logs"
start=$(date -u +%Y-%m-%dT%H:%M:%SZ)
log=$workdir/logs/$name-$start.log
began=$(date +%s)
TIMEFORMAT='%U %S'
{ time "$fuzzer" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=4096 -timeout=60 \
      -print_final_stats=1 -artifact_prefix="$findings/" "$corpus" "$@" >"$log" 2>&1; } 2>"$log.time"
status=$?
wall=$(( $(date +%s) - began ))
cpu=$(awk '{ printf "%d", $1 + $2 }' "$log.time")
runs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -1)
printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$start" "$wall" "$cpu" "${runs:-0}" "$status" >>"$workdir/campaigns.tsv"
rm -f "$log.time"
if [ "$status" -ne 0 ]; then
    echo "$name: libFuzzer exited $status, see $log and $findings/" >&2
fi
exit "$status"
