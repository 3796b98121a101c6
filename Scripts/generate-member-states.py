#!/usr/bin/env python3
"""Writes Rules/data/member-states.yaml: the 193 Member States of the United Nations and the two
observer States, by the short names documents use, in the six official languages.

    python3 Scripts/generate-member-states.py [DATA_DIR] > Rules/data/member-states.yaml

DATA_DIR (default ../shared/data) holds the two files of GitHub datasets/country-codes described in
its README.md: country-codes.csv (commit caa72d1e0e5af8876c170bb36a9e4d64a01bba88, PDDL) and
unterm_names-2019.csv (data/unterm_names.csv at commit a09b84ab). The `UNTERM <Language> Short`
columns come from the UN Protocol and Liaison Service list; `official_name_*` from UN M49.

The patches below are those of spec/research.md §8 and Appendix B and of the data README; each one
says why. Edit the patches here and regenerate: never edit the YAML by hand.
"""
import csv
import json
import os
import re
import sys

LANGS = [("ar", "Arabic", "ar"), ("en", "English", "en"), ("es", "Spanish", "es"),
         ("fr", "French", "fr"), ("ru", "Russian", "ru"), ("zh", "Chinese", "cn")]

# The article UNTERM puts after a short name, "(the)", "(l')", "(los)" …, is not written in running
# text. Parentheses that are part of the name ("Bolivia (Plurinational State of)") stay.
ARTICLE = re.compile(r"\s*\((?:the|l'|l’|le|la|les|el|los|las)\)\s*$")

# Document usage that differs from the UNTERM short name (research.md §8, Appendix B): the Chinese
# documents of the seeds write 刚果 and 多米尼加共和国; the dataset form stays accepted as an alias.
DOCUMENT_NAMES = {
    ("COG", "zh"): "刚果",
    ("DOM", "zh"): "多米尼加共和国",
}

# Côte d'Ivoire and Türkiye lost their UNTERM columns in the current file (a join failure after the
# renaming): Côte d'Ivoire is taken from the 2019 extract; Türkiye's current names from M49 (which
# has the new name in every language), its former ones from the 2019 extract.
RESTORED_FROM_2019 = {"CIV": "Côte d'Ivoire", "TUR": "Turkey"}

# Renamed States: the former names stay valid for documents dated before the month given (YYYY-MM).
# Türkiye: the 2019 extract in all six languages; the others in the languages resolint reads today,
# as UN documents wrote them (A/L.632 of 1971 in the corpus lists "Swaziland"). Chinese forms that
# did not change (斯威士兰, 土耳其) need no entry.
FORMER = {
    "TUR": ("2022-06", "from-2019-extract"),
    "SWZ": ("2018-04", {"en": "Swaziland"}),
    "MKD": ("2019-02", {"en": "The former Yugoslav Republic of Macedonia", "zh": "前南斯拉夫的马其顿共和国"}),
    "CZE": ("2016-07", {"en": "Czech Republic", "zh": "捷克共和国"}),
}

# The Netherlands: UN documents name it "Netherlands (Kingdom of the)" from 2024 (S/2024/302 of
# April 2024 in the corpus; M49 has the new form in French, Spanish, Russian and Chinese: 荷兰王国).
# The older short names (UNTERM) stay valid before April 2024 (the seed report of 2022 writes 荷兰).
# The M49 Arabic form "هولندا (مملكة _)" holds a placeholder and is not used; Arabic keeps هولندا.
NETHERLANDS_NEW = {"en": "Netherlands (Kingdom of the)"}
NETHERLANDS_UNTIL = "2024-04"
# Forms documents also use, besides the short name.
EXTRA_ALIASES = {
    ("NLD", "en"): ["Kingdom of the Netherlands"],  # S/2024/557 (July 2024) lists it so
    ("BHS", "en"): ["Bahamas (The)"],  # A/80/L.13 (2025) lists it so, as UNTERM's "Bahamas (the)"
}


def clean(name):
    name = name.replace("**", "").replace("*", "").strip()
    return ARTICLE.sub("", name).strip()


