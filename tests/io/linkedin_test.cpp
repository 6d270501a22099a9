// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "io/linkedin_reader.hpp"

BOOST_AUTO_TEST_SUITE(linkedin_reader)
BOOST_AUTO_TEST_SUITE_END()
