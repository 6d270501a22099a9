# SPDX-License-Identifier: MIT
# ricochet paths: CLI tests (included from CMakeLists.txt).
