# SPDX-License-Identifier: MIT
# Every file of the bad-input corpus through the command line: `ricochet COMMAND FILE ...` must
# exit 1 with exactly `ricochet: tests/bad_inputs/<the message of expected.txt>` on stderr, print
# nothing on stdout and, when OUTPUT is set, leave no output behind.
# -D RICOCHET=... -D CORPUS=tests/bad_inputs -D ARGS=command|options (FILE goes after the command)
# [-D OUTPUT=path that must not exist afterwards]
string(REPLACE "|" ";" args "${ARGS}")
list(POP_FRONT args command)
file(STRINGS ${CORPUS}/expected.txt lines ENCODING UTF-8)
set(count 0)
foreach(line IN LISTS lines)
  if(line MATCHES "^#" OR line STREQUAL "")
    continue()
  endif()
  string(FIND "${line}" " | " bar)
  string(SUBSTRING "${line}" 0 ${bar} name)
  math(EXPR start "${bar} + 3")
  string(SUBSTRING "${line}" ${start} -1 message)
  if(DEFINED OUTPUT)
    file(REMOVE_RECURSE ${OUTPUT})
  endif()
  execute_process(COMMAND ${RICOCHET} ${command} ${CORPUS}/${name} ${args}
                  RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  set(want "ricochet: ${CORPUS}/${message}\n")
  if(NOT code EQUAL 1 OR NOT err STREQUAL want OR NOT out STREQUAL "")
    message(FATAL_ERROR "${command} ${name}: exit ${code}\n  stderr: ${err}\n  wanted: ${want}  stdout: ${out}")
  endif()
  if(DEFINED OUTPUT AND EXISTS ${OUTPUT})
    message(FATAL_ERROR "${command} ${name}: left ${OUTPUT} behind")
  endif()
  math(EXPR count "${count} + 1")
endforeach()
message(STATUS "${command}: ${count} bad inputs refused with their messages")
