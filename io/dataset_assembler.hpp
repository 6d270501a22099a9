// SPDX-License-Identifier: MIT
#pragma once
// Internal to io/: the records a reader has parsed, with ids still as text and the source
// location of every reference, and the step that resolves them into a checked Dataset.
// Shared by the native JSON, JSON Lines and CSV-bundle readers so that they agree on every
// rule (duplicates, unknown references, lenient skipping, parent cycles).
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/error.hpp"
#include "graph/model.hpp"
#include "io/dataset_io.hpp"
#include "io/file_buffer.hpp"

namespace ricochet::io::detail {

/// Where a token starts: a file of the assembler and a byte offset in it.
struct SourceRef {
    std::uint32_t file = 0;
    std::uint64_t offset = 0;
};

struct RawActor {
    Actor actor;  ///< everything but the organisation
    SourceRef id_at;
    std::string organisation;
    SourceRef organisation_at;
};

struct RawPost {
    Post post;  ///< everything but author, parent and mentions
    SourceRef id_at;
    std::string author;
    SourceRef author_at;
    std::string parent;  ///< empty: none
    SourceRef parent_at;
    std::vector<std::pair<std::string, SourceRef>> mentions;
};

struct RawEngagement {
    Engagement engagement;  ///< type and time
    std::string actor;
    SourceRef actor_at;
    std::string post;
    SourceRef post_at;
};

struct RawInteraction {
    Interaction interaction;  ///< layer, count and time
    std::string source;
    SourceRef source_at;
    std::string target;
    SourceRef target_at;
};

class DatasetAssembler {
public:
    explicit DatasetAssembler(bool lenient) : m_lenient(lenient) {}

    /// Registers a file whose offsets SourceRefs point into; it must outlive the assembler.
    std::uint32_t add_file(const FileBuffer& file);

    std::vector<RawActor> actors;
    std::vector<RawPost> posts;
    std::vector<RawEngagement> engagements;
    std::vector<RawInteraction> interactions;

    /// The ParseError for a problem at `at`.
    [[nodiscard]] ParseError error(SourceRef at, std::string message, std::string_view token,
                                   bool has_token = true) const;
    /// `FILE:LINE:COL` of `at`.
    [[nodiscard]] std::string where(SourceRef at) const;

    /// Resolves every reference. Strict: the first problem throws ParseError (in file order within
    /// each kind of record: actors, then posts, events, interactions). Lenient: records with
    /// unknown references are skipped and counted in the warnings; other problems still throw.
    [[nodiscard]] ReadResult finish(InputFormat format) &&;

private:
    void problem(SourceRef at, const std::string& warning, const std::string& message,
                 std::string_view token);

    bool m_lenient;
    std::vector<const FileBuffer*> m_files;
    std::vector<ReadWarning> m_warnings;
};

}  // namespace ricochet::io::detail
