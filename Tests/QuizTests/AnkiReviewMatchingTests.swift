import Deck
import Foundation
import Testing
@testable import Quiz

/// Which imported reviews the log holds already, and the small wire-format reader for Anki's protocol buffers.
@Suite struct AnkiReviewMatchingTests {
    let key = CardKey(deck: "treaty", card: "signed")
    let t0 = Timestamp(milliseconds: 1_767_225_600_000)

    @Test func reviewsAlreadyLoggedAreNotAddedAgain() {
        let existing = [ReviewRecord(id: "r-1", key: key, time: t0, rating: .good),
                        ReviewRecord(id: "r-2", key: key, time: t0, rating: .good),
                        ReviewRecord(id: "anki-5", key: key, time: t0 + .days(1), rating: .again)]
        let incoming = [ReviewRecord(id: "anki-1767225600000", key: key, time: t0, rating: .good),                            // r-1
                        ReviewRecord(id: "anki-1767225600001", key: key, time: t0 + Interval(microseconds: 1000), rating: .good),  // r-2
                        ReviewRecord(id: "anki-1767225600002", key: key, time: t0 + Interval(microseconds: 2000), rating: .good),  // a third: new
                        ReviewRecord(id: "anki-5", key: key, time: t0 + .days(1), rating: .again),                               // same id
                        ReviewRecord(id: "anki-9", key: key, time: t0 + .days(2), rating: .good),                                // new
                        ReviewRecord(id: "anki-10", key: CardKey(deck: "treaty", card: "other"), time: t0, rating: .good)]     // other card
        let new = AnkiPackageImport.newReviews(incoming, existing: existing)
        #expect(new.map(\.id) == ["anki-1767225600002", "anki-9", "anki-10"])
        #expect(AnkiPackageImport.newReviews(incoming, existing: existing + new).isEmpty)
    }

    @Test func protobufFieldsAreReadAndBadBytesRejected() {
        // field 1 varint 3 (package meta); field 2 string "hi"; a fixed64 and a fixed32 skipped.
        let bytes: [UInt8] = [0x08, 0x03, 0x12, 0x02, 0x68, 0x69, 0x19, 1, 2, 3, 4, 5, 6, 7, 8, 0x25, 1, 2, 3, 4]
        let fields = ProtobufFields(Data(bytes))
        #expect(fields?.varints[1] == 3 && fields?.string(2) == "hi")
        #expect(ProtobufFields(Data([0x12, 0x05, 0x68])) == nil)  // length past the end
        #expect(ProtobufFields(Data([0x08])) == nil)              // varint cut short
        #expect(ProtobufFields(Data([0x0F])) == nil)              // wire type 7
        #expect(Zstd.decompress(Data([0x28, 0xB5, 0x2F, 0xFD, 0, 0, 0])) == nil)
    }
}
