"""Score what vanban stores from news reports against the report gold in eval/reports/.

Each gold file lists the implementation statements one page makes: (subject, relation,
target, date) with the sentence that states it (see eval/reports/README.md). The pages are
loaded into a fresh store together with the real documents of ../shared/corpus/real
(tvpl.jsonl) and the seeds, as a researcher would load them; every edge whose evidence comes
from a page is then compared with the page's statements.

Printed: per relation, edge precision and recall with the subject right (a statement a page
repeats counts once); how many edges had the right relation and target but the wrong
subject; edges read from explainer pages against their gold. Nothing is asserted.

    python -m eval.reports              # all pages
    python -m eval.reports --heldout    # only the pages labelled as a held-out check
    python -m eval.reports --outside DIR [DIR ...]   # pages kept outside the corpus

Pages from outside the corpus (a blind round collected from the web, kept out of the
repository) are files of their own: each holds the fields of a news.jsonl line (`id`, `url`,
`site`, `title`, `lang`, `text`) beside the gold's fields. With several folders each folder
is scored alone and then all together.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

from vanban.extract.find import names_number
from vanban.extract.spelling import fold_words
from vanban.loaders.source import content_id

from .tools.gold import CORPUS, ROOT, row

REPORTS = ROOT / "eval" / "reports"
ACTS = ("IMPLEMENTS", "GUIDES", "CONTINUES", "AMENDS", "REPLACES", "REPEALS", "BASED_ON")
_YEAR = re.compile(r"/(?:19|20)\d\d/")
_LEADING_ZEROS = re.compile(r"^0+(?=\d)")
# A mention that gives a number ("58/2014/QH13", "23-QĐ/TW", "473a/NQ-UBTVQH13", "Luật số
# 58", a short form "Decree 100" or "Nghị quyết 57" of a number the page gives in full), not
# a title with a year ("Luật Giáo dục 2019"): the report gold's targets need one.
_GIVES_NUMBER = re.compile(
    r"\d[a-zđ]?\s*[/-]|\b(?:số|No\.?)\s*\d"
    r"|\b(?:nghị\s+định|nghị\s+quyết|thông\s+tư|quyết\s+định|chỉ\s+thị|kết\s+luận|công\s+điện"
    r"|decree|resolution|circular|decision|directive|conclusion)\s+(?!(?:19|20)\d\d\b)\d+\b",
    re.IGNORECASE,
)
_ABBREVIATIONS = {
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "tp": "thanh pho",
    "btv": "ban thuong vu",
}


def fold(text: str) -> str:
    """Lower case without diacritics, Đ as d, spaces single, abbreviations spelled out."""
    words = [
        _ABBREVIATIONS.get(w, w) for w in re.findall(r"\w+", fold_words(text.replace("Ð", "Đ")))
    ]
    return " ".join(words)


def number_key(number: str | None) -> str:
    """A number without its year and spelling differences: 33/2021/CT-TTg ~ 33/CT-TTg, and
    without leading zeros, which name the same document (1/2025/TT-BGDĐT ~ 01/2025/…)."""
    if not number:
        return ""
    return fold(_YEAR.sub("/", _LEADING_ZEROS.sub("", number.replace(" ", ""))))


def same_number(a: str | None, b: str | None) -> bool:
    """Whether two numbers name one document, by the reader's own test (`names_number`: the
    same but for leading zeros, or one of them written without its year): 13/2014/NĐ-CP is
    not 13/2016/NĐ-CP; 33/CT-TTg may be 33/2021/CT-TTg."""
    return names_number(a, b) or names_number(b, a)


def subject_matches(gold: dict, subject: dict) -> bool:
    """Whether a stored subject is the gold's: the same number, or the same body. A body
    that issued a document with no number on the page (the gold's body subject) is stored
    as that unnumbered document, issued by the body: its issuers are compared."""
    if gold.get("number"):
        return number_key(gold["number"]) == number_key(subject.get("number"))
    if any(_same_body(gold, issuer) for issuer in subject.get("issuers", ())):
        return True
    return _same_body(gold, subject)


def _same_body(gold: dict, subject: dict) -> bool:
    if not gold.get("body") or not subject.get("name"):
        return False
    if fold(gold.get("province") or "") != fold(subject.get("province") or ""):
        return False
    want = set(fold(gold["body"]).split()) - set(fold(gold.get("province") or "").split())
    got = set(fold(subject["name"]).split()) - set(fold(subject.get("province") or "").split())
    return bool(want and got) and len(want & got) / len(want | got) >= 0.5


def _who(subject: dict) -> str:
    """A subject as a line of the error list names it: its number, or its name (a body)."""
    return str(subject.get("number") or subject.get("body") or subject.get("name"))


def given_by_number(target: str | None, flat: str) -> bool:
    """Whether the page gives `target` by its number: `flat` is the page folded with its
    spaces and ampersands removed (`_flat`). A node without a number (a law the page names
    by its title) is not."""
    if not target:
        return False
    # (a digit before it makes another number: "1196/2025/QH15" does not give 196/2025/QH15;
    # zeros before it do not, "001/2025/TT-BNV" gives 1/2025/TT-BNV)
    # (its parts may stand together on the page: a PDF's text that lost its hyphens,
    # "61/2018/NĐCP", gives 61/2018/NĐ-CP, blind round CD)
    parts = _flat(str(target)).lstrip("0").split(" ")
    return re.search(r"(?<![0-9])0*" + " ?".join(map(re.escape, parts)), flat) is not None


def _flat(text: str) -> str:
    """`text` folded without spaces or "&": a page's "TT-BGD&ĐT" gives 06/2024/TT-BGDĐT. No
    abbreviation is spelled out (`fold` does): with the spaces gone, "QĐ-UBND ngày" reads
    "ubndngay", which the number's own "ubnd", spelled out, would never be found in."""
    # (the Party's "TƯ", Trung ương, is the TW of the canonical number: "260-QĐ/TƯ")
    text = re.sub(r"(?<=/)TƯ(?!\w)", "TW", text.replace("Ð", "Đ"))
    words = re.findall(r"\w+", fold_words(re.sub(r"[\s&]+", "", text)))
    return " ".join(words)


def _year_of(number: str | None) -> str | None:
    found = _YEAR.search(number or "")
    return found.group() if found else None


def unique_statements(statements: list[dict]) -> list[tuple[dict, str, str]]:
    """(subject, relation, target key) of a page's statements, each once: the graph holds one
    edge per subject, relation and target, however many sentences state it."""
    seen: set[tuple[str, str, str]] = set()
    out = []
    for s in statements:
        subject = s["subject"]
        who = number_key(subject.get("number")) or fold(subject.get("body") or "")
        target = s["target"]
        key = (who, s["relation"], number_key(target) + (_year_of(target) or ""))
        if key not in seen:
            seen.add(key)
            out.append((subject, s["relation"], target))
    return out


def load_gold(folder: Path = REPORTS) -> list[dict]:
    pages = []
    for path in sorted(folder.glob("news-*.json")):
        page = json.loads(path.read_text("utf-8"))
        page["record"] = row(page["corpus"], page["line"])
        page["name"] = path.stem
        pages.append(page)
    return pages


_RECORD_FIELDS = ("id", "url", "site", "title", "lang", "text")


def load_outside(folder: Path) -> list[dict]:
    """The labelled pages of a folder kept outside the corpus, each carrying its own text."""
    pages = []
    for path in sorted(folder.glob("*.json")):
        page = json.loads(path.read_text("utf-8"))
        if "text" not in page:
            raise SystemExit(f"{path}: no text field; a page outside the corpus carries its own")
        page["record"] = {k: page.get(k) for k in _RECORD_FIELDS}
        page["name"] = f"{folder.name}/{path.stem}"
        pages.append(page)
    return pages


def stored_statements(pages: list[dict]) -> dict[str, list[dict]]:
    """The acting edges the store holds from each page, by page name."""
    from vanban.load import load
    from vanban.store.read_graph import read_graph

    by_source = {content_id(p["record"]["text"]): p["name"] for p in pages}
    with tempfile.TemporaryDirectory() as tmp:
        news = Path(tmp) / "pages.jsonl"
        with news.open("w", encoding="utf-8") as f:
            for p in pages:
                f.write(json.dumps(p["record"], ensure_ascii=False) + "\n")
        inputs = [str(news), str(CORPUS / "real" / "tvpl.jsonl"), str(CORPUS / "seeds")]
        db = Path(tmp) / "reports.db"
        load([i for i in inputs if Path(i).exists()], db)
        graph = read_graph(db)
    found: dict[str, list[dict]] = {p["name"]: [] for p in pages}
    issuers: dict[str, list[dict]] = {}  # an unnumbered document's key -> its issuing bodies
    for edge in graph.edges.values():
        org = graph.organisations.get(edge.target)
        if edge.relation == "ISSUED_BY" and org is not None:
            issuers.setdefault(edge.source, []).append({"name": org.name, "province": org.province})
    for edge in graph.edges.values():
        if edge.relation not in ACTS:
            continue
        target = graph.documents.get(edge.target)
        subject_doc = graph.documents.get(edge.source)
        subject_org = graph.organisations.get(edge.source)
        if subject_doc is not None:
            subject = {"number": subject_doc.number, "name": subject_doc.title}
            if subject_doc.number is None:
                subject["issuers"] = issuers.get(edge.source, [])
        elif subject_org is not None:
            subject = {"name": subject_org.name, "province": subject_org.province}
        else:
            subject = {"name": edge.source}
        # page: whether the page names the target by number where it says this (a body's
        # act is said of the page's document, given by number on the page or in its title)
        on_page: dict[str, bool] = {}
        for e in edge.evidence:
            if e.source in by_source:
                name = by_source[e.source]
                # (or its sentence gives the number: "Nghị quyết số 45-NQ/TW …, Tỉnh ủy ban
                # hành Chương trình số 51-CTr/TU … thực hiện Nghị quyết.")
                numbered = (
                    subject_org is not None
                    or _GIVES_NUMBER.search(e.surface) is not None
                    or (target is not None and given_by_number(target.number, _flat(e.sentence)))
                )
                on_page[name] = on_page.get(name, False) or numbered
        for name, numbered in on_page.items():
            found[name].append(
                {
                    "subject": subject,
                    "subject_key": edge.source,
                    "relation": edge.relation,
                    "target": target.number if target else edge.target,
                    "numbered": numbered,
                }
            )
    return found


def show(pages: list[dict], found: dict[str, list[dict]]) -> None:
    """Each page's gold statements and the edges read from it, side by side."""
    for page in pages:
        print(f"\n{page['name']} ({page.get('genre')})")
        for s in page["statements"]:
            who = s["subject"].get("number") or s["subject"].get("body")
            print(f"  gold  {who} {s['relation']} {s['target']}")
        for r in found[page["name"]]:
            who = r["subject"].get("number") or r["subject"].get("name")
            print(f"  read  {who} {r['relation']} {r['target']}")


def score(pages: list[dict], found: dict[str, list[dict]], errors: bool = False) -> None:
    """Precision and recall per relation; with `errors`, each counted edge that is false and
    each gold statement missed, page by page."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    wrong_subject = 0
    wrong: list[tuple[str, str, str, str, str]] = []  # (page, false or missed, subject, …)
    from_explainers = explainer_gold = 0
    for page in pages:
        gold = unique_statements(page["statements"])
        # the gold states facts about documents the page gives by number (in its text or its
        # title): an edge to a law the page names without its number is left out of the count,
        # and so is one to a node with no number at all ("None" is no number, whatever
        # letters the page holds) or one whose evidence names its target by title alone ("…
        # quy định chi tiết Luật Đất đai", the law's number given elsewhere on the page)
        record = page["record"]
        flat = _flat((record.get("title") or "") + record["text"])
        read = [
            (r["subject"], r["relation"], r["target"])
            for r in found[page["name"]]
            if given_by_number(r["target"], flat) and r["numbered"]
        ]
        if page.get("genre") == "explainer":
            from_explainers += len(read)
            explainer_gold += len(gold)
        used: set[int] = set()
        for subject, relation, target in read:
            hit = next(
                (
                    k
                    for k, (gs, gr, gt) in enumerate(gold)
                    if k not in used
                    and gr == relation
                    and same_number(gt, target)
                    and subject_matches(gs, subject)
                ),
                None,
            )
            if hit is None:
                fp[relation] += 1
                wrong.append((page["name"], "false", _who(subject), relation, target))
                if any(gr == relation and same_number(gt, target) for _, gr, gt in gold):
                    wrong_subject += 1
            else:
                used.add(hit)
                tp[relation] += 1
        for k, (subject, relation, target) in enumerate(gold):
            if k not in used:
                fn[relation] += 1
                wrong.append((page["name"], "missed", _who(subject), relation, target))
    statements = sum(len(p["statements"]) for p in pages)
    distinct = sum(len(unique_statements(p["statements"])) for p in pages)
    print(
        f"report gold: {len(pages)} pages, {statements} statements in eval/reports "
        f"({distinct} distinct: a statement repeated on a page counts once)"
    )
    print(
        "\n| relation | gold | read | right | precision | recall |\n|---|---:|---:|---:|---:|---:|"
    )
    for relation in (*ACTS, "ALL"):

        def total(c: Counter[str], rel: str = relation) -> int:
            return sum(c.values()) if rel == "ALL" else c[rel]

        t, p, n = total(tp), total(fp), total(fn)
        if t + p + n:
            precision = t / (t + p) if t + p else 0.0
            recall = t / (t + n) if t + n else 0.0
            print(f"| {relation} | {t + n} | {t + p} | {t} | {precision:.3f} | {recall:.3f} |")
    print(f"\nedges with the right relation and target but the wrong subject: {wrong_subject}")
    if errors:
        print("\ncounted edges that are false, and gold statements missed:")
        for name, kind, who, relation, target in wrong:
            print(f"- {name} {kind}: {who} {relation} {target}")
    print(
        f"edges read from explainer pages: {from_explainers} "
        f"(their gold: {explainer_gold}, from the news parts some of them have)"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=REPORTS)
    ap.add_argument("--show", action="store_true", help="list every page's statements and edges")
    ap.add_argument(
        "--errors", action="store_true", help="list the counted false edges and missed statements"
    )
    ap.add_argument(
        "--heldout",
        action="store_true",
        help='score only the pages labelled as a held-out check ("heldout": true)',
    )
    ap.add_argument(
        "--blind",
        action="store_true",
        help='score only the pages labelled blind, after the rules ("blind": true)',
    )
    ap.add_argument(
        "--pages", help="score only these pages, by corpus line, comma-separated (e.g. 74,586)"
    )
    ap.add_argument(
        "--outside",
        nargs="+",
        type=Path,
        metavar="DIR",
        help="score labelled pages kept outside the corpus, each folder alone and then together",
    )
    args = ap.parse_args(argv)
    if args.outside:
        return _score_outside(args.outside, args.errors, args.show)
    pages = load_gold(args.gold)
    if args.heldout:
        pages = [p for p in pages if p.get("heldout")]
    if args.blind:
        pages = [p for p in pages if p.get("blind")]
    if args.pages:
        lines = {int(n) for n in args.pages.split(",") if n.strip()}
        pages = [p for p in pages if p["line"] in lines]
    if not pages:
        print(f"no report gold in {args.gold} for this selection", file=sys.stderr)
        return 1
    found = stored_statements(pages)
    if args.show:
        show(pages, found)
    score(pages, found, args.errors)
    return 0


def _score_outside(folders: list[Path], errors: bool, show_all: bool = False) -> int:
    """Each folder's pages scored alone, then all of them; loaded together in one store."""
    groups = [(folder, load_outside(folder)) for folder in folders]
    pages = [p for _, group in groups for p in group]
    if not pages:
        print(f"no labelled pages in {', '.join(map(str, folders))}", file=sys.stderr)
        return 1
    found = stored_statements(pages)
    if show_all:
        show(pages, found)
    if len(groups) > 1:
        for folder, group in groups:
            print(f"\n## {folder}\n")
            score(group, found, errors)
        print("\n## all\n")
    score(pages, found, errors and len(groups) == 1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
