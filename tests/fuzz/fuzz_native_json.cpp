// SPDX-License-Identifier: MIT
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ricochet;
    const auto file = io::FileBuffer::from_text("fuzz.json", {reinterpret_cast<const char*>(data), size});
    fuzz::exercise([&](bool lenient) {
        io::detail::DatasetAssembler assembler(lenient);
        io::detail::parse_native_document(file, assembler);
        return std::move(assembler).finish(io::InputFormat::native).dataset;
    });
    return 0;
}
