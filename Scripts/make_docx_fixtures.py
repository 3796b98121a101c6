#!/usr/bin/env python3
"""Builds the Word (.docx) test fixtures of Tests/ResolintTests/DocxFixtures from excerpts of real
resolutions: the United Nations' AKN4UN markup in ../shared/corpus/akn (the UN's own texts).

Each fixture is written as Word writes a draft: one Word paragraph a paragraph, operative paragraphs
and their items numbered by Word's automatic numbering (numbering.xml, in each language's label forms),
footnotes as real footnotes, opening phrases in italics (bold in Chinese) as the markup sets them.
The English fixture also holds tracked changes (an insertion, a deletion, a deleted paragraph mark),
a comment, a hyperlink and fields. Beside each .docx the same excerpt is written as text (.txt), so
the tests can compare what resolint finds in both.

Needs python-docx (PyPI) and a built resolint (for `resolint convert`, which renders the AKN file):
    pip install python-docx && swift build --product resolint
    python3 Scripts/make_docx_fixtures.py
The fixtures are committed: the test suite runs without Python.
"""
import copy
import os
import re
import subprocess
import sys

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "akn", "ga", "75session")
OUT = os.path.join(ROOT, "Tests", "ResolintTests", "DocxFixtures")
RESOLINT = os.environ.get("RESOLINT", os.path.join(ROOT, ".build", "debug", "resolint"))
W = nsdecls("w")

# Language: (AKN folder, file suffix, level texts and formats of Word's numbering, opening phrase style).
LANGUAGES = {
    "en": ("English", "E", [("%1.", "decimal"), ("(%2)", "lowerLetter"), ("(%3)", "lowerRoman")], "italic"),
    "fr": ("French", "F", [("%1.", "decimal"), ("%2)", "lowerLetter"), ("%3)", "lowerRoman")], "italic"),
    "es": ("Spanish", "S", [("%1.", "decimal"), ("%2)", "lowerLetter"), ("%3)", "lowerRoman")], "italic"),
    "ru": ("Russian", "R", [("%1.", "decimal"), ("%2)", "lowerLetter"), ("%3)", "lowerRoman")], "italic"),
    # Word has no number format for "㈠": the Chinese excerpt keeps those labels typed (None).
    "zh": ("Chinese", "C", [("%1.", "decimal"), ("(%2)", "lowerLetter"), None], "bold"),
    "ar": ("Arabic", "A", [("%1 -", "decimal"), ("(%2)", "arabicAbjad"), ("’%3‘", "decimal")], "bold"),
}

# Roman numerals before letters: the excerpts' items run (a), (i), (ii), (b).
LABEL = [
    (0, re.compile(r"^(\d+)(?:\.| -) ")),
    (2, re.compile(r"^(\((?:[ivx]+)\)|[ivx]+\)|['’‘]\d+['’‘]|[㈠-㈩]) ")),
    (1, re.compile(r"^(\((?:[a-z]{1,2}|[\u0600-\u06FF]{1,2}ـ?)\)|[a-z]\)) ")),
]


def authored(path):
    return subprocess.run([RESOLINT, "convert", path], check=True, capture_output=True, text=True).stdout


def opening_phrases(path):
    """The first italic or bold span of each paragraph of the markup: its opening phrase."""
    text = open(path, encoding="utf-8").read()
    found = re.findall(r'<span class="[^"]*(?:italic|bold)[^"]*">([^<]+)</span>', text)
    return sorted({re.sub(r"\s+", " ", f).strip() for f in found if f.strip()}, key=len, reverse=True)


def excerpt(text, operative_limit):
    """Cover lines, title, formula, preamble and operative paragraphs before `operative_limit`, with
    their items; the footnotes they refer to."""
    blocks = [b for b in text.split("\n\n") if b.strip()]
    notes = {m.group(1): m.group(2) for b in blocks for m in [re.match(r"^\[\^(\w+)\]: (.*)", b.strip(), re.S)] if m}
    cover = blocks[0].split("\n")
    body = []
    for b in blocks[1:]:
        b = b.strip()
        if b.startswith("[^"):
            continue
        m = re.match(r"^(\d+)(?:\.| -) ", b)
        if m and int(m.group(1)) >= operative_limit:
            break
        body.append(b)
    used = [n for b in body for n in re.findall(r"\[\^(\w+)\]", b)]
    return cover, body, [(n, notes[n]) for n in used if n in notes]


def numbering_xml(levels):
    lvls = "".join(
        f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{1247 + 567 * k}" w:hanging="567"/></w:pPr></w:lvl>'
        for k, (text, fmt) in enumerate(level or ("%1", "decimal") for level in levels))
    return (f'<w:numbering {W}><w:abstractNum w:abstractNumId="7"><w:multiLevelType w:val="multilevel"/>{lvls}'
            f'</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>')


def run(text, italic=False, bold=False):
    props = ("<w:i/>" if italic else "") + ("<w:b/>" if bold else "")
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<w:r {W}><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{escaped}</w:t></w:r>'


