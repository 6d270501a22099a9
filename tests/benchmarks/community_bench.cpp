// SPDX-License-Identifier: MIT
// Community detection speed, for bench_communities.py to compare with igraph and leidenalg in the
// same run. Every mode loads INPUT (any format read_dataset reads) into the influence graph first
// (every layer; an edge list's arcs are interaction records); only the computation is timed. Each
// mode prints one JSON line on standard output.
//
//   community_bench dump INPUT GRAPH_OUT
//       Writes the undirected projection the algorithms work on (undirected_projection: layers
//       merged, the weight of {u, v} being w(u -> v) + w(v -> u)) as the binary file GRAPH_OUT:
//       u64 n, u64 m, m x (u32 u, u32 v) with u < v, m x f64 weight; so that igraph and leidenalg
//       load exactly the weighted undirected graph ricochet partitions, with the same vertex ids.
//   community_bench leiden INPUT REPEAT SEED MEMBERSHIP_OUT [MAX_ROUNDS]
//       Best of REPEAT leiden(graph, {.seed = SEED}) calls (modularity, resolution 1, MAX_ROUNDS
//       rounds, default the library's: 2). Writes the membership as u32 per vertex.
//   community_bench louvain INPUT REPEAT SEED MEMBERSHIP_OUT
//       The same with louvain().
// The JSON line holds the best time, every run's time, the number of communities and the
// modularity by community_quality (of the last run's membership; every run is seeded the same).
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

#include "algorithms/centrality/adjacency.hpp"
#include "algorithms/community/leiden.hpp"
#include "algorithms/community/partition.hpp"
#include "graph/influence_graph.hpp"
#include "io/dataset_io.hpp"

namespace {

using namespace ricochet;
using clock_type = std::chrono::steady_clock;

int dump(const Graph& graph, const std::string& path) {
    const algorithms::Adjacency undirected = algorithms::undirected_projection(graph);
    const std::uint64_t n = undirected.vertex_count();
    std::vector<std::uint32_t> pairs;
    std::vector<double> weights;
    pairs.reserve(undirected.arc_count());
    weights.reserve(undirected.arc_count() / 2);
    std::uint64_t loops = 0;
    for (VertexId v = 0; v < n; ++v) {
        for (ArcId a = undirected.offsets[v]; a < undirected.offsets[v + 1]; ++a) {
            const VertexId u = undirected.targets[a];
            if (u == v) ++loops;
            if (u < v) continue;  // each edge once, from its smaller end (and a loop once)
            pairs.push_back(v);
            pairs.push_back(u);
            weights.push_back(undirected.weights[a]);
        }
    }
    const std::uint64_t m = weights.size();
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (f == nullptr) throw std::runtime_error("cannot write " + path);
    std::fwrite(&n, sizeof n, 1, f);
    std::fwrite(&m, sizeof m, 1, f);
    std::fwrite(pairs.data(), sizeof(std::uint32_t), pairs.size(), f);
    std::fwrite(weights.data(), sizeof(double), weights.size(), f);
    std::fclose(f);
    std::printf("{\"measure\": \"dump\", \"vertices\": %llu, \"arcs\": %llu, \"edges\": %llu, \"loops\": %llu}\n",
                static_cast<unsigned long long>(n), static_cast<unsigned long long>(graph.arc_count()),
                static_cast<unsigned long long>(m), static_cast<unsigned long long>(loops));
    return 0;
}

void write_membership(const std::string& path, const algorithms::Membership& membership) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (f == nullptr) throw std::runtime_error("cannot write " + path);
    std::fwrite(membership.data(), sizeof(std::uint32_t), membership.size(), f);
    std::fclose(f);
}

}  // namespace

int main(int argc, char* argv[]) {
    const std::string mode = argc > 1 ? argv[1] : "";
    if (!((mode == "dump" && argc == 4) || (mode == "leiden" && (argc == 6 || argc == 7)) ||
          (mode == "louvain" && argc == 6))) {
        std::fprintf(stderr,
                     "usage: %s dump INPUT GRAPH_OUT\n"
                     "       %s leiden INPUT REPEAT SEED MEMBERSHIP_OUT [MAX_ROUNDS]\n"
                     "       %s louvain INPUT REPEAT SEED MEMBERSHIP_OUT\n",
                     argv[0], argv[0], argv[0]);
        return 2;
    }
    try {
        auto read = io::read_dataset(argv[2]);
        const InfluenceGraph influence = build_influence_graph(read.dataset);
        const Graph& graph = influence.graph;
        if (mode == "dump") return dump(graph, argv[3]);

        const int repeat = std::stoi(argv[3]);
        algorithms::CommunityOptions options{.seed = std::stoull(argv[4])};
        if (argc == 7) options.max_rounds = static_cast<unsigned>(std::stoul(argv[6]));
        const bool leiden = mode == "leiden";
        double best = 1e300;
        std::string runs;
        algorithms::Membership membership;
        for (int run = 0; run < repeat; ++run) {
            const auto start = clock_type::now();
            membership = leiden ? algorithms::leiden(graph, options) : algorithms::louvain(graph, options);
            const double seconds = std::chrono::duration<double>(clock_type::now() - start).count();
            best = std::min(best, seconds);
            runs += (runs.empty() ? "" : ", ") + std::to_string(seconds);
        }
        write_membership(argv[5], membership);
        const double quality = algorithms::community_quality(graph, membership, {});
        std::printf("{\"measure\": \"%s\", \"seconds\": %.6f, \"runs\": [%s], \"seed\": %llu, "
                    "\"max_rounds\": %u, \"communities\": %u, \"modularity\": %.10f}\n",
                    mode.c_str(), best, runs.c_str(), static_cast<unsigned long long>(options.seed),
                    leiden ? options.max_rounds : 0U, algorithms::community_count(membership), quality);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "community_bench: %s\n", e.what());
        return 1;
    }
    return 0;
}
