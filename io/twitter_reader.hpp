// SPDX-License-Identifier: MIT
#pragma once
// Internal to io/: the twitter importer, reached through read_dataset().
#include "io/dataset_io.hpp"
#include "io/file_buffer.hpp"

namespace ricochet::io::detail {

/// Reads one twitter file into a checked dataset.
/// @throws ParseError for malformed content.
[[nodiscard]] ReadResult read_twitter(const FileBuffer& file, const ReadOptions& options);

}  // namespace ricochet::io::detail
