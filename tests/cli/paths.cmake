# SPDX-License-Identifier: MIT
# ricochet paths: CLI tests (included from CMakeLists.txt). Every figure of the golden files on
# example/paths_relay.json was counted by hand in datasets/example/PATHS.md.
set(relay example/paths_relay.json)
ricochet_cli_test(paths_help ARGS paths --help EXIT 0 STDOUT ${golden}/paths_help.stdout)
ricochet_cli_test(paths_relay ARGS paths ${relay} --from org-a --to assoc EXIT 0 STDOUT ${golden}/paths_relay.csv)
ricochet_cli_test(paths_relay_json ARGS paths ${relay} --from org-a --to assoc -k 3 --format json
  EXIT 0 STDOUT ${golden}/paths_relay.json)
ricochet_cli_test(paths_relay_output_file ARGS paths ${relay} --from org-a --to assoc -o ${scratch}/paths.csv
  EXIT 0 OUTPUT ${scratch}/paths.csv OUTPUT_GOLDEN ${golden}/paths_relay.csv)
# media-x has no post: the weight rule; its two paths tie at 1/3 and are listed by actor order.
ricochet_cli_test(paths_relay_weight_rule ARGS paths ${relay} --from media-x --to assoc --format table
  EXIT 0 STDOUT ${golden}/paths_relay_weights.table)
ricochet_cli_test(paths_relay_gatekeepers ARGS paths ${relay} --from-team org-a --to-kind association --gatekeepers
  EXIT 0 STDOUT ${golden}/paths_relay_gatekeepers.csv)
ricochet_cli_test(paths_relay_gatekeepers_table
  ARGS paths ${relay} --from-team org-a --to-kind association --gatekeepers --paths 3 --format table
  EXIT 0 STDOUT ${golden}/paths_relay_gatekeepers.table)
ricochet_cli_test(paths_same_actor ARGS paths ${relay} --from kol --to kol EXIT 0 STDOUT ${golden}/paths_same_actor.csv)
ricochet_cli_test(paths_no_path ARGS paths ${relay} --from assoc --to org-a EXIT 0 STDOUT ${golden}/paths_none.csv)
ricochet_cli_test(paths_empty_kind ARGS paths ${relay} --from org-a --to-kind institution EXIT 0
  STDOUT ${golden}/paths_none.csv
  STDERR_TEXT "ricochet: warning: --to-kind: no actor of this kind, got \"institution\"\\n")

ricochet_cli_test(paths_no_input ARGS paths --from a --to b EXIT 2 STDERR_TEXT "ricochet: paths: no INPUT given${try}")
ricochet_cli_test(paths_no_from ARGS paths ${relay} --to assoc EXIT 2
  STDERR_TEXT "ricochet: paths: one of --from, --from-team or --from-kind is required${try}")
ricochet_cli_test(paths_two_targets ARGS paths ${relay} --from org-a --to assoc --to-kind kol EXIT 2
  STDERR_TEXT "ricochet: --to, --to-team and --to-kind: give only one, got 2${try}")
ricochet_cli_test(paths_bad_kind ARGS paths ${relay} --from-kind pharma --to assoc EXIT 2
  STDERR_TEXT "ricochet: --from-kind: expected executive, company, association, kol, media, institution or other, got \"pharma\"${try}")
ricochet_cli_test(paths_bad_k ARGS paths ${relay} --from org-a --to assoc -k 0 EXIT 2
  STDERR_TEXT "ricochet: -k: expected an integer from 1 to 100000, got \"0\"${try}")
ricochet_cli_test(paths_paths_without_gatekeepers ARGS paths ${relay} --from org-a --to assoc --paths 10 EXIT 2
  STDERR_TEXT "ricochet: --paths: applies to --gatekeepers only (use -k), got \"10\"${try}")
ricochet_cli_test(paths_k_with_gatekeepers ARGS paths ${relay} --from org-a --to assoc --gatekeepers -k 3 EXIT 2
  STDERR_TEXT "ricochet: -k: --gatekeepers takes --paths instead, got \"3\"${try}")
ricochet_cli_test(paths_bad_format ARGS paths ${relay} --from org-a --to assoc --format xml EXIT 2
  STDERR_TEXT "ricochet: --format: expected csv, json or table, got \"xml\"${try}")
# Usage is checked before the file is read.
ricochet_cli_test(paths_usage_before_files ARGS paths missing.json --from org-a --to assoc -k x EXIT 2
  STDERR_TEXT "ricochet: -k: expected a non-negative integer, got \"x\"${try}")
# An id the data does not hold is an error about the data (exit 1), as for centrality --seeds.
ricochet_cli_test(paths_unknown_actor ARGS paths ${relay} --from org-a --to nobody EXIT 1
  STDERR_TEXT "ricochet: --to: no actor has this id, got \"nobody\"\\n")
ricochet_cli_test(paths_unknown_team ARGS paths ${relay} --from-team org-z --to assoc EXIT 1
  STDERR_TEXT "ricochet: --from-team: no actor has this id, got \"org-z\"\\n")
