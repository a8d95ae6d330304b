import CLibYAML

/// One libyaml parser event, copied out of libyaml's memory into Swift values.
enum Event {
    struct Mark {
        var index: Int
        var line: Int  // 0-based, as libyaml reports it
        var column: Int  // 0-based code points
    }

    case streamStart, streamEnd
    case documentStart(Mark), documentEnd
    case alias(anchor: String, start: Mark, end: Mark)
    case scalar(
        value: String, byteLength: Int, anchor: String?, tag: String?, style: ScalarStyle, start: Mark, end: Mark)
    case sequenceStart(anchor: String?, tag: String?, style: CollectionStyle, start: Mark)
    case sequenceEnd(end: Mark)
    case mappingStart(anchor: String?, tag: String?, style: CollectionStyle, start: Mark)
    case mappingEnd(end: Mark)
}

/// A syntax error as libyaml reports it: its problem and context, and either a mark or a byte offset.
struct LibYAMLFailure: Error {
    var problem: String
    var context: String?
    var contextLine: Int?
    var contextColumn: Int?
    var mark: Event.Mark?
    var byteOffset: Int?
}

/// Pulls events from libyaml over an in-memory UTF-8 buffer.
///
/// The buffer is copied into memory owned by the reader, because libyaml keeps a pointer to it
/// for the whole parse.
final class EventReader {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private var finished = false

    init(bytes: [UInt8]) {
        parser = .allocate(capacity: 1)
        buffer = .allocate(capacity: max(bytes.count, 1))
        _ = buffer.initialize(from: bytes)
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, buffer.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        buffer.deallocate()
    }

    /// The next event, or nil after the stream ends.
    func next() throws(LibYAMLFailure) -> Event? {
        guard !finished else { return nil }
        var raw = yaml_event_t()
        guard yaml_parser_parse(parser, &raw) == 1 else { throw failure() }
        defer { yaml_event_delete(&raw) }
        let start = mark(raw.start_mark)
        let end = mark(raw.end_mark)
        switch raw.type {
        case YAML_STREAM_START_EVENT:
            return .streamStart
        case YAML_STREAM_END_EVENT:
            finished = true
            return .streamEnd
        case YAML_DOCUMENT_START_EVENT:
            return .documentStart(start)
        case YAML_DOCUMENT_END_EVENT:
            return .documentEnd
        case YAML_ALIAS_EVENT:
            return .alias(anchor: string(raw.data.alias.anchor) ?? "", start: start, end: end)
        case YAML_SCALAR_EVENT:
            let s = raw.data.scalar
            let length = Int(s.length)
            let value =
                s.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self) } ?? ""
            return .scalar(
                value: value, byteLength: length, anchor: string(s.anchor), tag: string(s.tag),
                style: scalarStyle(s.style), start: start, end: end)
        case YAML_SEQUENCE_START_EVENT:
            let s = raw.data.sequence_start
            return .sequenceStart(
                anchor: string(s.anchor), tag: string(s.tag),
                style: s.style == YAML_FLOW_SEQUENCE_STYLE ? .flow : .block, start: start)
        case YAML_SEQUENCE_END_EVENT:
            return .sequenceEnd(end: end)
        case YAML_MAPPING_START_EVENT:
            let m = raw.data.mapping_start
            return .mappingStart(
                anchor: string(m.anchor), tag: string(m.tag),
                style: m.style == YAML_FLOW_MAPPING_STYLE ? .flow : .block, start: start)
        case YAML_MAPPING_END_EVENT:
            return .mappingEnd(end: end)
        default:
            return try next()
        }
    }

    private func failure() -> LibYAMLFailure {
        let p = parser.pointee
        var failure = LibYAMLFailure(problem: p.problem.map { String(cString: $0) } ?? "invalid YAML")
        if let context = p.context.map({ String(cString: $0) }) {
            failure.context = context
            failure.contextLine = Int(p.context_mark.line) + 1
            failure.contextColumn = Int(p.context_mark.column) + 1
        }
        if p.error == YAML_READER_ERROR {
            failure.byteOffset = Int(p.problem_offset)
        } else {
            failure.mark = mark(p.problem_mark)
        }
        return failure
    }

    private func mark(_ m: yaml_mark_t) -> Event.Mark {
        Event.Mark(index: Int(m.index), line: Int(m.line), column: Int(m.column))
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private func scalarStyle(_ style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}
