# SPDX-License-Identifier: MIT
# ricochet cascades: CLI tests (included from CMakeLists.txt).
# example/aster.json (datasets/example/README.md), by hand: p1 (org-aster) has a repost, a quote
# and a comment: a star of 4, depth 1, breadth 3, virality 2(n-1)/n = 1.5; p9 (marc-durand) the
# same with p10-p12; p5 and p7 one echo each (virality 1); p13 alone (virality undefined). Sizes
# tie: p1 before p9, p5 before p7. Teams: org-aster's (itself and 3 executives) roots p1 and
# p13 (5 posts, mean 2.5, mean virality 1.5 over p1 alone); org-biolis's roots p9. In
# 2021-03-02..04 only p5-p10 remain: p5, p7, p9 with one echo each.
ricochet_cli_test(cascades_help ARGS cascades --help EXIT 0 STDOUT ${golden}/cascades_help.stdout)
ricochet_cli_test(cascades_aster ARGS cascades example/aster.json EXIT 0 STDOUT ${golden}/cascades_aster.csv)
ricochet_cli_test(cascades_aster_table ARGS cascades example/aster.json --format table
  EXIT 0 STDOUT ${golden}/cascades_aster.table)
ricochet_cli_test(cascades_aster_by_team ARGS cascades example/aster.json --by team
  EXIT 0 STDOUT ${golden}/cascades_aster_team.csv)
ricochet_cli_test(cascades_aster_by_author ARGS cascades example/aster.json --by author --format table
  EXIT 0 STDOUT ${golden}/cascades_aster_author.table)
ricochet_cli_test(cascades_aster_window ARGS cascades example/aster.json --since 2021-03-02 --until 2021-03-04
  EXIT 0 STDOUT ${golden}/cascades_aster_window.csv)
ricochet_cli_test(cascades_aster_min_size_top ARGS cascades example/aster.json --min-size 2 --top 3
  EXIT 0 STDOUT ${golden}/cascades_aster_min_size_top.csv)

# datasets/example/flat_x_cascade.json: a flat X cascade, every retweet of r (nina) pointing at r,
# by omar (10:05), pia (10:10), quinn (10:15), rosa (10:20); earlier, pia replied to omar, rosa
# mentioned omar and reposted pia. Re-attached: omar under r (his only arc goes to nina), pia
# under omar, quinn under r (no arc), rosa under pia (the latest adopter she amplified):
# depth 3, breadth 2, W = 3x2 + 1x4 + 2x3 + 1x4 = 20, virality 20/10 = 2 (the star: 1.6).
# --layers repost keeps only rosa -> pia: rosa under pia, the rest under r, virality 18/10 = 1.8.
# Up to 10:12, r, omar and pia form a chain: virality 4/3. s (omar, LinkedIn) is left as given.
set(flat example/flat_x_cascade.json)
ricochet_cli_test(cascades_flat_x ARGS cascades ${flat} EXIT 0 STDOUT ${golden}/cascades_flat_x.csv)
ricochet_cli_test(cascades_flat_x_never ARGS cascades ${flat} --reconstruct never
  EXIT 0 STDOUT ${golden}/cascades_flat_x_never.csv)
ricochet_cli_test(cascades_flat_x_repost_layer ARGS cascades ${flat} --layers repost --format table
  EXIT 0 STDOUT ${golden}/cascades_flat_x_repost.table)
ricochet_cli_test(cascades_flat_x_window ARGS cascades ${flat} --since 2021-05-02 --until 2021-05-03T10:12
  --format table EXIT 0 STDOUT ${golden}/cascades_flat_x_window.table)
ricochet_cli_test(cascades_flat_x_json ARGS cascades ${flat} --format json -o ${scratch}/cascades.json
  EXIT 0 OUTPUT ${scratch}/cascades.json OUTPUT_GOLDEN ${golden}/cascades_flat_x_report.json)

ricochet_cli_test(cascades_no_input ARGS cascades EXIT 2 STDERR_TEXT "ricochet: cascades: no INPUT given${try}")
ricochet_cli_test(cascades_bad_format ARGS cascades example/aster.json --format xml EXIT 2
  STDERR_TEXT "ricochet: --format: expected csv, json or table, got \"xml\"${try}")
ricochet_cli_test(cascades_bad_by ARGS cascades example/aster.json --by day EXIT 2
  STDERR_TEXT "ricochet: --by: expected cascade, author or team, got \"day\"${try}")
ricochet_cli_test(cascades_bad_reconstruct ARGS cascades example/aster.json --reconstruct sometimes EXIT 2
  STDERR_TEXT "ricochet: --reconstruct: expected auto, always or never, got \"sometimes\"${try}")
ricochet_cli_test(cascades_bad_min_size ARGS cascades example/aster.json --min-size -2 EXIT 2
  STDERR_TEXT "ricochet: --min-size: expected a non-negative integer, got \"-2\"${try}")
ricochet_cli_test(cascades_usage_before_files ARGS cascades missing.json --by day EXIT 2
  STDERR_TEXT "ricochet: --by: expected cascade, author or team, got \"day\"${try}")
ricochet_cli_test(cascades_bad_input_writes_nothing
  ARGS cascades ${bad}/unknown_actor.json -o ${scratch}/never-cascades.csv
  EXIT 1 OUTPUT ${scratch}/never-cascades.csv OUTPUT_ABSENT 1
  STDERR_TEXT "ricochet: ${bad}/unknown_actor.json:3:34: unknown actor, got \"nobody\"\\n")
