// SPDX-License-Identifier: MIT
#include "visual/report_html.hpp"
