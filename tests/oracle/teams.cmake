# SPDX-License-Identifier: MIT
# ricochet teams: oracle tests (included from CMakeLists.txt).
# tests/oracle/teams_oracle.py re-implements every team metric from the definitions of
# algorithms/amplification/teams.hpp and PRODUCT.md §2 (plain Python, its own reader and influence
# graph; Shapley by definition for teams of at most 12 members, the closed form beyond) and
# compares every field of `ricochet teams --format json` (reals within 1e-9).
set(teams_oracle ${CMAKE_CURRENT_SOURCE_DIR}/teams_oracle.py)
add_test(NAME oracle_teams_self_test
         COMMAND ${RICOCHET_ORACLE_PYTHON} ${teams_oracle} --self-test)
# Aster: two teams, every figure checkable by hand (datasets/example/README.md).
add_test(NAME oracle_teams_example
         COMMAND ${RICOCHET_ORACLE_PYTHON} ${teams_oracle} $<TARGET_FILE:ricochet> ${data}/example/aster.json)
# pharma-fr: 258 teams (236 of at most 12 members), posts, events, every profile.
add_test(NAME oracle_teams_pharma_fr
         COMMAND ${RICOCHET_ORACLE_PYTHON} ${teams_oracle} $<TARGET_FILE:ricochet> ${data}/pharma-fr/pharma-fr.json)
# A shorter echo window and a time window: echoes of posts before --since are not ricochets.
add_test(NAME oracle_teams_pharma_fr_window
         COMMAND ${RICOCHET_ORACLE_PYTHON} ${teams_oracle} $<TARGET_FILE:ricochet> ${data}/pharma-fr/pharma-fr.json
                 --window 24h --since 2021-03-01 --until 2021-08-31)
# Fewer layers and a weight: the arc metrics move, the post metrics do not.
add_test(NAME oracle_teams_pharma_fr_layers
         COMMAND ${RICOCHET_ORACLE_PYTHON} ${teams_oracle} $<TARGET_FILE:ricochet> ${data}/pharma-fr/pharma-fr.json
                 --layers repost,quote,comment --weights repost=2)
# TIMME PureP: real Twitter relations of 585 US politicians, parties as teams (314, 271 and 3
# members), interactions only (datasets/timme-purep/README.md).
add_test(NAME oracle_teams_timme_purep
         COMMAND ${RICOCHET_ORACLE_PYTHON} ${teams_oracle} $<TARGET_FILE:ricochet>
                 ${data}/timme-purep/timme-purep.json.gz)
# Edge cases written by the oracle's author: equal-time loops of echoes, events without a time,
# posts echoed before the window, actors without posts or names, a nested organisation.
foreach(case edge edge2 edge3 nested)
  add_test(NAME oracle_teams_case_${case}
           COMMAND ${RICOCHET_ORACLE_PYTHON} ${teams_oracle} $<TARGET_FILE:ricochet>
                   ${CMAKE_CURRENT_SOURCE_DIR}/teams_cases/${case}.json)
endforeach()
