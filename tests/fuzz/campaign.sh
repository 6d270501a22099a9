#!/bin/bash
# SPDX-License-Identifier: MIT
# One libFuzzer run of one target, recorded. Usage:
#   campaign.sh FUZZER NAME SECONDS WORKDIR SEED_DIR...
# Runs FUZZER for SECONDS of wall time on WORKDIR/corpus-NAME (new inputs go there) and the
# seed folders, keeps crashing inputs in WORKDIR/findings-NAME/, the log in WORKDIR/logs/, and
# appends one line to WORKDIR/campaigns.tsv:
#   target, start (UTC), wall s, CPU s, executions, libFuzzer's exit status, result
# where result is `ok` (status 0), `interrupted` (72: SIGINT or SIGTERM, passed on as SIGTERM by this script
# too; or killed by a signal) or `finding` (anything else: crash, leak, timeout, out of memory).
# Only SIGKILL of this script itself leaves no line. campaign_totals.sh sums the lines.
set -u
fuzzer=$1 name=$2 seconds=$3 workdir=$4
shift 4
corpus=$workdir/corpus-$name findings=$workdir/findings-$name
mkdir -p "$corpus" "$findings" "$workdir/logs"
start=$(date -u +%Y-%m-%dT%H:%M:%SZ)
log=$workdir/logs/$name-$start-$$.log
times_file=$(mktemp)
began=$(date +%s)
"$fuzzer" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=4096 -timeout=60 \
    -print_final_stats=1 -artifact_prefix="$findings/" "$corpus" "$@" >"$log" 2>&1 &
pid=$!
trap 'kill -TERM "$pid" 2>/dev/null' INT TERM HUP
while :; do
    wait "$pid"
    status=$?
    # A trapped signal ends `wait` early (status > 128) while the fuzzer winds down.
    if [ "$status" -gt 128 ] && kill -0 "$pid" 2>/dev/null; then continue; fi
    break
done
trap - INT TERM HUP
wall=$(( $(date +%s) - began ))
times >"$times_file"  # the second line: CPU time of this shell's children (the fuzzer)
cpu=$(awk 'NR == 2 { split($1, u, /[ms]/); split($2, s, /[ms]/); printf "%d", u[1] * 60 + u[2] + s[1] * 60 + s[2] }' "$times_file")
rm -f "$times_file"
runs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -1)
case $status in
    0) result=ok ;;
    72) result=interrupted ;;
    *) if [ "$status" -gt 128 ]; then result=interrupted; else result=finding; fi ;;
esac
printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$start" "$wall" "${cpu:-0}" "${runs:-0}" "$status" "$result" \
    >>"$workdir/campaigns.tsv"
if [ "$result" = finding ]; then
    echo "$name: libFuzzer exited $status, see $log and $findings/" >&2
fi
exit "$status"
