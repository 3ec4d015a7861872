"""Print a tvpl.jsonl document (by 1-based line) with a broad candidate checklist.

usage: python view.py LINE [--cands]
"""
import json, re, sys

CORPUS = "/work/shared/corpus/real/tvpl.jsonl"

# deliberately broad: a digit run followed (possibly after spaces/newlines) by / or -
# and then letters, allowing line breaks and spaces inside the code
_CODE = r"[A-Za-zĐđÐ\u0400-\u04ff&.][A-Za-zĐđÐ\u0400-\u04ff0-9&.]*"
_SEP = r"[ \t]*\n?[ \t]*[-/][ \t]*\n?[ \t]*"
CAND = re.compile(r"\d[\d.]*" + _SEP + r"(?:\d{4}" + _SEP + r")?" + _CODE + r"(?:" + _SEP + r"(?:" + _CODE + r"|\d+))*")


def load(line):
    with open(CORPUS, encoding="utf-8") as f:
        for i, l in enumerate(f, 1):
            if i == line:
                return json.loads(l)


if __name__ == "__main__":
    n = int(sys.argv[1])
    d = load(n)
    t = d["text"]
    print(f"== line {n} id {d['id']} number {d['number']} type {d['doc_type']} len {len(t)}")
    if "--cands" in sys.argv:
        for m in CAND.finditer(t):
            g = m.group()
            if re.fullmatch(r"[\d./-]+", g):
                continue
            print(m.start(), repr(g))
    else:
        print(t)
