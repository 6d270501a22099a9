// SPDX-License-Identifier: MIT
#include "cli/command.hpp"

namespace ricochet::cli {

int run_cascades(const std::vector<std::string>&) { throw UsageError("cascades: not built yet"); }

}  // namespace ricochet::cli
