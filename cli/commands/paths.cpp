// SPDX-License-Identifier: MIT
#include "cli/command.hpp"

namespace ricochet::cli {

int run_paths(const std::vector<std::string>&) { throw UsageError("paths: not built yet"); }

}  // namespace ricochet::cli
