// SPDX-License-Identifier: MIT
// Seed selection (CELF, IMM) against the exhaustive optimum. Written by the seeds-test helper.
#include <boost/test/unit_test.hpp>

#include "algorithms/diffusion/seeds.hpp"
