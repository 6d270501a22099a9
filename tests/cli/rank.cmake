# SPDX-License-Identifier: MIT
# ricochet rank: CLI tests (included from CMakeLists.txt).
