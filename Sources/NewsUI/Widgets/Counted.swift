/// A count with its noun in the right number: `counted(1, "article")` is "1 article",
/// `counted(2, "article")` "2 articles". Every count the reader prints goes through here so
/// none of them says "1 articles"; nouns whose plural is not noun + "s" pass it (`entities`).
/// Public for the commands' summaries too.
public func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
    "\(count) " + (count == 1 ? noun : plural ?? noun + "s")
}
