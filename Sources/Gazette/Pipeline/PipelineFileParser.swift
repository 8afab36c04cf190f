import Yams

/// Reads pipeline YAML into checked ``PipelineDefinition/Step``s, with errors that name the
/// file, the line and the key.
struct PipelineFileParser {
    let source: String
    let baseDirectory: String?
    let registry: StageRegistry

    struct Parsed {
        var fileVersion: Int
        var name: String
        var language: String
        var steps: [PipelineDefinition.Step]
    }

    static let topLevelKeys = ["version", "name", "language", "stages"]
    static let stageKeys = ["name", "version", "options"]

    func parse(_ yaml: String) throws(PipelineFileError) -> Parsed {
        let root: Node?
        do { root = try Yams.compose(yaml: yaml) } catch {
            throw PipelineFileError(file: source, key: "", message: "not valid YAML: \(error)")
        }
        guard let root else { throw PipelineFileError(file: source, key: "", message: "the file is empty") }
        let top = try mapping(root, key: "", allowed: Self.topLevelKeys)
        guard let versionNode = top["version"] else {
            throw fail(root, "", "no 'version:' (the pipeline file format version; this build reads \(versions(PipelineDefinition.supportedFileVersions)))")
        }
        guard let fileVersion = int(versionNode), PipelineDefinition.supportedFileVersions.contains(fileVersion) else {
            throw fail(versionNode, "version", "unsupported pipeline file version '\(versionNode.string ?? "?")' (this build reads \(versions(PipelineDefinition.supportedFileVersions)))")
        }
        let name = try string(top["name"], parent: root, key: "name")
        let language = try string(top["language"], parent: root, key: "language")
        guard let stagesNode = top["stages"] else { throw fail(root, "", "no 'stages:' list") }
        guard let list = stagesNode.sequence else { throw fail(stagesNode, "stages", "expected a list of stages") }
        if list.isEmpty { throw fail(stagesNode, "stages", "the list of stages is empty") }
        var steps: [PipelineDefinition.Step] = []
        for (i, node) in list.enumerated() {
            steps.append(try step(node, key: "stages[\(i)]"))
        }
        return Parsed(fileVersion: fileVersion, name: name, language: language, steps: steps)
    }

    private func step(_ node: Node, key: String) throws(PipelineFileError) -> PipelineDefinition.Step {
        let fields = try mapping(node, key: key, allowed: Self.stageKeys)
        let name = try string(fields["name"], parent: node, key: "\(key).name")
        guard let descriptor = registry[name] else {
            throw fail(fields["name"]!, "\(key).name", "unknown stage '\(name)' (registered: \(registry.names.joined(separator: ", ")))")
        }
        guard let versionNode = fields["version"] else {
            throw fail(node, key, "no 'version:' for stage \(name) (supported: \(versions(descriptor.versions)))")
        }
        guard let version = int(versionNode), descriptor.versions.contains(version) else {
            throw fail(versionNode, "\(key).version", "unsupported version '\(versionNode.string ?? "?")' of stage \(name) (supported: \(versions(descriptor.versions)))")
        }
        var values: [String: StageOptionValue] = [:]
        for option in descriptor.options { values[option.name] = option.defaultValue }
        if let optionsNode = fields["options"], !isNull(optionsNode) {
            let accepted = descriptor.options.map(\.name)
            let options = try mapping(optionsNode, key: "\(key).options", allowed: accepted,
                                      unknown: { "unknown option '\($0)' for stage \(name) (accepted: \(accepted.isEmpty ? "none" : accepted.joined(separator: ", ")))" })
            for option in descriptor.options {
                guard let valueNode = options[option.name] else { continue }
                values[option.name] = try value(valueNode, option: option, key: "\(key).options.\(option.name)")
            }
        }
        return PipelineDefinition.Step(descriptor: descriptor, settings: StageSettings(name: name, version: version, values: values))
    }

    private func value(_ node: Node, option: StageOption, key: String) throws(PipelineFileError) -> StageOptionValue {
        let wrong = fail(node, key, "expected \(option.type), found '\(node.string ?? "a \(kind(node))")'")
        switch option.type {
        case .string:
            guard let s = node.scalar?.string else { throw wrong }
            if let allowed = option.allowedValues, !allowed.contains(s) {
                throw fail(node, key, "unsupported value '\(s)' (accepted: \(allowed.joined(separator: ", ")))")
            }
            return .string(s)
        case .bool:
            guard node.tag == .init(.bool), let b = node.bool else { throw wrong }
            return .bool(b)
        case .int:
            guard let i = int(node) else { throw wrong }
            return .int(i)
        case .strings, .paths:
            guard let list = node.sequence else { throw wrong }
            var items: [String] = []
            for (i, item) in list.enumerated() {
                guard let s = item.scalar?.string, !s.isEmpty else {
                    throw fail(item, "\(key)[\(i)]", "expected a non-empty string")
                }
                items.append(option.type == .paths ? resolve(s) : s)
            }
            return .strings(items)
        }
    }

    private func resolve(_ path: String) -> String {
        guard let base = baseDirectory, !path.hasPrefix("/") else { return path }
        return base == "." ? path : base + "/" + path
    }

    private func mapping(_ node: Node, key: String, allowed: [String],
                         unknown: ((String) -> String)? = nil) throws(PipelineFileError) -> [String: Node] {
        guard let map = node.mapping else {
            throw fail(node, key, "expected a mapping of keys to values, found a \(kind(node))")
        }
        var result: [String: Node] = [:]
        for (k, v) in map {
            guard let name = k.scalar?.string else { throw fail(k, key, "keys must be plain strings") }
            let path = key.isEmpty ? name : "\(key).\(name)"
            guard allowed.contains(name) else {
                throw fail(k, path, unknown?(name) ?? "unknown key '\(name)' (accepted: \(allowed.joined(separator: ", ")))")
            }
            if result[name] != nil { throw fail(k, path, "duplicate key '\(name)'") }
            result[name] = v
        }
        return result
    }

    private func string(_ node: Node?, parent: Node, key: String) throws(PipelineFileError) -> String {
        guard let node else { throw fail(parent, key, "missing (expected a string)") }
        guard let s = node.scalar?.string, !s.isEmpty else { throw fail(node, key, "expected a non-empty string") }
        return s
    }

    private func int(_ node: Node) -> Int? {
        guard node.tag == .init(.int) else { return nil }
        return node.int
    }

    private func isNull(_ node: Node) -> Bool { node.tag == .init(.null) }

    private func kind(_ node: Node) -> String {
        switch node {
        case .scalar: "scalar"
        case .mapping: "mapping"
        case .sequence: "list"
        @unknown default: "node"
        }
    }

    private func versions(_ list: [Int]) -> String { list.map(String.init).joined(separator: ", ") }

    private func fail(_ node: Node, _ key: String, _ message: String) -> PipelineFileError {
        PipelineFileError(file: source, line: node.mark?.line, column: node.mark?.column, key: key, message: message)
    }
}
