// SPDX-License-Identifier: MIT
#include "io/graphml_reader.hpp"

#include "graph/error.hpp"

namespace ricochet::io::detail {

ReadResult read_graphml(const FileBuffer& file, const ReadOptions&) {
    throw IoError(file.name() + ": the graphml importer is not built yet");
}

}  // namespace ricochet::io::detail
