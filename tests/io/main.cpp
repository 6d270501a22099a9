// SPDX-License-Identifier: MIT
#define BOOST_TEST_MODULE ricochet_io
#include <boost/test/unit_test.hpp>
