import Foundation
@testable import NewsStore

/// A small corpus folder whose paths test path order (case, `-` against `/`, an accented name,
/// subfolders), with a file that is not an article and one of an unsupported type, about the
/// embedded catalog's entities (a product named after its maker included) and with figures.
enum LibraryFixture {
    static let articles: [String: String] = [
        "B.txt": "Nvidia in Reykjavik\n\nNvidia said on Tuesday that its H800 chips sold out in Reykjavik.\n",
        "b-side.txt": "DeepSeek R1 costs\n\nDeepSeek said R1 cost $6 million to train, a fraction of OpenAI's budget.\n\nLiang Wenfeng founded DeepSeek.\n",
        "b/inner.md": "# Chips and Stargate\n\nOpenAI and SoftBank pledged $500 billion to Stargate.\n\n- Nvidia supplies the chips\n- Oracle builds the halls\n",
        "a/Zeta.txt": "Export controls\n\nThe US tightened export controls on Nvidia H800 chips after DeepSeek R1.\n",
        "a/alpha.txt": "Markets\n\nNvidia shares fell 17% as DeepSeek topped the App Store.\n\nMicrosoft and Meta kept spending.\n",
        "café.txt": "Liang Wenfeng profile\n\nLiang Wenfeng, who founded DeepSeek, studied in Hangzhou.\n\nDeepSeek R1 was trained on Nvidia chips.\n",
    ]

    /// Writes the corpus into `folder/fixture`, every file backdated so the index trusts it.
    static func write(in folder: URL) throws -> URL {
        let root = folder.appendingPathComponent("fixture")
        for (path, text) in articles {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try StoreTestSupport.write(text, to: url)
        }
        try Data([0, 1, 2, 3, 0, 0, 255, 254]).write(to: root.appendingPathComponent("blob.txt"))
        try StoreTestSupport.backdate(root.appendingPathComponent("blob.txt"))
        try StoreTestSupport.write("not an article", to: root.appendingPathComponent("notes.pdf"))
        return root
    }

    /// The fixture in a scratch folder with an index built over it (shipped catalog, discovery on).
    struct Indexed {
        var scratch: URL
        var corpus: URL
        var index: URL

        init() throws {
            scratch = try StoreTestSupport.scratch()
            corpus = try LibraryFixture.write(in: scratch)
            index = scratch.appendingPathComponent("index.sqlite")
            _ = try open()
        }

        func file(_ path: String) -> URL { corpus.appendingPathComponent(path) }

        func open() throws -> IndexStore.Opened {
            try IndexStore.open(paths: [corpus.path], catalogFiles: [StoreTestSupport.embeddedCatalog.path], discover: true,
                                indexPath: index.path)
        }
    }
}
