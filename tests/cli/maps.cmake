# SPDX-License-Identifier: MIT
# ricochet render and export: CLI tests (included from CMakeLists.txt).
find_program(RICOCHET_SFDP sfdp)

# Our DOT text before layout (not Graphviz's output, which changes between versions). Checked by
# hand on example/paths_relay.json (in-strengths 2.6, 2.5, 2, 1.5, 0, 0 from `ricochet centrality`):
# width = (5 + 25 sqrt(x / 2.6)) / 72 inches (Aster 0.4167, Claire 0.4099, Léa 0.374, Santé
# 0.3332, others 0.0694); colours by kind: executive (2) first, then the ties by name:
# association, company, kol, media take Okabe-Ito orange, sky blue, green, yellow, blue;
# labels on the three largest; one line per pair, the heaviest layer's colour (repost 1,
# quote 1, comment 0.5, mention 0.5, reaction 0.1) and pen 0.4 + 1.6 sqrt(w / 1).
ricochet_cli_test(export_dot_relay
  ARGS export example/paths_relay.json --format dot --size-by in_strength --color-by kind --labels 3
  EXIT 0 STDOUT ${golden}/export_relay.dot
  STDERR_TEXT "ricochet: warning: eigenvector: undefined: the graph has no directed cycle (use katz)\\n")
ricochet_cli_test(render_help ARGS render --help EXIT 0 STDOUT ${golden}/render_help.stdout)
ricochet_cli_test(export_help ARGS export --help EXIT 0 STDOUT ${golden}/export_help.stdout)

# Usage errors: nothing is read, nothing is written.
ricochet_cli_test(render_no_input ARGS render EXIT 2 STDERR_TEXT "ricochet: render: no INPUT given${try}")
ricochet_cli_test(render_bad_view ARGS render example/aster.json --view globe EXIT 2
  STDERR_TEXT "ricochet: --view: expected network, team or paths, got \"globe\"${try}")
ricochet_cli_test(render_team_needs_id ARGS render example/aster.json --view team EXIT 2
  STDERR_TEXT "ricochet: --view team: --team ID is required${try}")
ricochet_cli_test(render_paths_needs_ends ARGS render example/aster.json --view paths --from org-aster EXIT 2
  STDERR_TEXT "ricochet: --view paths: --from A and --to B are required${try}")
ricochet_cli_test(render_filter_on_team ARGS render example/aster.json --view team --team org-aster --top 5 EXIT 2
  STDERR_TEXT "ricochet: --top, --k-core, --min-weight: filter --view network, got --view \"team\"${try}")
# Short relative names: a usage error quotes at most 40 characters of the token.
ricochet_cli_test(render_unknown_extension ARGS render example/aster.json -o map.bmp EXIT 2
  STDERR_TEXT "ricochet: -o: cannot tell the format from the file name (.svg, .png, .pdf, .gexf, .graphml, .dot, .json, or one -o with --format), got \"map.bmp\"${try}")
ricochet_cli_test(render_format_mismatch ARGS render example/aster.json --format png -o a.svg -o b.png EXIT 2
  STDERR_TEXT "ricochet: -o: the file name says svg but --format says png, got \"a.svg\"${try}")
ricochet_cli_test(render_option_of_another_view ARGS render example/aster.json --view team --team org-aster --labels 5 EXIT 2
  STDERR_TEXT "ricochet: --labels: applies to --view network, got --view \"team\"${try}")
ricochet_cli_test(render_paths_option_on_network ARGS render example/aster.json -k 3 EXIT 2
  STDERR_TEXT "ricochet: --backdrop, -k: apply to --view paths, got --view \"network\"${try}")
ricochet_cli_test(render_bad_format ARGS render example/aster.json --format gexf EXIT 2
  STDERR_TEXT "ricochet: --format: expected svg, png or pdf, got \"gexf\"${try}")
ricochet_cli_test(export_bad_format ARGS export example/aster.json --format svg EXIT 2
  STDERR_TEXT "ricochet: --format: expected gexf, graphml, dot, json or csv, got \"svg\"${try}")
ricochet_cli_test(export_csv_needs_folder ARGS export example/aster.json --format csv EXIT 2
  STDERR_TEXT "ricochet: --format: csv writes two files, give the folder with -o DIR${try}")
ricochet_cli_test(render_bad_dpi ARGS render example/aster.json --dpi 5 EXIT 2
  STDERR_TEXT "ricochet: --dpi: expected a number from 10 to 1200, got \"5\"${try}")
ricochet_cli_test(render_bad_color ARGS render example/aster.json --color-by mood EXIT 2
  STDERR_TEXT "ricochet: --color-by: expected community, kind or sector, got \"mood\"${try}")
# Data errors (exit 1): no file written, a previous one left as it was.
ricochet_cli_test(render_unknown_team ARGS render example/aster.json --view team --team nobody -o ${scratch}/team.svg
  EXIT 1 STDERR_TEXT "ricochet: --team: no actor has this id, got \"nobody\"\\n"
  OUTPUT ${scratch}/team.svg OUTPUT_PREVIOUS "previous map")
