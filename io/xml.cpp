// SPDX-License-Identifier: MIT
#include "io/xml.hpp"

#include <expat.h>

#include <algorithm>
#include <exception>
#include <limits>
#include <memory>

#include "graph/text.hpp"
#include "io/utf8.hpp"

namespace ricochet::io::detail {
namespace {

// Expat reports a namespaced name as "URI<separator>local".
constexpr char ns_separator = '\x1F';

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::pair<std::string_view, std::string_view> split_name(std::string_view name) {
    const std::size_t cut = name.rfind(ns_separator);
    if (cut == std::string_view::npos) return {{}, name};
    return {name.substr(0, cut), name.substr(cut + 1)};
}

// The token shown for a syntax error at `offset`: up to the next white space, or to a `>` included.
// An entity reference (`&name;`) ends at its `;`.
std::string_view token_at(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    const char last = offset < text.size() && text[offset] == '&' ? ';' : '>';
    std::size_t end = offset;
    if (end < text.size() && is_xml_space(text[end])) return text.substr(offset, 1);  // at least one
    while (end < text.size() && !is_xml_space(text[end])) {
        if (text[end++] == last) break;
    }
    return text.substr(offset, end - offset);
}

// The first reference to an entity other than the five predefined ones in the tag at `tag`.
std::size_t undefined_entity(std::string_view text, std::size_t tag) {
    const std::size_t end = std::min(text.find('>', tag), text.size());
    for (std::size_t i = text.find('&', tag); i < end; i = text.find('&', i + 1)) {
        const std::string_view rest = text.substr(i + 1);
        bool predefined = rest.starts_with('#');
        for (const std::string_view name : {"amp;", "lt;", "gt;", "quot;", "apos;"}) {
            predefined = predefined || rest.starts_with(name);
        }
        if (!predefined) return i;
    }
    return tag;
}

struct Frame {
    std::string ns;
    std::string name;
    std::size_t offset = 0;
    std::string text;
    std::size_t text_offset = 0;
    bool has_text = false;
};

struct ParserDeleter {
    void operator()(XML_ParserStruct* parser) const { XML_ParserFree(parser); }
};

class ExpatReader {
public:
    ExpatReader(const FileBuffer& file, XmlHandler& handler) : m_file(file), m_handler(handler) {
        // The encoding is fixed to UTF-8 whatever the declaration says: the bytes were checked.
        m_parser.reset(XML_ParserCreateNS("UTF-8", ns_separator));
        if (!m_parser) throw IoError(file.name() + ": cannot create an XML parser (out of memory)");
        XML_Parser p = m_parser.get();
        XML_SetUserData(p, this);
        XML_SetElementHandler(p, &ExpatReader::on_start, &ExpatReader::on_end);
        XML_SetCharacterDataHandler(p, &ExpatReader::on_text);
        XML_SetStartDoctypeDeclHandler(p, &ExpatReader::on_doctype);
        // Unreachable once every DOCTYPE stops the parse; kept so that no path ever loads or
        // expands a declared entity.
        XML_SetEntityDeclHandler(p, &ExpatReader::on_entity);
        XML_SetExternalEntityRefHandler(p, &ExpatReader::on_external_entity);
        XML_SetParamEntityParsing(p, XML_PARAM_ENTITY_PARSING_NEVER);
    }

    void run() {
        const std::string_view text = m_file.text();
        constexpr std::size_t chunk = std::size_t{1} << 30;  // XML_Parse takes an int length
        std::size_t done = 0;
        do {
            const std::size_t length = std::min(chunk, text.size() - done);
            const bool final = done + length == text.size();
            const XML_Status status = XML_Parse(m_parser.get(), text.data() + done,
                                                static_cast<int>(length), final ? 1 : 0);
            if (m_error) std::rethrow_exception(m_error);
            if (status != XML_STATUS_OK) syntax_error();
            done += length;
        } while (done < text.size());
    }

private:
    std::size_t current_offset() const {
        const XML_Index index = XML_GetCurrentByteIndex(m_parser.get());
        return index < 0 ? 0 : static_cast<std::size_t>(index);
    }

