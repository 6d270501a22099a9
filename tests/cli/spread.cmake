# SPDX-License-Identifier: MIT
# ricochet spread: CLI tests (included from CMakeLists.txt). With constant:1 every hop is live, so
# each spread is the size of a reachable set: the golden files' figures are counted by hand in
# datasets/example/SPREAD.md, as are the exact expected spreads the learned-probability runs are
# checked against (within 4 standard errors).
set(relay example/paths_relay.json)
ricochet_cli_test(spread_help ARGS spread --help EXIT 0 STDOUT ${golden}/spread_help.stdout)
foreach(method imm celf)
  ricochet_cli_test(spread_relay_seeds_${method} ARGS spread ${relay} --seeds 2 --probabilities constant:1 --method ${method}
    EXIT 0 STDOUT ${golden}/spread_relay_seeds.csv)
endforeach()
ricochet_cli_test(spread_relay_team ARGS spread ${relay} --team org-a --probabilities constant:1
  EXIT 0 STDOUT ${golden}/spread_relay_team.csv)
ricochet_cli_test(spread_relay_team_table ARGS spread ${relay} --team org-a --probabilities constant:1 --format table
  EXIT 0 STDOUT ${golden}/spread_relay_team.table)
ricochet_cli_test(spread_relay_evaluate_json ARGS spread ${relay} --evaluate kol,assoc --probabilities constant:1
  --format json EXIT 0 STDOUT ${golden}/spread_relay_evaluate.json)
ricochet_cli_test(spread_relay_output_file ARGS spread ${relay} --seeds 2 --probabilities constant:1 -o ${scratch}/spread.csv
  EXIT 0 OUTPUT ${scratch}/spread.csv OUTPUT_GOLDEN ${golden}/spread_relay_seeds.csv)
# --candidates kind=executive: ceo-a reaches 4, dir-a among them, so dir-a adds nothing; the
# two executives are all the candidates there are, fewer than the 3 asked for.
ricochet_cli_test(spread_relay_candidates ARGS spread ${relay} --seeds 3 --probabilities constant:1 --candidates kind=executive
  EXIT 0 STDOUT ${golden}/spread_relay_candidates.csv)

function(ricochet_spread_exact name)
  cmake_parse_arguments(T "" "" "ARGS;EXACT" ${ARGN})
  string(REPLACE ";" "|" args "${T_ARGS}")
  add_test(NAME cli_spread_exact_${name}
           COMMAND ${CMAKE_COMMAND} -DRICOCHET=$<TARGET_FILE:ricochet> -DWORKDIR=${PROJECT_SOURCE_DIR}/datasets
                   "-DARGS=${args}" "-DEXACT=${T_EXACT}" -P ${CMAKE_CURRENT_SOURCE_DIR}/check_spread.cmake)
endfunction()
# Learned probabilities (1/2 on every hop of org-a, ceo-a and kol; media-x 1/3 and 2/3).
ricochet_spread_exact(ic ARGS spread ${relay} --evaluate org-a,media-x --simulations 200000
  EXACT 3.59375 5.019097)
ricochet_spread_exact(lt ARGS spread ${relay} --evaluate org-a --model lt --simulations 200000
  EXACT 3.131818)
ricochet_spread_exact(ic_kol_seed7 ARGS spread ${relay} --evaluate ceo-a,kol --simulations 100000 --seed 7
  EXACT 2.75 3.5)

ricochet_cli_test(spread_no_input ARGS spread --seeds 2 EXIT 2 STDERR_TEXT "ricochet: spread: no INPUT given${try}")
ricochet_cli_test(spread_no_question ARGS spread ${relay} EXIT 2
  STDERR_TEXT "ricochet: spread: give exactly one of --seeds, --evaluate and --team, got 0${try}")
ricochet_cli_test(spread_two_questions ARGS spread ${relay} --seeds 2 --team org-a EXIT 2
  STDERR_TEXT "ricochet: spread: give exactly one of --seeds, --evaluate and --team, got 2${try}")
ricochet_cli_test(spread_bad_model ARGS spread ${relay} --seeds 2 --model sir EXIT 2
  STDERR_TEXT "ricochet: --model: expected ic or lt, got \"sir\"${try}")
ricochet_cli_test(spread_bad_method ARGS spread ${relay} --seeds 2 --method greedy EXIT 2
  STDERR_TEXT "ricochet: --method: expected imm or celf, got \"greedy\"${try}")
