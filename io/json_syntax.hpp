// SPDX-License-Identifier: MIT
#pragma once
// A strict, slow, exact JSON (RFC 8259) checker used only after simdjson has rejected a
// document: simdjson says *that* the text is malformed, this says *where* and *why*.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace ricochet::io {

struct JsonSyntaxError {
    std::size_t offset = 0;    ///< byte offset in the text where the problem is seen
    std::string message;       ///< e.g. "expected ',' or '}'"
    bool at_end = false;       ///< the text ended early (there is no token to show)
    std::size_t token_length = 0;  ///< bytes to show; 0: the token starting at `offset`
    bool trailing = false;     ///< a whole document ended at `offset` and more content follows
};

/// The first syntax error of `text` as one JSON document, or nullopt if it is well-formed.
/// Checks UTF-8, escapes, numbers, literals, nesting (deeper than `max_depth` is an error, as
/// in simdjson) and content after the document. Iterative: any nesting depth is safe.
/// `number_ranges`: also reject integers beyond 64 bits and numbers beyond the largest double
/// (valid JSON that simdjson cannot represent); the Twitter importer, which leaves the values it
/// does not read unchecked, turns it off.
[[nodiscard]] std::optional<JsonSyntaxError> find_json_syntax_error(std::string_view text,
                                                                    std::size_t max_depth = 1024,
                                                                    bool number_ranges = true);

/// The token starting at `offset`, for messages: up to the next whitespace or delimiter; a JSON
/// string is shown without its quotes.
[[nodiscard]] std::string_view token_at(std::string_view text, std::size_t offset);

}  // namespace ricochet::io
