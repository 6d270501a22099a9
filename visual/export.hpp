// SPDX-License-Identifier: MIT
#pragma once
// A map as files other tools open: Gephi (GEXF, GraphML), yEd and Cytoscape (GraphML), sigma.js
// and graphology (JSON), spreadsheets (CSV). Each writer takes a checked Map (map.hpp) and returns
// the whole file as text; nothing here touches files or prints. Labels and attribute values pass
// through escape.hpp, so no text a user's data holds can break a file or inject markup. The
// output is a function of the Map alone (no date, no host): the same map gives the same bytes.
#include <string>

#include "visual/map.hpp"

namespace ricochet::visual {

/// GEXF 1.3 (valid against the official RelaxNG schema): one `<attributes class="node">` block
/// with every vertex key, `viz:color`, `viz:size` and (once laid out) `viz:position` per node;
/// one edge per map arc with `kind` = layer and its weight.
[[nodiscard]] std::string to_gexf(const Map& map);

/// GraphML with typed keys: label, x, y, size, r, g, b for nodes (the names Gephi maps to its
/// visual properties), every vertex key, weight and layer for edges.
[[nodiscard]] std::string to_graphml(const Map& map);

/// graphology's serialisation (`graph.import()`), directed multi graph: node attributes label,
/// x, y, size, color and every vertex key; edge attributes layer, weight, size, color (no
/// attribute named `type`, which sigma.js reads as a renderer name).
[[nodiscard]] std::string to_graphology_json(const Map& map);

struct CsvTables {
    std::string nodes;  ///< id, name, then every vertex key (kind, organisation, sector, community, measures)
    std::string edges;  ///< source, target, layer, weight
};
[[nodiscard]] CsvTables to_csv(const Map& map);

}  // namespace ricochet::visual
