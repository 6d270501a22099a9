// SPDX-License-Identifier: MIT
#include "io/file_buffer.hpp"

#include <sys/stat.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include "graph/error.hpp"

namespace ricochet::io {
namespace {

std::unique_ptr<char[]> padded_copy(std::string_view text) {
    auto data = std::make_unique<char[]>(text.size() + FileBuffer::padding);
    std::memcpy(data.get(), text.data(), text.size());
    std::memset(data.get() + text.size(), 0, FileBuffer::padding);
    return data;
}

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& what) {
    throw IoError(path.string() + ": " + what);
}

std::string inflate_gzip(const std::filesystem::path& path, std::string_view compressed) {
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 32) != Z_OK) fail(path, "cannot start gzip decompression");
    std::string out;
    out.resize(std::max<std::size_t>(compressed.size() * 4, 1 << 16));
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    std::size_t consumed = 0;
    std::size_t produced = 0;
    int status = Z_OK;
    while (true) {
        const auto in_chunk = static_cast<uInt>(std::min<std::size_t>(compressed.size() - consumed, 1u << 30));
        if (produced == out.size()) out.resize(out.size() * 2);
        const auto out_chunk = static_cast<uInt>(std::min<std::size_t>(out.size() - produced, 1u << 30));
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data() + consumed));
        stream.avail_in = in_chunk;
        stream.next_out = reinterpret_cast<Bytef*>(out.data() + produced);
        stream.avail_out = out_chunk;
        status = inflate(&stream, Z_NO_FLUSH);
        consumed += in_chunk - stream.avail_in;
        produced += out_chunk - stream.avail_out;
        if (status == Z_STREAM_END) {
            // Concatenated gzip members (as `cat a.gz b.gz` makes) continue after a reset.
            if (consumed == compressed.size()) break;
            if (inflateReset(&stream) != Z_OK) break;
            continue;
        }
        if (status != Z_OK && status != Z_BUF_ERROR) break;
        if (status == Z_BUF_ERROR && consumed == compressed.size() && stream.avail_out > 0) break;
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END) fail(path, "truncated or corrupt gzip data");
    out.resize(produced);
    return out;
}

}  // namespace

TextPosition position_at(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    TextPosition position;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++position.line;
            line_start = i + 1;
        }
    }
    for (std::size_t i = line_start; i < offset; ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++position.column;
    }
    return position;
}

void check_line_lengths(const FileBuffer& file, std::size_t limit, bool cr_ends_line) {
    const std::string_view text = file.text();
    std::uint64_t line = 1;
    std::size_t start = 0;
    for (;;) {
        std::size_t end = start;
        if (cr_ends_line) {
            end = std::min(text.find_first_of("\r\n", start), text.size());
        } else {
            const void* found = std::memchr(text.data() + start, '\n', text.size() - start);
            end = found ? static_cast<std::size_t>(static_cast<const char*>(found) - text.data()) : text.size();
        }
        std::size_t length = end - start;
        if (!cr_ends_line && length > 0 && text[end - 1] == '\r') --length;
        if (length > limit) {
            throw ParseError(file.name(), line, 1, "line longer than " + std::to_string(limit) + " bytes (the limit)",
                             text.substr(start, length));
        }
        if (end >= text.size()) return;
        // CRLF is one line ending.
        start = end + (text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n' ? 2 : 1);
        ++line;
    }
}

FileBuffer FileBuffer::load(const std::filesystem::path& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) fail(path, "is a folder, expected a file");
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr) fail(path, std::strerror(errno));
    struct stat info {};
    std::unique_ptr<char[]> data;
    std::size_t size = 0;
    bool failed = false;
    if (fstat(fileno(file), &info) == 0 && S_ISREG(info.st_mode)) {
        // A regular file is read once, straight into the padded buffer.
        size = static_cast<std::size_t>(info.st_size);
        data = std::make_unique<char[]>(size + padding);
        failed = std::fread(data.get(), 1, size, file) != size;
        std::memset(data.get() + size, 0, padding);
    } else {
        std::string bytes;
        char chunk[1 << 16];
        std::size_t got = 0;
        while ((got = std::fread(chunk, 1, sizeof chunk, file)) > 0) bytes.append(chunk, got);
        data = padded_copy(bytes);
        size = bytes.size();
    }
    failed = failed || std::ferror(file) != 0;
    std::fclose(file);
    if (failed) fail(path, "read error");
    if (size >= 2 && static_cast<unsigned char>(data[0]) == 0x1F &&
        static_cast<unsigned char>(data[1]) == 0x8B) {
        const std::string inflated = inflate_gzip(path, std::string_view(data.get(), size));
        return FileBuffer(path.string(), padded_copy(inflated), inflated.size());
    }
    return FileBuffer(path.string(), std::move(data), size);
}

FileBuffer FileBuffer::from_text(std::string name, std::string_view text) {
    return FileBuffer(std::move(name), padded_copy(text), text.size());
}

TextPosition FileBuffer::position_of(const char* p) const {
    const std::size_t offset =
        (p >= data() && p <= data() + size()) ? static_cast<std::size_t>(p - data()) : size();
    return position_at(text(), offset);
}

}  // namespace ricochet::io
