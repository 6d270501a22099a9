// SPDX-License-Identifier: MIT
#pragma once
#include "io/dataset_io.hpp"
#include "io/file_buffer.hpp"

namespace ricochet::io::detail {

/// A plain edge list: `src dst [weight] [time] [layer]` per line, separated by whitespace, or by
/// commas when the first data line has one; `#` or `%` start a comment line; a first line naming
/// its columns (source/target, src/dst, from/to) is skipped. Column 1 amplified column 2 (as in
/// SNAP's Higgs files). The weight counts interactions (default 1, positive, finite); the time is
/// Unix seconds or ISO 8601; the layer defaults to options.edge_layer. Every id becomes an actor
/// of kind other, in order of first appearance.
[[nodiscard]] ReadResult read_edge_list(const FileBuffer& file, const ReadOptions& options);

}  // namespace ricochet::io::detail
