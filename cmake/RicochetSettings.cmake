# SPDX-License-Identifier: MIT
# ricochet_settings: the flags every ricochet target builds with (warnings, sanitizers).
add_library(ricochet_settings INTERFACE)
add_library(ricochet::settings ALIAS ricochet_settings)

target_compile_options(ricochet_settings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
  # Options structs are filled with designated initializers ({.damping = 0.9}); GCC 12 would
  # warn about every member left at its default.
  -Wno-missing-field-initializers
  # GCC 12 reports impossible std::string overlaps at -O3 (GCC bug 105329).
  $<$<AND:$<CXX_COMPILER_ID:GNU>,$<VERSION_LESS:$<CXX_COMPILER_VERSION>,13>>:-Wno-restrict>
  $<$<BOOL:${RICOCHET_WARNINGS_AS_ERRORS}>:-Werror>)
target_compile_definitions(ricochet_settings INTERFACE
  $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)
target_include_directories(ricochet_settings INTERFACE ${PROJECT_SOURCE_DIR})

if(RICOCHET_SANITIZE)
  target_compile_options(ricochet_settings INTERFACE
    -fsanitize=${RICOCHET_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(ricochet_settings INTERFACE -fsanitize=${RICOCHET_SANITIZE})
endif()

if(RICOCHET_FUZZ)
  # Instrument all of ricochet for coverage-guided fuzzing; fuzz targets add -fsanitize=fuzzer.
  target_compile_options(ricochet_settings INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -g)
  target_link_options(ricochet_settings INTERFACE -fsanitize=address,undefined)
endif()
