// SPDX-License-Identifier: MIT
#include "io/team_report.hpp"
