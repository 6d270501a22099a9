// SPDX-License-Identifier: MIT
#pragma once
// ground_truth.json: what a synthetic dataset planted, so that measures can be checked against it.
#include <ostream>
#include <string_view>

#include "algorithms/synthetic/pharma_fr.hpp"

namespace ricochet::io {

/// `{"preset", "seed", "synthetic": true, "teams": [{"organisation", "culture", "carrier"}]}`,
/// one team per line, every team (culture "none" where nothing was planted); "carrier" only on
/// carried teams. Deterministic.
void write_ground_truth(const algorithms::SyntheticDataset& synthetic, std::string_view preset,
                        std::ostream& out);

}  // namespace ricochet::io
