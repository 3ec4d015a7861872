"""Build ../tvpl_annotations.json from the hand decisions in annotations_src.py.

Each document's references are listed in reading order as surfaces (exactly as
in the text).  Offsets are found by a sequential search from the end of the
previous reference, with a word-boundary check; canonical / type / issuer are
derived by the rules below and can be overridden per reference.

usage: python build.py            # write JSON
       python build.py --show N   # print doc N with annotations bracketed
"""
import json, re, sys, unicodedata
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from view import load
from annotations_src import DOCS, ABOUT

OUT = __file__.rsplit("/", 2)[0] + "/tvpl_annotations.json"

CYR = dict(zip("АВСЕНКМОРТХУІаеосрхуі", "ABCEHKMOPTXYIaeocpxyi"))
# official spelling of codes that occur with D-for-Đ, Ð, or wrong case
FIX = {"QD": "QĐ", "ND": "NĐ", "HDND": "HĐND", "TTG": "TTg", "QDI": "QĐi",
       "CTR": "CTr", "TTR": "TTr", "DUK": "ĐUK", "CD": "CĐ", "BLDTBXH": "BLĐTBXH",
       "BKHDT": "BKHĐT", "HĐNN": "HĐNN"}
TYPES = {"NQ", "QĐ", "QĐi", "QyĐ", "CT", "KL", "KH", "CTr", "HD", "TB", "BC", "CV",
         "TT", "TTLT", "NĐ", "QC", "ĐA", "PA", "TTr", "CĐ", "VBHN", "GP", "TC",
         "BB", "GM", "TTg"}


def canon(surface):
    s = "".join(CYR.get(c, c) for c in surface)
    s = s.replace("\u00d0", "Đ")
    s = re.sub(r"\s+", "", s)
    s = unicodedata.normalize("NFC", s)
    parts = re.split(r"([-/])", s)
    out = []
    for p in parts:
        key = p.upper()
        if p in "-/":
            out.append(p)
        elif key in FIX and p != FIX[key]:
            out.append(FIX[key])
        else:
            out.append(p)
    return "".join(out)


def classify(c):
    """type_code, issuer_code, shape from a canonical spelling."""
    m = re.fullmatch(r"[\d.]+-([^/]+)/(.+)", c)
    if m:  # Party number-TYPE/ISSUER[-ISSUER2]
        return m.group(1), m.group(2).split("-")[0], "party"
    m = re.fullmatch(r"[\d.]+/(\d{4})/((?:UBTV)?QH\d*)", c)
    if m:
        return None, m.group(2), "state_qh"
    m = re.fullmatch(r"[\d.]+/(?:(\d{4})/)?([^-/]+)-(.+)", c)
    if m:
        typ, rest = m.group(2), m.group(3).split("-")
        if typ == "VBHN":
            return "VBHN", rest[0], "vbhn"
        if typ in TYPES:
            shape = "state_joint" if typ in ("TTLT", "NQLT", "CTLT") else (
                "state_year" if m.group(1) else "state_admin")
            return typ, rest[0], shape
        return "CV", typ, "official_letter"
    raise ValueError("cannot classify " + c)


def build_doc(line, entries):
    d = load(line)
    t = d["text"]
    refs, pos = [], 0
    for e in entries:
        surface, over = (e, {}) if isinstance(e, str) else e
        i = t.find(surface, pos)
        while i >= 0:
            before = t[i - 1] if i > 0 else " "
            after = t[i + len(surface)] if i + len(surface) < len(t) else " "
            if over.get("glued") or not (before.isalnum() or after.isalnum()):
                break
            i = t.find(surface, i + 1)
        assert i >= 0, (line, surface, pos)
        c = over.get("canonical", canon(surface))
        typ, iss, shape = classify(c)
        r = {"surface": surface, "start": i, "end": i + len(surface), "canonical": c,
             "type_code": over.get("type_code", typ), "issuer_code": over.get("issuer_code", iss),
             "shape": over.get("shape", shape)}
        if "note" in over:
            r["note"] = over["note"]
        assert t[r["start"]:r["end"]] == surface
        refs.append(r)
        pos = i + len(surface)
    return d, t, refs


def show(line):
    entries = DOCS[line]["refs"]
    d, t, refs = build_doc(line, entries)
    out, p = [], 0
    for r in refs:
        out.append(t[p:r["start"]]); out.append("[[" + t[r["start"]:r["end"]] + "]]"); p = r["end"]
    out.append(t[p:])
    print(f"== line {line} {d['id']} {d['number']} refs={len(refs)}")
    print("".join(out))
    for r in refs:
        print(f"  {r['start']:>6} {r['surface']!r:40} {r['canonical']:32} {r['type_code']!s:6} {r['issuer_code']:10} {r['shape']}{'  NOTE '+r['note'] if 'note' in r else ''}")


def main():
    docs = []
    for line in sorted(DOCS):
        spec = DOCS[line]
        d, t, refs = build_doc(line, spec["refs"])
        rec = {"id": d["id"], "line": line, "number": d["number"], "doc_type": d["doc_type"],
               "references": refs}
        for key in ("short_forms", "other_numbers"):
            if not spec.get(key):
                continue
            sf, pos = [], 0
            for s in spec[key]:
                i = t.find(s, pos)
                assert i >= 0, (line, s)
                assert t[i:i + len(s)] == s
                sf.append({"surface": s, "start": i, "end": i + len(s)})
                pos = i + len(s)
            rec[key] = sf
        if spec.get("notes"):
            rec["notes"] = spec["notes"]
        docs.append(rec)
    json.dump({"about": ABOUT, "documents": docs}, open(OUT, "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
    print("docs", len(docs), "refs", sum(len(x["references"]) for x in docs))


if __name__ == "__main__":
    if "--show" in sys.argv:
        show(int(sys.argv[sys.argv.index("--show") + 1]))
    else:
        main()
