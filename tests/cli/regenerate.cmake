# SPDX-License-Identifier: MIT
# Regenerates a bundled synthetic dataset and checks it is byte-identical to the committed one.
# -D RICOCHET=binary -D PRESET=name -D SEED=n -D OUT=scratch folder -D EXPECTED=committed folder
file(REMOVE_RECURSE "${OUT}")
execute_process(COMMAND "${RICOCHET}" generate --preset ${PRESET} --seed ${SEED} --out "${OUT}"
                RESULT_VARIABLE code ERROR_VARIABLE err)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "generate failed (${code}): ${err}")
endif()
set(files ${PRESET}.json actors.csv posts.csv engagements.csv interactions.csv ground_truth.json)
file(GLOB written RELATIVE "${OUT}" "${OUT}/*")
list(SORT written)
set(expected_files ${files})
list(SORT expected_files)
if(NOT written STREQUAL expected_files)
  message(FATAL_ERROR "generate wrote ${written}, expected ${expected_files}")
endif()
foreach(name ${files})
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${OUT}/${name}" "${EXPECTED}/${name}"
                  RESULT_VARIABLE different)
  if(different)
    message(FATAL_ERROR "${name} differs from ${EXPECTED}/${name}: regeneration is not byte-identical")
  endif()
endforeach()
file(REMOVE_RECURSE "${OUT}")
