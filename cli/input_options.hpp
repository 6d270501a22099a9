// SPDX-License-Identifier: MIT
#pragma once
// Options every command that reads an input shares: how to read it and how to build the graph.
#include <boost/program_options.hpp>
#include <cstdint>
#include <string>

#include "algorithms/centrality/measures.hpp"
#include "graph/influence_graph.hpp"
#include "io/dataset_io.hpp"

namespace ricochet::cli {

struct InputOptions {
    std::string path;
    io::ReadOptions read;
    InfluenceOptions influence;
};

/// The texts as typed; turned into InputOptions by make_input_options.
struct InputOptionTexts {
    std::string input_format;
    std::string since;
    std::string until;
    std::string layers = "all";
    std::string weights;
    std::string edge_layer = "repost";
    std::string mapping;
    std::string identities;
    bool lenient = false;
};

/// How to read: --input-format (when `with_format`), --edge-layer, --mapping, --identities, --lenient.
void add_read_options(boost::program_options::options_description& options, InputOptionTexts& texts,
                      bool with_format);
/// The read options, then how to build the graph: --since, --until, --layers, --weights.
void add_input_options(boost::program_options::options_description& options, InputOptionTexts& texts);

/// Validates the texts (no file is touched). @throws UsageError naming the option.
[[nodiscard]] InputOptions make_input_options(const std::string& path, const InputOptionTexts& texts);

/// Parses `arguments` against `options`, with the positional INPUT; prints help and returns false
/// for --help. @throws UsageError for anything Program_options rejects.
bool parse_command_line(std::string_view command, std::string_view usage,
                        const std::vector<std::string>& arguments,
                        const boost::program_options::options_description& options,
                        std::string& input);
/// The same for a command that takes any number of INPUTs.
bool parse_command_line(std::string_view command, std::string_view usage,
                        const std::vector<std::string>& arguments,
                        const boost::program_options::options_description& options,
                        std::vector<std::string>& inputs);

/// A non-negative integer option. @throws UsageError `--option: expected a non-negative integer, got "x"`.
[[nodiscard]] std::uint64_t parse_count(std::string_view option, const std::string& text);
/// A finite number option. @throws UsageError `--option: expected a number, got "x"`.
[[nodiscard]] double parse_real(std::string_view option, const std::string& text);

/// Writes `text` to stdout, or atomically to `path` when it is not empty.
void emit(const std::string& text, const std::string& path);

/// Prints on stderr why a measure's values are undefined, or that it did not converge
/// (`katz_advice` follows Katz's message).
void print_measure_warnings(const std::vector<algorithms::MeasureDiagnostics>& diagnostics,
                            std::string_view katz_advice);

/// Prints read warnings on stderr.
void print_warnings(const std::vector<io::ReadWarning>& warnings);

}  // namespace ricochet::cli
