// SPDX-License-Identifier: MIT
// Twitter import throughput: a v1.1 JSON Lines file (tests/benchmarks/gen_tweets.py) read by
// (a) simdjson On-Demand's bare iterate_many pass, touching every document, and (b) the full
// importer (read_twitter: parse, deduplicate, resolve references, build and check the dataset),
// best of RUNS each, in the same process on the same buffer. Reports GB/s (10^9 bytes per second)
// and the ratio (b)/(a). Goal (issue): import >= 1 GB/s and ratio >= 0.5. Not a CTest test.
// Usage: twitter_import_bench FILE [RUNS] [--import-only]   (--import-only: skip (a), for profiling)
#include <simdjson.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <stdexcept>
#include <string>

#include "graph/influence_graph.hpp"
#include "io/file_buffer.hpp"
#include "io/twitter_reader.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

struct BarePass {
    std::uint64_t documents = 0;
    std::uint64_t id_bytes = 0;  // keeps the pass honest: every document is opened and read
};

// The importer's batch size (io/twitter_reader.cpp, fast_pass): the whole file up to 64 MiB,
// 16 MiB batches above.
std::size_t batch_size(std::size_t size) {
    return size <= (std::size_t{64} << 20) ? std::max<std::size_t>(size, std::size_t{1} << 16)
                                           : std::size_t{16} << 20;
}

BarePass bare_iterate_many(const ricochet::io::FileBuffer& file) {
    BarePass pass;
    simdjson::ondemand::parser parser;
    simdjson::ondemand::document_stream stream;
    if (auto error = parser.iterate_many(file.data(), file.size(), batch_size(file.size())).get(stream)) {
        throw std::runtime_error(std::string("iterate_many: ") + simdjson::error_message(error));
    }
    for (auto it = stream.begin(); it != stream.end(); ++it) {
        simdjson::ondemand::document_reference doc;
        simdjson::ondemand::object object;
        std::string_view id;
        if (auto error = (*it).get(doc)) {
            throw std::runtime_error(std::string("document: ") + simdjson::error_message(error));
        }
        if (auto error = doc.get_object().get(object)) {
            throw std::runtime_error(std::string("object: ") + simdjson::error_message(error));
        }
        ++pass.documents;
        if (!object["id_str"].get_string().get(id)) pass.id_bytes += id.size();
    }
    if (stream.truncated_bytes() > 0) throw std::runtime_error("iterate_many: truncated document");
    return pass;
}

}  // namespace

int main(int argc, char* argv[]) {
    if (argc < 2 || argc > 4 || (argc == 4 && std::string(argv[3]) != "--import-only")) {
        std::fprintf(stderr, "usage: %s FILE [RUNS] [--import-only]\n", argv[0]);
        return 2;
    }
    const int runs = argc >= 3 ? std::max(1, std::stoi(argv[2])) : 5;
    const bool import_only = argc == 4;
    try {
        const auto load_start = Clock::now();
        const auto file = ricochet::io::FileBuffer::load(argv[1]);
        const double load_seconds = seconds_since(load_start);
        const double bytes = static_cast<double>(file.size());
        const auto text = file.text();
        const auto lines = static_cast<unsigned long long>(std::count(text.begin(), text.end(), '\n') +
                                                           (!text.empty() && text.back() != '\n'));

        // Interleaved runs, so both passes see the same machine load.
        double best_bare = 1e300;
        double best_import = 1e300;
        BarePass bare;
        ricochet::io::ReadResult result;
        for (int run = 0; run < runs; ++run) {
            auto start = Clock::now();
            if (!import_only) bare = bare_iterate_many(file);
            const double bare_seconds = import_only ? 1e300 : seconds_since(start);
            best_bare = std::min(best_bare, bare_seconds);

            result = {};  // the previous dataset is freed outside the timed region
            start = Clock::now();
            result = ricochet::io::detail::read_twitter(file, {});
            const double import_seconds = seconds_since(start);
            best_import = std::min(best_import, import_seconds);
            if (import_only) {
                std::fprintf(stderr, "run %d/%d: import %.3f s (%.2f GB/s)\n", run + 1, runs,
                             import_seconds, bytes / import_seconds / 1e9);
            } else {
                std::fprintf(stderr, "run %d/%d: bare %.3f s (%.2f GB/s), import %.3f s (%.2f GB/s)\n",
                             run + 1, runs, bare_seconds, bytes / bare_seconds / 1e9, import_seconds,
                             bytes / import_seconds / 1e9);
            }
        }

        const auto& dataset = result.dataset;
        std::uint64_t mentions = 0;
        std::uint64_t echoes = 0;
        for (const auto& post : dataset.posts) {
            mentions += post.mentions.size();
            echoes += post.parent.has_value();
        }
        const auto graph_start = Clock::now();
        const auto influence = ricochet::build_influence_graph(dataset);
        const double graph_seconds = seconds_since(graph_start);
        std::uint64_t arc_records = 0;
        for (const auto count : influence.interactions) arc_records += count;

        std::printf("twitter import benchmark: %s\n", file.name().c_str());
        std::printf("  file            %.0f bytes (%.3f GB), %llu lines, %s JSON documents (top-level tweets),\n"
                    "                  loaded in %.2f s (not timed)\n",
                    bytes, bytes / 1e9, lines,
                    import_only ? "-" : std::to_string(bare.documents).c_str(), load_seconds);
        std::printf("  dataset         %zu posts (distinct tweets, embedded included), %zu actors,\n"
                    "                  %llu echo posts with parent, %llu mentions, %zu interaction records,"
                    " %zu warnings\n",
                    dataset.posts.size(), dataset.actors.size(), static_cast<unsigned long long>(echoes),
                    static_cast<unsigned long long>(mentions), dataset.interactions.size(),
                    result.warnings.size());
        std::printf("  influence graph %llu arc-making records (+%llu self), %llu arcs, %u vertices, built in %.2f s\n",
                    static_cast<unsigned long long>(arc_records),
                    static_cast<unsigned long long>(influence.self_interactions),
                    static_cast<unsigned long long>(influence.graph.arc_count()),
                    static_cast<unsigned>(influence.graph.vertex_count()), graph_seconds);
        for (const auto& warning : result.warnings) {
            std::printf("  warning         %llu %s\n", static_cast<unsigned long long>(warning.count),
                        warning.message.c_str());
        }
        std::printf("\n  %-44s %10s %10s\n", ("pass (best of " + std::to_string(runs) + ")").c_str(), "seconds", "GB/s");
        if (import_only) {
            std::printf("  %-44s %10.3f %10.3f\n", "(b) ricochet read_twitter (full import)", best_import,
                        bytes / best_import / 1e9);
            return 0;
        }
        std::printf("  %-44s %10.3f %10.3f\n", "(a) simdjson iterate_many, bare", best_bare,
                    bytes / best_bare / 1e9);
        std::printf("  %-44s %10.3f %10.3f   goal >= 1 GB/s: %s\n", "(b) ricochet read_twitter (full import)",
                    best_import, bytes / best_import / 1e9, bytes / best_import / 1e9 >= 1.0 ? "met" : "NOT met");
        std::printf("  %-44s %21.3f   goal >= 0.5:    %s\n", "throughput ratio (b)/(a)", best_bare / best_import,
                    best_bare / best_import >= 0.5 ? "met" : "NOT met");
        return 0;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "twitter_import_bench: %s\n", error.what());
        return 1;
    }
}
