# SPDX-License-Identifier: MIT
# report.html (visual/report_html.hpp) in a real browser: visual_write_report_sample writes the
# page for datasets/pharma-fr through the library (one organisation renamed like a script
# injection), then check_report.mjs opens it from file:// in Debian's Chromium, headless, through
# playwright-core (visual/web): no console error, no request, nothing injected runs, the map is
# drawn, searching a name selects the actor. .ci/build installs node, the npm packages and
# chromium: a missing one makes the test fail saying so, never skip.
# Included from tests/CMakeLists.txt: CMAKE_CURRENT_SOURCE_DIR is tests/.

# report_html_test.cpp parses the JSON blocks back.
target_link_libraries(visual_tests PRIVATE nlohmann_json::nlohmann_json)

add_executable(visual_write_report_sample ${CMAKE_CURRENT_SOURCE_DIR}/visual/write_report_sample.cpp)
target_link_libraries(visual_write_report_sample PRIVATE ricochet::visual ricochet::io)

set(report_sample ${CMAKE_CURRENT_BINARY_DIR}/report_sample/report.html)
add_test(NAME visual_report_sample
         COMMAND visual_write_report_sample ${PROJECT_SOURCE_DIR}/datasets/pharma-fr ${report_sample})
set_tests_properties(visual_report_sample PROPERTIES FIXTURES_SETUP visual_report_sample TIMEOUT 300)

# check_report.mjs REPORT NAME KEY [SCREENSHOT]: an actor of pharma-fr, by name and id.
find_program(RICOCHET_NODE node)
if(RICOCHET_NODE)
  add_test(NAME visual_report_chromium
           COMMAND ${RICOCHET_NODE} ${CMAKE_CURRENT_SOURCE_DIR}/visual/check_report.mjs ${report_sample}
                   "Xavier Clément" xavier-clement ${CMAKE_CURRENT_BINARY_DIR}/report_sample/map.png)
else()
  add_test(NAME visual_report_chromium COMMAND ${CMAKE_COMMAND} -E echo "node (nodejs) not found: run .ci/build")
  set_tests_properties(visual_report_chromium PROPERTIES FAIL_REGULAR_EXPRESSION "not found")
endif()
set_tests_properties(visual_report_chromium PROPERTIES FIXTURES_REQUIRED visual_report_sample TIMEOUT 300)
