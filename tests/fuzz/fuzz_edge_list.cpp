// SPDX-License-Identifier: MIT
#include "fuzz_support.hpp"
#include "io/edge_list_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ricochet;
    const auto file = io::FileBuffer::from_text("fuzz.edgelist", {reinterpret_cast<const char*>(data), size});
    fuzz::exercise([&](bool) { return io::detail::read_edge_list(file, {}).dataset; });
    return 0;
}