ricochet_cli_test(spread_bad_probabilities ARGS spread ${relay} --seeds 2 --probabilities uniform EXIT 2
  STDERR_TEXT "ricochet: --probabilities: expected learned, weighted-cascade or constant:P, got \"uniform\"${try}")
ricochet_cli_test(spread_bad_constant ARGS spread ${relay} --seeds 2 --probabilities constant:1.5 EXIT 2
  STDERR_TEXT "ricochet: --probabilities: constant:P takes P in [0, 1], got \"1.5\"${try}")
ricochet_cli_test(spread_bad_epsilon ARGS spread ${relay} --seeds 2 --epsilon 1 EXIT 2
  STDERR_TEXT "ricochet: --epsilon: expected a number in (0, 1), got \"1\"${try}")
ricochet_cli_test(spread_epsilon_with_celf ARGS spread ${relay} --seeds 2 --method celf --epsilon 0.2 EXIT 2
  STDERR_TEXT "ricochet: --epsilon: applies to --seeds with --method imm only, got \"0.2\"${try}")
ricochet_cli_test(spread_zero_seeds ARGS spread ${relay} --seeds 0 EXIT 2
  STDERR_TEXT "ricochet: --seeds: expected an integer from 1 to 100000, got \"0\"${try}")
ricochet_cli_test(spread_zero_simulations ARGS spread ${relay} --seeds 1 --simulations 0 EXIT 2
  STDERR_TEXT "ricochet: --simulations: expected an integer from 1 to 10000000, got \"0\"${try}")
ricochet_cli_test(spread_bad_candidates ARGS spread ${relay} --seeds 2 --candidates role=ceo EXIT 2
  STDERR_TEXT "ricochet: --candidates: expected kind=KIND, sector=S or team=ORG, got \"role=ceo\"${try}")
ricochet_cli_test(spread_candidates_with_evaluate ARGS spread ${relay} --evaluate kol --candidates kind=kol EXIT 2
  STDERR_TEXT "ricochet: --candidates: applies to --seeds and --team only, got \"kind=kol\"${try}")
ricochet_cli_test(spread_usage_before_files ARGS spread missing.json --seeds x EXIT 2
  STDERR_TEXT "ricochet: --seeds: expected a non-negative integer, got \"x\"${try}")
ricochet_cli_test(spread_unknown_actor ARGS spread ${relay} --evaluate kol,nobody EXIT 1
  STDERR_TEXT "ricochet: --evaluate: no actor has this id, got \"nobody\"\\n")
ricochet_cli_test(spread_repeated_actor ARGS spread ${relay} --evaluate kol,kol EXIT 1
  STDERR_TEXT "ricochet: --evaluate: actor given twice, got \"kol\"\\n")
ricochet_cli_test(spread_unknown_team ARGS spread ${relay} --team org-z EXIT 1
  STDERR_TEXT "ricochet: --team: no team has the organisation \"org-z\" (a team is an organisation with at least one executive)\\n")
ricochet_cli_test(spread_executive_is_no_team ARGS spread ${relay} --team ceo-a EXIT 1
  STDERR_TEXT "ricochet: --team: no team has the organisation \"ceo-a\" (a team is an organisation with at least one executive)\\n")
ricochet_cli_test(spread_method_with_evaluate ARGS spread ${relay} --evaluate kol --method celf EXIT 2
  STDERR_TEXT "ricochet: --method: applies to --seeds only, got \"celf\"${try}")
# A tiny epsilon asks for more reverse-reachable sets than IMM holds: refused, not run.
ricochet_cli_test(spread_epsilon_too_small ARGS spread ${relay} --seeds 1 --epsilon 1e-9 EXIT 1
  STDERR_TEXT "ricochet: seeds: IMM would need more than 2^32 reverse-reachable sets (raise epsilon or lower ell), got epsilon 1e-09 and ell 1\\n")
ricochet_cli_test(spread_no_candidate ARGS spread ${relay} --seeds 2 --candidates sector=medtech EXIT 1
  STDERR_TEXT "ricochet: --candidates: no actor matches, got \"sector=medtech\"\\n")
ricochet_cli_test(spread_missing_file ARGS spread missing.json --seeds 2 EXIT 1
  STDERR_TEXT "ricochet: missing.json: no such file or folder\\n")
