// SPDX-License-Identifier: MIT
#include "visual/export.hpp"
