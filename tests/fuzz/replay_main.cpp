// SPDX-License-Identifier: MIT
// Without libFuzzer (g++ builds, CI): runs a target over its seed corpus, then over a bounded,
// seeded set of mutations of each seed (byte flips, insertions, deletions, splices), so every
// CI run fuzzes a little and the same inputs every time.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

void run(const std::string& input) {
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
}

std::vector<std::string> load(const std::vector<std::filesystem::path>& roots) {
    std::vector<std::filesystem::path> files;
    for (const auto& root : roots) {
        if (std::filesystem::is_directory(root)) {
            for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
                if (entry.is_regular_file()) files.push_back(entry.path());
            }
        } else {
            files.push_back(root);
        }
    }
    std::sort(files.begin(), files.end());
    std::vector<std::string> corpus;
    for (const auto& file : files) {
        std::ifstream in(file, std::ios::binary);
        std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        if (text.size() <= 64 * 1024) corpus.push_back(std::move(text));
    }
    return corpus;
}

}  // namespace

int main(int argc, char* argv[]) {
    // Usage: replay MUTATIONS_PER_SEED SEED_FILE_OR_FOLDER...
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s MUTATIONS PATH...\n", argv[0]);
        return 2;
    }
    const long mutations = std::stol(argv[1]);
    const auto corpus = load({argv + 2, argv + argc});
    if (corpus.empty()) {
        std::fprintf(stderr, "no seed input found\n");
        return 1;
    }
    std::mt19937_64 rng(20211015);
    static constexpr char bytes[] = "{}[]\",:;=.-+0123456789eE \t\n\r\\/#%aZ\x00\xC3\xA9\xFF";
    const std::string alphabet(bytes, sizeof bytes - 1);  // with its NUL byte
    std::size_t runs = 0;
    for (const std::string& seed : corpus) {
        run(seed);
        ++runs;
        for (long m = 0; m < mutations; ++m) {
            std::string input = seed;
            const int edits = 1 + static_cast<int>(rng() % 8);
            for (int e = 0; e < edits; ++e) {
                const std::size_t at = input.empty() ? 0 : rng() % input.size();
                const char c = alphabet[rng() % alphabet.size()];
                switch (rng() % 5) {
                    case 0: if (!input.empty()) input[at] = c; break;
                    case 1: input.insert(input.begin() + static_cast<std::ptrdiff_t>(at), c); break;
                    case 2: if (!input.empty()) input.erase(at, 1 + rng() % 4); break;
                    case 3: {  // splice a piece of another seed
                        const std::string& other = corpus[rng() % corpus.size()];
                        if (!other.empty()) {
                            const std::size_t from = rng() % other.size();
                            input.insert(at, other.substr(from, 1 + rng() % 32));
                        }
                        break;
                    }
                    default: if (!input.empty()) input.resize(at); break;  // truncate
                }
            }
            run(input);
            ++runs;
        }
    }
    std::printf("%zu inputs from %zu seeds, no finding\n", runs, corpus.size());
    return 0;
}
