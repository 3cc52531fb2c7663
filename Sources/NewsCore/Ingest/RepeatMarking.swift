/// Marks paragraphs an article repeats — pull quotes and copy-paste slips, common in web copy —
/// as `.repeat` pointing at the first occurrence, so they are not read, tagged or linked twice.
public enum RepeatMarking {
    /// A paragraph contained in an earlier one counts as a repeat from this many words up;
    /// shorter ones must match an earlier passage whole.
    public static let containedMinWords = 8

    /// Compares content blocks case-, spacing- and punctuation-insensitively. A block repeats an
    /// earlier content block when their texts are equal, or, for paragraphs of at least
    /// `containedMinWords` words, when the earlier paragraph contains it (a pull quote lifted
    /// from the body).
    ///
    /// The comparable forms live back to back in one byte buffer, each padded with a space on
    /// either side (so containment matches whole words only): building a `String` per block,
    /// padding it again and testing every earlier one for ASCII on each comparison cost a
    /// quarter of a parse.
    public static func mark(_ blocks: [SourceBlock]) -> [SourceBlock] {
        var marked = blocks
        var contentBytes = 0
        var contentBlocks = 0
        for block in blocks where block.kind.isContent {
            contentBytes += block.text.utf8.count + 2
            contentBlocks += 1
        }
        var forms = ComparableForms(capacity: contentBytes)
        var firstByDigest = DigestTable(capacity: contentBlocks)
        for (index, block) in blocks.enumerated() where block.kind.isContent {
            let form = forms.appending(block.text)
            guard !form.isEmpty else { forms.dropLast(form); continue }
            if let first = firstByDigest.first(form.digest, where: { forms.equal(forms.seen[$0], form) }) {
                marked[index].kind = .repeat
                marked[index].repeatOf = forms.seen[first].block
                forms.dropLast(form)
                continue
            }
            if block.kind == .body, form.words >= containedMinWords,
               let earlier = forms.seen.first(where: { forms.contains($0, form) }) {
                marked[index].kind = .repeat
                marked[index].repeatOf = earlier.block
                forms.dropLast(form)
                continue
            }
            firstByDigest.insert(form.digest, forms.seen.count)
            forms.keep(form, block: index)
        }
        return marked
    }
}

/// The comparable forms of an article's paragraphs so far, padded and stored in one buffer.
struct ComparableForms {
    /// One paragraph's padded comparable form in `bytes`.
    struct Form {
        var block = 0
        /// Bytes of the padded form: a space, the comparable form, a space.
        var padded: Range<Int>
        var isASCII: Bool
        /// Words of the comparable form, counted no further than `RepeatMarking.containedMinWords`,
        /// all the step asks.
        var words: Int
        var digest: UInt64

        var isEmpty: Bool { padded.count <= 2 }
    }

    /// Forms back to back from the start; room past `end` is written before it is counted.
    private(set) var bytes: [UInt8]
    private var end = 0
    /// Forms kept for later comparison, in block order.
    private(set) var seen: [Form] = []

    /// Room for `capacity` bytes of padded forms, allocated once: growing the array by each
    /// form (zero-filled, then trimmed) cost as much as writing the forms.
    init(capacity: Int) {
        bytes = [UInt8](repeating: 0, count: max(capacity, 16))
    }

    /// Appends the padded comparable form of `text` and describes it, written straight into
    /// the buffer (text with non-ASCII scalars too: building a `String` for it and copying
    /// that in byte by byte cost 5% of a parse). Text is first written as ASCII, which stops
    /// at the first other byte; only then is it written again with Unicode properties, so
    /// ASCII text (most) is not read once more just to learn that it is.
    mutating func appending(_ text: String) -> Form {
        let start = end
        let (length, isASCII): (Int, Bool) = TextShape.withUTF8(text) { utf8 in
            reserve(utf8.count + 2)
            if let length = write(utf8, at: start, unicode: false) { return (length, true) }
            reserve(TextShape.comparableCapacity(utf8.count) + 2)
            let length = write(utf8, at: start, unicode: true) ?? 0
            // Lowercase mappings of non-ASCII letters are rarely ASCII (the Kelvin sign's is).
            let formIsASCII = bytes.withUnsafeBufferPointer { TextShape.isASCII(UnsafeBufferPointer(rebasing: $0[start + 1..<start + 1 + length])) }
            return (length, formIsASCII)
        }
        end = start + length + 2
        return bytes.withUnsafeBufferPointer { all in
            let form = UnsafeBufferPointer(rebasing: all[start + 1..<end - 1])
            return Form(padded: start..<end, isASCII: isASCII, words: Self.words(in: form, upTo: RepeatMarking.containedMinWords),
                        digest: ComparableKey.digest(form))
        }
    }

