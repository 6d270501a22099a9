# SPDX-License-Identifier: MIT
# ricochet paths: oracle tests (included from CMakeLists.txt).
