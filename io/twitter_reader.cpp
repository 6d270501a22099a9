// SPDX-License-Identifier: MIT
#include "io/twitter_reader.hpp"

#include "graph/error.hpp"

namespace ricochet::io::detail {

ReadResult read_twitter(const FileBuffer& file, const ReadOptions&) {
    throw IoError(file.name() + ": the twitter importer is not built yet");
}

}  // namespace ricochet::io::detail
