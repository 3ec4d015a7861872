"""Tests of the reading stage on real files made at test time (and the shared corpus)."""

from __future__ import annotations

import codecs
import json
import unicodedata
from pathlib import Path

import docx
import lxml.html
import pytest
from pypdf import PdfReader, PdfWriter

from vanban.loaders import Skipped, Source, content_id, detect_language, read_path, read_paths
from vanban.loaders.decode import DecodeError, decode_bytes, sniff_encoding
from vanban.loaders.html import plain_text
from vanban.loaders.jsonl import declared_language

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

VI = "Quyết định số 15/2025/QĐ-UBND của Ủy ban nhân dân tỉnh về công tác dân vận."
EN = "The Provincial Party Committee issued Plan No. 12-KH/TU on mass mobilization work."


def read_one(path: Path) -> Source | Skipped:
    """The only item read from one file."""
    items = list(read_path(path))
    assert len(items) == 1, items
    return items[0]


def source(path: Path) -> Source:
    item = read_one(path)
    assert isinstance(item, Source), item
    return item


def skipped(path: Path) -> Skipped:
    item = read_one(path)
    assert isinstance(item, Skipped), item
    return item


def write_pdf(path: Path, lines: list[str], title: str | None = None) -> None:
    """Write a one-page PDF 1.4 whose text layer holds `lines` (Helvetica, WinAnsi)."""
    shown = "".join(
        "({}) Tj T* ".format(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)"))
        for line in lines
    )
    content = f"BT /F1 12 Tf 14 TL 72 720 Td {shown}ET".encode("cp1252") if lines else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
        b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        f"<< /Title ({title or ''}) >>".encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    info = b" /Info 6 0 R" if title else b""
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\n" % (len(objects) + 1, info)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    path.write_bytes(bytes(out))


# --- decoding ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoded",
    [
        VI.encode("utf-8"),
        codecs.BOM_UTF8 + VI.encode("utf-8"),
        codecs.BOM_UTF16_LE + VI.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + VI.encode("utf-16-be"),
        VI.encode("utf-16-le"),
        VI.encode("utf-16-be"),
        codecs.BOM_UTF32_LE + VI.encode("utf-32-le"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "utf32le-bom"],
)
def test_text_encodings(tmp_path: Path, encoded: bytes) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(encoded)
    item = source(path)
    assert item.text == VI
    assert item.format == "txt"
    assert item.language == "vi"
    assert item.id == content_id(VI)
    assert item.metadata == {"size_bytes": len(encoded)}
    assert item.path == str(path)


def test_utf16_without_bom_in_cyrillic_is_detected() -> None:
    text = "Постанова № 15/2025 про масову мобілізацію, 2025 рік."
    assert sniff_encoding(text.encode("utf-16-le")) == ("utf-16-le", 0)
    assert decode_bytes(text.encode("utf-16-be")) == text


