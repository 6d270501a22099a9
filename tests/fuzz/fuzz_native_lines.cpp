// SPDX-License-Identifier: MIT
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ricochet;
    const auto file = io::FileBuffer::from_text("fuzz.jsonl", {reinterpret_cast<const char*>(data), size});
    fuzz::exercise([&](bool lenient) {
        io::detail::DatasetAssembler assembler(lenient);
        io::detail::parse_native_lines(file, assembler);
        return std::move(assembler).finish(io::InputFormat::native_lines).dataset;
    });
    return 0;
}
