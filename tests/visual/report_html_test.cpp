// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>
