// SPDX-License-Identifier: MIT
#pragma once
// `--config FILE` of `ricochet rank`: the weights of the influence scores.
#include <filesystem>
#include <string_view>

#include "algorithms/scoring/scores.hpp"

namespace ricochet::io {

/// Reads {"actor_weights": {component: w, ...}, "team_weights": {...}, "engagement_weights":
/// {"reactions": w, "comments": w, "shares": w}}; every key optional (missing ones keep the
/// defaults). Weights are finite numbers >= 0 and each set has a positive sum.
/// @throws ParseError `FILE:LINE:COL: ...` for malformed JSON, an unknown key, a value that is
/// not such a number, or a set of weights that are all 0; IoError when the file cannot be read.
[[nodiscard]] algorithms::ScoreWeights read_score_config(const std::filesystem::path& path);

/// The same from text already in memory (`name` for messages).
[[nodiscard]] algorithms::ScoreWeights parse_score_config(std::string_view name, std::string_view text);

}  // namespace ricochet::io
