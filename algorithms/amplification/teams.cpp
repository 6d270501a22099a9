// SPDX-License-Identifier: MIT
#include "algorithms/amplification/teams.hpp"