    [[noreturn]] void syntax_error() const {
        const XML_Error code = XML_GetErrorCode(m_parser.get());
        const std::string_view text = m_file.text();
        const std::size_t offset = std::min(current_offset(), text.size());
        switch (code) {
            case XML_ERROR_NO_ELEMENTS:
                if (!m_stack.empty()) {
                    throw xml_error(m_file, offset,
                                    "unexpected end of input, <" + m_stack.back().name + "> is not closed",
                                    {}, false);
                }
                throw xml_error(m_file, offset, "unexpected end of input, expected an element", {}, false);
            case XML_ERROR_UNCLOSED_TOKEN:
            case XML_ERROR_PARTIAL_CHAR:
            case XML_ERROR_UNCLOSED_CDATA_SECTION:
                throw xml_error(m_file, offset, "unexpected end of input", text.substr(offset));
            default: break;
        }
        const XML_LChar* what = XML_ErrorString(code);
        std::size_t at = offset;
        // Expat points at the name in `</name>`: show the whole end tag.
        if (code == XML_ERROR_TAG_MISMATCH && at >= 2 && text.substr(at - 2, 2) == "</") at -= 2;
        // after a bare `&` (not a reference): show the `&`,
        if (code == XML_ERROR_INVALID_TOKEN && at > 0 && text[at - 1] == '&') at -= 1;
        // and at the start tag for an undefined entity in an attribute value: show the entity.
        if (code == XML_ERROR_UNDEFINED_ENTITY && at < text.size() && text[at] == '<') at = undefined_entity(text, at);
        throw xml_error(m_file, at, std::string("malformed XML: ") + (what ? what : "unknown error"),
                        token_at(text, at));
    }

    // Runs a callback body; an exception stops the parser and is rethrown by run().
    template <class F>
    void guarded(F&& body) {
        if (m_error) return;
        try {
            body();
        } catch (...) {
            m_error = std::current_exception();
            XML_StopParser(m_parser.get(), XML_FALSE);
        }
    }

    // Offsets of the attribute values in the raw start tag, in document order, namespace
    // declarations left out (expat reports the others in the same order).
    void locate_values(std::size_t offset, std::size_t length) {
        m_value_offsets.clear();
        const std::string_view text = m_file.text();
        const std::string_view tag = text.substr(offset, std::min(length, text.size() - offset));
        std::size_t i = 1;
        while (i < tag.size() && !is_xml_space(tag[i]) && tag[i] != '>' && tag[i] != '/') ++i;
        while (true) {
            while (i < tag.size() && is_xml_space(tag[i])) ++i;
            if (i >= tag.size() || tag[i] == '>' || tag[i] == '/') return;
            const std::size_t name_start = i;
            while (i < tag.size() && !is_xml_space(tag[i]) && tag[i] != '=') ++i;
            const std::string_view qname = tag.substr(name_start, i - name_start);
            while (i < tag.size() && (is_xml_space(tag[i]) || tag[i] == '=')) ++i;
            if (i >= tag.size()) return;
            const char quote = tag[i++];
            const std::size_t value_start = i;
            const std::size_t close = tag.find(quote, i);
            if (close == std::string_view::npos) return;
            i = close + 1;
            if (qname != "xmlns" && !qname.starts_with("xmlns:")) m_value_offsets.push_back(offset + value_start);
        }
    }

    void start(const XML_Char* name, const XML_Char** attributes) {
        const std::size_t offset = current_offset();
        const auto length = static_cast<std::size_t>(std::max(XML_GetCurrentByteCount(m_parser.get()), 0));
        const std::size_t depth = m_stack.size() + 1;
        if (depth > max_xml_depth) {
            throw xml_error(m_file, offset, "nesting deeper than " + std::to_string(max_xml_depth) + " levels",
                            token_at(m_file.text(), offset));
        }
        const auto [ns, local] = split_name(name);
        m_element.ns = ns;
        m_element.name = local;
        m_element.offset = offset;
        m_element.depth = depth;
        m_element.attributes.clear();
        std::size_t count = 0;
        while (attributes[2 * count] != nullptr) ++count;
        locate_values(offset, length);
        const bool located = m_value_offsets.size() == count;
        for (std::size_t a = 0; a < count; ++a) {
            const auto [attribute_ns, attribute_name] = split_name(attributes[2 * a]);
            m_element.attributes.push_back(
                {attribute_ns, attribute_name, attributes[2 * a + 1], located ? m_value_offsets[a] : offset});
        }
        m_stack.push_back({std::string(ns), std::string(local), offset, {}, 0, false});
        m_handler.start_element(m_element);
    }

    void end() {
        const Frame& frame = m_stack.back();
        XmlElement element;
        element.ns = frame.ns;
        element.name = frame.name;
        element.offset = frame.offset;
        element.depth = m_stack.size();
        const XmlText text{frame.text, frame.has_text ? frame.text_offset : current_offset()};
        m_handler.end_element(element, text);
        m_stack.pop_back();
    }

    void text(const XML_Char* data, int length) {
        if (m_stack.empty() || length <= 0) return;
        Frame& frame = m_stack.back();
        if (!frame.has_text) {
            frame.has_text = true;
            frame.text_offset = current_offset();
        }
        frame.text.append(data, static_cast<std::size_t>(length));
    }

