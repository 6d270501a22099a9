// SPDX-License-Identifier: MIT
// The LinkedIn importer. An input that starts with '{' and holds a line "%%" is a mapping
// document, then the CSV it maps; anything else is a CSV read with a built-in mapping.
#include "fuzz_support.hpp"
#include "io/linkedin_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ricochet;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::optional<io::FileBuffer> mapping;
    std::string_view csv = input;
    if (const std::size_t split = input.find("\n%%\n"); input.starts_with('{') && split != std::string_view::npos) {
        mapping = io::FileBuffer::from_text("fuzz.mapping.json", input.substr(0, split));
        csv = input.substr(split + 4);
    }
    const auto file = io::FileBuffer::from_text("fuzz.linkedin", csv);
    fuzz::exercise([&](bool lenient) {
        return io::detail::read_linkedin(file, mapping ? &*mapping : nullptr, lenient).dataset;
    });
    return 0;
}
