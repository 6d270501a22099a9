# SPDX-License-Identifier: MIT
# The sanitizer pass. `.ci/build` configures build-sanitize/ with RICOCHET_SANITIZE=address,undefined
# and builds its `sanitized_suites` target: the four unit-test executables and the fuzz replays.
# The normal build registers CTest tests that run those binaries, so the README's test command
# runs the whole pass; a binary that is missing fails its test rather than skipping it. The
# replays' tests are registered in fuzz/CMakeLists.txt, which knows their seeds.
set(sanitized_units graph_tests algorithms_tests io_tests visual_tests)
set(sanitized_replays native_json native_lines csv_bundle edge_list label_escape twitter linkedin graphml gexf read_any)
if(RICOCHET_SANITIZE)
  set(replay_targets)
  foreach(target ${sanitized_replays})
    list(APPEND replay_targets replay_${target})
  endforeach()
  # The control for the leak suppressions (sanitize/lsan_control.cpp).
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(CONTROL_GRAPHVIZ REQUIRED IMPORTED_TARGET libgvc libcgraph)
  add_executable(lsan_control sanitize/lsan_control.cpp)
  target_link_libraries(lsan_control PRIVATE ricochet::settings PkgConfig::CONTROL_GRAPHVIZ)
  add_custom_target(sanitized_suites)
  add_dependencies(sanitized_suites ${sanitized_units} ${replay_targets} lsan_control)  # the replays: tests/fuzz
elseif(NOT RICOCHET_FUZZ)
  set(RICOCHET_SANITIZED_BUILD ${PROJECT_SOURCE_DIR}/build-sanitize CACHE PATH
      "Where .ci/build builds the unit tests with ASan and UBSan")
  # Any sanitizer report fails the test, leaks included (LeakSanitizer). Only visual_tests, which
  # renders through Graphviz, has suppressions (tests/sanitize/lsan.supp), by function: what
  # Graphviz, pango and fontconfig allocate in a layout and keep for the life of the process. Its
  # malloc stacks are unwound in full (Debian's libraries have no frame pointers) so that those
  # functions appear in them.
  set(sanitizer_environment
      "ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:halt_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
      "UBSAN_OPTIONS=print_stacktrace=1")
  set(graphviz_environment ${sanitizer_environment}
      "LSAN_OPTIONS=suppressions='${CMAKE_CURRENT_SOURCE_DIR}/sanitize/lsan.supp':print_suppressions=1")
  string(REPLACE "ASAN_OPTIONS=" "ASAN_OPTIONS=fast_unwind_on_malloc=0:malloc_context_size=64:"
         graphviz_environment "${graphviz_environment}")
  # First bring build-sanitize up to date with the sources (a no-op after .ci/build), so no
  # sanitized test ever runs a stale binary.
  add_test(NAME sanitized_build COMMAND ${CMAKE_COMMAND} --build ${RICOCHET_SANITIZED_BUILD} --target sanitized_suites)
  set_tests_properties(sanitized_build PROPERTIES FIXTURES_SETUP sanitized RESOURCE_LOCK build_sanitize)
  foreach(suite ${sanitized_units})
    add_test(NAME sanitized_${suite} COMMAND ${RICOCHET_SANITIZED_BUILD}/tests/${suite} --log_level=warning)
    set_tests_properties(sanitized_${suite} PROPERTIES ENVIRONMENT "${sanitizer_environment}"
                                                        FIXTURES_REQUIRED sanitized)
  endforeach()
  set_tests_properties(sanitized_visual_tests PROPERTIES ENVIRONMENT "${graphviz_environment}")
  # The suppressions hide Graphviz's caches, not a forgotten gvFreeLayout: the control is clean
  # when it frees its layouts and must report leaks when it does not.
  add_test(NAME sanitized_lsan_control_frees COMMAND ${RICOCHET_SANITIZED_BUILD}/tests/lsan_control free)
  add_test(NAME sanitized_lsan_control_forgets COMMAND ${RICOCHET_SANITIZED_BUILD}/tests/lsan_control)
  set_tests_properties(sanitized_lsan_control_frees sanitized_lsan_control_forgets PROPERTIES
                       ENVIRONMENT "${graphviz_environment}" FIXTURES_REQUIRED sanitized)
  set_tests_properties(sanitized_lsan_control_forgets PROPERTIES
                       PASS_REGULAR_EXPRESSION "ERROR: LeakSanitizer: detected memory leaks")
endif()
