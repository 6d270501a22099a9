# SPDX-License-Identifier: MIT
# ricochet rank: oracle tests (included from CMakeLists.txt).
