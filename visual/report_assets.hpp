// SPDX-License-Identifier: MIT
#pragma once
// The report's interactive map as text to put in the page: its script (visual/web/src/report.js
// bundled with sigma.js and graphology by esbuild, with their licences at the top) and its style
// (visual/web/src/report.css). visual/web/embed.cmake generates the definitions at build time
// from the npm packages pinned by visual/web/package-lock.json; nothing is read at run time.
#include <string_view>

namespace ricochet::visual {

/// The map's script, safe between <script> and </script> (no `</script` inside).
[[nodiscard]] std::string_view report_script();

/// The page's style, safe between <style> and </style>.
[[nodiscard]] std::string_view report_style();

}  // namespace ricochet::visual
