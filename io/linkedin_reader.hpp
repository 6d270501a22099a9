// SPDX-License-Identifier: MIT
#pragma once
// Internal to io/: the linkedin importer, reached through read_dataset().
#include <string_view>

#include "io/dataset_io.hpp"
#include "io/file_buffer.hpp"

namespace ricochet::io::detail {

/// Reads one linkedin file into a checked dataset.
/// @throws ParseError for malformed content.
[[nodiscard]] ReadResult read_linkedin(const FileBuffer& file, const ReadOptions& options);

/// True when `header` (the first line of a CSV file, BOM included if any) is the header of a
/// file one of the built-in LinkedIn mappings reads. Used by format detection.
[[nodiscard]] bool is_linkedin_header(std::string_view header);

}  // namespace ricochet::io::detail
