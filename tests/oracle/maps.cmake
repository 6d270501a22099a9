# SPDX-License-Identifier: MIT
# ricochet export: oracle tests (included from CMakeLists.txt).
# tests/oracle/maps_oracle.py runs `ricochet export` in GraphML, GEXF, CSV and graphology JSON with
# one --seed and reads the four files back with NetworkX (GraphML), xml.etree (GEXF 1.3, which
# NetworkX 2.8.8 cannot read), csv and json. It compares the vertex set and the arcs per layer and
# weight with the influence graph it rebuilds from the input (teams_oracle.py's native reader,
# oracle_graph.py for GraphML/GEXF), the four formats with each other (every attribute, positions,
# colours, sizes, arc ids and widths), the measure columns with `ricochet centrality --measures
# all`, `communities` (+ 1), `rank --level actor` (influence, engagement) and `teams` (team,
# profile), PageRank with NetworkX and igraph and the strengths with the exported arcs, sizes with
# the README's 5 + 25 sqrt(x / max) (GEXF viz:size = half of it) and the palettes' rules.
set(maps_oracle ${CMAKE_CURRENT_SOURCE_DIR}/maps_oracle.py)
add_test(NAME oracle_maps_self_test
         COMMAND ${RICOCHET_ORACLE_PYTHON} ${maps_oracle} --self-test)
# pharma-fr: 2,033 actors, 20,146 arcs; then a time window with the member layer named.
add_test(NAME oracle_maps_pharma_fr
         COMMAND ${RICOCHET_ORACLE_PYTHON} ${maps_oracle} $<TARGET_FILE:ricochet> ${data}/pharma-fr/pharma-fr.json)
add_test(NAME oracle_maps_pharma_fr_window_all_layers
         COMMAND ${RICOCHET_ORACLE_PYTHON} ${maps_oracle} $<TARGET_FILE:ricochet> ${data}/pharma-fr/pharma-fr.json
                 --since 2021-04-01 --until 2021-06-30 --layers all --seed 3)
# Aster (datasets/example/README.md): defaults; the member layer named with other weights and
# seed; a window with the sizes by PageRank; labels with markup and control characters.
add_test(NAME oracle_maps_example
         COMMAND ${RICOCHET_ORACLE_PYTHON} ${maps_oracle} $<TARGET_FILE:ricochet> ${data}/example/aster.json)
add_test(NAME oracle_maps_example_member_layer
         COMMAND ${RICOCHET_ORACLE_PYTHON} ${maps_oracle} $<TARGET_FILE:ricochet> ${data}/example/aster.json
                 --layers repost,quote,mention,member --weights mention=0.3,member=2 --seed 7)
add_test(NAME oracle_maps_example_window_size_by_pagerank
         COMMAND ${RICOCHET_ORACLE_PYTHON} ${maps_oracle} $<TARGET_FILE:ricochet> ${data}/example/aster.json
                 --since 2021-03-02 --until 2021-03-04 --size-by pagerank)
add_test(NAME oracle_maps_nasty_labels
         COMMAND ${RICOCHET_ORACLE_PYTHON} ${maps_oracle} $<TARGET_FILE:ricochet> ${data}/example/nasty_labels.json)
# GraphML and GEXF inputs: Zachary's karate club (undirected: two arcs per edge), with weights.
add_test(NAME oracle_maps_karate
         COMMAND ${RICOCHET_ORACLE_PYTHON} ${maps_oracle} $<TARGET_FILE:ricochet> ${data}/graphs/karate.graphml)
add_test(NAME oracle_maps_karate_weighted
         COMMAND ${RICOCHET_ORACLE_PYTHON} ${maps_oracle} $<TARGET_FILE:ricochet> ${data}/graphs/karate_weighted.gexf)
