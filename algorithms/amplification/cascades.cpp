// SPDX-License-Identifier: MIT
#include "algorithms/amplification/cascades.hpp"