    // Expat reports the DOCTYPE after its name: the message points at its `<!DOCTYPE`.
    [[noreturn]] void doctype() const {
        const std::string_view text = m_file.text();
        const std::size_t start = text.rfind("<!DOCTYPE", current_offset());
        const std::size_t at = start == std::string_view::npos ? current_offset() : start;
        throw xml_error(m_file, at, "DTDs are not allowed", token_at(text, at));
    }

    static ExpatReader& self(void* data) { return *static_cast<ExpatReader*>(data); }

    static void XMLCALL on_start(void* data, const XML_Char* name, const XML_Char** attributes) {
        ExpatReader& r = self(data);
        r.guarded([&] { r.start(name, attributes); });
    }
    static void XMLCALL on_end(void* data, const XML_Char*) {
        ExpatReader& r = self(data);
        r.guarded([&] { r.end(); });
    }
    static void XMLCALL on_text(void* data, const XML_Char* text, int length) {
        ExpatReader& r = self(data);
        r.guarded([&] { r.text(text, length); });
    }
    static void XMLCALL on_doctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
        ExpatReader& r = self(data);
        r.guarded([&] { r.doctype(); });
    }
    static void XMLCALL on_entity(void* data, const XML_Char*, int, const XML_Char*, int, const XML_Char*,
                                  const XML_Char*, const XML_Char*, const XML_Char*) {
        ExpatReader& r = self(data);
        r.guarded([&] { r.doctype(); });
    }
    static int XMLCALL on_external_entity(XML_Parser, const XML_Char*, const XML_Char*, const XML_Char*,
                                          const XML_Char*) {
        return XML_STATUS_ERROR;
    }

    const FileBuffer& m_file;
    XmlHandler& m_handler;
    std::unique_ptr<XML_ParserStruct, ParserDeleter> m_parser;
    std::vector<Frame> m_stack;
    XmlElement m_element;
    std::vector<std::size_t> m_value_offsets;
    std::exception_ptr m_error;
};

}  // namespace

const XmlAttribute* XmlElement::attribute(std::string_view attribute_name) const {
    for (const XmlAttribute& a : attributes) {
        if (a.ns.empty() && a.name == attribute_name) return &a;
    }
    return nullptr;
}

ParseError xml_error(const FileBuffer& file, std::size_t offset, std::string message, std::string_view token,
                     bool has_token) {
    const TextPosition p = file.position_of(file.data() + std::min(offset, file.size()));
    return ParseError(file.name(), p.line, p.column, std::move(message), token, has_token);
}

std::string_view trim_xml_space(std::string_view text) {
    while (!text.empty() && is_xml_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_xml_space(text.back())) text.remove_suffix(1);
    return text;
}

std::size_t skip_xml_space(const FileBuffer& file, std::size_t offset) {
    const std::string_view text = file.text();
    while (offset < text.size() && is_xml_space(text[offset])) ++offset;
    return offset;
}

bool equals_ignoring_case(std::string_view text, std::string_view lower) {
    return text.size() == lower.size() &&
           std::equal(text.begin(), text.end(), lower.begin(),
                      [](char a, char b) { return (a >= 'A' && a <= 'Z' ? static_cast<char>(a + 32) : a) == b; });
}

void parse_xml(const FileBuffer& file, XmlHandler& handler) {
    const std::string_view text = file.text();
    if (const auto bad = find_invalid_utf8(text)) {
        throw xml_error(file, *bad, "invalid UTF-8", text.substr(*bad, 1));
    }
    const std::size_t start = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    if (trim_xml_space(text.substr(start)).empty()) {
        throw xml_error(file, 0, "empty file, expected an XML document", {}, false);
    }
    ExpatReader(file, handler).run();
}

// --- GraphRecords ----------------------------------------------------------------------------

std::optional<NodeField> node_field(std::string_view attribute_name) {
    const std::pair<std::string_view, NodeField> names[] = {
        {"label", NodeField::name},       {"name", NodeField::name},
        {"kind", NodeField::kind},        {"sector", NodeField::sector},
        {"role", NodeField::role},        {"organisation", NodeField::organisation},
        {"organization", NodeField::organisation}, {"function", NodeField::function}};
    for (const auto& [name, field] : names) {
        if (equals_ignoring_case(attribute_name, name)) return field;
    }
    return std::nullopt;
}

std::optional<EdgeField> edge_field(std::string_view attribute_name) {
    const std::pair<std::string_view, EdgeField> names[] = {
        {"weight", EdgeField::count}, {"edge weight", EdgeField::count}, {"layer", EdgeField::layer},
        {"time", EdgeField::time},    {"timestamp", EdgeField::time}};
    for (const auto& [name, field] : names) {
        if (equals_ignoring_case(attribute_name, name)) return field;
    }
    return std::nullopt;
}

