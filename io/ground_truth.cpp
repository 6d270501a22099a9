// SPDX-License-Identifier: MIT
#include "io/ground_truth.hpp"

#include <nlohmann/json.hpp>

namespace ricochet::io {

void write_ground_truth(const algorithms::SyntheticDataset& synthetic, std::string_view preset,
                        std::ostream& out) {
    using Json = nlohmann::ordered_json;
    const auto& actors = synthetic.dataset.actors;
    out << "{\"preset\":" << Json(preset).dump() << ",\"seed\":" << synthetic.seed
        << ",\"synthetic\":true,\n\"teams\":[";
    const char* separator = "\n";
    for (const algorithms::PlantedTeam& team : synthetic.teams) {
        Json j{{"organisation", actors[team.organisation].id},
               {"culture", to_string(team.culture)}};
        if (team.carrier) j["carrier"] = actors[*team.carrier].id;
        out << separator << j.dump();
        separator = ",\n";
    }
    out << "\n]}\n";
}

}  // namespace ricochet::io
