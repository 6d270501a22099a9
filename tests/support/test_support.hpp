// SPDX-License-Identifier: MIT
#pragma once
// Helpers shared by the test executables.
#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <unistd.h>

#include "graph/error.hpp"
#include "graph/graph.hpp"
#include "graph/model.hpp"

namespace ricochet::testing {

/// Root of the bundled datasets (a compile definition, never relative to the working folder).
inline std::filesystem::path datasets_dir() { return RICOCHET_DATASETS_DIR; }

/// The message of the ParseError `read()` throws, or "(no error)" when it returns: error tests
/// compare whole messages, place included.
template <class Read>
std::string parse_error_of(Read&& read) {
    try {
        (void)read();
    } catch (const ParseError& e) {
        return e.what();
    }
    return "(no error)";
}

/// Predicate for BOOST_CHECK_EXCEPTION: the message contains `fragment`.
inline auto mentions(std::string fragment) {
    return [fragment = std::move(fragment)](const std::exception& e) {
        const bool found = std::string_view(e.what()).find(fragment) != std::string_view::npos;
        if (!found) std::fprintf(stderr, "message was: %s\n", e.what());
        return found;
    };
}

/// A fresh folder removed at the end of the scope.
class TempDir {
public:
    TempDir() {
        static std::atomic<int> counter{0};
        m_path = std::filesystem::temp_directory_path() /
                 ("ricochet-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        std::filesystem::remove_all(m_path);
        std::filesystem::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    /// Writes `text` to `name` in the folder and returns its path.
    std::filesystem::path write(const std::string& name, std::string_view text) const {
        const auto file = m_path / name;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary).write(text.data(), static_cast<std::streamsize>(text.size()));
        return file;
    }

private:
    std::filesystem::path m_path;
};

inline std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// A graph with `n` vertices and the given arcs, all of `layer` with weight 1.
inline Graph graph_of(std::size_t n, std::initializer_list<std::pair<VertexId, VertexId>> arcs,
                      Layer layer = Layer::repost) {
    GraphBuilder builder(n);
    for (const auto& [u, v] : arcs) builder.add_arc(u, v, layer, 1.0);
    return std::move(builder).build();
}

/// An undirected graph as a symmetric digraph: both arcs of every edge, weight 1.
inline Graph mutual_graph(std::size_t n, std::initializer_list<std::pair<VertexId, VertexId>> edges) {
    GraphBuilder builder(n);
    for (const auto& [u, v] : edges) {
        builder.add_arc(u, v, Layer::repost, 1.0);
        builder.add_arc(v, u, Layer::repost, 1.0);
    }
    return std::move(builder).build();
}

/// The weight of arc u -> v of `layer`, or 0 when there is none.
inline double arc_weight(const Graph& g, VertexId u, VertexId v, Layer layer) {
    double weight = 0;
    g.for_each_out_arc(u, [&](VertexId t, const ArcProperties& arc) {
        if (t == v && arc.layer == layer) weight += arc.weight;
    });
    return weight;
}

/// A dataset with actors named by `ids` (kind other).
inline Dataset dataset_with_actors(std::initializer_list<const char*> ids) {
    Dataset d;
    for (const char* id : ids) d.actors.push_back(Actor{.id = id});
    return d;
}

}  // namespace ricochet::testing
