// SPDX-License-Identifier: MIT
#pragma once
// Internal to io/: a small safe XML reader (expat) shared by the GraphML and GEXF importers.
//
// GraphML and GEXF files come from anywhere, and XML parsers are a classic attack surface (XXE,
// "billion laughs"; research/ecosystem.md §6.2). This layer therefore reads UTF-8 only (checked
// before expat sees a byte), refuses any DOCTYPE (so no entity is ever declared, expanded or
// fetched), caps the nesting depth, and turns every failure into a ParseError at the exact
// line and column. Handlers see namespace-resolved names and, for every attribute, where its
// value starts in the file, so importers can point their own messages at the offending value.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/error.hpp"
#include "io/dataset_assembler.hpp"
#include "io/file_buffer.hpp"

namespace ricochet::io::detail {

/// Elements nested deeper than this are an error (GraphML and GEXF need fewer than 10 levels).
inline constexpr std::size_t max_xml_depth = 256;

/// One attribute of a start tag. Views are valid during the handler call only.
struct XmlAttribute {
    std::string_view ns;     ///< namespace URI; empty for an unprefixed attribute
    std::string_view name;   ///< local name (`id`, `attr.name`, `yfiles.type`)
    std::string_view value;  ///< with entities and character references decoded
    std::size_t offset = 0;  ///< byte offset of the value's first character (after the quote)
};

/// A start tag. Views are valid during the handler call only.
struct XmlElement {
    std::string_view ns;     ///< namespace URI; empty when the element has none
    std::string_view name;   ///< local name
    std::size_t offset = 0;  ///< byte offset of its `<`
    std::size_t depth = 1;   ///< 1 for the root element
    std::vector<XmlAttribute> attributes;

    /// The unprefixed attribute `name`, or nullptr.
    [[nodiscard]] const XmlAttribute* attribute(std::string_view attribute_name) const;
};

/// The character data directly inside an element (not inside its children), when it ends.
struct XmlText {
    std::string_view text;   ///< decoded; line ends normalised to \n by XML
    std::size_t offset = 0;  ///< byte offset of its first character, or of the end tag when empty
};

/// Receives the document in order. Handlers may throw (ParseError); the exception stops the
/// parse and propagates out of parse_xml unchanged.
class XmlHandler {
public:
    virtual ~XmlHandler() = default;
    virtual void start_element(const XmlElement& element) = 0;
    /// `element` is the matching start tag (its attributes are not repeated: empty).
    virtual void end_element(const XmlElement& element, const XmlText& text) = 0;
};

/// Parses `file` as one XML document, calling `handler` for every element.
/// @throws ParseError for invalid UTF-8, an empty file, a DOCTYPE ("DTDs are not allowed"),
///         nesting deeper than max_xml_depth, or anything expat finds not well-formed.
void parse_xml(const FileBuffer& file, XmlHandler& handler);

/// The ParseError for `message` about the token at byte `offset` of `file`.
[[nodiscard]] ParseError xml_error(const FileBuffer& file, std::size_t offset, std::string message,
                                   std::string_view token, bool has_token = true);

/// `text` without leading and trailing XML white space (space, tab, CR, LF).
[[nodiscard]] std::string_view trim_xml_space(std::string_view text);

/// Offset of the first non-white-space byte of the file at or after `offset` (where a trimmed
/// value starts when its white space is literal).
[[nodiscard]] std::size_t skip_xml_space(const FileBuffer& file, std::size_t offset);

/// ASCII case-insensitive equality with a lowercase `lower`.
[[nodiscard]] bool equals_ignoring_case(std::string_view text, std::string_view lower);

// --- The mapping GraphML and GEXF share ------------------------------------------------------
// A node becomes an actor, an edge one interaction (two, one per direction, when undirected).
// Node and edge attributes are recognised by name, case-insensitively; every other is ignored.

/// A value as the file gives it: its text (entities decoded), where the text starts, and the
/// attribute name the file used (for messages).
struct XmlValue {
    std::string text;
    std::size_t offset = 0;
    std::string name;
};

/// The actor fields a node attribute can set.
enum class NodeField : std::uint8_t { name, kind, sector, role, organisation, function, count_ };
/// The interaction fields an edge attribute can set.
enum class EdgeField : std::uint8_t { count, layer, time, count_ };

/// `label`, `name` -> name; `kind`; `sector`; `role`; `organisation`, `organization`; `function`.
[[nodiscard]] std::optional<NodeField> node_field(std::string_view attribute_name);
/// `weight`, `edge weight` -> count; `layer`; `time`, `timestamp`.
[[nodiscard]] std::optional<EdgeField> edge_field(std::string_view attribute_name);

using NodeValues = std::array<std::optional<XmlValue>, static_cast<std::size_t>(NodeField::count_)>;
using EdgeValues = std::array<std::optional<XmlValue>, static_cast<std::size_t>(EdgeField::count_)>;

/// Turns nodes and edges into the assembler's raw records, checking every value as it comes
/// (so type errors are reported in file order, before the references are resolved).
class GraphRecords {
public:
    GraphRecords(const FileBuffer& file, const ReadOptions& options);

    /// An actor with id `id`. An empty value counts as absent; `kind` and `function` must be
    /// one of their names.
    void add_node(const XmlValue& id, const NodeValues& values);
    /// One interaction source -> target, and target -> source too when `both_ways` (and the two
    /// differ). Count from 1e-9 to 1e12 (default 1), layer a layer name (default
    /// options.edge_layer), time ISO 8601.
    void add_edge(const XmlValue& source, const XmlValue& target, bool both_ways, const EdgeValues& values);

    /// The ParseError for a problem at byte `offset`.
    [[nodiscard]] ParseError error(std::size_t offset, std::string message, std::string_view token,
                                   bool has_token = true) const;
    /// Resolves the references (unknown actors: error, or skipped when lenient).
    [[nodiscard]] ReadResult finish(InputFormat format) &&;

private:
    const FileBuffer& m_file;
    const ReadOptions& m_options;
    DatasetAssembler m_assembler;
    std::uint32_t m_file_id = 0;
};

}  // namespace ricochet::io::detail
