#!/bin/sh
# SPDX-License-Identifier: MIT
# Sums campaign runs per target: campaign_totals.sh [campaigns.tsv ...] (default: the one in
# build-fuzz/tests/fuzz). Prints a Markdown table: runs, wall and CPU seconds, executions, runs
# interrupted (still fuzzing time) and runs that ended with a finding. Lines without a result
# column (written before it existed) are classified by their exit status as campaign.sh does.
[ $# -gt 0 ] || set -- "$(dirname "$0")/../../build-fuzz/tests/fuzz/campaigns.tsv"
awk -F '\t' '
    {
        result = $7
        if (result == "") result = $6 == 0 ? "ok" : ($6 == 72 || $6 > 128) ? "interrupted" : "finding"
        runs[$1]++; wall[$1] += $3; cpu[$1] += $4; execs[$1] += $5
        if (result == "interrupted") cut[$1]++
        if (result == "finding") bad[$1]++
    }
    END {
        print "| target | runs | wall s | CPU s | CPU h | executions | interrupted | findings |"
        print "|---|---:|---:|---:|---:|---:|---:|---:|"
        n = 0; for (t in runs) names[++n] = t
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (names[j] < names[i]) { x = names[i]; names[i] = names[j]; names[j] = x }
        for (i = 1; i <= n; i++) {
            t = names[i]
            printf "| %s | %d | %d | %d | %.2f | %d | %d | %d |\n", t, runs[t], wall[t], cpu[t], cpu[t] / 3600, execs[t], cut[t] + 0, bad[t] + 0
        }
    }' "$@"