def test_latin1_file_is_skipped_with_byte_and_offset(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Resolução nº 15".encode("latin-1"))
    item = skipped(path)
    assert item.path == str(path)
    assert item.reason == "not valid UTF-8 or UTF-16 (byte 0xe7 at offset 6)"


def test_binary_with_nuls_is_not_a_text() -> None:
    with pytest.raises(DecodeError, match="NUL"):
        decode_bytes(b"abc\x00\x00\x00\x00def")


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n", codecs.BOM_UTF8])
def test_empty_texts_are_skipped(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert skipped(path).reason == "empty text"


def test_nfc_and_crlf(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Hiệu lực thi hành\r\nĐiều 2.\rhết")
    assert "ệ" not in decomposed
    path = tmp_path / "nfd.md"
    path.write_bytes(decomposed.encode("utf-8"))
    item = source(path)
    assert item.format == "md"
    assert item.text == "Hiệu lực thi hành\nĐiều 2.\rhết"  # a lone "\r" is kept as read
    assert "ệ" in item.text
    assert item.id == content_id(item.text)


# --- html ----------------------------------------------------------------------------------

ARTICLE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>  Tỉnh ủy ban hành kế hoạch
 dân vận </title><script>var menu = "SCRIPT_TEXT";</script></head>
<body>
<header><div class="logo">Cổng thông tin điện tử</div></header>
<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức</a></li>
<li><a href="/lh">Liên hệ MENU_ITEM</a></li></ul></nav>
<main><article>
<h1>Tỉnh ủy ban hành kế hoạch thực hiện Chỉ thị 33/CT-TTg</h1>
<p>Ngày 22 tháng 2 năm 2024, Ban Thường vụ Tỉnh ủy đã ban hành Văn bản số 1470-CV/TU về
việc lãnh đạo, chỉ đạo thực hiện Năm dân vận chính quyền 2024.</p>
<p>Theo kế hoạch, các cơ quan hành chính nhà nước và chính quyền các cấp tổ chức tuyên truyền,
phổ biến và thể chế hóa chủ trương của Đảng, chính sách, pháp luật của Nhà nước về công tác
dân vận trong tình hình mới theo Nghị quyết Đại hội XIII của Đảng.</p>
<p>Ủy ban nhân dân tỉnh giao Sở Nội vụ theo dõi, đôn đốc việc thực hiện và báo cáo kết quả
trước ngày 15 tháng 12 năm 2024.</p>
</article></main>
<aside class="sidebar"><h3>Tin liên quan</h3><ul><li><a href="/a">SIDEBAR_LINK bài khác</a></li>
</ul></aside>
<footer><p>Bản quyền FOOTER_TEXT thuộc Văn phòng Tỉnh ủy</p></footer>
</body></html>
"""


def test_html_main_text_without_navigation(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(ARTICLE, encoding="utf-8")
    item = source(path)
    assert item.format == "html"
    assert "Văn bản số 1470-CV/TU" in item.text
    assert "báo cáo kết quả" in item.text
    for boilerplate in ("MENU_ITEM", "Trang chủ", "SIDEBAR_LINK", "FOOTER_TEXT", "SCRIPT_TEXT"):
        assert boilerplate not in item.text
    assert item.metadata["title"] == "Tỉnh ủy ban hành kế hoạch dân vận"
    assert item.metadata["extractor"] == "trafilatura"
    assert item.language == "vi"


def test_html_falls_back_to_lxml_when_trafilatura_finds_nothing(tmp_path: Path) -> None:
    path = tmp_path / "aside.htm"
    path.write_text(
        "<html><body><aside><p>Văn bản liên quan: Quyết định 15/2025/QĐ-UBND</p></aside>"
        "<script>SCRIPT_TEXT</script></body></html>",
        encoding="utf-16",
    )
    item = source(path)
    assert item.text == "Văn bản liên quan: Quyết định 15/2025/QĐ-UBND"
    assert item.metadata["extractor"] == "lxml"


def test_plain_text_drops_navigation_and_keeps_blocks() -> None:
    root = lxml.html.document_fromstring(
        "<html><body><nav><a>Trang chủ</a></nav><div role='navigation'>Menu</div>"
        "<div><h2>Điều 1.</h2><p>Phạm vi   điều chỉnh</p><p>Đối tượng<br>áp dụng</p></div>"
        "<style>p {}</style></body></html>"
    )
    assert plain_text(root) == "Điều 1.\nPhạm vi điều chỉnh\nĐối tượng\náp dụng"


def test_html_with_declared_legacy_charset(tmp_path: Path) -> None:
    path = tmp_path / "legacy.html"
    body = "<p>Resolução do Comitê Popular sobre a mobilização em massa no ano de 2024.</p>"
    path.write_bytes(
        f'<html><head><meta charset="iso-8859-1"></head><body>{body}</body></html>'.encode(
            "latin-1"
        )
    )
    item = source(path)
    assert "Resolução do Comitê Popular" in item.text
    assert item.language == "pt"


# --- pdf -----------------------------------------------------------------------------------


def test_pdf_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    write_pdf(path, [EN, "Decision No. 15/2025/QD-UBND (Lam Dong)."], title="Plan 12-KH/TU")
    item = source(path)
    assert item.format == "pdf"
    assert "Plan No. 12-KH/TU" in item.text
    assert "15/2025/QD-UBND (Lam Dong)" in item.text
    assert item.metadata == {
        "size_bytes": path.stat().st_size,
        "pages": 1,
        "title": "Plan 12-KH/TU",
    }
    assert item.language == "en"


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    write_pdf(path, [])
    assert skipped(path).reason.startswith("PDF has no text layer")


def encrypt(plain: Path, target: Path, user_password: str) -> None:
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password, owner_password="owner", algorithm="RC4-128")
    with target.open("wb") as handle:
        writer.write(handle)


def test_encrypted_pdf(tmp_path: Path) -> None:
    plain = tmp_path / "plain.pdf"
    write_pdf(plain, [EN])
    locked = tmp_path / "locked.pdf"
    encrypt(plain, locked, "secret")
    assert skipped(locked).reason == "encrypted PDF (needs a password)"
    open_to_all = tmp_path / "owner-only.pdf"
    encrypt(plain, open_to_all, "")
    assert "Plan No. 12-KH/TU" in source(open_to_all).text


@pytest.mark.parametrize(
    "content",
    [b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", b"not a pdf at all", b""],
    ids=["truncated", "garbage", "empty"],
)
def test_corrupt_pdf_is_skipped(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(content)
    item = skipped(path)
    assert item.path == str(path)
    assert item.reason.startswith("unreadable pdf (")


# --- docx ----------------------------------------------------------------------------------


def test_docx_paragraphs_and_tables_in_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Số: 15/2025/QĐ-UBND"
    table.cell(0, 1).text = "Lâm Đồng, ngày 1 tháng 3 năm 2025"
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    merged.text = "QUYẾT ĐỊNH"
    document.add_paragraph("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;")
    document.core_properties.title = "Quyết định 15"
    document.core_properties.author = "Văn phòng UBND"
    path = tmp_path / "decision.docx"
    document.save(str(path))
    item = source(path)
    assert item.format == "docx"
    assert item.text == (
        "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\n"
        "Số: 15/2025/QĐ-UBND\tLâm Đồng, ngày 1 tháng 3 năm 2025\n"
        "QUYẾT ĐỊNH\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;"
    )
    assert item.metadata["title"] == "Quyết định 15"
    assert item.metadata["author"] == "Văn phòng UBND"
    assert item.metadata["size_bytes"] == path.stat().st_size
    assert item.language == "vi"


def test_corrupt_docx_is_skipped(tmp_path: Path) -> None:
    import zipfile

    not_zip = tmp_path / "a.docx"
    not_zip.write_bytes(b"PK\x03\x04 this is not really a zip")
    other_zip = tmp_path / "b.docx"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("hello.txt", "not a word document")
    good = tmp_path / "c.txt"
    good.write_text(EN, encoding="utf-8")
    items = list(read_paths([not_zip, other_zip, good]))
    assert [type(item) for item in items] == [Skipped, Skipped, Source]
    assert [item.path for item in items] == [str(not_zip), str(other_zip), str(good)]
    reasons = [item.reason for item in items if isinstance(item, Skipped)]
    assert reasons[0].startswith("unreadable docx (PackageNotFoundError")
    assert reasons[1].startswith("unreadable docx (KeyError")


# --- jsonl ---------------------------------------------------------------------------------


def test_jsonl_text_that_is_html_is_read_as_html(tmp_path: Path) -> None:
    # a crawler kept the page's markup: tags and character entities; a plain text with one
    # "&amp;" stays as it is
    markup = (
        '<p style="text-align: justify;">Theo đ&oacute;, C&ocirc;ng điện n&ecirc;u r&otilde;, '
        "sau gần hai th&aacute;ng thực hiện Nghị quyết số 128/NQ-CP của Ch&iacute;nh phủ.</p>"
        "<p>&nbsp;</p><p>Thủ tướng yêu cầu các bộ tiếp tục thực hiện.</p>"
    )
    plain = "Sở Văn hóa, Thể thao & Du lịch thực hiện Kế hoạch số 12/KH-UBND. R&amp;D."
    path = tmp_path / "crawl.jsonl"
    path.write_text(
        json.dumps({"text": markup, "lang": "vi"}, ensure_ascii=False)
        + "\n"
        + json.dumps({"text": plain, "lang": "vi"}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    html_source, plain_source = list(read_path(path))
    assert html_source.text.startswith("Theo đó, Công điện nêu rõ, sau gần hai tháng thực hiện")
    assert "<p" not in html_source.text and "&" not in html_source.text
    assert "Thủ tướng yêu cầu" in html_source.text.split("\n", 1)[1]
    assert html_source.metadata["text_format"] == "html"
    assert plain_source.text == plain and "text_format" not in plain_source.metadata


def test_jsonl_lines_with_bad_ones_in_the_middle(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    lines = [
        json.dumps({"text": VI, "number": "15/2025/QĐ-UBND", "lang": "vi"}, ensure_ascii=False),
        '{"text": "unterminated',
        json.dumps({"title": "no text here"}),
        "",
        json.dumps({"text": 42}),
        json.dumps(["text"]),
        json.dumps({"text": "   "}),
        json.dumps({"text": EN, "language": "en-GB", "id": "x1"}),
        json.dumps({"text": "Tỉnh ủy ban hành kế hoạch", "lang": "??"}, ensure_ascii=False),
    ]
    raw = ("\r\n".join(lines[:3]) + "\n" + "\n".join(lines[3:])).encode("utf-8")
    path.write_bytes(raw[:-1] + b"\xff" + raw[-1:] + b"\n" + lines[0].encode("utf-8") + b"\n")
    items = list(read_path(path))
    assert [(item.path, type(item).__name__) for item in items] == [
        (f"{path}:1", "Source"),
        (f"{path}:2", "Skipped"),
        (f"{path}:3", "Skipped"),
        (f"{path}:5", "Skipped"),
        (f"{path}:6", "Skipped"),
        (f"{path}:7", "Skipped"),
        (f"{path}:8", "Source"),
        (f"{path}:9", "Skipped"),
        (f"{path}:10", "Source"),
    ]
    first, _, _, _, _, _, english, bad_bytes, again = items
    assert isinstance(first, Source) and isinstance(english, Source)
    assert first.text == VI and first.format == "jsonl" and first.language == "vi"
    assert first.metadata == {"number": "15/2025/QĐ-UBND", "lang": "vi"}
    assert english.metadata == {"language": "en-GB", "id": "x1"}
    assert english.language == "en"
    assert items[1].reason.startswith("invalid JSON")
    assert items[2].reason == items[3].reason == "no 'text' string"
    assert items[4].reason == "not a JSON object but list"
    assert items[5].reason == "empty text"
    assert bad_bytes.reason.startswith("not valid utf-8 (byte 0xff at offset ")
    assert again.id == first.id


def test_jsonl_utf16_with_a_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "wide.jsonl"
    good = json.dumps({"text": VI}, ensure_ascii=False) + "\n"
    # "\u0a00" then "\u0100" puts the bytes of "\n" (0a 00) across two characters: not a newline
    tricky = json.dumps({"text": "Ā\u0a00\u0100 " + EN}, ensure_ascii=False) + "\n"
    lone_surrogate = b'{"text": "'.decode().encode("utf-16-le") + b"\x00\xd8" + b"\n\x00"
    path.write_bytes(
        codecs.BOM_UTF16_LE
        + good.encode("utf-16-le")
        + lone_surrogate
        + tricky.encode("utf-16-le")
        + (good * 3000).encode("utf-16-le")
    )
    items = list(read_path(path))
    assert len(items) == 3003
    assert isinstance(items[0], Source) and items[0].text == VI
    assert isinstance(items[1], Skipped) and items[1].path == f"{path}:2"
    assert "utf-16-le" in items[1].reason
    assert isinstance(items[2], Source) and items[2].text.endswith(EN)
    assert all(isinstance(item, Source) and item.text == VI for item in items[3:])


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"lang": "vi"}, "vi"),
        ({"language": "PT-br"}, "pt"),
        ({"lang": "vi_VN"}, "vi"),
        ({"lang": "", "language": "uk"}, "uk"),
        ({"lang": 3}, None),
        ({"lang": "Tiếng Việt"}, None),
        ({}, None),
    ],
)
def test_declared_language(record: dict[str, object], expected: str | None) -> None:
    assert declared_language(record) == expected


# --- paths and folders ---------------------------------------------------------------------


def test_folder_walk(tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / ".git" / "notes.txt").write_text(EN, encoding="utf-8")
    (root / ".hidden.txt").write_text(EN, encoding="utf-8")
    (root / "a.txt").write_text(EN, encoding="utf-8")
    (root / "b" / "deep" / "c.md").write_text(VI, encoding="utf-8")
    (root / "b" / "image.PNG").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "b" / "z.TXT").write_text("", encoding="utf-8")
    (root / "c.jsonl").write_text(json.dumps({"text": EN}) + "\n", encoding="utf-8")
    (root / "d").write_text(EN, encoding="utf-8")
    items = list(read_paths([root]))
    assert [
        (Path(item.path).relative_to(root).as_posix(), type(item).__name__) for item in items
    ] == [
        ("a.txt", "Source"),
        ("b/deep/c.md", "Source"),
        ("b/image.PNG", "Skipped"),
        ("b/z.TXT", "Skipped"),
        ("c.jsonl:1", "Source"),
        ("d", "Skipped"),
    ]
    reasons = [item.reason for item in items if isinstance(item, Skipped)]
    assert reasons == ["unsupported format .PNG", "empty text", "unsupported format (no extension)"]


def test_named_paths(tmp_path: Path) -> None:
    odd = tmp_path / "notes.xyz"
    odd.write_text(EN, encoding="utf-8")
    hidden = tmp_path / ".named.txt"
    hidden.write_text(EN, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    items = list(read_paths([odd, str(hidden), missing]))
    assert items[0] == Skipped(str(odd), "unsupported format .xyz")
    assert isinstance(items[1], Source) and items[1].text == EN
    assert items[2] == Skipped(str(missing), "not found")
    folder_named_txt = tmp_path / "folder.txt"
    folder_named_txt.mkdir()
    assert list(read_path(folder_named_txt)) == [
        Skipped(str(folder_named_txt), "not a regular file")
    ]


# --- language ------------------------------------------------------------------------------


SENTENCES = {
    "vi": "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chỉ thị số 33/CT-TTg "
    "về công tác dân vận.",
    "en": EN,
    "ru": "Постоянный комитет провинциального комитета партии издал документ "
    "№ 1470-CV/TU о массовой мобилизации.",
    "uk": "Постійний комітет провінційного комітету партії видав документ "
    "№ 1470-CV/TU щодо масової мобілізації.",
    "ja": "省党委員会常務委員会は、大衆動員活動に関する文書1470-CV/TU号を発行しました。",
    "pt": "O Comitê Provincial do Partido emitiu o Documento nº 1470-CV/TU sobre o trabalho "
    "de mobilização em massa.",
    "zh": "省委常委会发布了关于加强群众动员工作的第1470-CV/TU号文件。",
    "fr": "Le Comité provincial du Parti a publié le document n° 1470-CV/TU sur le travail "
    "de mobilisation des masses.",
    "de": "Der Ständige Ausschuss des Provinzparteikomitees hat das Dokument Nr. 1470-CV/TU "
    "über die Massenmobilisierung erlassen.",
    "es": "El Comité Provincial del Partido emitió el documento n.º 1470-CV/TU sobre el "
    "trabajo de movilización de masas.",
}


@pytest.mark.parametrize(
    ("language", "text"),
    [*SENTENCES.items(), ("und", "1470-CV/TU, 33/CT-TTg"), ("und", "")],
)
def test_detect_language(language: str, text: str) -> None:
    assert detect_language(text) == language


def test_english_text_quoting_vietnamese_names_is_english() -> None:
    text = (
        "In Lâm Đồng, the Provincial People's Committee of Đức Trọng district said that the "
        "plan under Directive No. 33/CT-TTg is being carried out by all agencies."
    )
    assert detect_language(text) == "en"
    assert detect_language(text + " " + VI * 3) == "vi"


# --- shared corpus -------------------------------------------------------------------------


def require(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"shared corpus not found at {path}")
    return path


def test_real_corpus_tvpl() -> None:
    items = list(read_paths([require(CORPUS / "real" / "tvpl.jsonl")]))
    assert len(items) == 277
    assert all(isinstance(item, Source) for item in items)
    sources = [item for item in items if isinstance(item, Source)]
    assert {item.language for item in sources} == {"vi"}
    assert all(item.metadata.get("number") for item in sources)
    assert all(detect_language(item.text) == "vi" for item in sources)
    assert sources[0].path.endswith("tvpl.jsonl:1") and sources[-1].path.endswith(":277")


def test_real_corpus_seeds() -> None:
    items = list(read_paths([require(CORPUS / "seeds")]))
    assert all(isinstance(item, Source) for item in items)
    assert [Path(item.path).name[:3] for item in items] == ["000", "001", "002", "003", "004"]
    assert [item.language for item in items if isinstance(item, Source)] == [
        "uk",
        "en",
        "ja",
        "pt",
        "ru",
    ]


def test_linked_folder_is_reported_not_followed(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.txt").write_text(EN, encoding="utf-8")
    (real / "loop").symlink_to(real, target_is_directory=True)
    items = list(read_paths([real]))
    assert [type(item) for item in items] == [Source, Skipped]
    assert items[1] == Skipped(str(real / "loop"), "linked folder not followed")
