# SPDX-License-Identifier: MIT
# ricochet cascades: oracle tests (included from CMakeLists.txt).
