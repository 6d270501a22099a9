// SPDX-License-Identifier: MIT
#include "io/linkedin_reader.hpp"

#include "graph/error.hpp"

namespace ricochet::io::detail {

ReadResult read_linkedin(const FileBuffer& file, const ReadOptions&) {
    throw IoError(file.name() + ": the linkedin importer is not built yet");
}

bool is_linkedin_header(std::string_view) { return false; }

}  // namespace ricochet::io::detail
