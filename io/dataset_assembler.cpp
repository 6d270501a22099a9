// SPDX-License-Identifier: MIT
#include "io/dataset_assembler.hpp"

#include <unordered_map>
#include <unordered_set>

namespace ricochet::io::detail {
namespace {

enum class State : std::uint8_t { unvisited, visiting, kept, skipped };

}  // namespace

std::uint32_t DatasetAssembler::add_file(const FileBuffer& file) {
    m_files.push_back(&file);
    return static_cast<std::uint32_t>(m_files.size() - 1);
}

std::string DatasetAssembler::where(SourceRef at) const {
    const FileBuffer& file = *m_files.at(at.file);
    const TextPosition p = position_at(file.text(), static_cast<std::size_t>(at.offset));
    return file.name() + ':' + std::to_string(p.line) + ':' + std::to_string(p.column);
}

ParseError DatasetAssembler::error(SourceRef at, std::string message, std::string_view token,
                                   bool has_token) const {
    const FileBuffer& file = *m_files.at(at.file);
    const TextPosition p = position_at(file.text(), static_cast<std::size_t>(at.offset));
    return ParseError(file.name(), p.line, p.column, std::move(message), token, has_token);
}

void DatasetAssembler::problem(SourceRef at, const std::string& warning,
                               const std::string& message, std::string_view token) {
    const ParseError e = error(at, message, token);
    if (!m_lenient) throw e;
    for (ReadWarning& w : m_warnings) {
        if (w.message == warning) {
            ++w.count;
            return;
        }
    }
    m_warnings.push_back({warning, 1, e.what()});
}

ReadResult DatasetAssembler::finish(InputFormat format) && {
    ReadResult result;
    result.format = format;
    Dataset& d = result.dataset;

    // Actors: ids first (the map's views point into d.actors, which no longer grows).
    d.actors.reserve(actors.size());
    for (RawActor& raw : actors) d.actors.push_back(std::move(raw.actor));
    // A repeated id is reported where it is reached in the loop below, so that strict mode stops
    // at the first problem in file order.
    std::unordered_map<std::string_view, ActorIndex> actor_ids;
    actor_ids.reserve(d.actors.size());
    std::vector<bool> repeated_actor(d.actors.size(), false);
    for (std::size_t i = 0; i < d.actors.size(); ++i) {
        repeated_actor[i] = !actor_ids.emplace(d.actors[i].id, static_cast<ActorIndex>(i)).second;
    }
    const auto find_actor = [&](const std::string& id) -> std::optional<ActorIndex> {
        const auto it = actor_ids.find(id);
        if (it == actor_ids.end()) return std::nullopt;
        return it->second;
    };
    for (std::size_t i = 0; i < d.actors.size(); ++i) {
        const RawActor& raw = actors[i];
        if (repeated_actor[i]) throw error(raw.id_at, "duplicate actor id", d.actors[i].id);
        if (raw.organisation.empty()) continue;
        if (raw.organisation == d.actors[i].id) {
            throw error(raw.organisation_at, "an actor cannot be its own organisation",
                        raw.organisation);
        }
        if (const auto organisation = find_actor(raw.organisation)) {
            d.actors[i].organisation = organisation;
        } else {
            problem(raw.organisation_at, "organisation links dropped: unknown organisation",
                    "unknown organisation", raw.organisation);
        }
    }

    // Posts, pass 1 in file order: a repeated id, the parent rules, then the references.
    std::unordered_map<std::string_view, std::size_t> post_ids;
    post_ids.reserve(posts.size());
    std::vector<bool> repeated_post(posts.size(), false);
    for (std::size_t p = 0; p < posts.size(); ++p) {
        repeated_post[p] = !post_ids.emplace(posts[p].post.id, p).second;
    }
    std::vector<State> state(posts.size(), State::unvisited);
    std::vector<std::size_t> parent_of(posts.size(), posts.size());  // posts.size(): none
    for (std::size_t p = 0; p < posts.size(); ++p) {
        RawPost& raw = posts[p];
        if (repeated_post[p]) throw error(raw.id_at, "duplicate post id", raw.post.id);
        if (!raw.parent.empty() && raw.post.type == PostType::original) {
            throw error(raw.parent_at, "an original post cannot have a parent", raw.parent);
        }
        if (!raw.parent.empty() && raw.parent == raw.post.id) {
            throw error(raw.parent_at, "a post cannot be its own parent", raw.parent);
        }
        const auto author = find_actor(raw.author);
        if (!author) {
            problem(raw.author_at, "posts skipped: unknown author", "unknown actor", raw.author);
            state[p] = State::skipped;
            continue;
        }
        raw.post.author = *author;
        bool mentions_known = true;
        std::unordered_set<ActorIndex> distinct;
        for (const auto& [id, at] : raw.mentions) {
            const auto mentioned = find_actor(id);
            if (!mentioned) {
                problem(at, "posts skipped: unknown mentioned actor", "unknown actor", id);
                mentions_known = false;
                break;
            }
            if (distinct.insert(*mentioned).second) raw.post.mentions.push_back(*mentioned);
        }
        if (!mentions_known) {
            state[p] = State::skipped;
            continue;
        }
        if (raw.parent.empty()) continue;
        const auto parent = post_ids.find(raw.parent);
        if (parent == post_ids.end()) {
            problem(raw.parent_at, "posts skipped: unknown parent post", "unknown post", raw.parent);
            state[p] = State::skipped;
            continue;
        }
        parent_of[p] = parent->second;
    }

    // Pass 2: a post whose parent is skipped is skipped; a parent chain must not loop.
    std::vector<std::size_t> chain;
    for (std::size_t p = 0; p < posts.size(); ++p) {
        std::size_t q = p;
        while (state[q] == State::unvisited) {
            if (parent_of[q] == posts.size()) {
                state[q] = State::kept;
                break;
            }
            state[q] = State::visiting;
            chain.push_back(q);
            q = parent_of[q];
        }
        if (state[q] == State::visiting) {
            throw error(posts[chain.back()].parent_at, "the chain of parents loops back",
                        posts[chain.back()].parent);
        }
        while (!chain.empty()) {
            const std::size_t c = chain.back();
            chain.pop_back();
            state[c] = state[parent_of[c]] == State::kept ? State::kept : State::skipped;
            if (state[c] == State::skipped) {
                problem(posts[c].parent_at, "posts skipped: parent post skipped", "parent skipped",
                        posts[c].parent);
            }
        }
    }
    std::vector<PostIndex> new_index(posts.size(), 0);
    std::size_t kept = 0;
    for (std::size_t p = 0; p < posts.size(); ++p) {
        if (state[p] == State::kept) new_index[p] = static_cast<PostIndex>(kept++);
    }
    const auto find_post = [&](const std::string& id) -> std::optional<PostIndex> {
        const auto it = post_ids.find(id);
        if (it == post_ids.end() || state[it->second] != State::kept) return std::nullopt;
        return new_index[it->second];
    };

    d.engagements.reserve(engagements.size());
    for (RawEngagement& raw : engagements) {
        const auto actor = find_actor(raw.actor);
        if (!actor) {
            problem(raw.actor_at, "engagement events skipped: unknown actor", "unknown actor",
                    raw.actor);
            continue;
        }
        const auto post = find_post(raw.post);
        if (!post) {
            const bool known = post_ids.count(raw.post) > 0;
            problem(raw.post_at,
                    known ? "engagement events skipped: post skipped"
                          : "engagement events skipped: unknown post",
                    known ? "post skipped" : "unknown post", raw.post);
            continue;
        }
        raw.engagement.actor = *actor;
        raw.engagement.post = *post;
        d.engagements.push_back(raw.engagement);
    }

    // Only now may the posts move: post_ids views their ids.
    d.posts.reserve(kept);
    for (std::size_t p = 0; p < posts.size(); ++p) {
        if (state[p] != State::kept) continue;
        Post& post = posts[p].post;
        if (parent_of[p] != posts.size()) post.parent = new_index[parent_of[p]];
        d.posts.push_back(std::move(post));
    }

    d.interactions.reserve(interactions.size());
    for (RawInteraction& raw : interactions) {
        const auto source = find_actor(raw.source);
        const auto target = find_actor(raw.target);
        if (!source || !target) {
            problem(source ? raw.target_at : raw.source_at,
                    "interactions skipped: unknown actor", "unknown actor",
                    source ? raw.target : raw.source);
            continue;
        }
        raw.interaction.source = *source;
        raw.interaction.target = *target;
        d.interactions.push_back(raw.interaction);
    }
    result.warnings = std::move(m_warnings);
    return result;
}

}  // namespace ricochet::io::detail
