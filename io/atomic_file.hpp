// SPDX-License-Identifier: MIT
#pragma once
// Every file ricochet writes goes through here: written to a temporary file in the same folder,
// then renamed over the target, so a failure part-way leaves the previous file intact and no
// partial file behind.
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace ricochet::io {

class AtomicFile {
public:
    /// Creates the temporary file beside `target` (the folder must exist).
    /// @throws IoError when it cannot be created.
    explicit AtomicFile(std::filesystem::path target);
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    /// Removes the temporary file unless commit() succeeded.
    ~AtomicFile();

    [[nodiscard]] std::ostream& stream() { return m_stream; }
    /// Flushes, closes and renames the temporary file over the target.
    /// @throws IoError if any write failed or the rename fails (the target is then untouched).
    void commit();

private:
    std::filesystem::path m_target;
    std::filesystem::path m_temporary;
    std::ofstream m_stream;
    bool m_committed = false;
};

/// Writes `content` to `target` atomically.
void write_file_atomically(const std::filesystem::path& target, std::string_view content);

}  // namespace ricochet::io
