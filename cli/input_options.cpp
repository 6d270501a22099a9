// SPDX-License-Identifier: MIT
#include "cli/input_options.hpp"

#include <cstdlib>
#include <limits>

#include <charconv>
#include <cmath>

#include <iostream>

#include "cli/command.hpp"
#include "io/atomic_file.hpp"
#include "io/centrality_report.hpp"

namespace ricochet::cli {

namespace po = boost::program_options;

void add_read_options(po::options_description& options, InputOptionTexts& texts, bool with_format) {
    if (with_format) {
        options.add_options()
            ("input-format", po::value(&texts.input_format)->value_name("FORMAT"),
             ("input format, instead of detecting it: " + choices<io::InputFormat>()).c_str());
    }
    options.add_options()
        ("edge-layer", po::value(&texts.edge_layer)->value_name("LAYER")->default_value(texts.edge_layer),
         "layer of edge-list (and GraphML/GEXF) arcs that have no layer of their own")
        ("mapping", po::value(&texts.mapping)->value_name("FILE"),
         "LinkedIn CSV: the column-mapping JSON file (default: a built-in mapping chosen by the "
         "header)")
        ("identities", po::value(&texts.identities)->value_name("FILE"),
         "CSV id,name,kind,organisation,platform,handle: merges accounts into actors and gives "
         "them kinds and organisations")
        ("lenient", po::bool_switch(&texts.lenient),
         "skip bad records (unknown references, bad tweets or lines; counted in warnings) "
         "instead of failing");
}

void add_input_options(po::options_description& options, InputOptionTexts& texts) {
    add_read_options(options, texts, true);
    options.add_options()
        ("since", po::value(&texts.since)->value_name("TIME"),
         "keep posts, events and interactions from this ISO 8601 time (UTC)")
        ("until", po::value(&texts.until)->value_name("TIME"),
         "keep them up to this time; a date alone includes that whole day")
        ("layers", po::value(&texts.layers)->value_name("LIST")->default_value(texts.layers),
         "layers that make arcs: all, interactions, or a list of repost, quote, reply, "
         "comment, mention, reaction, member")
        ("weights", po::value(&texts.weights)->value_name("LIST"),
         "weight of one interaction per layer, e.g. repost=1,mention=0.3 (defaults: repost 1, "
         "quote 1, reply 0.5, comment 0.5, mention 0.5, reaction 0.1, member 1)");
}

InputOptions make_input_options(const std::string& path, const InputOptionTexts& texts) {
    InputOptions options;
    options.path = path;
    // RICOCHET_MEMORY_LIMIT: bytes the graph may take, or "none" for no check (README, Bad input).
    if (const char* limit = std::getenv("RICOCHET_MEMORY_LIMIT"); limit != nullptr && *limit != '\0') {
        const std::string text(limit);
        if (text == "none") {
            options.influence.memory_limit = std::numeric_limits<std::uint64_t>::max();
        } else {
            const std::uint64_t bytes = parse_count("RICOCHET_MEMORY_LIMIT", text);
            if (bytes == 0) throw UsageError("RICOCHET_MEMORY_LIMIT: expected a positive number of bytes or none, got \"0\"");
            options.influence.memory_limit = bytes;
        }
    }
    try {
        if (!texts.input_format.empty()) {
            options.read.format = parse_enum<io::InputFormat>(texts.input_format);
            if (!options.read.format) {
                throw UsageError("--input-format: expected " + choices<io::InputFormat>() +
                                 ", got " + quote_token(texts.input_format));
            }
        }
        const auto edge_layer = parse_enum<Layer>(texts.edge_layer);
        if (!edge_layer) {
            throw UsageError("--edge-layer: expected " + choices<Layer>() + ", got " +
                             quote_token(texts.edge_layer));
        }
        options.read.edge_layer = *edge_layer;
        options.read.lenient = texts.lenient;
        options.read.mapping = texts.mapping;
        options.read.identities = texts.identities;
        options.influence.window = make_time_window(texts.since, texts.until);
        options.influence.layers = parse_layer_set(texts.layers);
        if (options.influence.layers.empty()) throw UsageError("--layers: no layer selected");
        if (!texts.weights.empty()) options.influence.weights = parse_layer_weights(texts.weights);
    } catch (const InvalidArgument& e) {
        throw UsageError(e.what());
    }
    return options;
}

namespace {

bool parse(std::string_view command, std::string_view usage, const std::vector<std::string>& arguments,
           const po::options_description& options, std::vector<std::string>& inputs, int max_inputs) {
    po::options_description all(options);
    bool help = false;
    all.add_options()("help,h", po::bool_switch(&help), "show this help");
    po::options_description hidden;
    hidden.add_options()("input", po::value(&inputs));
    po::options_description parsed(all);
    parsed.add(hidden);
    po::positional_options_description positional;
    positional.add("input", max_inputs);
    try {
        po::variables_map values;
        po::store(po::command_line_parser(arguments)
                      .options(parsed)
                      .positional(positional)
                      .style(po::command_line_style::unix_style ^ po::command_line_style::allow_guessing)
                      .run(),
                  values);
        po::notify(values);
    } catch (const po::error& e) {
        throw UsageError(std::string(command) + ": " + e.what());
    }
    if (help) {
        std::cout << "Usage: " << usage << "\n\n" << all << '\n';
        return false;
    }
    return true;
}

}  // namespace

bool parse_command_line(std::string_view command, std::string_view usage,
                        const std::vector<std::string>& arguments,
                        const po::options_description& options, std::string& input) {
    std::vector<std::string> inputs;
    if (!parse(command, usage, arguments, options, inputs, 1)) return false;
    if (!inputs.empty()) input = inputs.front();
    return true;
}

bool parse_command_line(std::string_view command, std::string_view usage,
                        const std::vector<std::string>& arguments,
                        const po::options_description& options, std::vector<std::string>& inputs) {
    return parse(command, usage, arguments, options, inputs, -1);
}

std::uint64_t parse_count(std::string_view option, const std::string& text) {
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size() || text.empty()) {
        throw UsageError(std::string(option) + ": expected a non-negative integer, got " + quote_token(text));
    }
    return value;
}

double parse_real(std::string_view option, const std::string& text) {
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size() || text.empty() || !std::isfinite(value)) {
        throw UsageError(std::string(option) + ": expected a number, got " + quote_token(text));
    }
    return value;
}

void emit(const std::string& text, const std::string& path) {
    if (path.empty() || path == "-") {
        std::cout << text << std::flush;
        if (!std::cout) throw IoError("standard output: write failed");
        return;
    }
    io::write_file_atomically(path, text);
}

void print_warnings(const std::vector<io::ReadWarning>& warnings) {
    for (const io::ReadWarning& w : warnings) {
        std::cerr << "ricochet: warning: " << w.count << ' ' << w.message;
        if (!w.first.empty()) std::cerr << " (first: " << w.first << ')';
        std::cerr << '\n';
    }
}

}  // namespace ricochet::cli

namespace ricochet::cli {

void print_measure_warnings(const std::vector<algorithms::MeasureDiagnostics>& diagnostics,
                            std::string_view katz_advice) {
    for (const auto& d : diagnostics) {
        if (d.note) {
            std::cerr << "ricochet: warning: " << d.measure << ": " << *d.note << '\n';
        } else if (d.converged && !*d.converged) {
            std::cerr << "ricochet: warning: " << d.measure << " did not converge in " << *d.iterations
                      << " iterations (L1 change " << io::format_number(*d.residual) << ")"
                      << (d.measure == "katz" ? katz_advice : "") << '\n';
        }
    }
}

}  // namespace ricochet::cli
