# SPDX-License-Identifier: MIT
# ricochet teams: CLI tests (included from CMakeLists.txt).
# datasets/example/ricochets.json is the dataset drawn in tests/algorithms/teams_test.cpp, whose
# figures are worked out by hand there (the CSV holds the same values).
ricochet_cli_test(teams_help ARGS teams --help EXIT 0 STDOUT ${golden}/teams_help.stdout)
ricochet_cli_test(teams_csv ARGS teams example/ricochets.json EXIT 0 STDOUT ${golden}/teams_ricochets.csv)
ricochet_cli_test(teams_card ARGS teams example/ricochets.json --team acme EXIT 0 STDOUT ${golden}/teams_card.table)
# A 20-minute window keeps one ricochet: the reaction 10 minutes after p5.
ricochet_cli_test(teams_short_window ARGS teams example/ricochets.json --window 20m --format table
  EXIT 0 STDOUT ${golden}/teams_window.table)
ricochet_cli_test(teams_output_file ARGS teams example/ricochets.json -o ${scratch}/teams.csv
  EXIT 0 OUTPUT ${scratch}/teams.csv OUTPUT_GOLDEN ${golden}/teams_ricochets.csv)
ricochet_cli_test(teams_no_input ARGS teams EXIT 2 STDERR_TEXT "ricochet: teams: no INPUT given${try}")
ricochet_cli_test(teams_bad_window ARGS teams example/ricochets.json --window 0h EXIT 2
  STDERR_TEXT "ricochet: --window: expected a positive duration such as 72h, 90m or 3d, got \"0h\"${try}")
ricochet_cli_test(teams_bad_format ARGS teams example/ricochets.json --format xml EXIT 2
  STDERR_TEXT "ricochet: --format: expected csv, json or table, got \"xml\"${try}")
ricochet_cli_test(teams_card_is_not_csv ARGS teams example/ricochets.json --team acme --format csv EXIT 2
  STDERR_TEXT "ricochet: --team: a card is json or table, got --format \"csv\"${try}")
ricochet_cli_test(teams_unknown_team ARGS teams example/ricochets.json --team nobody EXIT 1
  STDERR_TEXT "ricochet: --team: no team has the organisation \"nobody\" (a team is an organisation with at least one executive)\\n")
ricochet_cli_test(teams_bad_input ARGS teams ${bad}/truncated.json -o ${scratch}/teams_never.csv
  EXIT 1 OUTPUT ${scratch}/teams_never.csv OUTPUT_ABSENT 1
  STDERR_TEXT "ricochet: ${bad}/truncated.json:2:23: unexpected end of input\\n")
