// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "resolint",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Resolint", targets: ["Resolint"]),
        .executable(name: "resolint", targets: ["resolint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // Word drafts (.docx) are ZIP packages; ZIPFoundation reads their entries (zlib on Linux).
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // Tests only: property-based checks over generated drafts.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // The engine: decoding, parsing, rules, diagnostics, reporters. Embeddable.
        .target(
            name: "Resolint",
            dependencies: [
                "YAMLTree",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            plugins: ["EmbedResources"]
        ),
        // The command line: a thin shell over the engine.
        .executableTarget(
            name: "resolint",
            dependencies: [
                "Resolint",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The fidelity benchmark over the UN's AKN4UN markup (Scripts/fidelity.sh); not a test.
        .executableTarget(name: "Fidelity", dependencies: ["Resolint"]),
        // Composed YAML as the engine reads it, and the binary snapshot the build embeds.
        .target(name: "YAMLTree", dependencies: [.product(name: "Yams", package: "Yams")]),
        // Turns Rules/ and Templates/ into Swift source at build time, so the binary is self-contained;
        // YAML files are also composed then (YAMLSnapshot), so that no run pays for it.
        .executableTarget(name: "EmbedResourcesTool", dependencies: ["YAMLTree", .product(name: "Yams", package: "Yams")], path: "Sources/EmbedResourcesTool"),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["EmbedResourcesTool"]),
        .testTarget(
            name: "ResolintTests",
            dependencies: [
                "Resolint", "resolint",
                .product(name: "PropertyBased", package: "swift-property-based"),
                // Builds broken and hostile Word packages for the reader's bad-input tests.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // Reporter golden files, the Neovim and MCP test clients and the classified compare findings, read by path from the source tree.
            exclude: ["Golden", "AKNFixtures", "DocxFixtures", "Neovim", "MCP", "CompareFindings"]
        ),
    ]
)
