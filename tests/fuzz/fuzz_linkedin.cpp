// SPDX-License-Identifier: MIT
#include "fuzz_support.hpp"
#include "io/linkedin_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ricochet;
    const auto file = io::FileBuffer::from_text("fuzz.linkedin", {reinterpret_cast<const char*>(data), size});
    fuzz::exercise([&](bool lenient) {
        io::ReadOptions options;
        options.lenient = lenient;
        return io::detail::read_linkedin(file, options).dataset;
    });
    return 0;
}
