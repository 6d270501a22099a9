// SPDX-License-Identifier: MIT
#pragma once
// Internal to io/: the LinkedIn importer, reached through read_dataset(). A LinkedIn CSV (the
// member's own "Get a copy of your data" export, or an activity extractor's result) is read
// through a column mapping: a small JSON document saying which column holds the post URL, the
// actor, the time, the action, the parent post and the counts, and what each action value
// means. Built-in mappings cover LinkedIn's Shares.csv, Comments.csv and Reactions.csv and a
// PhantomBuster-style activity extractor; `ReadOptions::mapping` names a mapping file for
// anything else. README.md ("LinkedIn CSV") states every rule.
#include <optional>
#include <string>
#include <string_view>

#include "io/dataset_io.hpp"
#include "io/file_buffer.hpp"

namespace ricochet::io::detail {

/// Reads one LinkedIn CSV into a checked dataset, with the mapping file `options.mapping`, or
/// the built-in mapping its header selects when that is empty.
/// @throws ParseError for a malformed CSV or mapping (`FILE:LINE:COL: ..., got "token"`),
/// IoError when the mapping file cannot be read.
[[nodiscard]] ReadResult read_linkedin(const FileBuffer& file, const ReadOptions& options);

/// The same with the mapping already in memory (`mapping` null: a built-in mapping). For tests
/// and fuzzers.
[[nodiscard]] ReadResult read_linkedin(const FileBuffer& file, const FileBuffer* mapping,
                                       bool lenient);

/// True when `header` (the first line of a CSV file, BOM included if any) is the header of a
/// file one of the built-in LinkedIn mappings reads. Used by format detection.
[[nodiscard]] bool is_linkedin_header(std::string_view header);

/// The vanity name of a LinkedIn profile or page URL (`https://www.linkedin.com/in/Jane-Doe/`,
/// `/company/`, `/showcase/`, `/school/`): lower-case, percent-decoded; nullopt for anything else.
[[nodiscard]] std::optional<std::string> linkedin_slug(std::string_view cell);

}  // namespace ricochet::io::detail
