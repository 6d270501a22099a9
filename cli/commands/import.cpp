// SPDX-License-Identifier: MIT
// ricochet import INPUT... -o OUT: exports (Twitter/X, LinkedIn, GraphML, GEXF, edge lists, other
// datasets) merged into one native dataset.
#include <filesystem>
#include <iostream>

#include "cli/command.hpp"
#include "cli/input_options.hpp"
#include "io/atomic_file.hpp"
#include "io/dataset_io.hpp"
#include "io/merge.hpp"

namespace ricochet::cli {

namespace po = boost::program_options;

namespace {

enum class OutputFormat { native, native_lines, csv_bundle };

OutputFormat output_format(const std::string& text, const std::filesystem::path& out) {
    if (text == "native") return OutputFormat::native;
    if (text == "native-lines") return OutputFormat::native_lines;
    if (text == "csv-bundle") return OutputFormat::csv_bundle;
    if (!text.empty()) {
        throw UsageError("--output-format: expected native, native-lines or csv-bundle, got " +
                         quote_token(text));
    }
    const std::string extension = out.extension().string();
    if (extension == ".json") return OutputFormat::native;
    if (extension == ".jsonl" || extension == ".ndjson") return OutputFormat::native_lines;
    if (extension.empty()) return OutputFormat::csv_bundle;
    throw UsageError("-o: expected a .json or .jsonl file or a folder, got " + quote_token(out.string()));
}

}  // namespace

int run_import(const std::vector<std::string>& arguments) {
    InputOptionTexts input_texts;
    std::string from = "auto";
    std::string output;
    std::string output_format_text;
    po::options_description options("Options");
    options.add_options()
        ("from", po::value(&from)->value_name("FORMAT")->default_value(from),
         ("format of every INPUT: auto (detected per file) or " + choices<io::InputFormat>()).c_str())
        ("output,o", po::value(&output)->value_name("OUT"),
         "the dataset to write: OUT.json (native), OUT.jsonl (native JSON Lines) or a folder "
         "(CSV bundle)")
        ("output-format", po::value(&output_format_text)->value_name("FORMAT"),
         "native, native-lines or csv-bundle, instead of deciding by OUT's name");
    po::options_description reading("Reading");
    add_read_options(reading, input_texts, false);
    options.add(reading);
    std::vector<std::string> inputs;
    if (!parse_command_line("import", "ricochet import INPUT... [--from FORMAT] [--identities FILE] -o OUT",
                            arguments, options, inputs)) {
        return 0;
    }
    if (inputs.empty()) throw UsageError("import: no INPUT given");
    if (output.empty()) throw UsageError("import: -o OUT is required");
    if (from != "auto") {
        if (!parse_enum<io::InputFormat>(from)) {
            throw UsageError("--from: expected auto, " + choices<io::InputFormat>() + ", got " + quote_token(from));
        }
        input_texts.input_format = from;
    }
    const InputOptions in = make_input_options(inputs.front(), input_texts);
    const OutputFormat format = output_format(output_format_text, output);
    std::error_code ignored;
    if (format == OutputFormat::csv_bundle && std::filesystem::exists(output, ignored) &&
        !std::filesystem::is_directory(output, ignored)) {
        throw UsageError("-o: a CSV bundle is a folder, and this is a file, got " + quote_token(output));
    }

    std::vector<std::filesystem::path> paths(inputs.begin(), inputs.end());
    io::ReadResult read = io::read_inputs(paths, in.read);
    print_warnings(read.warnings);
    const Dataset& d = read.dataset;
    switch (format) {
        case OutputFormat::native:
        case OutputFormat::native_lines: {
            io::AtomicFile file(output);
            if (format == OutputFormat::native) io::write_native_json(d, file.stream());
            else io::write_native_lines(d, file.stream());
            file.commit();
            break;
        }
        case OutputFormat::csv_bundle: io::write_csv_bundle(d, output); break;
    }
    std::cerr << "ricochet: imported " << inputs.size() << (inputs.size() == 1 ? " file" : " files")
              << " into " << output << ": " << d.actors.size() << " actors, " << d.posts.size()
              << " posts, " << d.engagements.size() << " engagements, " << d.interactions.size()
              << " interactions\n";
    return 0;
}

}  // namespace ricochet::cli
