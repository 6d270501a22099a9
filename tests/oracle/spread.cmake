# SPDX-License-Identifier: MIT
# ricochet spread: oracle tests (included from CMakeLists.txt). tests/oracle/spread_oracle.py
# derives the hop probabilities again from the raw input (learned: the echo and weight rules of
# paths.hpp; weighted-cascade; constant:P) and checks the reported spreads against NetworkX
# reachability (constant:1), against its own Monte Carlo (its own IC and LT code and random
# numbers, within 4 combined standard errors), IMM against CELF (5 %), the --team rows against
# --evaluate of the same actors, and byte-identical output across runs and thread counts.
# Each test takes under 20 s on one core.
set(spread_oracle ${CMAKE_CURRENT_SOURCE_DIR}/spread_oracle.py)
# The oracle's simulators against exact expectations (2^11 live-edge worlds) on the example.
add_test(NAME oracle_spread_self_test
         COMMAND ${RICOCHET_ORACLE_PYTHON} ${spread_oracle} --self-test ${data}/example/paths_relay.json)
# name:path:input options (":" inside a field is not used).
set(spread_inputs pharma_fr:${data}/pharma-fr/pharma-fr.json
                  higgs_retweet_20k:${data}/higgs/higgs-retweet-20k.edgelist.gz:--edge-layer:repost)
foreach(input ${spread_inputs})
  string(REPLACE ":" ";" input ${input})
  list(POP_FRONT input name path)
  add_test(NAME oracle_spread_reach_${name}
           COMMAND ${RICOCHET_ORACLE_PYTHON} ${spread_oracle} $<TARGET_FILE:ricochet> ${path} reach ${input})
  # IMM (k = 10) against this script's Monte Carlo and against CELF, per model and probabilities.
  foreach(model ic lt)
    foreach(probabilities learned weighted-cascade)
      string(REPLACE "-" "_" label ${probabilities})
      # LT: the oracle simulates world by world (slower than its bit-parallel IC): 5000 worlds.
      set(worlds --worlds 10000 --simulations 10000)
      if(model STREQUAL "lt")
        set(worlds --worlds 5000 --simulations 5000)
      endif()
      add_test(NAME oracle_spread_methods_${name}_${model}_${label}
               COMMAND ${RICOCHET_ORACLE_PYTHON} ${spread_oracle} $<TARGET_FILE:ricochet> ${path} methods
                       --model ${model} --probabilities ${probabilities} --k 10 ${worlds} ${input})
    endforeach()
  endforeach()
endforeach()
# Teams of 9 and 10 members (pharma-fr's ground truth: carried and collective cultures).
add_test(NAME oracle_spread_team_pharma_fr
         COMMAND ${RICOCHET_ORACLE_PYTHON} ${spread_oracle} $<TARGET_FILE:ricochet>
                 ${data}/pharma-fr/pharma-fr.json team --team org-laboratoires-cytia --team org-serea-diagnostics)
add_test(NAME oracle_spread_determinism_pharma_fr
         COMMAND ${RICOCHET_ORACLE_PYTHON} ${spread_oracle} $<TARGET_FILE:ricochet>
                 ${data}/pharma-fr/pharma-fr.json determinism --team org-laboratoires-cytia)
add_test(NAME oracle_spread_determinism_higgs_retweet_20k
         COMMAND ${RICOCHET_ORACLE_PYTHON} ${spread_oracle} $<TARGET_FILE:ricochet>
                 ${data}/higgs/higgs-retweet-20k.edgelist.gz determinism --edge-layer repost)
