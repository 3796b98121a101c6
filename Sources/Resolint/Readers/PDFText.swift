import Foundation

/// PDF input through poppler's `pdftotext`, in its default mode: the layout the English corpus was
/// extracted with (../shared/corpus/README.md) and that the parser and the AKN pdftotext renderer are
/// measured on. resolint parses no PDF itself; without poppler it says which package to install.
public enum PDFText {
    public static func isPDF(_ path: String) -> Bool { path.lowercased().hasSuffix(".pdf") }

    public struct Unavailable: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// The program, from PATH (RESOLINT_PDFTOTEXT names another).
    static func program() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let chosen = environment["RESOLINT_PDFTOTEXT"], !chosen.isEmpty { return FileManager.default.isExecutableFile(atPath: chosen) ? chosen : nil }
        for dir in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(dir)/pdftotext"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The text of the PDF as pdftotext extracts it (UTF-8).
    public static func extract(_ path: String) throws -> String {
        guard let program = program() else {
            throw Unavailable(path: path, reason: "reading a PDF needs poppler's pdftotext, which is not installed (Debian and Ubuntu: apt-get install poppler-utils; macOS: brew install poppler)")
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw Unavailable(path: path, reason: "cannot read file")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["-enc", "UTF-8", path, "-"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read before waiting: a large text would fill the pipe and block pdftotext.
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let message = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let first = String(decoding: message, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "exit status \(process.terminationStatus)"
            throw Unavailable(path: path, reason: "pdftotext could not read it: \(first)")
        }
        return try TextDecoding.decode(data, path: path)
    }
}