def norm(name):
    return name.replace("’", "'").replace("（", "(").replace("）", ")").strip().lower()


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data")
    with open(os.path.join(data, "country-codes.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    with open(os.path.join(data, "unterm_names-2019.csv"), encoding="utf-8") as f:
        # Its English short-name column is headed official_name_en; the others are UNTERM columns.
        old = {}
        for r in csv.DictReader(f):
            r["UNTERM English Short"] = r["official_name_en"]
            old[r["official_name_en"]] = r

    states = []
    for r in rows:
        code = r["ISO3166-1-Alpha-3"]
        short_zh = r["UNTERM Chinese Short"].strip()
        if code in RESTORED_FROM_2019:
            pass
        elif not short_zh:
            continue  # not a Member State or observer
        elif short_zh.endswith("**"):
            continue  # Cook Islands and Niue: States, but neither Members nor observers
        observer = short_zh.endswith("*") and not short_zh.endswith("**")
        names, aliases, former = {}, {}, []
        for lang, column, m49 in LANGS:
            if code == "CIV":
                short = clean(old["Côte d'Ivoire"]["UNTERM %s Short" % column])
            elif code == "TUR":
                short = r["official_name_" + m49].strip()
            else:
                short = clean(r["UNTERM %s Short" % column])
            official = r["official_name_" + m49].strip()
            name = DOCUMENT_NAMES.get((code, lang), short)
            extra = []
            if code == "NLD" and lang != "ar":
                name = NETHERLANDS_NEW.get(lang, official)
            elif short != name:
                extra.append(short)
            # M49 forms (never the English one: it says "Ivory Coast" for CIV, research.md §8).
            if lang != "en" and official and norm(official) != norm(name) and not (code == "NLD"):
                extra.append(official)
            extra += EXTRA_ALIASES.get((code, lang), [])
            names[lang] = name
            seen = {norm(name)}
            kept = []
            for a in extra:
                if norm(a) not in seen:
                    seen.add(norm(a))
                    kept.append(a)
            if kept:
                aliases[lang] = kept
        if code == "NLD":
            former.append((NETHERLANDS_UNTIL, {lang: clean(r["UNTERM %s Short" % column])
                                               for lang, column, _ in LANGS if lang != "ar"}))
        if code in FORMER:
            until, forms = FORMER[code]
            if forms == "from-2019-extract":
                o = old[RESTORED_FROM_2019[code]]
                forms = {}
                for lang, column, _ in LANGS:
                    f = clean(o["UNTERM %s Short" % column])
                    if norm(f) != norm(names[lang]):
                        forms[lang] = f
            former.append((until, forms))
        states.append((code, names, aliases, former, observer))

    members = sum(1 for s in states if not s[4])
    observers = sum(1 for s in states if s[4])
    assert members == 193, members
    assert observers == 2, observers
    states.sort(key=lambda s: fold(s[1]["en"]))

    q = lambda s: json.dumps(s, ensure_ascii=False)
    out = []
    out.append("# The Member States of the United Nations and the observer States, by the short names that")
    out.append("# documents write, in the six official languages. Read by the `membership` check kind.")
    out.append("# GENERATED by Scripts/generate-member-states.py: edit the patches there and regenerate.")
    out.append("source: " + q(
        "GitHub datasets/country-codes (PDDL): data/country-codes.csv at caa72d1e0e5af8876c170bb36a9e4d64a01bba88, "
        "columns 'UNTERM <Language> Short' (UN Protocol and Liaison Service) and official_name_* (UN M49); "
        "data/unterm_names.csv at a09b84ab for Côte d'Ivoire and the former names of Türkiye. Patches of "
        "the research notes (research.md) §8 and Appendix B: articles '(the)', '(l')' … dropped; Côte d'Ivoire and Türkiye "
        "restored; Chinese 刚果 and 多米尼加共和国 as documents write them; Netherlands (Kingdom of the) / 荷兰王国 "
        "from 2024; former names of renamed States with the month they changed; Cook Islands and Niue left out."))
    out.append("# %d Member States and %d observer States, in English alphabetical order." % (members, observers))
    out.append("states:")
    for code, names, aliases, former, observer in states:
        out.append("  - code: " + code)
        if observer:
            out.append("    observer: true")
        out.append("    names: {" + ", ".join("%s: %s" % (l, q(names[l])) for l, _, _ in LANGS) + "}")
        if aliases:
            out.append("    aliases: {" + ", ".join("%s: [%s]" % (l, ", ".join(q(a) for a in aliases[l]))
                                                  for l, _, _ in LANGS if l in aliases) + "}")
        if former:
            out.append("    former:")
            for until, forms in former:
                out.append("      - until: " + q(until))
                out.append("        names: {" + ", ".join("%s: %s" % (l, q(forms[l])) for l, _, _ in LANGS if l in forms) + "}")
    sys.stdout.write("\n".join(out) + "\n")


def fold(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


if __name__ == "__main__":
    main()
