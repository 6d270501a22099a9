# SPDX-License-Identifier: MIT
# ricochet analyze: CLI tests (included from CMakeLists.txt).
ricochet_cli_test(analyze_help ARGS analyze --help EXIT 0 STDOUT ${golden}/analyze_help.stdout)
ricochet_cli_test(analyze_bad_teams ARGS analyze example/aster.json --teams 11 EXIT 2
  STDERR_TEXT "ricochet: --teams: expected an integer from 0 to 10, got \"11\"${try}")
ricochet_cli_test(analyze_missing_input ARGS analyze example/none.json --out ${scratch}/none EXIT 1
  STDERR_TEXT "ricochet: example/none.json: no such file or folder\\n")

# The whole folder, twice (1 and 2 threads): byte-identical, complete, no raw markup from names.
function(ricochet_analyze_test name input)
  add_test(NAME cli_analyze_${name}
           COMMAND ${CMAKE_COMMAND} -DRICOCHET=$<TARGET_FILE:ricochet> -DWORKDIR=${PROJECT_SOURCE_DIR}/datasets
                   -DINPUT=${input} -DSCRATCH=${scratch}/analyze_${name} ${ARGN}
                   -P ${CMAKE_CURRENT_SOURCE_DIR}/check_analyze.cmake)
endfunction()
ricochet_analyze_test(pharma_fr pharma-fr -DTEAM_MAPS=5)
ricochet_analyze_test(nasty_labels example/nasty_labels.json -DTEAM_MAPS=1)
set_tests_properties(cli_analyze_pharma_fr PROPERTIES TIMEOUT 300)

# report.html of `ricochet analyze` in headless Chromium (tests/visual/check_report.mjs): no console
# error, no request, nothing injected runs, the map is drawn, searching a name selects the actor.
# On the bad-label dataset the actor searched for is the one named `</script><img src=x onerror=alert(1)>`.
set_tests_properties(cli_analyze_pharma_fr PROPERTIES FIXTURES_SETUP analyze_pharma_fr)
set_tests_properties(cli_analyze_nasty_labels PROPERTIES FIXTURES_SETUP analyze_nasty_labels)
if(RICOCHET_NODE)
  add_test(NAME cli_analyze_pharma_fr_chromium
           COMMAND ${RICOCHET_NODE} ${PROJECT_SOURCE_DIR}/tests/visual/check_report.mjs
                   ${scratch}/analyze_pharma_fr/threads-1/report.html "Xavier Clément" xavier-clement
                   ${scratch}/analyze_pharma_fr/map.png)
  add_test(NAME cli_analyze_nasty_labels_chromium
           COMMAND ${RICOCHET_NODE} ${PROJECT_SOURCE_DIR}/tests/visual/check_report.mjs
                   ${scratch}/analyze_nasty_labels/threads-1/report.html "</script><img src=x onerror=alert(1)>" img)
  set_tests_properties(cli_analyze_pharma_fr_chromium PROPERTIES FIXTURES_REQUIRED analyze_pharma_fr
                       ENVIRONMENT CHECK_INJECTED=0 TIMEOUT 300)
  set_tests_properties(cli_analyze_nasty_labels_chromium PROPERTIES FIXTURES_REQUIRED analyze_nasty_labels
                       ENVIRONMENT CHECK_INJECTED=0 TIMEOUT 300)
endif()
