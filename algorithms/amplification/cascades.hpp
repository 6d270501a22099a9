// SPDX-License-Identifier: MIT
#pragma once
// (skeleton: filled in by the cascades work)
