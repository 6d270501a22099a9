// SPDX-License-Identifier: MIT
#pragma once
// Identities: one person's or organisation's accounts across platforms, merged into one actor,
// with the kind and organisation that exports do not carry. Read from a CSV file with the
// columns `id,name,kind,organisation,platform,handle` (header required, any order; `name`,
// `kind`, `organisation` optional). A row with a platform and handle maps that account to actor
// `id`; a row without them only declares the actor (a roster entry, e.g. an organisation).
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "graph/model.hpp"

namespace ricochet::io {

struct Identity {
    std::string actor;         ///< the actor id every matching account becomes
    std::string name;          ///< empty: keep the name the data gives
    std::optional<ActorKind> kind;
    std::string organisation;  ///< an actor id; empty: none
    std::string platform;      ///< empty on a roster row
    std::string handle;        ///< without '@'; a LinkedIn URL reduced to its slug; matched ignoring case
};

/// Without blanks and a leading '@'; LinkedIn handles lower-case, `linkedin.com/in/<slug>` URLs
/// reduced to `<slug>`. Handles are compared ignoring ASCII case.
[[nodiscard]] std::string normalise_handle(std::string_view platform, std::string_view handle);

/// Reads an identities file.
/// Rows must agree: one account maps to one actor, and an actor has one name, kind and
/// organisation (a row may leave them empty).
/// @throws ParseError (`FILE:LINE:COL: ...`) for a malformed file or rows that contradict each
/// other, IoError when it cannot be read.
[[nodiscard]] std::vector<Identity> read_identities(const std::filesystem::path& path);

/// Renames every actor that has a matching account (platform and handle, case-insensitive) to
/// its identity, sets the identity's name and kind, adds the identities' actors that are not in
/// the data, sets organisations, and merges actors that now share an id (see merge_datasets).
void apply_identities(Dataset& dataset, const std::vector<Identity>& identities);

}  // namespace ricochet::io
