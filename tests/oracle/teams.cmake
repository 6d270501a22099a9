# SPDX-License-Identifier: MIT
# ricochet teams: oracle tests (included from CMakeLists.txt).
