// SPDX-License-Identifier: MIT
#include "io/identities.hpp"

#include <map>
#include <optional>
#include <unordered_map>

#include "graph/error.hpp"
#include "graph/text.hpp"
#include "io/csv.hpp"
#include "io/file_buffer.hpp"
#include "io/linkedin_reader.hpp"
#include "io/merge.hpp"

namespace ricochet::io {

std::string normalise_handle(std::string_view platform, std::string_view handle) {
    std::string h(trim_blanks(handle));
    if (!h.empty() && h.front() == '@') h.erase(0, 1);
    if (platform == "linkedin") {  // slugs are case-insensitive: written lower-case, as the importer does
        if (const auto slug = detail::linkedin_slug(h)) return *slug;
        h = ascii_lower(h);
        while (!h.empty() && h.back() == '/') h.pop_back();
    }
    return h;
}

std::vector<Identity> read_identities(const std::filesystem::path& path) {
    const FileBuffer file = FileBuffer::load(path);
    check_line_lengths(file, max_line_bytes, true);
    detail::CsvReader reader(file);
    std::vector<detail::CsvField> header;
    if (!reader.next(header)) reader.fail(0, "empty identities file, expected a header row", "", false);
    std::map<std::string, std::size_t> columns;
    for (std::size_t c = 0; c < header.size(); ++c) {
        const std::string name = ascii_lower(trim_blanks(header[c].value));
        if (name != "id" && name != "name" && name != "kind" && name != "organisation" &&
            name != "platform" && name != "handle") {
            reader.fail(header[c].offset,
                        "unknown column (expected id, name, kind, organisation, platform, handle)",
                        trim_blanks(header[c].value));
        }
        if (!columns.emplace(name, c).second) reader.fail(header[c].offset, "duplicate column", name);
    }
    if (!columns.contains("id")) reader.fail(0, "missing column \"id\" in the header", reader.row_text());
    if (columns.contains("platform") != columns.contains("handle")) {
        reader.fail(0, "the columns \"platform\" and \"handle\" go together", reader.row_text());
    }

    std::vector<Identity> identities;
    std::unordered_map<std::string, std::string> account_owner;  // platform \n handle -> actor
    struct Seen {
        std::string name, organisation;
        std::optional<ActorKind> kind;
    };
    std::unordered_map<std::string, Seen> actors;
    std::vector<detail::CsvField> row;
    while (reader.next(row)) {
        if (row.size() != header.size()) {
            reader.fail(reader.row_offset(),
                        "the row has " + std::to_string(row.size()) + " fields, the header " +
                            std::to_string(header.size()),
                        reader.row_text());
        }
        const auto cell = [&](const char* name) -> std::pair<std::string_view, std::size_t> {
            const auto it = columns.find(name);
            if (it == columns.end()) return {{}, reader.row_offset()};
            return {trim_blanks(row[it->second].value), row[it->second].offset};
        };
        Identity identity;
        const auto [id, id_at] = cell("id");
        if (id.empty()) reader.fail(id_at, "empty actor id", "", false);
        identity.actor = std::string(id);
        identity.name = std::string(cell("name").first);
        if (const auto [kind, kind_at] = cell("kind"); !kind.empty()) {
            identity.kind = parse_enum<ActorKind>(kind);
            if (!identity.kind) {
                reader.fail(kind_at, "unknown actor kind (expected " + choices<ActorKind>() + ")", kind);
            }
        }
        identity.organisation = std::string(cell("organisation").first);
        if (identity.organisation == identity.actor) {
            reader.fail(cell("organisation").second, "an actor cannot be its own organisation",
                        identity.organisation);
        }
        const auto [platform, platform_at] = cell("platform");
        const auto [handle, handle_at] = cell("handle");
        if (platform.empty() != handle.empty()) {
            reader.fail(platform.empty() ? platform_at : handle_at,
                        "a platform needs a handle and a handle a platform", "", false);
        }
        identity.platform = ascii_lower(platform);
        identity.handle = normalise_handle(identity.platform, handle);
        if (!platform.empty() && identity.handle.empty()) reader.fail(handle_at, "empty handle", handle);

        if (!identity.platform.empty()) {
            const auto [it, inserted] = account_owner.try_emplace(identity.platform + '\n' + ascii_lower(identity.handle),
                                                                  identity.actor);
            if (!inserted && it->second != identity.actor) {
                reader.fail(handle_at, "this account is already given to actor \"" + it->second + "\"", handle);
            }
        }
        Seen& seen = actors[identity.actor];
        const auto agree = [&](std::string& known, const std::string& value, const char* what, std::size_t at) {
            if (value.empty()) return;
            if (!known.empty() && known != value) {
                reader.fail(at, std::string("another row gives this actor another ") + what, value);
            }
            known = value;
        };
        agree(seen.name, identity.name, "name", cell("name").second);
        agree(seen.organisation, identity.organisation, "organisation", cell("organisation").second);
        if (identity.kind) {
            if (seen.kind && *seen.kind != *identity.kind) {
                reader.fail(cell("kind").second, "another row gives this actor another kind",
                            to_string(*identity.kind));
            }
            seen.kind = identity.kind;
        }
        identities.push_back(std::move(identity));
    }
    return identities;
}

void apply_identities(Dataset& dataset, const std::vector<Identity>& identities) {
    if (identities.empty()) return;
    std::unordered_map<std::string, const Identity*> by_account;
    std::map<std::string, Identity> by_actor;  // merged rows per actor, in id order
    std::vector<std::string> order;            // actors in the order the file gives them
    for (const Identity& row : identities) {
        if (!row.platform.empty()) by_account.emplace(row.platform + '\n' + ascii_lower(row.handle), &row);
        auto [it, inserted] = by_actor.try_emplace(row.actor, row);
        if (inserted) order.push_back(row.actor);
        Identity& merged = it->second;
        if (merged.name.empty()) merged.name = row.name;
        if (!merged.kind) merged.kind = row.kind;
        if (merged.organisation.empty()) merged.organisation = row.organisation;
    }
    // Organisations are referred to by id: keep them as ids while actors are renamed.
    std::vector<std::string> organisation_of(dataset.actors.size());
    for (std::size_t i = 0; i < dataset.actors.size(); ++i) {
        if (const auto o = dataset.actors[i].organisation) organisation_of[i] = dataset.actors[*o].id;
    }
    std::unordered_map<std::string, std::string> renamed;
    for (Actor& actor : dataset.actors) {
        for (const auto& [platform, handle] : actor.accounts) {
            const auto it = by_account.find(platform + '\n' + ascii_lower(normalise_handle(platform, handle)));
            if (it == by_account.end()) continue;
            renamed.emplace(actor.id, it->second->actor);
            actor.id = it->second->actor;
            break;
        }
    }
    // An organisation may be named by a data id that an identity renames.
    const auto resolve = [&](const std::string& id) -> const std::string& {
        const auto it = renamed.find(id);
        return it == renamed.end() ? id : it->second;
    };
    for (std::string& organisation : organisation_of) organisation = resolve(organisation);
    // Actors of the identities file that the data does not have, in file order.
    std::unordered_map<std::string, std::size_t> present;
    for (std::size_t i = 0; i < dataset.actors.size(); ++i) present.emplace(dataset.actors[i].id, i);
    for (const std::string& id : order) {
        if (present.contains(id)) continue;
        present.emplace(id, dataset.actors.size());
        Actor actor;
        actor.id = id;
        dataset.actors.push_back(std::move(actor));
        organisation_of.emplace_back();
    }
    for (const Identity& row : identities) {
        const std::string& organisation = resolve(row.organisation);
        if (!organisation.empty() && !present.contains(organisation)) {
            present.emplace(organisation, dataset.actors.size());
            Actor actor;
            actor.id = organisation;
            dataset.actors.push_back(std::move(actor));
            organisation_of.emplace_back();
        }
    }
    // Identity fields, then accounts every row names.
    for (std::size_t i = 0; i < dataset.actors.size(); ++i) {
        Actor& actor = dataset.actors[i];
        const auto it = by_actor.find(actor.id);
        if (it == by_actor.end()) continue;
        const Identity& identity = it->second;
        if (!identity.name.empty()) actor.name = identity.name;
        if (identity.kind) actor.kind = *identity.kind;
        if (!identity.organisation.empty()) organisation_of[i] = resolve(identity.organisation);
    }
    // Resolve organisations by id; several actors may now share an id: merge_datasets folds
    // them (and their organisation links) into one.
    std::unordered_map<std::string, ActorIndex> first_index;
    for (std::size_t i = 0; i < dataset.actors.size(); ++i) {
        first_index.try_emplace(dataset.actors[i].id, static_cast<ActorIndex>(i));
    }
    for (std::size_t i = 0; i < dataset.actors.size(); ++i) {
        const std::string& organisation = organisation_of[i];
        dataset.actors[i].organisation =
            organisation.empty() || organisation == dataset.actors[i].id
                ? std::nullopt
                : std::optional<ActorIndex>(first_index.at(organisation));
    }
    std::vector<Dataset> parts;
    parts.push_back(std::move(dataset));
    dataset = merge_datasets(std::move(parts));
    // Accounts only the identities name (the data's own spelling wins for the others).
    const auto index = actor_index(dataset);
    for (const Identity& row : identities) {
        if (!row.platform.empty()) dataset.actors[index.at(row.actor)].accounts.try_emplace(row.platform, row.handle);
    }
}

}  // namespace ricochet::io
