// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "io/gexf_reader.hpp"

BOOST_AUTO_TEST_SUITE(gexf_reader)
BOOST_AUTO_TEST_SUITE_END()
