# SPDX-License-Identifier: MIT
# ricochet paths: oracle tests (included from CMakeLists.txt). tests/oracle/paths_oracle.py
# recomputes the hop probabilities of pharma-fr from its raw JSON by the documented rule and
# compares the k = 5 paths of seeded actor pairs, and a team -> associations gatekeeper ranking,
# with NetworkX's shortest_simple_paths on -log p.
set(paths_oracle ${CMAKE_CURRENT_SOURCE_DIR}/paths_oracle.py)
add_test(NAME oracle_paths_pharma_fr
         COMMAND ${RICOCHET_ORACLE_PYTHON} ${paths_oracle} $<TARGET_FILE:ricochet> ${data}/pharma-fr/pharma-fr.json)
add_test(NAME oracle_paths_pharma_fr_window
         COMMAND ${RICOCHET_ORACLE_PYTHON} ${paths_oracle} $<TARGET_FILE:ricochet> ${data}/pharma-fr/pharma-fr.json
                 --since 2021-03-01 --until 2021-06-30)
