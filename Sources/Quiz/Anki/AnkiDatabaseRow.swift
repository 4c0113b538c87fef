import Foundation
import GRDB

/// Reads a column of a row of an Anki collection as the type expected, or a neutral value when the database
/// holds something else: a damaged collection gives odd cards, never a crash.
struct AnkiDatabaseRow {
    let row: Row

    func int(_ column: String) -> Int64 {
        let value: DatabaseValue = row[column] ?? .null
        switch value.storage {
        case .int64(let n): return n
        case .double(let d): return d.isFinite && abs(d) < 9e18 ? Int64(d) : 0
        case .string(let s): return Int64(s.trimmingCharacters(in: .whitespaces)) ?? 0
        default: return 0
        }
    }

    func small(_ column: String) -> Int { Int(clamping: int(column)) }

    func text(_ column: String) -> String {
        let value: DatabaseValue = row[column] ?? .null
        switch value.storage {
        case .string(let s): return s
        case .blob(let b): return String(decoding: b, as: UTF8.self)
        case .int64(let n): return String(n)
        case .double(let d): return String(d)
        case .null: return ""
        }
    }

    func blob(_ column: String) -> Data {
        let value: DatabaseValue = row[column] ?? .null
        switch value.storage {
        case .blob(let b): return b
        case .string(let s): return Data(s.utf8)
        default: return Data()
        }
    }
}
