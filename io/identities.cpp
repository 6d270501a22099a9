#include "io/identities.hpp"
