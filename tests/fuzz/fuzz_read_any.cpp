// SPDX-License-Identifier: MIT
// The path a file takes through `read_dataset` once loaded (gzip inflation aside): format
// detection from the name and the content, the line-length check, then the detected reader.
// The last byte picks the file's extension (a final LF picks none, so a seed file is read as it
// is); every byte is content. The line-length check also runs on small limits, compared with a
// reference that splits the text another way.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "fuzz_support.hpp"

namespace {

using namespace ricochet;

// Reference: normalise the line endings, split on LF, first line longer than `limit`.
std::optional<std::uint64_t> first_long_line(std::string_view text, std::size_t limit, bool cr_ends_line) {
    std::string normal;
    normal.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;  // CRLF: the LF ends it
        normal.push_back(text[i] == '\r' && cr_ends_line ? '\n' : text[i]);
    }
    std::uint64_t line = 1;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = std::min(normal.find('\n', start), normal.size());
        std::size_t length = end - start;
        // Without cr_ends_line a lone CR stays in the line, except a CR that ends the file.
        if (!cr_ends_line && end == normal.size() && length > 0 && normal[end - 1] == '\r') --length;
        if (length > limit) return line;
        if (end == normal.size()) return std::nullopt;
        start = end + 1;
        ++line;
    }
}

void check_line_check(const io::FileBuffer& file, std::size_t limit, bool cr_ends_line) {
    const auto expected = first_long_line(file.text(), limit, cr_ends_line);
    try {
        io::check_line_lengths(file, limit, cr_ends_line);
        if (expected) fuzz::finding("check_line_lengths accepted a line over the limit");
    } catch (const ParseError& e) {
        if (!expected) fuzz::finding("check_line_lengths refused a text with no line over the limit");
        if (e.line() != *expected) fuzz::finding("check_line_lengths named another line than the reference");
    }
}

constexpr std::array<const char*, 10> extensions{"",     ".json",   ".jsonl", ".ndjson", ".csv",
                                                 ".txt", ".graphml", ".xml",  ".gexf",   ".edges"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string path = std::string("fuzz-read-any") + extensions[size == 0 ? 0 : data[size - 1] % extensions.size()];
    const auto file = io::FileBuffer::from_text(path, {reinterpret_cast<const char*>(data), size});
    for (const bool cr_ends_line : {false, true}) {
        for (const std::size_t limit : {std::size_t{0}, std::size_t{1}, std::size_t{7}, std::size_t{64}}) {
            check_line_check(file, limit, cr_ends_line);
        }
    }
    fuzz::exercise([&](bool lenient) {
        io::ReadOptions options;
        options.lenient = lenient;
        const io::InputFormat format = io::detail::loaded_format(path, &file, options);
        return io::detail::read_loaded(path, &file, format, options).dataset;
    });
    return 0;
}
