// SPDX-License-Identifier: MIT
// Centrality speed and memory, for bench_centrality.py to compare with igraph in the same run.
// Every mode loads INPUT (any format read_dataset reads) into the influence graph first; only the
// computation is timed. Each mode prints one JSON line on standard output.
//
//   centrality_bench dump INPUT GRAPH_OUT
//       Writes the graph's arcs (layers merged, weights summed) as the binary file GRAPH_OUT:
//       u64 n, u64 m, m x (u32 source, u32 target), m x f64 weight; so that igraph and NetworkX
//       load exactly the graph ricochet analyses, with the same vertex ids. Prints the memory
//       figures: the Graph's arrays from their sizes, the RSS growth while building it, and the
//       merged adjacencies the algorithms build.
//   centrality_bench pagerank INPUT REPEAT TOLERANCE VALUES_OUT
//       Best of REPEAT pagerank() calls (damping 0.85, weighted, L1 tolerance); values as f64.
//   centrality_bench betweenness INPUT SOURCES REPEAT VALUES_OUT
//       Best of REPEAT betweenness() calls over the sources listed in the text file SOURCES
//       (hops, unnormalised); values as f64.
// Threads: OMP_NUM_THREADS.
#include <malloc.h>
#include <omp.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "algorithms/centrality/betweenness.hpp"
#include "algorithms/centrality/pagerank.hpp"
#include "graph/influence_graph.hpp"
#include "io/dataset_io.hpp"

namespace {

using namespace ricochet;
using clock_type = std::chrono::steady_clock;

// Resident set size in bytes, from /proc/self/statm, after returning freed memory to the system.
std::size_t resident_bytes() {
    malloc_trim(0);
    std::ifstream statm("/proc/self/statm");
    std::size_t pages = 0;
    std::size_t resident = 0;
    statm >> pages >> resident;
    return resident * 4096;
}

template <class V>
std::size_t bytes(const V& v) {
    return v.capacity() * sizeof(typename V::value_type);
}

void write_values(const std::string& path, const std::vector<double>& values) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (f == nullptr) throw std::runtime_error("cannot write " + path);
    std::fwrite(values.data(), sizeof(double), values.size(), f);
    std::fclose(f);
}

int dump(const Graph& graph, const std::string& path, std::size_t rss_before, std::size_t rss_after) {
    const algorithms::Adjacency out = algorithms::merged_out_arcs(graph);
    const std::uint64_t n = graph.vertex_count();
    const std::uint64_t m = out.arc_count();
    std::vector<std::uint32_t> pairs;
    pairs.reserve(2 * m);
    for (VertexId v = 0; v < n; ++v) {
        for (const VertexId u : out.neighbours(v)) {
            pairs.push_back(v);
            pairs.push_back(u);
        }
    }
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (f == nullptr) throw std::runtime_error("cannot write " + path);
    std::fwrite(&n, sizeof n, 1, f);
    std::fwrite(&m, sizeof m, 1, f);
    std::fwrite(pairs.data(), sizeof(std::uint32_t), pairs.size(), f);
    std::fwrite(out.weights.data(), sizeof(double), out.weights.size(), f);
    std::fclose(f);

    const auto& csr = graph.csr();
    const std::size_t forward = bytes(csr.m_forward.m_rowstart) + bytes(csr.m_forward.m_column) +
                                bytes(csr.m_forward.m_edge_properties);
    const std::size_t backward = bytes(csr.m_backward.m_rowstart) + bytes(csr.m_backward.m_column) +
                                 bytes(csr.m_backward.m_edge_properties);
    const algorithms::Adjacency in = algorithms::merged_in_arcs(graph);
    const auto adjacency_bytes = [](const algorithms::Adjacency& a) {
        return bytes(a.offsets) + bytes(a.targets) + bytes(a.weights);
    };
    std::printf(
        "{\"measure\": \"memory\", \"vertices\": %llu, \"arcs\": %llu, \"merged_arcs\": %llu, "
        "\"forward_bytes\": %zu, \"backward_bytes\": %zu, \"graph_bytes\": %zu, "
        "\"sizeof_arc_properties\": %zu, \"rss_growth_bytes\": %zu, "
        "\"merged_out_bytes\": %zu, \"merged_in_bytes\": %zu}\n",
        static_cast<unsigned long long>(n), static_cast<unsigned long long>(graph.arc_count()),
        static_cast<unsigned long long>(m), forward, backward, forward + backward, sizeof(ArcProperties),
        rss_after - rss_before, adjacency_bytes(out), adjacency_bytes(in));
    return 0;
}

std::vector<VertexId> read_sources(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::vector<VertexId> sources;
    for (VertexId v = 0; in >> v;) sources.push_back(v);
    return sources;
}

}  // namespace

int main(int argc, char* argv[]) {
    const std::string mode = argc > 1 ? argv[1] : "";
    if (!((mode == "dump" && argc == 4) || (mode == "pagerank" && argc == 6) ||
          (mode == "betweenness" && argc == 6))) {
        std::fprintf(stderr,
                     "usage: %s dump INPUT GRAPH_OUT\n"
                     "       %s pagerank INPUT REPEAT TOLERANCE VALUES_OUT\n"
                     "       %s betweenness INPUT SOURCES REPEAT VALUES_OUT\n",
                     argv[0], argv[0], argv[0]);
        return 2;
    }
    try {
        auto read = io::read_dataset(argv[2]);
        const std::size_t rss_before = resident_bytes();
        const InfluenceGraph influence = build_influence_graph(read.dataset);
        const std::size_t rss_after = resident_bytes();
        const Graph& graph = influence.graph;
        if (mode == "dump") return dump(graph, argv[3], rss_before, rss_after);

        const int threads = omp_get_max_threads();
        double best = 1e300;
        if (mode == "pagerank") {
            const int repeat = std::stoi(argv[3]);
            algorithms::PageRankOptions options{.damping = 0.85};
            options.limits.tolerance = std::stod(argv[4]);
            algorithms::IterativeResult result;
            for (int run = 0; run < repeat; ++run) {
                const auto start = clock_type::now();
                result = algorithms::pagerank(graph, options);
                best = std::min(best, std::chrono::duration<double>(clock_type::now() - start).count());
            }
            write_values(argv[5], result.values);
            std::printf("{\"measure\": \"pagerank\", \"seconds\": %.6f, \"threads\": %d, \"iterations\": %u, "
                        "\"converged\": %s, \"residual\": %.3g}\n",
                        best, threads, result.iterations, result.converged ? "true" : "false",
                        result.residual);
        } else {
            algorithms::BetweennessOptions options;
            options.sources = read_sources(argv[3]);
            const int repeat = std::stoi(argv[4]);
            std::vector<double> values;
            for (int run = 0; run < repeat; ++run) {
                const auto start = clock_type::now();
                values = algorithms::betweenness(graph, options);
                best = std::min(best, std::chrono::duration<double>(clock_type::now() - start).count());
            }
            write_values(argv[5], values);
            std::printf("{\"measure\": \"betweenness\", \"seconds\": %.6f, \"threads\": %d, \"sources\": %zu}\n",
                        best, threads, options.sources.size());
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "centrality_bench: %s\n", e.what());
        return 1;
    }
    return 0;
}
