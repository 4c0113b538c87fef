import Deck
import Foundation
import FuzzSupport

/// The snapshot (`state.json`): decoded as `ProgressStore` decodes it, then verified with `checkedStates()`.
/// States that pass re-encode to a snapshot that decodes and passes with the same states.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSnapshot(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Data(fuzzBytes(data, size))
    guard let snapshot = try? JSONDecoder().decode(StateSnapshot.self, from: bytes) else { return 0 }
    guard case .success(let states) = snapshot.checkedStates() else { return 0 }
    require(states.count == snapshot.cards.count, "\(states.count) states for \(snapshot.cards.count) cards")
    let fresh = StateSnapshot(logBytes: snapshot.logBytes, logEntries: snapshot.logEntries,
                              lastEntryID: snapshot.lastEntryID, settings: snapshot.settings, states: states)
    guard let encoded = try? fresh.encoded() else {
        require(false, "a checked snapshot does not encode")
        return 0
    }
    guard let again = try? JSONDecoder().decode(StateSnapshot.self, from: encoded) else {
        require(false, "a checked snapshot re-encodes to JSON it cannot read:\n\(String(decoding: encoded, as: UTF8.self))")
        return 0
    }
    guard case .success(let statesAgain) = again.checkedStates() else {
        require(false, "a checked snapshot re-encodes to one that fails its checks")
        return 0
    }
    require(statesAgain == states, "a checked snapshot re-encodes to different states")
    return 0
}

/// The entry point of a debug build (see FuzzDriver).
@_cdecl("fuzz_snapshot_main")
public func targetMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv)
}
