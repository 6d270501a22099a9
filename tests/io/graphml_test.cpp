// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "io/graphml_reader.hpp"

BOOST_AUTO_TEST_SUITE(graphml_reader)
BOOST_AUTO_TEST_SUITE_END()
