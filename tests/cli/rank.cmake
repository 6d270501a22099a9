# SPDX-License-Identifier: MIT
# ricochet rank: CLI tests (included from CMakeLists.txt).
# datasets/example/ricochets.json (teams_test.cpp draws it). With every weight on engagement, the
# score is the engagement percentile among the 8 actors: 100 (ann, 100), 6/7 (asso, 50), 5/7
# (bob, 24), 4/7 (acme, 10), 3/7 (cat, 6), and 1/14 x 100 for the three at 0 (positions 0-2 of
# 0-7 share the mean 1); ties by id; the baseline rank equals the rank.
set(configs ../tests/cli/configs)
ricochet_cli_test(rank_help ARGS rank --help EXIT 0 STDOUT ${golden}/rank_help.stdout)
ricochet_cli_test(rank_engagement_only ARGS rank example/ricochets.json --config ${configs}/engagement_only.json
  --compare engagement EXIT 0 STDOUT ${golden}/rank_engagement_only.csv)
# Teams by the study's sum: acme 130 (ann 100 + bob 24 + cat 6), other-co 0.
ricochet_cli_test(rank_teams_engagement ARGS rank example/ricochets.json --level team --by engagement --format table
  EXIT 0 STDOUT ${golden}/rank_teams_engagement.table)
ricochet_cli_test(rank_no_input ARGS rank EXIT 2 STDERR_TEXT "ricochet: rank: no INPUT given${try}")
ricochet_cli_test(rank_bad_level ARGS rank example/ricochets.json --level org EXIT 2
  STDERR_TEXT "ricochet: --level: expected actor or team, got \"org\"${try}")
ricochet_cli_test(rank_bad_by ARGS rank example/ricochets.json --level team --by amplifiers EXIT 2
  STDERR_TEXT "ricochet: --by: expected influence or engagement, pagerank, reach, outside or yield, got \"amplifiers\"${try}")
ricochet_cli_test(rank_kind_of_teams ARGS rank example/ricochets.json --level team --kind kol EXIT 2
  STDERR_TEXT "ricochet: --kind: applies to actors, got --level \"team\"${try}")
ricochet_cli_test(rank_bad_compare ARGS rank example/ricochets.json --compare pagerank EXIT 2
  STDERR_TEXT "ricochet: --compare: expected engagement, got \"pagerank\"${try}")
ricochet_cli_test(rank_bad_preset ARGS rank example/ricochets.json --preset forbes EXIT 2
  STDERR_TEXT "ricochet: --preset: expected study, got \"forbes\"${try}")
ricochet_cli_test(rank_bad_config ARGS rank example/ricochets.json --config ${configs}/bad_weight.json
  -o ${scratch}/rank_never.csv EXIT 1 OUTPUT ${scratch}/rank_never.csv OUTPUT_ABSENT 1
  STDERR_TEXT "ricochet: ${configs}/bad_weight.json:2:3: \"actor_weights.pagerank\" must be a number >= 0, got \"high\"\\n")
ricochet_cli_test(rank_missing_config ARGS rank example/ricochets.json --config ${configs}/nowhere.json EXIT 1
  STDERR_TEXT "ricochet: ${configs}/nowhere.json: no such file or folder\\n")
# --by a centrality column: the betweenness of example/relay.edgelist (counted by hand for
# golden/centrality_relay.csv: d 3, b 1, c 1, a 0, e 0), ties by id.
ricochet_cli_test(rank_relay_betweenness ARGS rank example/relay.edgelist --by betweenness --format table
  EXIT 0 STDOUT ${golden}/rank_relay_betweenness.table)
ricochet_cli_test(rank_preset_ranks_teams ARGS rank example/ricochets.json --preset study --level=actor EXIT 2
  STDERR_TEXT "ricochet: --preset: the study ranks teams, got --level \"actor\"${try}")
# An undefined measure is said, not silently ranked by id.
ricochet_cli_test(rank_undefined_measure ARGS rank example/relay.edgelist --by eigenvector -o ${scratch}/rank_eigen.csv
  EXIT 0 STDERR_TEXT "ricochet: warning: eigenvector: undefined: the graph has no directed cycle (use katz)\n")
