// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "newsreader",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "newsreader", targets: ["newsreader"]),
        .library(name: "NewsCore", targets: ["NewsCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // The only place libxml2 is imported: HTML pages saved from a browser.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // The only place ncurses is imported (the terminal layer).
        .systemLibrary(
            name: "CNCursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"]), .brew(["ncurses"])]
        ),
        .target(
            name: "NewsCore",
            dependencies: ["CLibXML2"]
        ),
        // The persisted index and reading state on SQLite: the only importer of GRDB.
        .target(
            name: "NewsStore",
            dependencies: ["NewsCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The reader: state, update(event), render(state) → Frame. Pure Swift, no terminal.
        .target(
            name: "NewsUI",
            dependencies: ["NewsCore"]
        ),
        // Draws frames and reads events through ncurses: the only importer of CNCursesw.
        .target(
            name: "Terminal",
            dependencies: ["NewsUI", "CNCursesw"]
        ),
        .executableTarget(
            name: "newsreader",
            dependencies: [
                "NewsCore",
                "NewsStore",
                "NewsUI",
                "Terminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "NewsBench",
            dependencies: ["NewsCore", "NewsStore", "NewsUI"]
        ),
        // Runs the built `newsreader` binary: what scripts see (JSON shapes, exit codes).
        .testTarget(
            name: "CLITests",
            dependencies: ["newsreader"]
        ),
        // Runs the built binary inside tmux and reads the screen: what a person at a terminal sees.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["newsreader"]
        ),
        // Key decoding and colour mapping, without a terminal.
        .testTarget(
            name: "TerminalTests",
            dependencies: ["Terminal", "NewsUI"]
        ),
        // The reading-state store on real files, and the built reader killed mid-use.
        .testTarget(
            name: "NewsStoreTests",
            dependencies: ["NewsStore", "NewsCore", "newsreader"]
        ),
        .testTarget(
            name: "NewsUITests",
            dependencies: ["NewsUI", "NewsCore", "NewsStore"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "NewsCoreTests",
            dependencies: ["NewsCore", "NewsStore"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
