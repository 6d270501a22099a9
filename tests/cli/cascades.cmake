# SPDX-License-Identifier: MIT
# ricochet cascades: CLI tests (included from CMakeLists.txt).
