// SPDX-License-Identifier: MIT
#pragma once
// Internal to io/: a small safe XML reader (expat) shared by the GraphML and GEXF importers.
