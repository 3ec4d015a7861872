"""Re-check ../tvpl_annotations.json against the corpus: offsets, NFC, canonical spelling rules."""
import json, re, sys, unicodedata
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from view import load
d = json.load(open(__file__.rsplit("/", 2)[0] + "/tvpl_annotations.json", encoding="utf-8"))
n = 0
for doc in d["documents"]:
    rec = load(doc["line"])
    assert rec["id"] == doc["id"] and rec["number"] == doc["number"]
    t = rec["text"]
    assert unicodedata.normalize("NFC", t) == t
    prev = -1
    for r in doc["references"]:
        assert t[r["start"]:r["end"]] == r["surface"], r
        assert r["start"] > prev
        prev = r["start"]
        c = r["canonical"]
        assert unicodedata.normalize("NFC", c) == c
        assert not re.search(r"\s|[\u0400-\u04ff\u00d0]", c), c
        assert not r["surface"].lower().startswith("số"), r
        assert not r["surface"][-1] in ".,;:)", r
        n += 1
    for key in ("short_forms", "other_numbers"):
        for s in doc.get(key, []):
            assert t[s["start"]:s["end"]] == s["surface"]
print("ok", len(d["documents"]), "documents", n, "references")
