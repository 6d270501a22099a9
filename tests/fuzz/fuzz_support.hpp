// SPDX-License-Identifier: MIT
#pragma once
// What every reader fuzz target checks on an input: the reader either throws ParseError or
// returns a dataset that satisfies every invariant, builds a graph, and survives a round trip
// through the native writer unchanged. Anything else (another exception, a crash, a sanitizer
// report) is a finding.
#include <sstream>

#include "graph/error.hpp"
#include "graph/influence_graph.hpp"
#include "io/dataset_assembler.hpp"
#include "io/dataset_io.hpp"
#include "io/file_buffer.hpp"
#include "io/native_json_reader.hpp"

namespace ricochet::fuzz {

[[noreturn]] inline void finding(const char* what) {
    std::fprintf(stderr, "fuzz finding: %s\n", what);
    std::abort();
}

inline void check_read(const Dataset& dataset) {
    check_dataset(dataset);
    (void)build_influence_graph(dataset);
    std::ostringstream out;
    io::write_native_json(dataset, out);
    const io::FileBuffer again = io::FileBuffer::from_text("round-trip.json", out.str());
    try {
        io::detail::DatasetAssembler assembler(false);
        io::detail::parse_native_document(again, assembler);
        if (!(std::move(assembler).finish(io::InputFormat::native).dataset == dataset)) {
            finding("the native round trip changed the dataset");
        }
    } catch (const ParseError& e) {
        std::fprintf(stderr, "%s\n", e.what());
        finding("what the native writer wrote cannot be read back");
    }
}

/// Runs `read(lenient)` strictly and leniently; ParseError is the only acceptable failure.
template <class Read>
void exercise(Read&& read) {
    for (const bool lenient : {false, true}) {
        try {
            check_read(read(lenient));
        } catch (const ParseError&) {
        }
    }
}

}  // namespace ricochet::fuzz
