#include "io/merge.hpp"
