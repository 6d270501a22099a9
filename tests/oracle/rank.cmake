# SPDX-License-Identifier: MIT
# ricochet rank: oracle tests (included from CMakeLists.txt).
# tests/oracle/rank_oracle.py re-implements the influence scores from the header comment of
# algorithms/scoring/scores.hpp (engagement baseline, actor and team components, percentiles,
# normalised weights, contributions), the team definitions of teams.hpp and PRODUCT.md §2 (plain
# Python, teams_oracle.py's reader and influence graph with exact rational arc weights, NetworkX
# PageRank) and compares every row of `ricochet rank --format json`: components, percentiles and
# contributions within 1e-9, ties as the definition makes them, ranks, order, engagement ranks
# and movements. No --top below: every actor and team of the scored set is compared.
set(rank_oracle ${CMAKE_CURRENT_SOURCE_DIR}/rank_oracle.py)
set(rank_pharma_fr ${data}/pharma-fr/pharma-fr.json)
add_test(NAME oracle_rank_self_test
         COMMAND ${RICOCHET_ORACLE_PYTHON} ${rank_oracle} --self-test)
# pharma-fr: 2,033 actors and 258 teams, side by side with the engagement baseline.
add_test(NAME oracle_rank_pharma_fr_actors
         COMMAND ${RICOCHET_ORACLE_PYTHON} ${rank_oracle} $<TARGET_FILE:ricochet> ${rank_pharma_fr}
                 --level actor --compare engagement)
add_test(NAME oracle_rank_pharma_fr_teams
         COMMAND ${RICOCHET_ORACLE_PYTHON} ${rank_oracle} $<TARGET_FILE:ricochet> ${rank_pharma_fr}
                 --level team --compare engagement)
# The baseline alone (issue: "equal to an independent reference sum (Python over the raw
# dataset) for every actor and team"): ranked by engagement, every actor and every team, against
# the exact sums over the raw posts (--baseline-only: the other components are left to the tests
# above), with the default weights and with the config file's reactions 1, comments 2, shares 3.
foreach(level actor team)
  add_test(NAME oracle_rank_pharma_fr_baseline_${level}s
           COMMAND ${RICOCHET_ORACLE_PYTHON} ${rank_oracle} $<TARGET_FILE:ricochet> ${rank_pharma_fr}
                   --level ${level} --by engagement --compare engagement --baseline-only)
  add_test(NAME oracle_rank_pharma_fr_baseline_weighted_${level}s
           COMMAND ${RICOCHET_ORACLE_PYTHON} ${rank_oracle} $<TARGET_FILE:ricochet> ${rank_pharma_fr}
                   --level ${level} --by engagement --compare engagement --baseline-only
                   --config ${CMAKE_CURRENT_SOURCE_DIR}/rank_config.json)
endforeach()
# Scopes: percentiles among the teams of one sector; among executives, over a time window.
add_test(NAME oracle_rank_pharma_fr_teams_labs_biotech
         COMMAND ${RICOCHET_ORACLE_PYTHON} ${rank_oracle} $<TARGET_FILE:ricochet> ${rank_pharma_fr}
                 --level team --sector labs_biotech --compare engagement)
add_test(NAME oracle_rank_pharma_fr_executives_window
         COMMAND ${RICOCHET_ORACLE_PYTHON} ${rank_oracle} $<TARGET_FILE:ricochet> ${rank_pharma_fr}
                 --level actor --kind executive --since 2021-03-01 --until 2021-06-30 --compare engagement)
# A config file: weights to normalise (one of them 0, team keys left to their defaults) and
# engagement weights reactions 1, comments 2, shares 3.
foreach(level actor team)
  add_test(NAME oracle_rank_pharma_fr_config_${level}s
           COMMAND ${RICOCHET_ORACLE_PYTHON} ${rank_oracle} $<TARGET_FILE:ricochet> ${rank_pharma_fr}
                   --level ${level} --config ${CMAKE_CURRENT_SOURCE_DIR}/rank_config.json --compare engagement)
endforeach()
# --by a component with --top: the rows shown are the best of the scope, engagement ranks among it.
add_test(NAME oracle_rank_pharma_fr_pagerank_top
         COMMAND ${RICOCHET_ORACLE_PYTHON} ${rank_oracle} $<TARGET_FILE:ricochet> ${rank_pharma_fr}
                 --level actor --by pagerank --top 50 --compare engagement)
# Aster: 11 actors and two teams, checkable by hand (datasets/example/README.md).
foreach(level actor team)
  add_test(NAME oracle_rank_example_${level}s
           COMMAND ${RICOCHET_ORACLE_PYTHON} ${rank_oracle} $<TARGET_FILE:ricochet> ${data}/example/aster.json
                   --level ${level} --compare engagement)
endforeach()
