// SPDX-License-Identifier: MIT
#include "io/edge_list_reader.hpp"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstring>
#include <functional>

#include "graph/error.hpp"
#include "graph/text.hpp"
#include "io/utf8.hpp"

namespace ricochet::io::detail {
namespace {

// Interns ids (views into the file) to dense indices in order of first appearance.
// Open addressing with linear probing: no allocation per id, ~2 probes per lookup.
class IdTable {
public:
    explicit IdTable(std::size_t expected) { rehash(std::bit_ceil(std::max<std::size_t>(expected * 2, 64))); }

    ActorIndex intern(std::string_view id) {
        const std::size_t hash = std::hash<std::string_view>{}(id);
        std::size_t slot = hash & m_mask;
        while (m_slots[slot] != 0) {
            const ActorIndex index = m_slots[slot] - 1;
            if (m_ids[index] == id) return index;
            slot = (slot + 1) & m_mask;
        }
        if (m_ids.size() >= std::numeric_limits<ActorIndex>::max() - 1) {
            throw InvalidArgument("edge list: too many distinct ids for 32-bit vertex ids");
        }
        const auto index = static_cast<ActorIndex>(m_ids.size());
        m_ids.push_back(id);
        m_slots[slot] = index + 1;
        if (m_ids.size() * 2 > m_slots.size()) rehash(m_slots.size() * 2);
        return index;
    }
    const std::vector<std::string_view>& ids() const { return m_ids; }

private:
    void rehash(std::size_t capacity) {
        m_slots.assign(capacity, 0);
        m_mask = capacity - 1;
        for (std::size_t i = 0; i < m_ids.size(); ++i) {
            std::size_t slot = std::hash<std::string_view>{}(m_ids[i]) & m_mask;
            while (m_slots[slot] != 0) slot = (slot + 1) & m_mask;
            m_slots[slot] = static_cast<ActorIndex>(i + 1);
        }
    }
    std::vector<ActorIndex> m_slots;  // index + 1; 0 is empty
    std::size_t m_mask = 0;
    std::vector<std::string_view> m_ids;
};

bool is_blank(char c) { return c == ' ' || c == '\t'; }


bool equals_lower(std::string_view text, std::string_view lower) {
    return text.size() == lower.size() &&
           std::equal(text.begin(), text.end(), lower.begin(),
                      [](char a, char b) { return (a >= 'A' && a <= 'Z' ? a + 32 : a) == b; });
}

bool is_header(std::string_view first, std::string_view second) {
    for (const auto& [a, b] : {std::pair{"source", "target"}, {"src", "dst"}, {"from", "to"},
                               {"src", "tgt"}, {"source", "destination"}}) {
        if (equals_lower(first, a) && equals_lower(second, b)) return true;
    }
    return false;
}

class EdgeListParser {
public:
    EdgeListParser(const FileBuffer& file, const ReadOptions& options)
        : m_file(file), m_options(options) {}

    ReadResult run() {
        const std::string_view text = m_file.text();
        if (const auto bad = find_invalid_utf8(text)) {
            const TextPosition p = position_at(text, *bad);
            throw ParseError(m_file.name(), p.line, p.column, "invalid UTF-8", text.substr(*bad, 1));
        }
        const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
        IdTable ids(std::min<std::size_t>(lines, 1u << 24));
        ReadResult result;
        result.format = InputFormat::edgelist;
        auto& interactions = result.dataset.interactions;
        interactions.reserve(lines);

        bool first_data_line = true;
        std::size_t start = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;  // a spreadsheet's byte-order mark
        for (m_line = 1; start < text.size(); ++m_line) {
            const char* end_ptr = static_cast<const char*>(
                std::memchr(text.data() + start, '\n', text.size() - start));
            const std::size_t end = end_ptr ? static_cast<std::size_t>(end_ptr - text.data()) : text.size();
            m_text = text.substr(start, end - start);
            if (!m_text.empty() && m_text.back() == '\r') m_text.remove_suffix(1);
            start = end + 1;

            const std::string_view content = trim_blanks(m_text);
            if (content.empty() || content.front() == '#' || content.front() == '%') continue;
            if (first_data_line) m_comma = content.find(',') != std::string_view::npos;
            const std::size_t count = split();
            if (first_data_line) {
                first_data_line = false;
                if (count >= 2 && is_header(m_fields[0], m_fields[1])) continue;
            }
            if (count < 2) fail(m_fields[0], "expected at least two columns (src dst)");

            Interaction interaction;
            interaction.layer = m_options.edge_layer;
            if (count >= 3 && !m_fields[2].empty()) interaction.count = weight(m_fields[2]);
            if (count >= 4 && !m_fields[3].empty()) interaction.time = time(m_fields[3]);
            if (count >= 5 && !m_fields[4].empty()) {
                const auto layer = parse_enum<Layer>(m_fields[4]);
                if (!layer) fail(m_fields[4], "unknown layer (expected " + choices<Layer>() + ")");
                interaction.layer = *layer;
            }
            interaction.source = ids.intern(id(m_fields[0]));
            interaction.target = ids.intern(id(m_fields[1]));
            interactions.push_back(interaction);
        }
        interactions.shrink_to_fit();
        auto& actors = result.dataset.actors;
        actors.resize(ids.ids().size());
        for (std::size_t i = 0; i < actors.size(); ++i) actors[i].id = ids.ids()[i];
        return result;
    }

private:
    static constexpr std::size_t max_fields = 5;

