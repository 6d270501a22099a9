// SPDX-License-Identifier: MIT
#pragma once
// Internal to io/: the graphml importer, reached through read_dataset().
#include "io/dataset_io.hpp"
#include "io/file_buffer.hpp"

namespace ricochet::io::detail {

/// Reads one GraphML file (yEd, Gephi, NetworkX, igraph, Cytoscape) into a checked dataset.
///
/// - Each `<node>` of the one top-level `<graph>` is an actor, in file order: id = the node id;
///   name from a key named `label` or `name` (case-insensitive; a key's name is its attr.name, or
///   its id when it has none), else from yEd's `<y:NodeLabel>` in a `yfiles.type="nodegraphics"`
///   key; `kind`, `function` (one of their names), `sector`, `role`, `organisation` /
///   `organization` (a node id) from keys of those names. Other keys are ignored.
/// - Each `<edge>` is an interaction source -> target ("source amplified target"): count from a
///   key `weight` or `Edge Weight` (1e-9 to 1e12, default 1), layer from a key `layer` (a layer
///   name, default options.edge_layer), time from a key `time` or `timestamp` (ISO 8601). An
///   undirected edge (`edgedefault="undirected"` unless the edge says `directed="true"`, or
///   `directed="false"`) is two interactions, one per direction (one for a self-loop). Without
///   `edgedefault` edges are directed, as the GraphML specification says.
/// - Keys may lack attr.type (yEd): values are read as text whatever the type. A key's
///   `<default>` applies to the nodes or edges (its `for`: node, edge or all) without that data.
/// - Errors: the root must be `<graphml>`; a second `<graph>`, a nested graph (in a node or an
///   edge) and hyperedges are refused; `<data>` must name a declared key; node ids must be
///   unique and edges must join declared nodes (unknown ones are skipped with --lenient).
///   The XML itself must be well-formed UTF-8 without any DOCTYPE (xml.hpp).
/// @throws ParseError for malformed content.
[[nodiscard]] ReadResult read_graphml(const FileBuffer& file, const ReadOptions& options);

}  // namespace ricochet::io::detail