ricochet_cli_test(render_no_team ARGS render example/aster.json --view team --team sante-hebdo -o ${scratch}/team2.svg
  EXIT 1 STDERR_TEXT "ricochet: --team: this actor leads no team (no executive belongs to it), got \"sante-hebdo\"\\n"
  OUTPUT ${scratch}/team2.svg OUTPUT_ABSENT)
ricochet_cli_test(render_bad_size_by ARGS render example/paths_relay.json --size-by kind -o ${scratch}/size.svg
  EXIT 1 OUTPUT ${scratch}/size.svg OUTPUT_ABSENT
  STDERR_TEXT "ricochet: warning: eigenvector: undefined: the graph has no directed cycle (use katz)\\nricochet: --size-by: expected a measure (community, influence, engagement, in_strength, out_strength, in_repost, out_repost, in_quote, out_quote, in_comment, out_comment, in_mention, out_mention, in_reaction, out_reaction, amplifiers, pagerank, authority, hub, betweenness, harmonic, eigenvector, katz, core, in_core, out_core, clustering), got \"kind\"\\n")
ricochet_cli_test(render_no_path ARGS render example/paths_relay.json --view paths --from assoc --to org-a -o ${scratch}/nopath.svg
  EXIT 1 OUTPUT ${scratch}/nopath.svg OUTPUT_ABSENT
  STDERR_TEXT "ricochet: --view paths: no amplification path leads from \"assoc\" to \"org-a\"\\n")

# Whole runs, twice each: same bytes; SVG node groups (vertices + legend [+ group box]); XML
# well-formed, GEXF valid against the 1.3 schema; no "<script" from a label anywhere.
function(ricochet_map_test name)
  cmake_parse_arguments(M "" "SVG_NODES;SVG_LABELS" "ARGS;FILES" ${ARGN})
  string(REPLACE ";" "|" args "${M_ARGS}")
  string(REPLACE ";" "|" files "${M_FILES}")
  set(defines -DRICOCHET=$<TARGET_FILE:ricochet> -DWORKDIR=${PROJECT_SOURCE_DIR}/datasets "-DARGS=${args}"
              "-DFILES=${files}" -DSCRATCH=${scratch}/map_${name} -DXMLLINT=${RICOCHET_XMLLINT}
              -DGEXF_SCHEMA=${PROJECT_SOURCE_DIR}/tests/schemas/gexf-1.3/gexf.rng -DSFDP=${RICOCHET_SFDP})
  if(DEFINED M_SVG_NODES)
    list(APPEND defines -DSVG_NODES=${M_SVG_NODES})
  endif()
  if(DEFINED M_SVG_LABELS)
    list(APPEND defines "-DSVG_LABELS=${M_SVG_LABELS}")
  endif()
  add_test(NAME cli_map_${name} COMMAND ${CMAKE_COMMAND} ${defines} -P ${CMAKE_CURRENT_SOURCE_DIR}/check_map.cmake)
endfunction()

# pharma-fr: 2,033 actors + the legend; the three largest by influence are labelled.
ricochet_map_test(pharma_network
  ARGS render pharma-fr --labels 3 -o @/network.svg -o @/network.png -o @/network.pdf -o @/network.gexf
       -o @/network.graphml -o @/network.json -o @/network.dot
  FILES network.svg network.png network.pdf network.gexf network.graphml network.json network.dot
  SVG_NODES 2034)
# A team of 41 (the organisation and 40 executives), 30 outside actors, the legend, the box.
ricochet_map_test(pharma_team
  ARGS render pharma-fr --view team --team org-lumena-therapeutics -o @/team.svg -o @/team.gexf
  FILES team.svg team.gexf SVG_NODES 73 SVG_LABELS "Lumena Therapeutics")
ricochet_map_test(pharma_paths
  ARGS render pharma-fr --view paths --from kol-chloe-gautier --to asso-cercle-amarante-des-pharmaciens -k 3
       -o @/paths.svg -o @/paths.pdf
  FILES paths.svg paths.pdf SVG_LABELS "Pr Chloé Gautier|Cercle Amarante des Pharmaciens")
ricochet_map_test(nasty_labels
  ARGS render example/nasty_labels.json --labels 3 -o @/nasty.svg -o @/nasty.png -o @/nasty.pdf
       -o @/nasty.gexf -o @/nasty.graphml -o @/nasty.json -o @/nasty.dot
  FILES nasty.svg nasty.png nasty.pdf nasty.gexf nasty.graphml nasty.json nasty.dot SVG_NODES 5)
ricochet_map_test(export_csv
  ARGS export example/paths_relay.json --format csv -o @/tables
  FILES tables/nodes.csv tables/edges.csv)
set_tests_properties(cli_map_pharma_network PROPERTIES TIMEOUT 300)

# graphology (the npm package of visual/web) imports the exported JSON: 2,033 nodes and the
# 20,146 arcs of the interaction layers, one edge per arc.
if(RICOCHET_NODE)
  add_test(NAME cli_map_pharma_graphology COMMAND ${RICOCHET_NODE}
           ${PROJECT_SOURCE_DIR}/tests/visual/graphology_import.mjs ${scratch}/map_pharma_network/first/network.json 2033 20146)
  set_tests_properties(cli_map_pharma_graphology PROPERTIES DEPENDS cli_map_pharma_network)
endif()
