import Deck
import FuzzSupport

/// The settings (`config.toml`, `quiz config set`, the scheduling flags). The TOML file itself is read by the
/// `quiz` executable (`ConfigFile`, with TOMLKit), which a separate package cannot import; this target takes
/// `key = value` lines as the file's entries reach the library: the key by name (`SettingKey(rawValue:)`,
/// else `suggestion(for:)`), the value by `SettingKey.parse`. Every value read prints (`description`) as
/// text that reads back to the same value, and the settings made of the accepted values give a scheduler
/// and study options without trapping.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: fuzzBytes(data, size), as: UTF8.self)
    var layers: [[SettingKey: SettingValue]] = [[:], [:], [:]]
    var layer = 0
    for line in text.split(whereSeparator: \.isNewline) {
        if line.hasPrefix("[") { layer = min(layer + 1, 2); continue }
        guard let eq = line.firstIndex(of: "=") else { continue }
        let name = line[..<eq].trimmingCharacters(in: " \t\"")
        var value = String(line[line.index(after: eq)...]).trimmingCharacters(in: " \t")
        if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
        if value.hasPrefix("["), value.hasSuffix("]") {
            value = String(value.dropFirst().dropLast()).split(separator: ",")
                .map { $0.trimmingCharacters(in: " \t\"") }.joined(separator: ",")
        }
        guard let key = SettingKey(rawValue: name) ?? SettingKey.suggestion(for: name) else { continue }
        let parsed: SettingValue
        do { parsed = try key.parse(value) } catch { _ = error.description; continue }
        let again: SettingValue
        do { again = try key.parse(parsed.description) } catch {
            require(false, "\(key.rawValue): '\(value)' reads as \(parsed), which does not read back: \(error)")
            return 0
        }
        require(again == parsed, "\(key.rawValue): '\(value)' reads as \(parsed), printed and read back as \(again)")
        layers[layer][key] = parsed
    }
    let settings: StudySettings
    do {
        settings = try StudySettings(config: layers[0], deck: layers[1], flags: layers[2])
    } catch {
        require(false, "values each accepted are refused together: \(error)")
        return 0
    }
    _ = settings.schedulerSettings()
    _ = settings.studyOptions()
    for key in SettingKey.allCases { _ = settings.value(key).description }
    return 0
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let c = s.first, set.contains(c) { s = s.dropFirst() }
        while let c = s.last, set.contains(c) { s = s.dropLast() }
        return String(s)
    }
}

/// The entry point of a debug build (see FuzzDriver).
@_cdecl("fuzz_config_main")
public func targetMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv)
}