    /// Writes the padded comparable form of `utf8` at `start`; nil without `unicode` when a
    /// byte is not ASCII (room is reserved by the caller).
    private mutating func write(_ utf8: UnsafeBufferPointer<UInt8>, at start: Int, unicode: Bool) -> Int? {
        bytes.withUnsafeMutableBufferPointer { all in
            let base = all.baseAddress! + start
            base[0] = 0x20
            guard let length = TextShape.writeComparable(utf8, to: base + 1, unicode: unicode) else { return nil }
            base[length + 1] = 0x20
            return length
        }
    }

    /// Words of a comparable form (single spaces between words), counted up to `limit`.
    private static func words(in form: UnsafeBufferPointer<UInt8>, upTo limit: Int) -> Int {
        var words = 1
        for byte in form where byte == 0x20 {
            words += 1
            if words == limit { break }
        }
        return words
    }

    /// Makes room for `count` more bytes after `end` (only lowercase mappings longer than
    /// their letters outgrow the first allocation).
    private mutating func reserve(_ count: Int) {
        let missing = end + count - bytes.count
        if missing > 0 { bytes.append(contentsOf: repeatElement(0, count: max(missing, bytes.count))) }
    }

    mutating func dropLast(_ form: Form) { end -= form.padded.count }

    mutating func keep(_ form: Form, block: Int) {
        var form = form
        form.block = block
        seen.append(form)
    }

    /// Byte equality of the comparable forms (equal digests were checked by the caller).
    func equal(_ a: Form, _ b: Form) -> Bool {
        a.padded.count == b.padded.count && bytes[a.padded].elementsEqual(bytes[b.padded])
    }

    /// Whether `earlier` contains `form` as whole words: on bytes when both are ASCII, else by
    /// the Unicode-aware search of `TextShape.contains`, as the step was written against.
    func contains(_ earlier: Form, _ form: Form) -> Bool {
        guard earlier.isASCII && form.isASCII else {
            return TextShape.contains(string(earlier.padded), string(form.padded))
        }
        return bytes.withUnsafeBufferPointer { all in
            // Anchored past the padding space, which starts a candidate at every word.
            TextShape.firstOffset(of: UnsafeBufferPointer(rebasing: all[form.padded]),
                                  in: UnsafeBufferPointer(rebasing: all[earlier.padded]), anchor: 1) != nil
        }
    }

    private func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
}

/// Hashing of comparable forms by a quick multiply-and-rotate pass over their bytes: `String`
/// hashing runs SipHash over every byte of every paragraph (4.5% of a parse).
enum ComparableKey {
    /// Not cryptographic, only well spread. A form longer than 32 bytes is keyed by its length
    /// and its first and last 16 bytes: forms that share all of those and still differ are
    /// told apart by comparing their bytes, and hashing whole paragraphs was a tenth of the
    /// repeat step.
    static func digest(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let prime: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h = UInt64(bytes.count) &* prime
        guard let base = bytes.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        if bytes.count > 32 {
            func mix(_ offset: Int) { h = ((h ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* prime).rotatedLeft(by: 29) }
            mix(0)
            mix(8)
            mix(bytes.count - 16)
            mix(bytes.count - 8)
            return (h &* prime) ^ (h >> 32)
        }
        var i = 0
        while i + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = ((h ^ word) &* prime).rotatedLeft(by: 29)
            i += 8
        }
        var tail: UInt64 = 0
        while i < bytes.count {
            tail = tail << 8 | UInt64(bytes[i])
            i += 1
        }
        return ((h ^ tail) &* prime) ^ (h >> 32)
    }
}

private extension UInt64 {
    func rotatedLeft(by count: UInt64) -> UInt64 { self << count | self >> (64 - count) }
}
