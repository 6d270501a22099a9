// SPDX-License-Identifier: MIT
#pragma once
// Labels come from user data (names, handles, roles) and end up in DOT, SVG, GEXF, GraphML and
// HTML. Nothing a label contains may inject markup or script, break a file, or smuggle control
// characters into it: every writer passes labels through one of these functions.
#include <string>
#include <string_view>

namespace ricochet::visual {

/// Valid UTF-8 that XML 1.0 accepts as text: each invalid byte and the noncharacters U+FFFE and
/// U+FFFF become U+FFFD; C0 controls (tabs and line ends included) and DEL become a space.
/// Printable text is unchanged.
[[nodiscard]] std::string sanitize_label(std::string_view text);

/// Sanitised, then `& < > " '` as XML entities: safe in XML/HTML text and in quoted attributes.
[[nodiscard]] std::string escape_xml(std::string_view text);

/// Sanitised, then backslashes doubled and `&` written `&amp;`: a plain Graphviz label or tooltip
/// set through cgraph, shown as is (Graphviz would otherwise expand \N, \G, \n, \l, ... and
/// decode HTML entities such as &#1; or &lt; in it).
[[nodiscard]] std::string graphviz_text(std::string_view text);

/// JSON text made safe to inline between <script> and </script>: `<`, `>` and `&` as \u escapes.
/// They can only occur inside JSON strings, so no value changes (JSON.parse reads them back),
/// and no label can close the element or open a comment.
[[nodiscard]] std::string html_safe_json(std::string_view json);

/// Sanitised, then quoted for DOT: `"` and `\` are backslash-escaped, so Graphviz shows the
/// text as is (no \N, \G or \n expansion) and the quotes cannot be closed early.
[[nodiscard]] std::string quote_dot(std::string_view text);

}  // namespace ricochet::visual
