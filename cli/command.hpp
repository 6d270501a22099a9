// SPDX-License-Identifier: MIT
#pragma once
// The subcommands. Each parses its own options (never touching files while parsing), runs, and
// returns an exit code; errors are exceptions that only `main` turns into exit codes.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/error.hpp"

namespace ricochet::cli {

/// A command line that cannot be understood (exit 2, followed by "Try 'ricochet --help'.").
class UsageError : public Error {
public:
    using Error::Error;
};

struct Command {
    std::string_view name;
    std::string_view summary;
    int (*run)(const std::vector<std::string>& arguments);  ///< arguments after the command name
};

/// Every command, in the order `ricochet --help` lists them.
[[nodiscard]] std::span<const Command> commands();

/// Runs the whole command line (argv without the program name).
[[nodiscard]] int dispatch(const std::vector<std::string>& arguments);

int run_analyze(const std::vector<std::string>& arguments);
int run_stats(const std::vector<std::string>& arguments);
int run_generate(const std::vector<std::string>& arguments);
int run_import(const std::vector<std::string>& arguments);
int run_centrality(const std::vector<std::string>& arguments);
int run_communities(const std::vector<std::string>& arguments);
int run_teams(const std::vector<std::string>& arguments);
int run_cascades(const std::vector<std::string>& arguments);
int run_paths(const std::vector<std::string>& arguments);
int run_spread(const std::vector<std::string>& arguments);
int run_rank(const std::vector<std::string>& arguments);
int run_render(const std::vector<std::string>& arguments);
int run_export(const std::vector<std::string>& arguments);

}  // namespace ricochet::cli
