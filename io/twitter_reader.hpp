// SPDX-License-Identifier: MIT
#pragma once
// Internal to io/: the Twitter/X importer (API v1.1 and v2, twarc and twarc2 files), reached
// through read_dataset(). The rules it follows are written in io/TWITTER.md; the test oracle
// (tests/oracle/twitter_oracle.py) implements the same document independently.
#include <cstddef>
#include <memory>
#include <vector>

#include "io/dataset_io.hpp"
#include "io/file_buffer.hpp"

namespace ricochet::io::detail {

/// Reads Twitter files into one dataset: tweets are deduplicated by id across the files and
/// references (retweets, quotes, replies) resolve against every tweet of every file.
/// Single pass per file with simdjson On-Demand (`iterate_many` over JSON Lines); a file that
/// simdjson rejects is read again document by document, so that the error is placed exactly
/// (strict) or only the bad lines are skipped (lenient).
class TwitterReader {
public:
    explicit TwitterReader(const ReadOptions& options);
    ~TwitterReader();
    TwitterReader(const TwitterReader&) = delete;
    TwitterReader& operator=(const TwitterReader&) = delete;

    /// Files of at least this many bytes that are JSON Lines are cut into one part per OpenMP
    /// thread, read in parallel and put together in file order (the result does not depend on
    /// the number of threads). Default 32 MiB; tests lower it.
    void set_parallel_threshold(std::size_t bytes);
    /// Reads one file; it must outlive the reader.
    /// @throws ParseError for malformed content.
    void read(const FileBuffer& file);
    /// The dataset of everything read.
    /// @throws ParseError when no tweet was found at all.
    [[nodiscard]] ReadResult finish() &&;

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

/// Reads one Twitter file into a checked dataset.
/// @throws ParseError for malformed content.
[[nodiscard]] ReadResult read_twitter(const FileBuffer& file, const ReadOptions& options);

}  // namespace ricochet::io::detail
