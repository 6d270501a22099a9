# SPDX-License-Identifier: MIT
# ricochet cascades: oracle tests (included from CMakeLists.txt).
# tests/oracle/cascades_twitter15.py converts the Twitter15 trees copied in
# datasets/cascades-twitter15 (30 files, 9,083 lines) to one native dataset and compares size,
# depth, max breadth and structural virality of every cascade with a breadth-first computation
# over all pairs of each tree (virality within 1e-9).
set(cascades_oracle ${CMAKE_CURRENT_SOURCE_DIR}/cascades_twitter15.py)
add_test(NAME oracle_cascades_self_test
         COMMAND ${RICOCHET_ORACLE_PYTHON} ${cascades_oracle} --self-test)
add_test(NAME oracle_cascades_twitter15
         COMMAND ${RICOCHET_ORACLE_PYTHON} ${cascades_oracle} $<TARGET_FILE:ricochet>
                 ${data}/cascades-twitter15/tree)
