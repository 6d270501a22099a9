// SPDX-License-Identifier: MIT
// ricochet generate --preset pharma-fr [--seed N] --out DIR: a synthetic, calibrated dataset.
#include <charconv>
#include <chrono>
#include <filesystem>

#include "algorithms/synthetic/pharma_fr.hpp"
#include "cli/command.hpp"
#include "cli/input_options.hpp"
#include "io/atomic_file.hpp"
#include "io/dataset_io.hpp"
#include "io/ground_truth.hpp"

namespace ricochet::cli {

namespace po = boost::program_options;

int run_generate(const std::vector<std::string>& arguments) {
    std::string preset;
    std::string seed_text = std::to_string(algorithms::PharmaFrOptions{}.seed);
    std::string out;
    po::options_description options("Options");
    options.add_options()
        ("preset", po::value(&preset)->value_name("NAME"), "the dataset to make: pharma-fr")
        ("seed", po::value(&seed_text)->value_name("N")->default_value(seed_text),
         "seed of the generator; the same seed gives the same bytes")
        ("out", po::value(&out)->value_name("DIR"), "folder to write into (created if need be)");
    std::string input;
    if (!parse_command_line("generate", "ricochet generate --preset pharma-fr [--seed N] --out DIR",
                            arguments, options, input)) {
        return 0;
    }
    if (!input.empty()) throw UsageError("generate: takes no INPUT, got " + quote_token(input));
    if (preset.empty()) throw UsageError("generate: --preset is required (pharma-fr)");
    if (preset != "pharma-fr") throw UsageError("--preset: expected pharma-fr, got " + quote_token(preset));
    if (out.empty()) throw UsageError("generate: --out is required");
    std::uint64_t seed = 0;
    const auto [end, ec] = std::from_chars(seed_text.data(), seed_text.data() + seed_text.size(), seed);
    if (ec != std::errc{} || end != seed_text.data() + seed_text.size()) {
        throw UsageError("--seed: expected a non-negative integer, got " + quote_token(seed_text));
    }

    const algorithms::SyntheticDataset synthetic = algorithms::generate_pharma_fr({.seed = seed});
    const std::filesystem::path folder(out);
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error) throw IoError(out + ": cannot create the folder: " + error.message());
    {
        io::AtomicFile file(folder / "pharma-fr.json");
        io::write_native_json(synthetic.dataset, file.stream());
        file.commit();
    }
    io::write_csv_bundle(synthetic.dataset, folder);
    {
        io::AtomicFile file(folder / "ground_truth.json");
        io::write_ground_truth(synthetic, preset, file.stream());
        file.commit();
    }
    return 0;
}

}  // namespace ricochet::cli
