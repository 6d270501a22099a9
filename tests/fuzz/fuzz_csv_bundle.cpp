// SPDX-License-Identifier: MIT
// The input holds the bundle's tables one after the other, separated by lines "===":
// actors.csv, then posts.csv, engagements.csv and interactions.csv when present.
#include <deque>

#include "fuzz_support.hpp"
#include "io/csv_bundle_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ricochet;
    std::string_view rest(reinterpret_cast<const char*>(data), size);
    std::deque<io::FileBuffer> tables;
    const char* names[] = {"actors.csv", "posts.csv", "engagements.csv", "interactions.csv"};
    for (std::size_t t = 0; t < 4 && (t == 0 || !rest.empty()); ++t) {
        const auto separator = rest.find("\n===\n");
        tables.push_back(io::FileBuffer::from_text(names[t], rest.substr(0, separator)));
        rest = separator == std::string_view::npos ? std::string_view{} : rest.substr(separator + 5);
    }
    fuzz::exercise([&](bool lenient) {
        io::detail::DatasetAssembler assembler(lenient);
        for (std::size_t t = 0; t < tables.size(); ++t) {
            io::detail::parse_csv_table(static_cast<io::detail::CsvTable>(t), tables[t], assembler);
        }
        return std::move(assembler).finish(io::InputFormat::csv_bundle).dataset;
    });
    return 0;
}
