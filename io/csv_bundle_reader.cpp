// SPDX-License-Identifier: MIT
#include "io/csv_bundle_reader.hpp"

#include <charconv>
#include <optional>
#include <unordered_map>

#include "graph/error.hpp"
#include "graph/text.hpp"
#include "io/csv.hpp"

namespace ricochet::io::detail {
namespace {

constexpr char list_separator = ';';

// One CSV table: its header and the current row, with typed cell readers.
class Table {
public:
    Table(const FileBuffer& file, DatasetAssembler& assembler)
        : m_reader(file), m_file_id(assembler.add_file(file)) {
        if (!m_reader.next(m_header)) {
            m_reader.fail(0, "empty file, expected a header row", "", false);
        }
        for (std::size_t c = 0; c < m_header.size(); ++c) {
            std::string name(trim(m_header[c].value));
            if (!m_columns.emplace(name, c).second) {
                m_reader.fail(m_header[c].offset, "duplicate column", name);
            }
            m_names.push_back(std::move(name));
        }
    }

    /// Index of column `name`, which must exist.
    std::size_t required(std::string_view name) const {
        const auto c = optional(name);
        if (!c) {
            m_reader.fail(0, "missing column \"" + std::string(name) + "\" in the header",
                          m_reader.row_text());
        }
        return *c;
    }
    std::optional<std::size_t> optional(std::string_view name) const {
        const auto it = m_columns.find(std::string(name));
        if (it == m_columns.end()) return std::nullopt;
        return it->second;
    }
    const std::vector<std::string>& names() const { return m_names; }

    bool next() {
        if (!m_reader.next(m_row)) return false;
        if (m_row.size() != m_header.size()) {
            m_reader.fail(m_reader.row_offset(),
                          "the row has " + std::to_string(m_row.size()) + " fields, the header " +
                              std::to_string(m_header.size()),
                          m_reader.row_text());
        }
        return true;
    }

    /// The cell's text: unquoted cells are trimmed of spaces and tabs, quoted ones kept as is.
    std::string_view cell(std::size_t c) const {
        return m_row[c].quoted ? m_row[c].value : trim(m_row[c].value);
    }
    std::string_view cell(const std::optional<std::size_t>& c) const {
        return c ? cell(*c) : std::string_view{};
    }
    /// Where the cell's text starts (after the spaces trimmed off an unquoted cell).
    std::size_t offset(std::size_t c) const {
        const CsvField& field = m_row[c];
        if (field.quoted) return field.offset;
        const std::size_t first = field.value.find_first_not_of(" \t");
        return field.offset + (first == std::string_view::npos ? field.value.size() : first);
    }
    SourceRef at(std::size_t c) const { return {m_file_id, offset(c)}; }
    SourceRef row_at() const { return {m_file_id, m_reader.row_offset()}; }

    [[noreturn]] void fail(std::size_t c, const std::string& message) const {
        m_reader.fail(offset(c), message, cell(c));
    }

    std::pair<std::string, SourceRef> id(std::size_t c) const {
        if (cell(c).empty()) fail(c, "\"" + m_names[c] + "\" must not be empty");
        return {std::string(cell(c)), at(c)};
    }

    std::uint64_t count(const std::optional<std::size_t>& c) const {
        if (!c || cell(*c).empty()) return 0;
        const std::string_view text = cell(*c);
        std::uint64_t value = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec != std::errc{} || end != text.data() + text.size() || value > max_count) {
            fail(*c, "\"" + m_names[*c] + "\" must be an integer from 0 to 10^9");
        }
        return value;
    }

    Time time(std::size_t c) const {
        const auto parsed = parse_time(cell(c));
        if (!parsed) fail(c, "\"" + m_names[c] + "\" must be an ISO 8601 time");
        return *parsed;
    }
    std::optional<Time> optional_time(const std::optional<std::size_t>& c) const {
        if (!c || cell(*c).empty()) return std::nullopt;
        return time(*c);
    }

