// SPDX-License-Identifier: MIT
#include "io/gexf_reader.hpp"

#include "graph/error.hpp"

namespace ricochet::io::detail {

ReadResult read_gexf(const FileBuffer& file, const ReadOptions&) {
    throw IoError(file.name() + ": the gexf importer is not built yet");
}

}  // namespace ricochet::io::detail
