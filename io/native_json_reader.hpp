// SPDX-License-Identifier: MIT
#pragma once
// Internal to io/: the native JSON document and its JSON Lines variant, parsed with simdjson
// On-Demand into a DatasetAssembler.
#include "io/dataset_assembler.hpp"
#include "io/file_buffer.hpp"

namespace ricochet::io::detail {

/// `{"format": "ricochet", "version": 1, "actors": [...], "posts": [...], "engagements": [...],
/// "interactions": [...]}`.
void parse_native_document(const FileBuffer& file, DatasetAssembler& assembler);

/// A header line `{"format": "ricochet", "version": 1}`, then one record per line, each an
/// object whose `"record"` is actor, post, engagement or interaction. Blank lines are allowed.
void parse_native_lines(const FileBuffer& file, DatasetAssembler& assembler);

/// True when `line` is a JSON Lines header: an object with "format": "ricochet" and at most a
/// "version" besides.
[[nodiscard]] bool is_native_header(std::string_view line);

}  // namespace ricochet::io::detail
