// SPDX-License-Identifier: MIT
#include "io/path_report.hpp"
