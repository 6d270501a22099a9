// SPDX-License-Identifier: MIT
#pragma once
// Internal to io/: the CSV bundle, a folder with actors.csv and optional posts.csv,
// engagements.csv and interactions.csv (see the README for the columns).
#include <deque>
#include <filesystem>

#include "io/dataset_assembler.hpp"
#include "io/file_buffer.hpp"

namespace ricochet::io::detail {

/// The tables of a bundle, in the order they are read.
enum class CsvTable { actors, posts, engagements, interactions };

/// Parses one table of a bundle from `file`, which must outlive `assembler`.
void parse_csv_table(CsvTable table, const FileBuffer& file, DatasetAssembler& assembler);

/// Loads the bundle's files into `files` (which must outlive `assembler`) and parses them.
void parse_csv_bundle(const std::filesystem::path& folder, std::deque<FileBuffer>& files,
                      DatasetAssembler& assembler);

}  // namespace ricochet::io::detail
