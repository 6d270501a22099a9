// SPDX-License-Identifier: MIT
#pragma once
// Internal to io/: the gexf importer, reached through read_dataset().
#include "io/dataset_io.hpp"
#include "io/file_buffer.hpp"

namespace ricochet::io::detail {

/// Reads one GEXF file (1.1draft, 1.2draft, 1.2 or 1.3: Gephi, NetworkX, graphology) into a
/// checked dataset.
///
/// - Each `<node>` of the `<graph>` is an actor, in file order: id = the node id; name = its
///   `label` (or an attribute titled `label` or `name`); `kind`, `function` (one of their names),
///   `sector`, `role`, `organisation` / `organization` (a node id) from `<attvalue>`s whose
///   `<attribute>` has that title (case-insensitive). Other attributes are ignored.
/// - Each `<edge>` is an interaction source -> target: count = its `weight` (or an attribute
///   titled `weight`; 1e-9 to 1e12, default 1); layer from an attribute titled `layer`, else the
///   1.3 `kind` (a layer name either way; default options.edge_layer); time from an attribute
///   titled `time` or `timestamp`, else the edge's `timestamp` when the graph's timeformat is
///   date or dateTime (ISO 8601). An undirected or mutual edge (its `type`, else the graph's
///   `defaultedgetype`, which defaults to undirected) is two interactions, one per direction (one
///   for a self-loop).
/// - An `<attribute>`'s `<default>` applies to the nodes or edges without that value. Dynamic
///   values (attributes of a `mode="dynamic"` block, attvalues with start, end or timestamp),
///   spells, parents and viz elements are ignored: ricochet reads the static graph.
/// - Errors: the root must be `<gexf>`; one `<graph>`; nested `<nodes>` (hierarchical graphs)
///   are refused; an `<attvalue>` must name a declared attribute; node ids must be unique and
///   edges must join declared nodes (unknown ones are skipped with --lenient). The XML itself
///   must be well-formed UTF-8 without any DOCTYPE (xml.hpp).
/// @throws ParseError for malformed content.
[[nodiscard]] ReadResult read_gexf(const FileBuffer& file, const ReadOptions& options);

}  // namespace ricochet::io::detail
