// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "io/twitter_reader.hpp"

BOOST_AUTO_TEST_SUITE(twitter_reader)
BOOST_AUTO_TEST_SUITE_END()
