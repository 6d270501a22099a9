# SPDX-License-Identifier: MIT
# ricochet teams: CLI tests (included from CMakeLists.txt).
