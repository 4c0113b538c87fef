/// What a tagger sees of one word: hashes of its form, lower-cased form, affixes and shape.
struct WordShape {
    var form: UInt64
    var lower: UInt64
    var prefixes: (UInt64, UInt64, UInt64)
    var suffixes: (UInt64, UInt64, UInt64, UInt64)
    var shape: UInt64
    /// Flags: has a digit, a hyphen, an upper-case letter, is all upper-case.
    var flags: UInt64

    init(_ word: String) {
        form = FeatureHash.of(word)
        let lowered = word.lowercased()
        lower = FeatureHash.of(lowered)
        let scalars = Array(lowered.unicodeScalars)
        func affix(_ n: Int, fromEnd: Bool) -> UInt64 {
            guard scalars.count > n || (n == 1 && !scalars.isEmpty) else { return 0 }
            var h = FNV1a.offsetBasis ^ UInt64(n)
            let slice = fromEnd ? scalars[(scalars.count - min(n, scalars.count))...] : scalars[..<min(n, scalars.count)]
            for s in slice { h = (h ^ UInt64(s.value)) &* FNV1a.prime }
            return h
        }
        prefixes = (affix(1, fromEnd: false), affix(2, fromEnd: false), affix(3, fromEnd: false))
        suffixes = (affix(1, fromEnd: true), affix(2, fromEnd: true), affix(3, fromEnd: true), affix(4, fromEnd: true))
        var shapeHash = FNV1a.offsetBasis
        var last: UInt32 = 0
        var run = 0
        var digit = false, hyphen = false, upper = false, allUpper = true, letters = 0
        for s in word.unicodeScalars {
            let v = s.value
            let c: UInt32
            if v >= 0x41 && v <= 0x5A { c = 0x58; upper = true; letters += 1 }
            else if v >= 0x61 && v <= 0x7A { c = 0x78; allUpper = false; letters += 1 }
            else if v >= 0x30 && v <= 0x39 { c = 0x64; digit = true }
            else if v < 0x80 { c = v; if v == 0x2D { hyphen = true } }
            else if s.properties.isUppercase { c = 0x58; upper = true; letters += 1 }
            else if s.properties.isAlphabetic { c = 0x78; allUpper = false; letters += 1 }
            else { c = 0x6F }
            if c == last { run += 1 } else { run = 0 }
            last = c
            if run < 2 { shapeHash = (shapeHash ^ UInt64(c)) &* FNV1a.prime }
        }
        shape = shapeHash
        flags = (digit ? 1 : 0) | (hyphen ? 2 : 0) | (upper ? 4 : 0) | (allUpper && letters > 0 ? 8 : 0)
    }
}
