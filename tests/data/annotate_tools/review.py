"""Print each annotated document with references in [[...]], collapsing runs of
lines that contain no digit and no bracket (they cannot hold a reference)."""
import json, re, sys
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from view import load
d = json.load(open(__file__.rsplit("/", 2)[0] + "/tvpl_annotations.json", encoding="utf-8"))
only = set(int(x) for x in sys.argv[1:])
for doc in d["documents"]:
    if only and doc["line"] not in only:
        continue
    t = load(doc["line"])["text"]
    out, p = [], 0
    for r in doc["references"]:
        out += [t[p:r["start"]], "[[", t[r["start"]:r["end"]], "]]"]
        p = r["end"]
    out.append(t[p:])
    print(f"===== line {doc['line']} {doc['id']} {doc['number']} refs={len(doc['references'])}")
    skipped = 0
    for ln in "".join(out).split("\n"):
        if "[[" in ln or "]]" in ln or (re.search(r"\d", ln) and re.search(r"[/-]", ln) and not re.fullmatch(r"[\d.,%/ -]*", ln)):
            if skipped:
                print("   …")
            skipped = 0
            print("   " + ln)
        else:
            skipped += 1
