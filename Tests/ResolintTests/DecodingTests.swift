import Foundation
import Testing
@testable import Resolint

struct DecodingTests {
    let draft = "第七十九届会议\n大会，\n"

    @Test func utf8WithAndWithoutBOM() throws {
        #expect(try TextDecoding.decode(Data(draft.utf8), path: "a") == draft)
        #expect(try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF] + Array(draft.utf8)), path: "a") == draft)
    }

    @Test func utf16WithBOMBothWays() throws {
        let le = Data([0xFF, 0xFE]) + draft.data(using: .utf16LittleEndian)!
        let be = Data([0xFE, 0xFF]) + draft.data(using: .utf16BigEndian)!
        #expect(try TextDecoding.decode(le, path: "a") == draft)
        #expect(try TextDecoding.decode(be, path: "a") == draft)
    }

    @Test func invalidUTF8NamesFileAndByteOffset() {
        let bytes = Array("大会".utf8) + [0xC3, 0x28] + Array("x".utf8)
        #expect(throws: InputError.invalidUTF8(path: "d.txt", byteOffset: 6)) {
            try TextDecoding.decode(Data(bytes), path: "d.txt")
        }
        // GB18030 text ("大会" = B4 F3 BB E1) is refused clearly rather than misread.
        #expect(throws: InputError.invalidUTF8(path: "gb.txt", byteOffset: 0)) {
            try TextDecoding.decode(Data([0xB4, 0xF3, 0xBB, 0xE1]), path: "gb.txt")
        }
        #expect(InputError.invalidUTF8(path: "d.txt", byteOffset: 7).description == "d.txt: not valid UTF-8 at byte 7 (resolint reads UTF-8, or UTF-16 with a byte order mark; convert other encodings first, e.g. iconv -f GB18030 -t UTF-8)")
    }

    @Test func binaryAndOddInputs() throws {
        #expect(throws: InputError.binary(path: "b", byteOffset: 1)) { try TextDecoding.decode(Data([0x41, 0x00, 0x42]), path: "b") }
        #expect(throws: InputError.invalidUTF16(path: "u", byteOffset: 4)) { try TextDecoding.decode(Data([0xFF, 0xFE, 0x41, 0x00, 0x42]), path: "u") }
        // An empty file and a lone BOM lint as empty documents.
        for data in [Data(), Data([0xEF, 0xBB, 0xBF])] {
            let text = try TextDecoding.decode(data, path: "e")
            #expect(text.isEmpty)
            _ = try Fixtures.lint(text, lang: "zh")
        }
    }

    @Test func positionsCountCharactersNotBytes() {
        let source = SourceFile(path: "p", text: "大会，\n  回顾其第 73/27 号决议，\r\nx")
        #expect(source.lineCount == 3)
        let offset = Array(source.bytes).firstIndex(of: UInt8(ascii: "7"))!
        #expect(source.position(of: offset) == SourcePosition(line: 2, column: 8))
        #expect(source.string(source.lineRange(1)) == "  回顾其第 73/27 号决议，")
        #expect(source.position(of: source.bytes.count) == SourcePosition(line: 3, column: 2))
    }
}
