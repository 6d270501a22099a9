// SPDX-License-Identifier: MIT
#pragma once
// Several inputs read as one dataset: `ricochet import A B C` and every command given more than
// one input.
#include <filesystem>
#include <vector>

#include "graph/model.hpp"
#include "io/dataset_io.hpp"

namespace ricochet::io {

/// Merges datasets into one, in order. Actors with the same id are one actor: the first gives
/// every field, later ones fill what it leaves empty (name, role, sector, function, organisation,
/// kind when `other`), accounts are united and followers are the maximum per platform. Posts
/// with the same id are one post: the first is kept, its counts are the maximum seen, its
/// mentions united. Engagements identical in actor, post, type and time are kept once;
/// interactions are all kept.
[[nodiscard]] Dataset merge_datasets(std::vector<Dataset> parts);

/// Reads every input (each in its format, `options.format` applying to all when set; Twitter
/// files are read together, so that tweets are deduplicated and references resolved across
/// files, and take the place of the first of them), merges them in order and applies
/// `options.identities`.
/// @throws ParseError, IoError as read_dataset does.
[[nodiscard]] ReadResult read_inputs(const std::vector<std::filesystem::path>& paths,
                                     const ReadOptions& options);

}  // namespace ricochet::io
