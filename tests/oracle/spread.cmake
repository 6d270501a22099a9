# SPDX-License-Identifier: MIT
# (spread oracle tests: written by the spread-oracle helper)