def add_runs(paragraph, text, phrases, style, note_ids):
    """The text as runs: the opening phrase in `style`, "[^n]" as footnote references."""
    opening = next((p for p in phrases if text.startswith(p)), None)
    if opening:
        paragraph._p.append(parse_xml(run(opening, italic=style == "italic", bold=style == "bold")))
        text = text[len(opening):]
    for piece in re.split(r"(\[\^\w+\])", text):
        m = re.match(r"\[\^(\w+)\]", piece)
        if m:
            paragraph._p.append(parse_xml(
                f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteReference w:id="{note_ids[m.group(1)]}"/></w:r>'))
        elif piece:
            paragraph._p.append(parse_xml(run(piece)))


def number(paragraph, level):
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="3"/></w:numPr>'))


def footnotes_part(document, notes, note_ids):
    body = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    for marker, text in notes:
        escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        body += (f'<w:footnote w:id="{note_ids[marker]}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                 f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escaped}</w:t></w:r></w:p></w:footnote>')
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>{body}</w:footnotes>'
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)


def build(language, operative_limit, tracked=False):
    folder, suffix, levels, style = LANGUAGES[language]
    source = os.path.join(CORPUS, folder, f"75_325_{suffix}.xml")
    cover, body, notes = excerpt(authored(source), operative_limit)
    phrases = opening_phrases(source)
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)
    normal.element.get_or_add_rPr().append(parse_xml(f'<w:lang {W} w:val="{language}" w:eastAsia="{language}" w:bidi="{language}"/>'))
    numbering = document.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for child in parse_xml(numbering_xml(levels)):
        numbering.append(copy.deepcopy(child))
    note_ids = {marker: str(k + 1) for k, (marker, _) in enumerate(notes)}
    # python-docx's template starts with one empty paragraph: it is removed.
    for p in list(document.element.body.iterchildren(qn("w:p"))):
        document.element.body.remove(p)
    for line in cover:
        add_runs(document.add_paragraph(), line, [], style, note_ids)
    text_blocks = ["\n".join(cover)]
    for block in body:
        level = None
        for k, pattern in LABEL:
            m = pattern.match(block)
            if m:
                level = k
                text = block[m.end():]
                break
        paragraph = document.add_paragraph()
        if level is not None and levels[level] is None:
            level, text = None, block
        if level is None:
            add_runs(paragraph, block, phrases, style, note_ids)
        else:
            number(paragraph, level)
            add_runs(paragraph, text, phrases, style, note_ids)
        text_blocks.append(block)
    if tracked:
        track(document)
    if notes:
        footnotes_part(document, notes, note_ids)
    name = f"75_325_{language}"
    document.save(os.path.join(OUT, name + ".docx"))
    text = "\n\n".join(text_blocks) + "\n"
    if notes:
        text += "\n" + "\n\n".join(f"[^{m}]: {t}" for m, t in notes) + "\n"
    with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)



def track(document):
    """Tracked changes, a comment, a hyperlink and fields in the operative paragraphs (Word's markup)."""
    paragraphs = [p for p in document.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    first = paragraphs[0]._p
    # An insertion after the opening phrase and a deletion of words that are no longer there.
    first.insert(2, parse_xml(f'<w:ins {W} w:id="101" w:author="Drafter" w:date="2025-11-13T10:00:00Z">'
                              f'<w:r><w:t xml:space="preserve"> also</w:t></w:r></w:ins>'))
    first.insert(3, parse_xml(f'<w:del {W} w:id="102" w:author="Drafter" w:date="2025-11-13T10:00:00Z">'
                              f'<w:r><w:delText xml:space="preserve">deleted words </w:delText></w:r></w:del>'))
    # A comment on the second paragraph: its marks are no text.
    second = paragraphs[1]._p
    second.insert(1, parse_xml(f'<w:commentRangeStart {W} w:id="5"/>'))
    second.append(parse_xml(f'<w:commentRangeEnd {W} w:id="5"/>'))
    second.append(parse_xml(f'<w:r {W}><w:commentReference w:id="5"/></w:r>'))
    # The third paragraph: its first words in a hyperlink and a simple field, a field code in between.
    third = paragraphs[2]._p
    runs = third.findall(qn("w:r"))
    if len(runs) > 1:
        link = parse_xml(f'<w:hyperlink {W} w:anchor="top"/>')
        third.replace(runs[1], link)
        link.append(runs[1])
        third.insert(1, parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>'))
        third.insert(2, parse_xml(f'<w:r {W}><w:instrText xml:space="preserve"> MACROBUTTON none </w:instrText></w:r>'))
        third.insert(3, parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'))
        third.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))
    # The fourth paragraph typed in two, the mark between deleted: once accepted, one paragraph.
    fourth = paragraphs[3]._p
    runs = fourth.findall(qn("w:r"))
    if len(runs) > 1:
        head = parse_xml(f'<w:p {W}/>')
        head.append(copy.deepcopy(fourth.pPr))
        head.pPr.append(parse_xml(f'<w:rPr {W}><w:del w:id="103" w:author="Drafter" w:date="2025-11-13T10:00:00Z"/></w:rPr>'))
        head.append(runs[0])
        fourth.addprevious(head)


def main():
    os.makedirs(OUT, exist_ok=True)
    # Operative paragraphs 1 to 4 (4 holds the items (a), (i), (ii), (b)).
    build("en", 5, tracked=True)
    for language in ["fr", "es", "ru", "zh", "ar"]:
        build(language, 5)


if __name__ == "__main__":
    sys.exit(main())
