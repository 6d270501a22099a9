// SPDX-License-Identifier: MIT
#include "io/xml.hpp"