    // Splits m_text into m_fields; returns how many. More than five is an error.
    std::size_t split() {
        std::size_t count = 0;
        std::string_view rest = m_text;
        while (true) {
            if (!m_comma) {
                while (!rest.empty() && is_blank(rest.front())) rest.remove_prefix(1);
                if (rest.empty()) break;
            }
            std::size_t length = 0;
            if (m_comma) {
                length = std::min(rest.find(','), rest.size());
            } else {
                while (length < rest.size() && !is_blank(rest[length])) ++length;
            }
            if (count == max_fields) {
                fail(rest.substr(0, length), "too many columns (expected src dst [weight] [time] [layer])");
            }
            std::string_view field = rest.substr(0, length);
            if (m_comma) field = unquote(trim_blanks(field));
            m_fields[count++] = field;
            rest.remove_prefix(length);
            if (m_comma) {
                if (rest.empty()) break;
                rest.remove_prefix(1);  // the comma
            }
        }
        if (count == 0) m_fields[0] = m_text;
        return count;
    }

    static std::string_view unquote(std::string_view field) {
        if (field.size() >= 2 && field.front() == '"' && field.back() == '"') {
            field = field.substr(1, field.size() - 2);
        }
        return field;
    }

    std::string_view id(std::string_view field) const {
        if (field.empty()) fail(field, "empty id");
        return field;
    }

    double weight(std::string_view field) const {
        const auto value = parse_number_in(field, min_interaction_count, max_interaction_count);
        if (!value) fail(field, "expected a weight from 1e-9 to 1e12");
        return *value;
    }

    Time time(std::string_view field) const {
        std::int64_t seconds = 0;
        const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), seconds);
        if (ec == std::errc{} && end == field.data() + field.size()) {
            const Time time{std::chrono::seconds{seconds}};
            if (time < earliest_time || time > latest_time) fail(field, "time out of range (years 0 to 9999)");
            return time;
        }
        const auto parsed = parse_time(field);
        if (!parsed) fail(field, "expected a time (Unix seconds or ISO 8601)");
        return *parsed;
    }

    // `field` is a view into m_text (or empty at its end).
    [[noreturn]] void fail(std::string_view field, const std::string& message) const {
        const std::size_t offset = field.data() >= m_text.data() && field.data() <= m_text.data() + m_text.size()
                                       ? static_cast<std::size_t>(field.data() - m_text.data())
                                       : 0;
        const TextPosition p = position_at(m_text, offset);
        throw ParseError(m_file.name(), m_line, p.column, message, field);
    }

    const FileBuffer& m_file;
    const ReadOptions& m_options;
    std::uint64_t m_line = 0;
    std::string_view m_text;  // the current line, without its line end
    bool m_comma = false;
    std::array<std::string_view, max_fields> m_fields{};
};

}  // namespace

ReadResult read_edge_list(const FileBuffer& file, const ReadOptions& options) {
    return EdgeListParser(file, options).run();
}

}  // namespace ricochet::io::detail
