// SPDX-License-Identifier: MIT
#include "cli/command.hpp"

namespace ricochet::cli {

int run_teams(const std::vector<std::string>&) { throw UsageError("teams: not built yet"); }

}  // namespace ricochet::cli