namespace {

// A value without its surrounding white space, and where that starts; nullopt when empty.
struct Trimmed {
    std::string_view text;
    std::size_t offset = 0;
};

template <class Values, class Field>
std::optional<Trimmed> trimmed(const FileBuffer& file, const Values& values, Field field) {
    const auto& value = values[static_cast<std::size_t>(field)];
    if (!value) return std::nullopt;
    const std::string_view text = trim_xml_space(value->text);
    if (text.empty()) return std::nullopt;
    return Trimmed{text, skip_xml_space(file, value->offset)};
}

}  // namespace

GraphRecords::GraphRecords(const FileBuffer& file, const ReadOptions& options)
    : m_file(file), m_options(options), m_assembler(options.lenient), m_file_id(m_assembler.add_file(file)) {}

ParseError GraphRecords::error(std::size_t offset, std::string message, std::string_view token,
                               bool has_token) const {
    return xml_error(m_file, offset, std::move(message), token, has_token);
}

void GraphRecords::add_node(const XmlValue& id, const NodeValues& values) {
    if (id.text.empty()) throw error(id.offset, "\"" + id.name + "\" must not be empty", id.text);
    RawActor raw;
    Actor& a = raw.actor;
    a.id = id.text;
    raw.id_at = {m_file_id, id.offset};
    const auto enumeration = [&]<class E>(NodeField field, std::string_view what, E*) -> std::optional<E> {
        const auto value = trimmed(m_file, values, field);
        if (!value) return std::nullopt;
        const auto parsed = parse_enum<E>(value->text);
        if (!parsed) {
            throw error(value->offset, "unknown " + std::string(what) + " (expected " + choices<E>() + ")",
                        value->text);
        }
        return parsed;
    };
    if (const auto name = trimmed(m_file, values, NodeField::name)) a.name = name->text;
    a.kind = enumeration(NodeField::kind, "actor kind", static_cast<ActorKind*>(nullptr)).value_or(ActorKind::other);
    if (const auto sector = trimmed(m_file, values, NodeField::sector)) a.sector = sector->text;
    if (const auto role = trimmed(m_file, values, NodeField::role)) a.role = role->text;
    a.function = enumeration(NodeField::function, "function", static_cast<Function*>(nullptr));
    if (const auto organisation = trimmed(m_file, values, NodeField::organisation)) {
        raw.organisation = organisation->text;
        raw.organisation_at = {m_file_id, organisation->offset};
    }
    m_assembler.actors.push_back(std::move(raw));
}

void GraphRecords::add_edge(const XmlValue& source, const XmlValue& target, bool both_ways,
                            const EdgeValues& values) {
    RawInteraction raw;
    Interaction& i = raw.interaction;
    i.layer = m_options.edge_layer;
    if (const auto count = trimmed(m_file, values, EdgeField::count)) {
        const auto parsed = parse_number_in(count->text, min_interaction_count, max_interaction_count);
        if (!parsed) {
            const std::string& name = values[static_cast<std::size_t>(EdgeField::count)]->name;
            throw error(count->offset, "\"" + name + "\" must be a number from 1e-9 to 1e12", count->text);
        }
        i.count = *parsed;
    }
    if (const auto layer = trimmed(m_file, values, EdgeField::layer)) {
        const auto parsed = parse_enum<Layer>(layer->text);
        if (!parsed) throw error(layer->offset, "unknown layer (expected " + choices<Layer>() + ")", layer->text);
        i.layer = *parsed;
    }
    if (const auto time = trimmed(m_file, values, EdgeField::time)) {
        const auto parsed = parse_time(time->text);
        if (!parsed) {
            const std::string& name = values[static_cast<std::size_t>(EdgeField::time)]->name;
            throw error(time->offset, "\"" + name + "\" must be an ISO 8601 time", time->text);
        }
        i.time = *parsed;
    }
    raw.source = source.text;
    raw.source_at = {m_file_id, source.offset};
    raw.target = target.text;
    raw.target_at = {m_file_id, target.offset};
    if (both_ways && source.text != target.text) {
        RawInteraction back = raw;
        std::swap(back.source, back.target);
        std::swap(back.source_at, back.target_at);
        m_assembler.interactions.push_back(std::move(raw));
        m_assembler.interactions.push_back(std::move(back));
    } else {
        m_assembler.interactions.push_back(std::move(raw));
    }
}

ReadResult GraphRecords::finish(InputFormat format) && { return std::move(m_assembler).finish(format); }

}  // namespace ricochet::io::detail
