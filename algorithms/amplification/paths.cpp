// SPDX-License-Identifier: MIT
#include "algorithms/amplification/paths.hpp"
