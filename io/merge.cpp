// SPDX-License-Identifier: MIT
#include "io/merge.hpp"

#include <algorithm>
#include <deque>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>

#include "graph/error.hpp"
#include "io/file_buffer.hpp"
#include "io/identities.hpp"
#include "io/twitter_reader.hpp"

namespace ricochet::io {
namespace {

void fill(std::string& known, const std::string& more) {
    if (known.empty()) known = more;
}

void merge_actor(Actor& known, const Actor& more) {
    fill(known.name, more.name);
    fill(known.role, more.role);
    fill(known.sector, more.sector);
    if (!known.function) known.function = more.function;
    if (known.kind == ActorKind::other) known.kind = more.kind;
    for (const auto& [platform, handle] : more.accounts) known.accounts.try_emplace(platform, handle);
    for (const auto& [platform, count] : more.followers) {
        auto [it, inserted] = known.followers.try_emplace(platform, count);
        if (!inserted) it->second = std::max(it->second, count);
    }
}

}  // namespace

Dataset merge_datasets(std::vector<Dataset> parts) {
    Dataset out;
    std::unordered_map<std::string, ActorIndex> actor_ids;
    std::unordered_map<std::string, PostIndex> post_ids;
    std::set<std::tuple<ActorIndex, PostIndex, EngagementType, std::optional<Time>>> engagements;
    for (Dataset& part : parts) {
        // Actors first (organisations may point forward), then their organisations.
        std::vector<ActorIndex> actor_map(part.actors.size());
        for (std::size_t i = 0; i < part.actors.size(); ++i) {
            const auto [it, inserted] = actor_ids.try_emplace(part.actors[i].id,
                                                              static_cast<ActorIndex>(out.actors.size()));
            actor_map[i] = it->second;
            if (inserted) {
                Actor actor = part.actors[i];
                actor.organisation.reset();
                out.actors.push_back(std::move(actor));
            } else {
                merge_actor(out.actors[it->second], part.actors[i]);
            }
        }
        for (std::size_t i = 0; i < part.actors.size(); ++i) {
            const auto organisation = part.actors[i].organisation;
            Actor& actor = out.actors[actor_map[i]];
            if (organisation && !actor.organisation && actor_map[*organisation] != actor_map[i]) {
                actor.organisation = actor_map[*organisation];
            }
        }
        std::vector<PostIndex> post_map(part.posts.size());
        std::vector<bool> fresh(part.posts.size());
        for (std::size_t i = 0; i < part.posts.size(); ++i) {
            const auto [it, inserted] = post_ids.try_emplace(part.posts[i].id,
                                                             static_cast<PostIndex>(out.posts.size()));
            post_map[i] = it->second;
            fresh[i] = inserted;
            const Post& post = part.posts[i];
            if (inserted) {
                Post copy = post;
                copy.author = actor_map[post.author];
                copy.parent.reset();
                copy.mentions.clear();
                out.posts.push_back(std::move(copy));
            } else {
                Post& known = out.posts[it->second];
                known.reactions = std::max(known.reactions, post.reactions);
                known.comments = std::max(known.comments, post.comments);
                known.shares = std::max(known.shares, post.shares);
            }
        }
        for (std::size_t i = 0; i < part.posts.size(); ++i) {
            const Post& post = part.posts[i];
            Post& known = out.posts[post_map[i]];
            if (fresh[i] && post.parent && post_map[*post.parent] != post_map[i]) {
                known.parent = post_map[*post.parent];
            }
            for (const ActorIndex m : post.mentions) {
                const ActorIndex target = actor_map[m];
                if (std::find(known.mentions.begin(), known.mentions.end(), target) == known.mentions.end()) {
                    known.mentions.push_back(target);
                }
            }
        }
        for (Engagement e : part.engagements) {
            e.actor = actor_map[e.actor];
            e.post = post_map[e.post];
            if (engagements.emplace(e.actor, e.post, e.type, e.time).second) out.engagements.push_back(e);
        }
        for (Interaction interaction : part.interactions) {
            interaction.source = actor_map[interaction.source];
            interaction.target = actor_map[interaction.target];
            out.interactions.push_back(interaction);
        }
    }
    return out;
}

ReadResult read_inputs(const std::vector<std::filesystem::path>& paths, const ReadOptions& options) {
    ReadOptions each = options;
    each.identities.clear();
    const ReadOptions twitter_options = each;  // outlives the reader, which keeps a reference
    ReadResult result;
    std::vector<Dataset> parts;
    std::deque<FileBuffer> twitter_files;
    std::optional<detail::TwitterReader> twitter;
    std::size_t twitter_slot = 0;  // the Twitter files' place among the parts: the first one's
    std::optional<InputFormat> first_format;
    for (const std::filesystem::path& path : paths) {
        if (!std::filesystem::exists(path)) throw IoError(path.string() + ": no such file or folder");
        std::error_code folder_error;
        // Each file is loaded once: for detection and for reading.
        std::optional<FileBuffer> buffer;
        if (!std::filesystem::is_directory(path, folder_error)) buffer = FileBuffer::load(path);
        const FileBuffer* loaded = buffer ? &*buffer : nullptr;
        const InputFormat format = detail::loaded_format(path, loaded, options);
        if (!first_format) first_format = format;
        if (format == InputFormat::twitter && loaded != nullptr) {
            if (!twitter) {
                twitter.emplace(twitter_options);
                twitter_slot = parts.size();
                parts.emplace_back();
            }
            twitter->read(twitter_files.emplace_back(std::move(*buffer)));
            continue;
        }
        ReadResult part = detail::read_loaded(path, loaded, format, each);
        parts.push_back(std::move(part.dataset));
        result.warnings.insert(result.warnings.end(), part.warnings.begin(), part.warnings.end());
    }
    if (twitter) {
        ReadResult part = std::move(*twitter).finish();
        parts[twitter_slot] = std::move(part.dataset);
        result.warnings.insert(result.warnings.end(), part.warnings.begin(), part.warnings.end());
    }
    result.dataset = merge_datasets(std::move(parts));
    result.format = first_format.value_or(InputFormat::native);
    if (!options.identities.empty()) {
        apply_identities(result.dataset, read_identities(options.identities));
    }
    check_dataset(result.dataset);
    return result;
}

}  // namespace ricochet::io
