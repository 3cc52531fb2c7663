/// Repairs runs of UTF-8 that were decoded with a Windows code page and saved again.
public enum MojibakeRepair {
    public static func repair(_ text: String) -> String {
        text
    }
}
