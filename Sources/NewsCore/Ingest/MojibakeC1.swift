/// C1 control characters never belong in prose: they are Windows-1252 bytes read as Latin-1.
enum MojibakeC1 {
    static func replace(_ s: [Unicode.Scalar]) -> ([Unicode.Scalar], Int) {
        var count = 0
        let out = s.map { c -> Unicode.Scalar in
            guard (0x80...0x9F).contains(c.value) else { return c }
            let mapped = CodePage.windows1252High[Int(c.value - 0x80)]
            guard mapped != 0, let scalar = Unicode.Scalar(mapped) else { return c }
            count += 1
            return scalar
        }
        return (out, count)
    }
}
