# SPDX-License-Identifier: MIT
# Exports (visual/export.hpp) checked by the tools that read them, on samples written by
# visual_write_samples from hand-built maps: the GEXF against the official GEXF 1.3 RelaxNG
# schema (tests/schemas/gexf-1.3), the GraphML as well-formed XML, the JSON through graphology's
# own import() (visual/web, installed by `npm ci`). .ci/build installs xmllint, node and the npm
# packages, so a missing tool is a failure here, never a skip.
# Included from tests/CMakeLists.txt: CMAKE_CURRENT_SOURCE_DIR is tests/.

# export_test.cpp parses the JSON back.
target_link_libraries(visual_tests PRIVATE nlohmann_json::nlohmann_json)

add_executable(visual_write_samples ${CMAKE_CURRENT_SOURCE_DIR}/visual/write_samples.cpp)
target_link_libraries(visual_write_samples PRIVATE ricochet::visual)

set(samples ${CMAKE_CURRENT_BINARY_DIR}/visual_samples)
add_test(NAME visual_export_samples COMMAND visual_write_samples ${samples})
set_tests_properties(visual_export_samples PROPERTIES FIXTURES_SETUP visual_export_samples)

find_program(RICOCHET_XMLLINT xmllint)
find_program(RICOCHET_NODE node)

# ricochet_export_check(NAME PROGRAM_VARIABLE HINT COMMAND...): a test on the samples, or, when
# the program is missing, a test that fails saying what to install.
function(ricochet_export_check name program hint)
  if(${program})
    add_test(NAME ${name} COMMAND ${${program}} ${ARGN})
  else()
    add_test(NAME ${name} COMMAND ${CMAKE_COMMAND} -E echo "${hint} not found: run .ci/build")
    set_tests_properties(${name} PROPERTIES FAIL_REGULAR_EXPRESSION "not found")
  endif()
  set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED visual_export_samples)
endfunction()

foreach(sample network unlaid)
  ricochet_export_check(visual_export_gexf_schema_${sample} RICOCHET_XMLLINT "xmllint (libxml2-utils)"
    --noout --relaxng ${PROJECT_SOURCE_DIR}/tests/schemas/gexf-1.3/gexf.rng ${samples}/${sample}.gexf)
  ricochet_export_check(visual_export_graphml_wellformed_${sample} RICOCHET_XMLLINT "xmllint (libxml2-utils)"
    --noout ${samples}/${sample}.graphml)
endforeach()

# graphology_import.mjs ARGS: FILE NODES EDGES [KEY of the node with the nasty label].
set(graphology_import ${CMAKE_CURRENT_SOURCE_DIR}/visual/graphology_import.mjs)
ricochet_export_check(visual_export_graphology_network RICOCHET_NODE "node (nodejs)"
  ${graphology_import} ${samples}/network.json 6 12 kol_dupont)
ricochet_export_check(visual_export_graphology_unlaid RICOCHET_NODE "node (nodejs)"
  ${graphology_import} ${samples}/unlaid.json 3 0)
set_tests_properties(visual_export_graphology_network visual_export_graphology_unlaid PROPERTIES
  ENVIRONMENT NODE_PATH=${PROJECT_SOURCE_DIR}/visual/web/node_modules)