    template <class E>
    std::optional<E> enumeration(const std::optional<std::size_t>& c, std::string_view what) const {
        if (!c || cell(*c).empty()) return std::nullopt;
        const auto parsed = parse_enum<E>(cell(*c));
        if (!parsed) fail(*c, "unknown " + std::string(what) + " (expected " + choices<E>() + ")");
        return parsed;
    }

    template <class E>
    E required_enumeration(std::size_t c, std::string_view what) const {
        if (cell(c).empty()) fail(c, "\"" + m_names[c] + "\" must not be empty");
        return *enumeration<E>(c, what);
    }

    // A ';'-separated list cell.
    std::vector<std::string_view> list(const std::optional<std::size_t>& c) const {
        std::vector<std::string_view> items;
        std::string_view text = cell(c);
        while (!text.empty()) {
            const auto end = text.find(list_separator);
            const std::string_view item = trim(text.substr(0, end));
            if (!item.empty()) items.push_back(item);
            if (end == std::string_view::npos) break;
            text.remove_prefix(end + 1);
        }
        return items;
    }

    static std::string_view trim(std::string_view text) {
        while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
        while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
        return text;
    }

private:
    CsvReader m_reader;
    std::uint32_t m_file_id;
    std::vector<CsvField> m_header;
    std::vector<CsvField> m_row;
    std::vector<std::string> m_names;
    std::unordered_map<std::string, std::size_t> m_columns;
};

void read_actors(Table& t, DatasetAssembler& assembler) {
    const std::size_t id = t.required("id");
    const auto name = t.optional("name");
    const auto kind = t.optional("kind");
    const auto organisation = t.optional("organisation");
    const auto role = t.optional("role");
    const auto function = t.optional("function");
    const auto sector = t.optional("sector");
    std::vector<std::pair<std::string, std::size_t>> accounts;
    std::vector<std::pair<std::string, std::size_t>> followers;
    for (std::size_t c = 0; c < t.names().size(); ++c) {
        const std::string& column = t.names()[c];
        if (column.starts_with("accounts.") && column.size() > 9) accounts.emplace_back(column.substr(9), c);
        if (column.starts_with("followers.") && column.size() > 10) followers.emplace_back(column.substr(10), c);
    }
    while (t.next()) {
        RawActor raw;
        Actor& a = raw.actor;
        std::tie(a.id, raw.id_at) = t.id(id);
        a.name = t.cell(name);
        a.kind = t.enumeration<ActorKind>(kind, "actor kind").value_or(ActorKind::other);
        if (organisation && !t.cell(*organisation).empty()) {
            std::tie(raw.organisation, raw.organisation_at) = t.id(*organisation);
        }
        a.role = t.cell(role);
        a.function = t.enumeration<Function>(function, "function");
        a.sector = t.cell(sector);
        for (const auto& [platform, c] : accounts) {
            if (!t.cell(c).empty()) a.accounts.emplace(platform, t.cell(c));
        }
        for (const auto& [platform, c] : followers) {
            if (!t.cell(c).empty()) a.followers.emplace(platform, t.count(c));
        }
        assembler.actors.push_back(std::move(raw));
    }
}

void read_posts(Table& t, DatasetAssembler& assembler) {
    const std::size_t id = t.required("id");
    const std::size_t author = t.required("author");
    const std::size_t platform = t.required("platform");
    const std::size_t time = t.required("time");
    const auto type = t.optional("type");
    const auto parent = t.optional("parent");
    const auto mentions = t.optional("mentions");
    const auto reactions = t.optional("reactions");
    const auto comments = t.optional("comments");
    const auto shares = t.optional("shares");
    const auto corporate = t.optional("corporate");
    const auto topics = t.optional("topics");
    while (t.next()) {
        RawPost raw;
        Post& p = raw.post;
        std::tie(p.id, raw.id_at) = t.id(id);
        std::tie(raw.author, raw.author_at) = t.id(author);
        p.platform = t.id(platform).first;
        p.time = t.time(time);
        p.type = t.enumeration<PostType>(type, "post type").value_or(PostType::original);
        if (parent && !t.cell(*parent).empty()) std::tie(raw.parent, raw.parent_at) = t.id(*parent);
        for (const std::string_view m : t.list(mentions)) {
            raw.mentions.emplace_back(std::string(m), t.at(*mentions));
        }
        p.reactions = t.count(reactions);
        p.comments = t.count(comments);
        p.shares = t.count(shares);
        if (corporate && !t.cell(*corporate).empty()) {
            const std::string_view flag = t.cell(*corporate);
            if (flag == "true" || flag == "1") p.corporate = true;
            else if (flag == "false" || flag == "0") p.corporate = false;
            else t.fail(*corporate, "\"corporate\" must be true or false");
        }
        for (const std::string_view topic : t.list(topics)) p.topics.emplace_back(topic);
        assembler.posts.push_back(std::move(raw));
    }
}

void read_engagements(Table& t, DatasetAssembler& assembler) {
    const std::size_t actor = t.required("actor");
    const std::size_t post = t.required("post");
    const std::size_t type = t.required("type");
    const auto time = t.optional("time");
    while (t.next()) {
        RawEngagement raw;
        std::tie(raw.actor, raw.actor_at) = t.id(actor);
        std::tie(raw.post, raw.post_at) = t.id(post);
        raw.engagement.type = t.required_enumeration<EngagementType>(type, "engagement type");
        raw.engagement.time = t.optional_time(time);
        assembler.engagements.push_back(std::move(raw));
    }
}

void read_interactions(Table& t, DatasetAssembler& assembler) {
    const std::size_t source = t.required("source");
    const std::size_t target = t.required("target");
    const std::size_t layer = t.required("layer");
    const auto count = t.optional("count");
    const auto time = t.optional("time");
    while (t.next()) {
        RawInteraction raw;
        std::tie(raw.source, raw.source_at) = t.id(source);
        std::tie(raw.target, raw.target_at) = t.id(target);
        raw.interaction.layer = t.required_enumeration<Layer>(layer, "layer");
        if (count && !t.cell(*count).empty()) {
            const auto value = parse_number_in(t.cell(*count), min_interaction_count, max_interaction_count);
            if (!value) t.fail(*count, "\"count\" must be a number from 1e-9 to 1e12");
            raw.interaction.count = *value;
        }
        raw.interaction.time = t.optional_time(time);
        assembler.interactions.push_back(std::move(raw));
    }
}

}  // namespace

