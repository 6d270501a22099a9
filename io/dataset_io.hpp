// SPDX-License-Identifier: MIT
#pragma once
// Reading and writing datasets. Every reader turns a file (or a CSV-bundle folder) into a
// Dataset whose references are resolved and checked, or throws ParseError with
// `FILE:LINE[:COL]: what is wrong, got "token"`.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "graph/enum_names.hpp"
#include "graph/model.hpp"

namespace ricochet::io {

enum class InputFormat : std::uint8_t {
    native, native_lines, csv_bundle, edgelist, twitter, linkedin, graphml, gexf
};

}  // namespace ricochet::io

namespace ricochet {
template <>
struct EnumNames<io::InputFormat> {
    static constexpr std::array<std::string_view, 8> names{
        "native", "native-lines", "csv-bundle", "edgelist", "twitter", "linkedin", "graphml", "gexf"};
};
}  // namespace ricochet

namespace ricochet::io {

class FileBuffer;

struct ReadOptions {
    /// Input format; nullopt detects it from the path and the content.
    std::optional<InputFormat> format;
    /// Skip records with unknown actor or parent references (with a counted warning) instead of
    /// failing. Dropped organisation links are also counted. Other errors always fail.
    bool lenient = false;
    /// Layer of edge-list rows that have no layer column.
    Layer edge_layer = Layer::repost;
    /// LinkedIn CSV: a column-mapping JSON file; empty picks a built-in mapping from the header.
    /// Given without `format`, a CSV otherwise detected as an edge list is read through it.
    std::filesystem::path mapping;
    /// An identities file (io/identities.hpp) applied to what is read; empty: none.
    std::filesystem::path identities;
};

/// Something read but set aside, counted: "3 posts skipped: unknown actor".
struct ReadWarning {
    std::string message;      ///< what was set aside and why
    std::uint64_t count = 0;  ///< how many records
    std::string first;        ///< the first occurrence, as `FILE:LINE:COL: ...`
};

struct ReadResult {
    Dataset dataset;
    InputFormat format = InputFormat::native;
    std::vector<ReadWarning> warnings;
};

/// The format of `path`: a folder is a CSV bundle; `.graphml` and `.gexf` are XML graphs;
/// `.edgelist`, `.edges`, `.txt`, `.tsv`, `.ncol`, `.el` are edge lists (a trailing `.gz` is
/// ignored). Anything else by content: `<` starts GraphML or GEXF (by the root element); `[` a
/// Twitter array; `{` by the first top-level key of the first document that only one family
/// has: native ("format", "version", "actors", ...; JSON Lines when the first line is the native
/// header or a record) or Twitter ("id_str", "user", "created_at", "data", "statuses", ...;
/// v1.1 or v2, the importer tells them apart); neither: native. Other text is a
/// LinkedIn CSV when its header is one a built-in mapping reads, an edge list otherwise (JSON
/// names: native, whose reader says what is wrong).
/// @throws IoError when the path cannot be read.
[[nodiscard]] InputFormat detect_input_format(const std::filesystem::path& path);

/// The format `read_dataset(path, options)` reads `path` in: `options.format`, else the detected
/// one (a CSV with `options.mapping` is LinkedIn).
/// @throws IoError when the path cannot be read.
[[nodiscard]] InputFormat input_format(const std::filesystem::path& path, const ReadOptions& options);

/// Reads a dataset in any supported format, then applies `options.identities`.
/// @throws ParseError for malformed content, IoError when a file cannot be read.
[[nodiscard]] ReadResult read_dataset(const std::filesystem::path& path,
                                      const ReadOptions& options = {});

namespace detail {
/// Internal to io/ (read_dataset and read_inputs): the format of `path` whose content is
/// `buffer` (nullptr for a folder), and the reading of it, so that a file is loaded once.
[[nodiscard]] InputFormat loaded_format(const std::filesystem::path& path, const FileBuffer* buffer,
                                        const ReadOptions& options);
[[nodiscard]] ReadResult read_loaded(const std::filesystem::path& path, const FileBuffer* buffer,
                                     InputFormat format, const ReadOptions& options);
}  // namespace detail

/// Writes the native JSON document: one record per line, keys in a fixed order, fields at their
/// default left out. Deterministic: the same dataset gives the same bytes.
void write_native_json(const Dataset& dataset, std::ostream& out);
/// Writes the native JSON Lines variant: a header line, then one record per line.
void write_native_lines(const Dataset& dataset, std::ostream& out);
/// Writes a CSV bundle (actors.csv, posts.csv, engagements.csv, interactions.csv) into `folder`,
/// creating it; each file is written atomically.
/// @throws InvalidArgument when an id in a list cell contains ';' (the list separator).
void write_csv_bundle(const Dataset& dataset, const std::filesystem::path& folder);

}  // namespace ricochet::io
