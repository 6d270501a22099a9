// SPDX-License-Identifier: MIT
#include "io/atomic_file.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "graph/error.hpp"

namespace ricochet::io {

AtomicFile::AtomicFile(std::filesystem::path target) : m_target(std::move(target)) {
    std::string pattern = m_target.string() + ".tmp-XXXXXX";
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) {
        throw IoError(m_target.string() + ": cannot create a file: " + std::strerror(errno));
    }
    // mkstemp makes the file 0600; give it the mode a new file would have (0666 minus umask).
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, static_cast<mode_t>(0666 & ~mask));
    ::close(fd);
    m_temporary = pattern;
    m_stream.open(m_temporary, std::ios::binary | std::ios::trunc);
    if (!m_stream) {
        std::error_code ec;
        std::filesystem::remove(m_temporary, ec);
        throw IoError(m_target.string() + ": cannot open a file for writing");
    }
}

AtomicFile::~AtomicFile() {
    if (!m_committed) {
        m_stream.close();
        std::error_code ec;
        std::filesystem::remove(m_temporary, ec);
    }
}

void AtomicFile::commit() {
    m_stream.flush();
    const bool written = static_cast<bool>(m_stream);
    m_stream.close();
    if (!written || m_stream.fail()) {
        throw IoError(m_target.string() + ": write failed (disk full?)");
    }
    if (std::rename(m_temporary.c_str(), m_target.c_str()) != 0) {
        throw IoError(m_target.string() + ": cannot replace the file: " + std::strerror(errno));
    }
    m_committed = true;
}

void write_file_atomically(const std::filesystem::path& target, std::string_view content) {
    AtomicFile file(target);
    file.stream().write(content.data(), static_cast<std::streamsize>(content.size()));
    file.commit();
}

}  // namespace ricochet::io
