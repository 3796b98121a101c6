// swift-tools-version:6.0
// libFuzzer targets for resolint, kept out of the main package: they need the fuzzer sanitizer and
// lld, which `swift build` and `swift test` of the main package must not. See Fuzz/run.sh.
import PackageDescription

let package = Package(
    name: "resolint-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "resolint", path: "..")],
    targets: [
        // Declares LLVMFuzzerRunDriver, which libFuzzer provides.
        .target(name: "CFuzzer"),
        // Bytes -> decoding -> parsing -> every built-in rule -> reporters, with invariants checked.
        .executableTarget(name: "FuzzLint", dependencies: ["CFuzzer", .product(name: "Resolint", package: "resolint")]),
        // Bytes -> a user rule file (strict YAML) -> the rules it defines, run on a draft.
        .executableTarget(name: "FuzzRules", dependencies: ["CFuzzer", .product(name: "Resolint", package: "resolint")]),
        // Bytes as an .xml file -> the AKN4UN reader -> both text layouts and their map -> lint with XML positions.
        .executableTarget(name: "FuzzAKN", dependencies: ["CFuzzer", .product(name: "Resolint", package: "resolint")]),
        // Bytes as a .docx file -> ZIP package (size caps) -> XMLTree parts -> the Word reader -> lint with paragraph places.
        .executableTarget(name: "FuzzDocx", dependencies: ["CFuzzer", .product(name: "Resolint", package: "resolint")]),
    ]
)
