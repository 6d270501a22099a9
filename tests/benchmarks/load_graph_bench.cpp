// SPDX-License-Identifier: MIT
// Loads an input and builds the influence graph (CSR) REPEAT times; prints the best wall time in
// seconds and the sizes, as JSON, for bench_load.py to compare with igraph in the same run.
#include <chrono>
#include <cstdio>
#include <string>

#include "graph/influence_graph.hpp"
#include "io/dataset_io.hpp"

int main(int argc, char* argv[]) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s INPUT REPEAT\n", argv[0]);
        return 2;
    }
    using clock = std::chrono::steady_clock;
    double best = 1e300;
    std::size_t vertices = 0;
    std::size_t arcs = 0;
    for (int run = 0; run < std::stoi(argv[2]); ++run) {
        const auto start = clock::now();
        const auto read = ricochet::io::read_dataset(argv[1]);
        const auto influence = ricochet::build_influence_graph(read.dataset);
        const double seconds = std::chrono::duration<double>(clock::now() - start).count();
        best = std::min(best, seconds);
        vertices = influence.graph.vertex_count();
        arcs = influence.graph.arc_count();
    }
    std::printf("{\"seconds\": %.6f, \"vertices\": %zu, \"arcs\": %zu}\n", best, vertices, arcs);
    return 0;
}
