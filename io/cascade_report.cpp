// SPDX-License-Identifier: MIT
#include "io/cascade_report.hpp"