void parse_csv_table(CsvTable table, const FileBuffer& file, DatasetAssembler& assembler) {
    Table t(file, assembler);
    switch (table) {
        case CsvTable::actors: read_actors(t, assembler); break;
        case CsvTable::posts: read_posts(t, assembler); break;
        case CsvTable::engagements: read_engagements(t, assembler); break;
        case CsvTable::interactions: read_interactions(t, assembler); break;
    }
}

void parse_csv_bundle(const std::filesystem::path& folder, std::deque<FileBuffer>& files,
                      DatasetAssembler& assembler) {
    const std::pair<const char*, CsvTable> parts[] = {{"actors.csv", CsvTable::actors},
                                                      {"posts.csv", CsvTable::posts},
                                                      {"engagements.csv", CsvTable::engagements},
                                                      {"interactions.csv", CsvTable::interactions}};
    for (const auto& [name, table] : parts) {
        const auto path = folder / name;
        std::error_code ec;
        if (!std::filesystem::exists(path, ec)) {
            if (table == CsvTable::actors) {
                throw IoError(folder.string() + ": not a CSV bundle (no actors.csv in the folder)");
            }
            continue;
        }
        files.push_back(FileBuffer::load(path));
        check_line_lengths(files.back(), max_line_bytes, true);
        parse_csv_table(table, files.back(), assembler);
    }
}

}  // namespace ricochet::io::detail
