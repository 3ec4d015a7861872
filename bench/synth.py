"""A deterministic synthetic corpus for the extraction benchmark.

`generate(out_dir, total_mb, seed)` writes `.txt` files of 1-4 MB (many documents one
after another, blank lines between them) and a few `.jsonl` files (one document a line,
in a `text` field; 10-20% of the bytes) into `out_dir`, with a `manifest.json`. A second
call with the same size, seed and generator version finds the manifest and the files and
reuses them.

Every sentence comes from the templates below; nothing is copied from real documents.
The mix follows real use: about 75% (of the bytes) Vietnamese administrative and Party
documents (header, number, place and date, title, "Căn cứ ..." preamble, articles and
plan sections with implementation cues), 10% English news, and Russian, Ukrainian,
Japanese and Portuguese news. References are spread at about one per 600 characters in
the Vietnamese documents (what `find_references` measures on real provincial documents)
and carry the quirks of real text at low rates: Ð or D for Đ, a line break after a
separator, Cyrillic look-alike letters, stray spaces, shouted codes. Look-alikes that are
not references (ranges, ratios, money, URLs, form numbers) are mixed in.

A text cites only documents issued before its own date, and a number names one document in
its numbering period (one date, one topic wherever it is cited). A yearless number goes
without its date at `UNDATED_SHARE`, so that some references fit several documents, as on
real texts. `Writer.truth` gives each reference of a text just written with its span and
the document it means (`load_bench.write_documents` writes them to `truth.jsonl`).

1 MB here is 1,000,000 bytes of UTF-8.

    python -m bench.synth --mb 20 --seed 1 --out bench/out/corpus-20
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

GENERATOR_VERSION = (
    4  # 2: cite only earlier documents, one date a number; 3: one topic; 4: famous in catalogue
)
MB = 1_000_000
MANIFEST = "manifest.json"

# Share of the bytes per language (documents are drawn to keep each language near its share).
LANGUAGE_SHARES = {"vi": 0.75, "en": 0.10, "ru": 0.04, "uk": 0.04, "ja": 0.03, "pt": 0.04}
JSONL_SHARE = 0.15
TXT_MIN, TXT_MAX = 1 * MB, 4 * MB
JSONL_TARGET = 8 * MB  # about this much per .jsonl file

# Rates of the spelling quirks, per rendered reference.
QUIRK_ETH = 0.015  # Đ written as Ð (U+00D0)
QUIRK_PLAIN_D = 0.015  # Đ written as D
QUIRK_BREAK = 0.01  # a line break after a separator
QUIRK_CYRILLIC = 0.004  # a Cyrillic look-alike letter inside a code
QUIRK_SPACE = 0.008  # a stray space after a hyphen
QUIRK_SHOUT = 0.004  # TTg written TTG
# A yearless number cited without its date, so that only the weighing of candidates can
# tell which document of that number is meant. On the real corpus (../shared/corpus), 3.7%
# of 11,931 numbered references give no year or date (438 of 11,871 in Vietnamese texts);
# this rate gives about as many here (`python -m bench.identity_bench` reports the share).
UNDATED_SHARE = 0.04
WRAP_SHARE = 0.3  # Vietnamese documents printed with hard line breaks at about 80 columns

# Density knobs: share of body sentences that cite a document (Vietnamese), and of news
# sentences per language. Tuned so that `find_references` sees about one reference per
# 600 characters in the Vietnamese documents, as in real provincial documents.
BODY_REF_SHARE = 0.13
NEWS_REF_SHARE = {"en": 0.08, "ru": 0.07, "uk": 0.07, "pt": 0.07, "ja": 0.05}

# ---------------------------------------------------------------------------------------
# Catalogue data (codes and place names; facts, not texts)
# ---------------------------------------------------------------------------------------

# name, Russian, Ukrainian, Japanese, newspaper slug
PROVINCES: tuple[tuple[str, str, str, str, str], ...] = (
    ("Thanh Hóa", "Тханьхоа", "Тханьхоа", "タインホア", "thanhhoa"),
    ("Nghệ An", "Нгеан", "Нгеан", "ゲアン", "nghean"),
    ("Hà Tĩnh", "Хатинь", "Хатінь", "ハティン", "hatinh"),
    ("Lâm Đồng", "Ламдонг", "Ламдонг", "ラムドン", "lamdong"),
    ("Bắc Giang", "Бакзянг", "Бакзянг", "バクザン", "bacgiang"),
    ("Bắc Ninh", "Бакнинь", "Бакнінь", "バクニン", "bacninh"),
    ("Quảng Ninh", "Куангнинь", "Куангнінь", "クアンニン", "quangninh"),
    ("Lạng Sơn", "Лангшон", "Лангшон", "ランソン", "langson"),
    ("Cao Bằng", "Каобанг", "Каобанг", "カオバン", "caobang"),
    ("Sơn La", "Шонла", "Шонла", "ソンラ", "sonla"),
    ("Điện Biên", "Дьенбьен", "Дьєнбьєн", "ディエンビエン", "dienbien"),
    ("Lai Châu", "Лайтяу", "Лайтяу", "ライチャウ", "laichau"),
    ("Tuyên Quang", "Туенкуанг", "Туєнкуанг", "トゥエンクアン", "tuyenquang"),
    ("Lào Cai", "Лаокай", "Лаокай", "ラオカイ", "laocai"),
    ("Thái Nguyên", "Тхайнгуен", "Тхайнгуєн", "タイグエン", "thainguyen"),
    ("Phú Thọ", "Футхо", "Футхо", "フート", "phutho"),
    ("Hưng Yên", "Хынгиен", "Хинг'єн", "フンイエン", "hungyen"),
    ("Ninh Bình", "Ниньбинь", "Ніньбінь", "ニンビン", "ninhbinh"),
    ("Quảng Trị", "Куангчи", "Куангчі", "クアンチ", "quangtri"),
    ("Quảng Ngãi", "Куангнгай", "Куангнгай", "クアンガイ", "quangngai"),
    ("Gia Lai", "Зялай", "Зялай", "ザライ", "gialai"),
    ("Khánh Hòa", "Кханьхоа", "Кханьхоа", "カインホア", "khanhhoa"),
    ("Đắk Lắk", "Даклак", "Даклак", "ダクラク", "daklak"),
    ("Đồng Nai", "Донгнай", "Донгнай", "ドンナイ", "dongnai"),
    ("Tây Ninh", "Тэйнинь", "Тейнінь", "タイニン", "tayninh"),
    ("Vĩnh Long", "Виньлонг", "Віньлонг", "ヴィンロン", "vinhlong"),
    ("Đồng Tháp", "Донгтхап", "Донгтхап", "ドンタップ", "dongthap"),
    ("Cà Mau", "Камау", "Камау", "カマウ", "camau"),
    ("An Giang", "Анзянг", "Анзянг", "アンザン", "angiang"),
    ("Bình Thuận", "Биньтхуан", "Біньтхуан", "ビントゥアン", "binhthuan"),
    ("Đắk Nông", "Дакнонг", "Дакнонг", "ダクノン", "daknong"),
    ("Hà Giang", "Хазянг", "Хазянг", "ハザン", "hagiang"),
    ("Yên Bái", "Йенбай", "Єнбай", "イエンバイ", "yenbai"),
    ("Kon Tum", "Контум", "Контум", "コントゥム", "kontum"),
    ("Bình Định", "Биньдинь", "Біньдінь", "ビンディン", "binhdinh"),
    ("Phú Yên", "Фуйен", "Фуєн", "フーイエン", "phuyen"),
    ("Long An", "Лонган", "Лонган", "ロンアン", "longan"),
    ("Tiền Giang", "Тьензянг", "Тьєнзянг", "ティエンザン", "tiengiang"),
    ("Sóc Trăng", "Шокчанг", "Шокчанг", "ソクチャン", "soctrang"),
    ("Bạc Liêu", "Бакльеу", "Бакльєу", "バクリエウ", "baclieu"),
)
CITIES = (
    ("Hà Nội", "Ханой", "Ханой", "ハノイ", "hanoimoi"),
    ("Hải Phòng", "Хайфон", "Хайфон", "ハイフォン", "haiphong"),
    ("Đà Nẵng", "Дананг", "Дананг", "ダナン", "danang"),
    ("Cần Thơ", "Кантхо", "Кантхо", "カントー", "cantho"),
    ("Huế", "Хюэ", "Хюе", "フエ", "hue"),
)
DISTRICT_NAMES = (
    "Tân Phú",
    "Hòa Bình",
    "Yên Thành",
    "Quỳnh Lưu",
    "Đức Trọng",
    "Bảo Lâm",
    "Lục Nam",
    "Sơn Động",
    "Vân Đồn",
    "Cẩm Thủy",
    "Hoằng Hóa",
    "Phước Sơn",
    "Krông Pắc",
    "Cư Jút",
    "Mường Tè",
    "Tam Đường",
    "Châu Thành",
    "Cái Nước",
    "Thới Bình",
    "Đông Hòa",
    "Kỳ Anh",
)

# type code -> Vietnamese, English, Russian, Ukrainian, Portuguese, Japanese noun
NOUNS: dict[str, tuple[str, str, str, str, str, str]] = {
    "NĐ": ("Nghị định", "Decree", "Постановления", "Постанови", "Decreto", "政令"),
    "NQ": ("Nghị quyết", "Resolution", "Резолюции", "Резолюції", "Resolução", "決議"),
    "QĐ": ("Quyết định", "Decision", "Решения", "Рішення", "Decisão", "決定"),
    "CT": ("Chỉ thị", "Directive", "Директивы", "Директиви", "Diretiva", "指示"),
    "KL": ("Kết luận", "Conclusion", "Заключения", "Висновку", "Conclusão", "結論"),
    "KH": ("Kế hoạch", "Plan", "Плана", "Плану", "Plano", "計画"),
    "TT": ("Thông tư", "Circular", "Циркуляра", "Циркуляра", "Circular", "通達"),
    "TTLT": (
        "Thông tư liên tịch",
        "Joint Circular",
        "Совместного циркуляра",
        "Спільного циркуляра",
        "Circular Conjunta",
        "共同通達",
    ),
    "HD": ("Hướng dẫn", "Guidance", "Руководства", "Керівництва", "Orientação", "ガイダンス"),
    "TB": ("Thông báo", "Notice", "Уведомления", "Повідомлення", "Aviso", "通知"),
    "CV": ("Công văn", "Official Letter", "Письма", "Листа", "Ofício", "文書"),
    "QĐi": ("Quy định", "Regulation", "Положения", "Положення", "Regulamento", "規定"),
    "TTr": ("Tờ trình", "Submission", "Представления", "Подання", "Proposta", "上申書"),
    "CĐ": ("Công điện", "Dispatch", "Телеграммы", "Телеграми", "Despacho", "公電"),
    "CTr": ("Chương trình", "Programme", "Программы", "Програми", "Programa", "プログラム"),
    "VBHN": (
        "Văn bản hợp nhất",
        "Consolidated Text",
        "Сводного текста",
        "Зведеного тексту",
        "Texto Consolidado",
        "統合文書",
    ),
    "LAW": ("Luật", "Law", "Закона", "Закону", "Lei", "法"),
}


# A spec of one kind of reference: family, type, issuers, number range, share with a year
# (normative numbering), how often it is cited, and who issues it in Vietnamese.
@dataclass(frozen=True)
class Kind:
    family: str  # state | party | letter | law
    type_code: str
    issuers: tuple[str, ...]
    max_number: int
    year_share: float
    weight: float
    issuer_vi: str  # may contain {P}
    central: bool


KINDS: tuple[Kind, ...] = (
    Kind("state", "NĐ", ("CP",), 380, 1.0, 10, "Chính phủ", True),
    Kind("state", "NQ", ("CP",), 260, 0.15, 5, "Chính phủ", True),
    Kind("state", "QĐ", ("TTg",), 2100, 0.12, 8, "Thủ tướng Chính phủ", True),
    Kind("state", "CT", ("TTg",), 40, 0.2, 4, "Thủ tướng Chính phủ", True),
    Kind("state", "CĐ", ("TTg",), 140, 0.0, 1, "Thủ tướng Chính phủ", True),
    Kind("state", "TT", ("BTC",), 120, 1.0, 3, "Bộ Tài chính", True),
    Kind("state", "TT", ("BNV",), 30, 1.0, 3, "Bộ Nội vụ", True),
    Kind("state", "TT", ("BXD",), 30, 1.0, 1, "Bộ Xây dựng", True),
    Kind("state", "TT", ("BGDĐT",), 40, 1.0, 1, "Bộ Giáo dục và Đào tạo", True),
    Kind("state", "TT", ("BLĐTBXH",), 30, 1.0, 1, "Bộ Lao động - Thương binh và Xã hội", True),
    Kind("state", "TT", ("BNNMT",), 60, 1.0, 1, "Bộ Nông nghiệp và Môi trường", True),
    Kind("state", "TTLT", ("BNV", "BTC"), 20, 1.0, 0.5, "Bộ Nội vụ và Bộ Tài chính", True),
    Kind("state", "VBHN", ("VPQH",), 120, 0.0, 0.3, "Văn phòng Quốc hội", True),
    Kind("law", "LAW", ("QH15",), 90, 1.0, 4, "Quốc hội", True),
    Kind("law", "LAW", ("QH14",), 70, 1.0, 2, "Quốc hội", True),
    Kind("party", "NQ", ("TW",), 70, 0.0, 4, "Bộ Chính trị", True),
    Kind("party", "KL", ("TW",), 200, 0.0, 3, "Bộ Chính trị", True),
    Kind("party", "CT", ("TW",), 50, 0.0, 3, "Ban Bí thư", True),
    Kind("party", "QĐ", ("TW",), 300, 0.0, 2, "Ban Chấp hành Trung ương", True),
    Kind("party", "QĐi", ("TW",), 30, 0.0, 0.3, "Bộ Chính trị", True),
    Kind("party", "HD", ("BTCTW",), 30, 0.0, 1, "Ban Tổ chức Trung ương", True),
    Kind("party", "HD", ("BDVTW",), 20, 0.0, 0.5, "Ban Dân vận Trung ương", True),
    Kind("party", "KH", ("BTGDVTW",), 150, 0.0, 0.5, "Ban Tuyên giáo và Dân vận Trung ương", True),
    Kind("letter", "CV", ("VPCP", "KGVX"), 9900, 0.0, 1, "Văn phòng Chính phủ", True),
    Kind("letter", "CV", ("BNV", "CQĐP"), 7000, 0.0, 1, "Bộ Nội vụ", True),
    Kind("state", "QĐ", ("UBND",), 3600, 0.15, 12, "Ủy ban nhân dân tỉnh {P}", False),
    Kind("state", "KH", ("UBND",), 420, 0.0, 8, "Ủy ban nhân dân tỉnh {P}", False),
    Kind("state", "NQ", ("HĐND",), 160, 0.6, 4, "Hội đồng nhân dân tỉnh {P}", False),
    Kind("state", "TB", ("UBND",), 600, 0.0, 1, "Ủy ban nhân dân tỉnh {P}", False),
    Kind("state", "BC", ("UBND",), 500, 0.0, 1, "Ủy ban nhân dân tỉnh {P}", False),
    Kind("state", "TTr", ("SNV",), 300, 0.0, 2, "Sở Nội vụ", False),
    Kind("state", "KH", ("SGDĐT",), 200, 0.0, 1, "Sở Giáo dục và Đào tạo", False),
    Kind("letter", "CV", ("UBND", "VX"), 9000, 0.0, 3, "Ủy ban nhân dân tỉnh {P}", False),
    Kind("letter", "CV", ("UBND", "KT"), 9000, 0.0, 2, "Ủy ban nhân dân tỉnh {P}", False),
    Kind("letter", "CV", ("SNV", "TCBC"), 3000, 0.0, 1, "Sở Nội vụ", False),
    Kind("party", "NQ", ("TU",), 60, 0.0, 4, "Ban Chấp hành Đảng bộ tỉnh {P}", False),
    Kind("party", "KH", ("TU",), 320, 0.0, 4, "Ban Thường vụ Tỉnh ủy {P}", False),
    Kind("party", "CT", ("TU",), 40, 0.0, 2, "Ban Thường vụ Tỉnh ủy {P}", False),
    Kind("party", "CV", ("TU",), 3000, 0.0, 2, "Tỉnh ủy {P}", False),
    Kind("party", "HD", ("BTCTU",), 60, 0.0, 1, "Ban Tổ chức Tỉnh ủy {P}", False),
    Kind("party", "KH", ("BDVTU",), 90, 0.0, 1, "Ban Dân vận Tỉnh ủy {P}", False),
    Kind("party", "QĐ", ("ĐUK",), 2500, 0.0, 1, "Đảng ủy Khối các cơ quan tỉnh {P}", False),
    Kind("party", "NQ", ("HU",), 40, 0.0, 1, "Ban Chấp hành Đảng bộ huyện {D}", False),
    Kind("party", "KH", ("HU",), 200, 0.0, 1, "Ban Thường vụ Huyện ủy {D}", False),
)
_KIND_WEIGHTS = [k.weight for k in KINDS]

# Often-cited central documents: (surface, type, date, issuer in Vietnamese).
FAMOUS: tuple[tuple[str, str, str, str], ...] = (
    ("33/CT-TTg", "CT", "26/11/2021", "Thủ tướng Chính phủ"),
    ("59/2023/NĐ-CP", "NĐ", "14/8/2023", "Chính phủ"),
    ("18-NQ/TW", "NQ", "25/10/2017", "Ban Chấp hành Trung ương"),
    ("01-KL/TW", "KL", "18/5/2021", "Bộ Chính trị"),
    ("30/2020/NĐ-CP", "NĐ", "05/3/2020", "Chính phủ"),
    ("23-QĐ/TW", "QĐ", "30/7/2021", "Ban Chấp hành Trung ương"),
    ("114-KL/TW", "KL", "14/7/2021", "Ban Bí thư"),
    ("05-CT/TW", "CT", "15/5/2016", "Bộ Chính trị"),
    ("76/NQ-CP", "NQ", "15/7/2021", "Chính phủ"),
    ("10/2022/QH15", "LAW", "10/11/2022", "Quốc hội"),
)

TOPICS_VI = (
    "về tăng cường công tác dân vận trong tình hình mới",
    "về đẩy mạnh chuyển đổi số trong cơ quan nhà nước",
    "về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
    "về công tác cải cách hành chính giai đoạn 2021-2030",
    "quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ",
    "về phát triển kinh tế tập thể, hợp tác xã trong giai đoạn mới",
    "về công tác phòng, chống tham nhũng, lãng phí, tiêu cực",
    "về thực hiện dân chủ ở cơ sở",
    "về bảo đảm trật tự, an toàn giao thông",
    "về sắp xếp đơn vị hành chính cấp xã",
    "về chính sách hỗ trợ đào tạo nguồn nhân lực chất lượng cao",
    "về quản lý, sử dụng tài sản công",
    "về phát triển khoa học, công nghệ, đổi mới sáng tạo",
    "về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị",
    "về công tác bảo vệ môi trường và ứng phó với biến đổi khí hậu",
    "về giảm nghèo bền vững",
    "về phòng, chống thiên tai và tìm kiếm cứu nạn",
    "về nâng cao chất lượng giáo dục phổ thông",
    "về tổ chức chính quyền địa phương hai cấp",
    "về công tác tiếp công dân, giải quyết khiếu nại, tố cáo",
    "hướng dẫn thi hành một số điều của Luật Cán bộ, công chức",
    "quy định chi tiết về quản lý đầu tư công",
    "về phát triển du lịch trở thành ngành kinh tế mũi nhọn",
    "về công tác thi đua, khen thưởng",
)
LAW_NAMES = (
    "Luật Tổ chức chính quyền địa phương",
    "Luật Ban hành văn bản quy phạm pháp luật",
    "Luật Cán bộ, công chức",
    "Luật Đầu tư công",
    "Luật Ngân sách nhà nước",
    "Luật Thực hiện dân chủ ở cơ sở",
    "Luật Đất đai",
    "Luật Giáo dục",
    "Luật Thi đua, khen thưởng",
    "Luật Phòng, chống tham nhũng",
    "Luật Bảo vệ môi trường",
    "Luật Quy hoạch",
)
AGENCIES = (
    "Sở Nội vụ",
    "Sở Tài chính",
    "Sở Giáo dục và Đào tạo",
    "Sở Y tế",
    "Sở Xây dựng",
    "Sở Nông nghiệp và Môi trường",
    "Sở Khoa học và Công nghệ",
    "Sở Công Thương",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Công an tỉnh",
    "Bộ Chỉ huy Quân sự tỉnh",
    "Thanh tra tỉnh",
    "Văn phòng Ủy ban nhân dân tỉnh",
    "Ban Dân vận Tỉnh ủy",
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    "Đài Phát thanh và Truyền hình tỉnh",
    "Ủy ban nhân dân các huyện, thị xã, thành phố",
    "Ủy ban nhân dân các xã, phường, thị trấn",
    "Các sở, ban, ngành, đoàn thể tỉnh",
    "Liên đoàn Lao động tỉnh",
    "Tỉnh đoàn",
)
ACTIONS = (
    "chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức triển khai",
    "tăng cường công tác kiểm tra, giám sát việc thực hiện",
    "theo dõi, đôn đốc, hướng dẫn các địa phương thực hiện",
    "tham mưu Ủy ban nhân dân tỉnh chỉ đạo",
    "xây dựng kế hoạch cụ thể để triển khai",
    "bố trí kinh phí từ nguồn ngân sách được giao để thực hiện",
    "đẩy mạnh công tác tuyên truyền, phổ biến",
    "rà soát, đánh giá kết quả thực hiện",
    "tổng hợp khó khăn, vướng mắc, đề xuất giải pháp tháo gỡ trong",
    "nâng cao vai trò, trách nhiệm của người đứng đầu trong",
    "quán triệt đến toàn thể cán bộ, đảng viên về",
    "lồng ghép các nguồn lực để thực hiện có hiệu quả",
)
OBJECTS = (
    "công tác cải cách hành chính",
    "chuyển đổi số trong cơ quan nhà nước",
    "xây dựng nông thôn mới nâng cao",
    "giảm nghèo bền vững",
    "công tác dân vận chính quyền",
    "quy chế dân chủ ở cơ sở",
    "phát triển kinh tế tập thể, hợp tác xã",
    "bảo vệ môi trường",
    "trật tự, an toàn giao thông",
    "đào tạo nguồn nhân lực",
    "thu hút đầu tư vào khu công nghiệp",
    "quản lý đất đai, tài nguyên",
    "phòng, chống dịch bệnh",
    "chính sách đối với người có công",
    "công tác tiếp công dân",
    "phát triển văn hóa cơ sở",
    "xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh",
)
CIRCUMSTANCES = (
    "trên địa bàn tỉnh",
    "trong thời gian tới",
    "giai đoạn 2021-2025",
    "giai đoạn 2026-2030",
    "theo đúng tiến độ đề ra",
    "bảo đảm đúng quy định của pháp luật",
    "định kỳ 6 tháng, hằng năm",
    "một cách thiết thực, hiệu quả",
    "phù hợp với tình hình thực tế của địa phương",
    "gắn với phong trào thi đua yêu nước",
    "tại cơ quan, đơn vị mình",
)
CLOSERS = (
    "Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị "
    "kịp thời báo cáo về {agency} để tổng hợp, tham mưu Ủy ban nhân dân tỉnh xem xét, "
    "giải quyết.",
    "Giao {agency} theo dõi, kiểm tra, đôn đốc việc thực hiện Kế hoạch này; định kỳ báo cáo "
    "kết quả về Ủy ban nhân dân tỉnh trước ngày {day}/{month} hằng năm.",
    "Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện.",
    "Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành và các cơ quan, "
    "đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.",
)
SECTIONS = (
    "MỤC ĐÍCH, YÊU CẦU",
    "NHIỆM VỤ VÀ GIẢI PHÁP",
    "TỔ CHỨC THỰC HIỆN",
    "KINH PHÍ THỰC HIỆN",
    "NỘI DUNG TRỌNG TÂM",
    "CHẾ ĐỘ BÁO CÁO",
)
SLUG_WORDS = (
    "thanh-tra",
    "trien-khai",
    "ke-hoach",
    "dan-van",
    "chuyen-doi-so",
    "nong-thon-moi",
    "hoi-nghi",
    "quan-triet",
    "nghi-quyet",
    "tinh-uy",
    "ubnd-tinh",
    "cai-cach-hanh-chinh",
)

EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
RU_MONTHS = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
UK_MONTHS = (
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
)
PT_MONTHS = (
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
)

_CYRILLIC = {"C": "С", "P": "Р", "T": "Т", "H": "Н", "K": "К", "B": "В", "M": "М", "X": "Х"}


# ---------------------------------------------------------------------------------------
# One reference, rendered
# ---------------------------------------------------------------------------------------


@dataclass
class Ref:
    surface: str  # as written, quirks included
    type_code: str
    day: int
    month: int
    year: int
    issuer_vi: str
    truth: dict | None = None  # what it truly names (see `Writer.truth`)
    undated: bool = False  # written without its date (and without a year in its number)
    topic: str = ""  # what it is about: the same wherever it is cited


# Party numbering restarts at each Congress (central bodies) or provincial congress (local
# bodies): the period in which one number names one document. State numbers restart each
# calendar year. (Domain facts, as ../shared/DOMAIN.md states them; the generator keeps its
# own copy so that the truth it writes does not come from the code it measures.)
CENTRAL_TERMS = ((2001, 4, 19), (2006, 4, 18), (2011, 1, 12), (2016, 1, 20), (2021, 1, 25))
LOCAL_TERMS = ((2000, 9, 1), (2005, 9, 1), (2010, 9, 1), (2015, 9, 1), (2020, 9, 1), (2025, 9, 1))
EARLIEST_YEAR = 2005  # the oldest documents cited


class Writer:
    """Builds documents from templates with one seeded random generator."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.province = PROVINCES[0]
        self.district = DISTRICT_NAMES[0]
        # The day the text being written is issued: it cites only documents issued before.
        self.now: tuple[int, int, int] = (31, 12, 2025)
        # One date and one topic per document: (kind, number, numbering period, province) ->
        # (d, m, y, topic), so that a number cited twice in its period names one document,
        # about one thing, as in real texts.
        self.catalogue: dict[tuple, tuple[int, int, int, str]] = {}
        self.cited: list[dict] = []  # the references of the text being written (`truth`)
        for surface, _type, date, _issuer in FAMOUS:  # their numbers are taken from the start
            d, m, y = (int(x) for x in date.split("/"))
            self._topic(self._famous_key(surface, d, m, y), d, m, y)

    # -- small pieces ---------------------------------------------------------------

    def pick(self, seq):
        return seq[int(self.r.random() * len(seq))]

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def date(self, year: int) -> tuple[int, int, int]:
        month = 1 + int(self.r.random() * 12)
        day = 1 + int(self.r.random() * 28)
        return day, month, year

    def vi_date(self, d: int, m: int, y: int) -> str:
        x = self.r.random()
        if x < 0.55:
            return f"{d}/{m}/{y}"
        if x < 0.7:
            return f"{d:02d}/{m:02d}/{y}"
        if x < 0.78:
            return f"{d}-{m}-{y}"
        return f"{d} tháng {m} năm {y}"

    def before_now(self, d: int, m: int, y: int) -> bool:
        return (y, m, d) < (self.now[2], self.now[1], self.now[0])

    def ref(self) -> Ref:
        """A reference to a document issued before the text being written (`self.now`),
        recorded with what it truly names in `self.cited`."""
        if self.chance(0.12):
            surface, type_code, date, issuer = self.pick(FAMOUS)
            d, m, y = (int(x) for x in date.split("/"))
            if self.before_now(d, m, y):
                topic = self._topic(self._famous_key(surface, d, m, y), d, m, y)
                ref = Ref(surface, type_code, d, m, y, issuer, topic=topic)
                return self._recorded(surface, ref, None)
        while True:
            kind = self.r.choices(KINDS, _KIND_WEIGHTS)[0]
            last = self.now[2]
            y = EARLIEST_YEAR + int(self.r.random() ** 0.5 * (last - EARLIEST_YEAR + 1))
            d, m, _ = self.date(min(y, last))
            if not self.before_now(d, m, y):
                y -= 1
            n = 1 + int(self.r.random() ** 2 * kind.max_number)  # small numbers more often
            province = None if kind.central else self.province[0]
            known = (kind, n, self._period(kind, d, m, y), province)
            d, m, y, topic = self.catalogue.setdefault(known, (d, m, y, self.pick(TOPICS_VI)))
            if self.before_now(d, m, y):  # else that number names a later document: another
                break
        number = f"{n:02d}" if n < 10 and self.chance(0.5) else str(n)
        if kind.family == "party":
            surface = f"{number}-{kind.type_code}/{'-'.join(kind.issuers)}"
        elif kind.family == "letter":
            surface = f"{number}/{'-'.join(kind.issuers)}"
        elif kind.family == "law":
            surface = f"{number}/{y}/{kind.issuers[0]}"
        elif self.chance(kind.year_share):
            surface = f"{number}/{y}/{kind.type_code}-{'-'.join(kind.issuers)}"
        else:
            surface = f"{number}/{kind.type_code}-{'-'.join(kind.issuers)}"
        issuer = kind.issuer_vi.replace("{P}", self.province[0]).replace("{D}", self.district)
        ref = Ref(surface, kind.type_code, d, m, y, issuer, topic=topic)
        return self._recorded(surface, ref, province)

    def _famous_key(self, surface: str, d: int, m: int, y: int) -> tuple:
        """A famous document's place in the catalogue: the same as a drawn reference of its
        kind, number and period would take, so that no other document gets its number."""
        party = re.fullmatch(r"(\d+)-(\w+)/(\w+)", surface)
        state = re.fullmatch(r"(\d+)/(?:\d{4}/)?(\w+)-(\w+)", surface)
        law = re.fullmatch(r"(\d+)/\d{4}/(QH\d+)", surface)
        for kind in KINDS:
            if party and kind.family == "party":
                fits = (kind.type_code, kind.issuers) == (party[2], (party[3],))
            elif law and kind.family == "law":
                fits = kind.issuers == (law[2],)
            elif state and kind.family == "state":
                fits = (kind.type_code, kind.issuers) == (state[2], (state[3],))
            else:
                fits = False
            if fits:
                n = int((party or law or state)[1])
                return (kind, n, self._period(kind, d, m, y), None)
        return ("famous", surface)

    def _topic(self, known: tuple, d: int, m: int, y: int) -> str:
        return self.catalogue.setdefault(known, (d, m, y, self.pick(TOPICS_VI)))[3]

    @staticmethod
    def _period(kind: Kind, d: int, m: int, y: int) -> str:
        if kind.family != "party":
            return str(y)
        terms = CENTRAL_TERMS if kind.central else LOCAL_TERMS
        return str(sum(1 for start in terms if (y, m, d) >= start))

    def _recorded(self, number: str, ref: Ref, province: str | None) -> Ref:
        ref.surface = self.quirks(number)
        # a number with its year in it may go without its date; one without, seldom
        yearless = not re.search(r"/(19|20)\d\d/", number)
        ref.undated = self.chance(UNDATED_SHARE if yearless else 0.2)
        ref.truth = {
            "surface": ref.surface,
            "number": number,
            "date": f"{ref.year:04d}-{ref.month:02d}-{ref.day:02d}",
            "province": province,
        }
        self.cited.append(ref.truth)
        return ref

    def truth(self, text: str) -> tuple[list[dict], int]:
        """The references of the text just written, each with its span in `text` (`start`,
        `end`) and what it truly names (`number` as meant, its `date`, and for a local body
        the `province`); and how many could not be found again in the text. Clears the list
        for the next text."""
        found, lost, at = [], 0, 0
        for record in self.cited:
            pattern = r"\s+".join(re.escape(part) for part in record["surface"].split())
            hit = re.compile(r"(?<![0-9/.-])" + pattern + r"(?![0-9A-Za-zĐđ/-])").search(text, at)
            if hit is None:
                lost += 1
                continue
            found.append({**record, "start": hit.start(), "end": hit.end()})
            at = hit.end()
        self.cited = []
        return found, lost

    def quirks(self, s: str) -> str:
        x = self.r.random()
        if x >= 0.06:
            return s
        if x < QUIRK_ETH:
            return s.replace("Đ", "Ð")
        x -= QUIRK_ETH
        if x < QUIRK_PLAIN_D:
            return s.replace("Đ", "D")
        x -= QUIRK_PLAIN_D
        if x < QUIRK_BREAK:
            cut = max(s.rfind("-"), s.rfind("/"))
            return s[: cut + 1] + "\n" + s[cut + 1 :] if cut > 0 else s
        x -= QUIRK_BREAK
        if x < QUIRK_CYRILLIC:
            tail = s.rfind("-") + 1 or s.rfind("/") + 1
            for latin, cyr in _CYRILLIC.items():
                if latin in s[tail:]:
                    return s[:tail] + s[tail:].replace(latin, cyr, 1)
            return s
        x -= QUIRK_CYRILLIC
        if x < QUIRK_SPACE:
            i = s.find("-", s.find("/") if "/" in s else 0)
            return s[: i + 1] + " " + s[i + 1 :] if i > 0 else s
        x -= QUIRK_SPACE
        if x < QUIRK_SHOUT:
            return s.replace("TTg", "TTG")
        return s

    def number_sign(self) -> str:
        x = self.r.random()
        if x < 0.8:
            return "số "
        if x < 0.9:
            return ""
        if x < 0.97:
            return "số: "
        return "số"  # glued: `số31-QĐ/TW`

    def vi_mention(self, ref: Ref, with_issuer: float = 0.7) -> str:
        noun = NOUNS[ref.type_code][0] if ref.type_code in NOUNS else "Báo cáo"
        out = f"{noun} {self.number_sign()}{ref.surface}"
        if not ref.undated:
            out += f" ngày {self.vi_date(ref.day, ref.month, ref.year)}"
        if self.chance(with_issuer):
            out += f" của {ref.issuer_vi}"
        return out

    def lookalike(self) -> str:
        x = self.r.random()
        r = self.r
        if x < 0.2:
            return f"Đến nay, toàn tỉnh có {r.randint(40, 300)}/{r.randint(301, 420)} xã đạt chuẩn."
        if x < 0.4:
            return (
                f"Tổng kinh phí thực hiện là {r.randint(2, 900)},{r.randint(10, 99)} tỷ đồng, "
                f"trong đó ngân sách tỉnh {r.randint(1, 99)},{r.randint(1, 9)} tỷ đồng."
            )
        if x < 0.55:
            return f"Tỷ lệ hồ sơ giải quyết đúng hạn đạt {r.randint(80, 99)},{r.randint(1, 9)}%."
        if x < 0.7:
            return (
                f"Thông tin chi tiết đăng tại https://bao{self.province[4]}.vn/"
                f"{r.randint(2019, 2025)}{r.randint(1, 12):02d}/{self.pick(SLUG_WORDS)}-"
                f"{self.pick(SLUG_WORDS)}-{r.randint(10000, 99999)}.html."
            )
        if x < 0.8:
            return (
                f"Hồ sơ gồm tờ khai theo Mẫu số {r.randint(1, 12):02d}/ĐK-TCT và bản sao "
                f"giấy tờ có liên quan."
            )
        if x < 0.9:
            return (
                f"Mục tiêu giai đoạn {r.choice(('2021-2025', '2026-2030', '2025-2030'))} "
                f"là tăng thu nhập bình quân lên {r.randint(60, 120)} triệu đồng/người/năm."
            )
        return f"Liên hệ số điện thoại 0{r.randint(200, 299)}.{r.randint(3800000, 3899999)}."

    def clause(self, first_lower: bool = False) -> str:
        agency = self.pick(AGENCIES)
        if first_lower:
            agency = agency[0].lower() + agency[1:]
        return f"{agency} {self.pick(ACTIONS)} {self.pick(OBJECTS)}"

    def filler(self) -> str:
        return f"{self.clause()} {self.pick(CIRCUMSTANCES)}."

    def cue_sentence(self) -> str:
        """A body sentence carrying one or two references, with a relation cue."""
        ref = self.ref()
        x = self.r.random()
        m = self.vi_mention(ref)
        if x < 0.2:
            return f"Để triển khai thực hiện có hiệu quả {m}, {self.clause(True)}."
        if x < 0.32:
            return f"Quán triệt, cụ thể hóa {m} {ref.topic} {self.pick(CIRCUMSTANCES)}."
        if x < 0.42:
            return f"Tiếp tục thực hiện {m}; {self.clause(True)} {self.pick(CIRCUMSTANCES)}."
        if x < 0.52:
            return f"{self.pick(AGENCIES)} hướng dẫn thực hiện {m} {self.pick(CIRCUMSTANCES)}."
        if x < 0.6:
            return f"Sửa đổi, bổ sung một số điều của {m}."
        if x < 0.66:
            return f"Văn bản này thay thế {m}."
        if x < 0.7:
            return f"Bãi bỏ {m} kể từ ngày văn bản này có hiệu lực thi hành."
        if x < 0.82:
            other = self.vi_mention(self.ref(), with_issuer=0.3)
            article = self.r.randint(2, 40)
            return (
                f"Theo quy định tại Điều {article} {m} (được sửa đổi, bổ sung tại {other}), "
                f"{self.clause(True)}."
            )
        if x < 0.9:
            short = ref.surface.split("/")[0].split("-")[0]
            noun = NOUNS.get(ref.type_code, NOUNS["QĐ"])[0]
            return (
                f"Thực hiện {m}, {self.clause(True)}; kết quả thực hiện {noun} {short} "
                f"được báo cáo định kỳ."
            )
        return f"{self.clause()} theo {m}."

    def paragraph(self, sentences: int, ref_share: float) -> str:
        parts = []
        for _ in range(sentences):
            x = self.r.random()
            if x < ref_share:
                parts.append(self.cue_sentence())
            elif x < ref_share + 0.12:
                parts.append(self.lookalike())
            else:
                parts.append(self.filler())
        return " ".join(parts)

    # -- documents ------------------------------------------------------------------

    def place(self) -> None:
        self.province = self.pick(PROVINCES) if self.chance(0.9) else self.pick(CITIES)
        self.district = self.pick(DISTRICT_NAMES)

    def vi_document(self) -> str:
        self.place()
        self.cited = []
        x = self.r.random()
        if x < 0.55:
            text = self.vi_state_document()
        elif x < 0.8:
            text = self.vi_party_document()
        else:
            text = self.vi_letter()
        return wrap(text, self.r) if self.chance(WRAP_SHARE) else text

    def _header_date(self) -> tuple[int, int, int, str]:
        y = 2015 + int(self.r.random() * 11)
        d, m, _ = self.date(y)
        self.now = (d, m, y)
        place = self.province[0]
        return d, m, y, f"{place}, ngày {d} tháng {m} năm {y}"

    def _preamble(self, count: int) -> list[str]:
        law_date = self.vi_date(*self.date(2015 + int(self.r.random() * 10)))
        lines = [f"Căn cứ {self.pick(LAW_NAMES)} ngày {law_date};"]
        for _ in range(count):
            ref = self.ref()
            lines.append(f"Căn cứ {self.vi_mention(ref, with_issuer=0.9)} {ref.topic};")
        return lines

    def _body(self, articles: int, label: str) -> list[str]:
        out = []
        for i in range(1, articles + 1):
            out.append(f"{label} {i}. {upper_first(self.pick(SECTIONS).lower())}")
            for j in range(self.r.randint(1, 4)):
                lead = f"{j + 1}. " if self.chance(0.5) else "- "
                out.append(lead + self.paragraph(self.r.randint(2, 6), BODY_REF_SHARE))
        return out

    def vi_state_document(self) -> str:
        d, m, y, dateline = self._header_date()
        kind = self.pick(("QĐ", "QĐ", "KH", "KH", "NQ", "TB"))
        issuer_code = "HĐND" if kind == "NQ" else "UBND"
        number = self.r.randint(1, 3600)
        year_part = f"{y}/" if self.chance(0.2) else ""
        own = f"{number}/{year_part}{kind}-{issuer_code}"
        head_body = "HỘI ĐỒNG NHÂN DÂN" if issuer_code == "HĐND" else "ỦY BAN NHÂN DÂN"
        lines = [
            head_body,
            f"TỈNH {self.province[0].upper()}",
            "-------",
            "",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "---------------",
            "",
            f"Số: {self.quirks(own)}",
            dateline,
            "",
            NOUNS[kind][0].upper(),
            upper_first(self.pick(TOPICS_VI)),
            "",
        ]
        if kind == "KH":
            target = self.ref()
            lines.append(f"Kế hoạch thực hiện {self.vi_mention(target)} {target.topic}")
            lines.append("")
            lines.append(self.paragraph(self.r.randint(2, 4), BODY_REF_SHARE))
            for roman in ("I.", "II.", "III.", "IV.")[: self.r.randint(2, 4)]:
                lines.append(f"{roman} {self.pick(SECTIONS)}")
                lines.append(self.paragraph(self.r.randint(3, 8), BODY_REF_SHARE))
        else:
            chair = "CHỦ TỊCH " if kind == "QĐ" else ""
            lines.append(f"{chair}{head_body} TỈNH {self.province[0].upper()}")
            lines += self._preamble(self.r.randint(2, 6))
            tr = self.r.randint(1, 400)
            lines.append(
                f"Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số {tr}/TTr-SNV "
                f"ngày {self.vi_date(d, m, y)}."
            )
            lines += ["", f"{NOUNS[kind][0].upper()}:", ""]
            lines += self._body(self.r.randint(3, 7), "Điều")
        closer = self.pick(CLOSERS)
        lines.append(
            closer.format(
                agency=self.pick(AGENCIES), day=self.r.randint(1, 28), month=self.r.randint(1, 12)
            )
        )
        lines += [
            "",
            "Nơi nhận:",
            "- Như Điều 3;",
            "- Lưu: VT.",
            "",
            "TM. ỦY BAN NHÂN DÂN",
            "CHỦ TỊCH",
        ]
        return "\n".join(lines)

    def vi_party_document(self) -> str:
        d, m, y, dateline = self._header_date()
        kind = self.pick(("KH", "KH", "NQ", "CT", "CV", "HD", "QĐ"))
        issuer = self.pick(("TU", "TU", "TU", "BDVTU", "BTCTU", "ĐUK", "HU"))
        own = f"{self.r.randint(1, 600)}-{kind}/{issuer}"
        body_name = {
            "HU": f"HUYỆN ỦY {self.district.upper()}",
            "ĐUK": "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH",
            "BDVTU": "BAN DÂN VẬN",
            "BTCTU": "BAN TỔ CHỨC",
        }.get(issuer, "TỈNH ỦY")
        province = self.province[0].upper()
        lines = [
            f"ĐẢNG BỘ TỈNH {province}" if issuer != "TU" else f"TỈNH ỦY {province}",
            body_name,
            "*",
            f"Số {self.quirks(own)}",
            "",
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            dateline,
            "",
            NOUNS[kind][0].upper(),
        ]
        target = self.ref()
        verb = self.pick(
            (
                "thực hiện",
                "triển khai thực hiện",
                "quán triệt và thực hiện",
                "cụ thể hóa",
                "tiếp tục thực hiện",
            )
        )
        lines.append(f"{verb} {self.vi_mention(target)} {target.topic}")
        lines.append("-----")
        lines.append(self.paragraph(self.r.randint(2, 5), BODY_REF_SHARE))
        for roman in ("I.", "II.", "III.", "IV.", "V.")[: self.r.randint(2, 5)]:
            lines.append(f"{roman} {self.pick(SECTIONS)}")
            for _ in range(self.r.randint(1, 3)):
                lines.append("- " + self.paragraph(self.r.randint(2, 6), BODY_REF_SHARE))
        lines += [
            "",
            "Nơi nhận:",
            "- Ban Bí thư (để báo cáo),",
            "- Lưu Văn phòng Tỉnh ủy.",
            "",
            "T/M BAN THƯỜNG VỤ",
            "PHÓ BÍ THƯ",
        ]
        return "\n".join(lines)

    def vi_letter(self) -> str:
        _d, _m, y, dateline = self._header_date()
        own = f"{self.r.randint(1, 9000)}/UBND-{self.pick(('VX', 'KT', 'NC', 'TH', 'KTN'))}"
        lines = [
            "ỦY BAN NHÂN DÂN",
            f"TỈNH {self.province[0].upper()}",
            "-------",
            "",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "",
            f"Số: {self.quirks(own)}",
            f"V/v {self.pick(TOPICS_VI).removeprefix('về ')}",
            "",
            dateline,
            "",
            f"Kính gửi: {self.pick(AGENCIES)}.",
            "",
        ]
        ref = self.ref()
        lines.append(f"Thực hiện {self.vi_mention(ref)}, Ủy ban nhân dân tỉnh có ý kiến như sau:")
        for i in range(1, self.r.randint(3, 7)):
            lines.append(f"{i}. " + self.paragraph(self.r.randint(2, 5), BODY_REF_SHARE))
        lines += ["", "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
        return "\n".join(lines)

    # -- news in translation -----------------------------------------------------------

    def _news(self, lang: str) -> str:
        self.place()
        self.cited = []
        self.now = self.date(2016 + int(self.r.random() * 10))  # the day it was published
        build = {
            "en": self.en_sentence,
            "ru": self.ru_sentence,
            "uk": self.uk_sentence,
            "ja": self.ja_sentence,
            "pt": self.pt_sentence,
        }[lang]
        fill = {"en": EN_FILL, "ru": RU_FILL, "uk": UK_FILL, "ja": JA_FILL, "pt": PT_FILL}[lang]
        sep = "" if lang == "ja" else " "
        paras = [build(lead=True)]
        for _ in range(self.r.randint(4, 12)):
            sent = []
            for _ in range(self.r.randint(2, 5)):
                if self.chance(NEWS_REF_SHARE[lang]):
                    sent.append(build(lead=False))
                else:
                    sent.append(
                        self.pick(fill).format(
                            p=self._place_name(lang),
                            n=self.r.randint(2, 95),
                            a=self.r.randint(10, 300),
                            b=self.r.randint(301, 600),
                        )
                    )
            paras.append(sep.join(sent))
        return "\n\n".join(paras)

    def _place_name(self, lang: str) -> str:
        i = {"en": 0, "pt": 0, "ru": 1, "uk": 2, "ja": 3}[lang]
        return self.province[i]

    def _foreign_ref(self) -> tuple[Ref, str]:
        ref = self.ref()
        surface = ref.surface.replace("Đ", "D") if self.chance(0.7) else ref.surface
        if ref.truth is not None:
            ref.truth["surface"] = surface
        return ref, surface

    def _said(self, ref: Ref, dated: tuple[str, ...], undated: tuple[str, ...]) -> str:
        """One of the sentences that give the reference's date, or, for an undated
        reference, of those that do not."""
        return self.pick(undated if ref.undated else dated)

    def en_sentence(self, lead: bool) -> str:
        ref, s = self._foreign_ref()
        noun = NOUNS.get(ref.type_code, NOUNS["QĐ"])[1]
        date = f"{EN_MONTHS[ref.month - 1]} {ref.day}, {ref.year}"
        p = self.province[0]
        if lead:
            own = f"{self.r.randint(1, 400)}-KH/TU"
            when = f"{EN_MONTHS[self.r.randint(0, 11)]} {self.r.randint(1, 28)}, {ref.year + 1}"
            return (
                f"On {when}, the Standing Committee of the {p} Provincial Party Committee "
                f"issued Plan No. {own} to implement {noun} No. {s} dated {date} on "
                f"{self.pick(EN_TOPICS)}."
            )
        topic = self.pick(EN_TOPICS)
        return self._said(
            ref,
            (
                f"The plan follows {noun} No. {s} of {date}, which asks localities to focus on "
                f"{topic}.",
                f"Officials recalled that {noun} No. {s} dated {date} had been thoroughly "
                f"disseminated to party members.",
            ),
            (
                f"Under {noun} No. {s}, {p} will review {topic} every six months.",
                f"The province also continues to carry out Regulation No. "
                f"{self.r.randint(2, 20)} of the Politburo and {noun} No. {s}.",
            ),
        )

    def ru_sentence(self, lead: bool) -> str:
        ref, s = self._foreign_ref()
        noun = NOUNS.get(ref.type_code, NOUNS["QĐ"])[2]
        date = f"{ref.day} {RU_MONTHS[ref.month - 1]} {ref.year} года"
        p = self.province[1]
        if lead:
            when = f"{self.r.randint(1, 28)} {self.pick(RU_MONTHS)} {ref.year + 1} года"
            return (
                f"{when} Постоянный комитет провинциального комитета партии {p} опубликовал "
                f"план № {self.r.randint(1, 400)}-KH/TU о реализации {noun} № {s} от {date}."
            )
        return self._said(
            ref,
            (
                f"Согласно {noun} № {s} от {date}, местные органы должны усилить работу "
                f"с населением.",
            ),
            (
                f"В провинции {p} продолжают выполнять положения {noun} № {s}.",
                f"Участники совещания обсудили итоги реализации {noun} № {s} за "
                f"{self.r.randint(2, 10)} лет.",
            ),
        )

    def uk_sentence(self, lead: bool) -> str:
        ref, s = self._foreign_ref()
        noun = NOUNS.get(ref.type_code, NOUNS["QĐ"])[3]
        date = f"{ref.day} {UK_MONTHS[ref.month - 1]} {ref.year} року"
        p = self.province[2]
        if lead:
            when = f"{self.r.randint(1, 28)} {self.pick(UK_MONTHS)} {ref.year + 1} року"
            return (
                f"{when} Постійний комітет провінційного комітету партії {p} опублікував "
                f"план № {self.r.randint(1, 400)}-KH/TU щодо виконання {noun} № {s} "
                f"від {date}."
            )
        return self._said(
            ref,
            (
                f"Відповідно до {noun} № {s} від {date} місцеві органи посилюють роботу "
                f"з населенням.",
            ),
            (
                f"У провінції {p} продовжують виконувати положення {noun} № {s}.",
                f"Учасники наради підбили підсумки виконання {noun} № {s}.",
            ),
        )

    def ja_sentence(self, lead: bool) -> str:
        ref, s = self._foreign_ref()
        noun = NOUNS.get(ref.type_code, NOUNS["QĐ"])[5]
        date = f"{ref.year}年{ref.month}月{ref.day}日"
        p = self.province[3]
        if lead:
            when = f"{ref.year + 1}年{self.r.randint(1, 12)}月{self.r.randint(1, 28)}日"
            plan = f"計画第{self.r.randint(1, 400)}-KH/TU号"
            return (
                f"{when}、{p}省党委員会常務委員会は、"
                f"{date}付の{noun}第{s}号を実施するための{plan}を発出した。"
            )
        return self._said(
            ref,
            (f"{date}付{noun}第{s}号に基づき、各地方は住民への働きかけを強化している。",),
            (
                f"{p}省は引き続き{noun}第{s}号の内容を実施している。",
                f"会議では{noun}第{s}号の実施状況が報告された。",
            ),
        )

    def pt_sentence(self, lead: bool) -> str:
        ref, s = self._foreign_ref()
        noun = NOUNS.get(ref.type_code, NOUNS["QĐ"])[4]
        date = f"{ref.day} de {PT_MONTHS[ref.month - 1]} de {ref.year}"
        p = self.province[0]
        if lead:
            when = f"{self.r.randint(1, 28)} de {self.pick(PT_MONTHS)} de {ref.year + 1}"
            return (
                f"Em {when}, o Comitê Permanente do Comitê Provincial do Partido de {p} "
                f"emitiu o Plano nº {self.r.randint(1, 400)}-KH/TU para implementar a {noun} "
                f"nº {s} de {date}."
            )
        return self._said(
            ref,
            (
                f"De acordo com a {noun} nº {s}, de {date}, as localidades devem reforçar "
                f"o trabalho de mobilização.",
            ),
            (
                f"A província de {p} continua a aplicar a {noun} nº {s}.",
                f"Os participantes avaliaram os resultados da {noun} nº {s}.",
            ),
        )


EN_TOPICS = (
    "mass mobilization work in the new situation",
    "digital transformation in state agencies",
    "new rural development",
    "administrative reform",
    "grassroots democracy",
    "sustainable poverty reduction",
    "the two-level local government model",
)
EN_FILL = (
    "Local officials in {p} said that {n} communes had completed the targets ahead of schedule.",
    "The province has mobilized more than {a} billion dong for the movement since 2021.",
    "Delegates at the conference shared experiences from the 2021-2025 period.",
    "According to the report, {a}/{b} villages now meet the new-style rural standards.",
    "People's committees at all levels were asked to listen to citizens and resolve complaints.",
    "The campaign is expected to improve living conditions for about {n} thousand households.",
    "More details are available at https://www.example.org/news/202506/mass-mobilization-{a}.",
)
RU_FILL = (
    "По словам местных чиновников, {n} коммун выполнили поставленные задачи досрочно.",
    "С 2021 года провинция {p} мобилизовала более {a} миллиардов донгов.",
    "Делегаты поделились опытом работы за период 2021-2025 годов.",
    "Согласно отчету, {a}/{b} деревень соответствуют новым стандартам.",
    "Народные комитеты всех уровней должны своевременно рассматривать обращения граждан.",
)
UK_FILL = (
    "За словами місцевих посадовців, {n} комун виконали завдання достроково.",
    "З 2021 року провінція {p} залучила понад {a} мільярдів донгів.",
    "Делегати поділилися досвідом роботи за період 2021-2025 років.",
    "Згідно зі звітом, {a}/{b} сіл відповідають новим стандартам.",
    "Народні комітети всіх рівнів мають вчасно розглядати звернення громадян.",
)
JA_FILL = (
    "{p}省の担当者によると、{n}のコミューンが目標を前倒しで達成した。",
    "同省は2021年以降、{a}億ドン以上を動員してきた。",
    "会議では2021-2025年期の経験が共有された。",
    "報告によれば、{a}/{b}の村が新農村基準を満たしている。",
    "各級人民委員会は住民の意見に耳を傾け、苦情を速やかに解決するよう求められた。",
)
PT_FILL = (
    "Segundo as autoridades locais de {p}, {n} comunas cumpriram as metas antes do prazo.",
    "Desde 2021, a província mobilizou mais de {a} bilhões de dongues para o movimento.",
    "Os delegados partilharam experiências do período 2021-2025.",
    "De acordo com o relatório, {a}/{b} aldeias cumprem os novos critérios rurais.",
    "Os comitês populares de todos os níveis devem ouvir os cidadãos e resolver as queixas.",
)


def upper_first(s: str) -> str:
    return s[:1].upper() + s[1:]


def wrap(text: str, rng: random.Random, width: int = 80) -> str:
    """Hard line breaks at about `width` columns, as in text converted from PDF pages."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        words = line.split(" ")
        current: list[str] = []
        size = 0
        limit = width - int(rng.random() * 15)
        for w in words:
            if size + len(w) > limit and current:
                out.append(" ".join(current))
                current, size = [], 0
                limit = width - int(rng.random() * 15)
            current.append(w)
            size += len(w) + 1
        out.append(" ".join(current))
    return "\n".join(out)


# ---------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------


def _documents(writer: Writer) -> dict[str, Callable[[], str]]:
    return {
        "vi": writer.vi_document,
        "en": lambda: writer._news("en"),
        "ru": lambda: writer._news("ru"),
        "uk": lambda: writer._news("uk"),
        "ja": lambda: writer._news("ja"),
        "pt": lambda: writer._news("pt"),
    }


def _next_language(done: Counter, rng: random.Random) -> str:
    """The language furthest below its share of the bytes so far (ties broken at random)."""
    total = sum(done.values()) or 1
    deficits = {
        lang: share - done[lang] / total + rng.random() * 0.02
        for lang, share in LANGUAGE_SHARES.items()
    }
    return max(deficits, key=lambda lang: deficits[lang])


def write_file(job: tuple[str, str, int, str]) -> dict:
    """Write one corpus file of about `size` bytes; the content depends only on the job."""
    path, kind, size, seed_key = job
    rng = random.Random(seed_key)
    writer = Writer(rng)
    makers = _documents(writer)
    done: Counter = Counter()
    docs = 0
    written = 0
    tmp = Path(path + ".part")
    with tmp.open("w", encoding="utf-8", newline="\n") as out:
        while written < size:
            lang = _next_language(done, rng)
            text = makers[lang]()
            if kind == "jsonl":
                url = f"https://bao{writer.province[4]}.vn/{docs}.html"
                record = {
                    "id": f"synth-{seed_key}-{docs}",
                    "lang": lang,
                    "source_url": url,
                    "text": text,
                }
                chunk = json.dumps(record, ensure_ascii=False) + "\n"
            else:
                chunk = text + "\n\n\n"
            data_len = len(chunk.encode("utf-8"))
            out.write(chunk)
            written += data_len
            done[lang] += data_len
            docs += 1
    tmp.replace(path)
    return {"name": Path(path).name, "bytes": written, "documents": docs, "languages": dict(done)}


def vietnamese_text(size_mb: float, seed: int) -> str:
    """About `size_mb` of Vietnamese documents one after another, with their line breaks.

    The long-line benchmark turns every line break into a space: the same documents on one
    line, as a text pasted from a web page or a PDF without its breaks arrives.
    """
    rng = random.Random(f"vietnamese-{seed}")
    writer = Writer(rng)
    parts: list[str] = []
    size = 0
    while size < size_mb * MB:
        text = writer.vi_document() + "\n\n\n"
        parts.append(text)
        size += len(text.encode("utf-8"))
    return "".join(parts)


def plan(total_mb: float, seed: int) -> list[tuple[str, str, int]]:
    """(file name, kind, target bytes) of each file: .txt of 1-4 MB and a few .jsonl files."""
    rng = random.Random(f"plan-{seed}")
    total = int(total_mb * MB)
    jsonl_total = int(total * JSONL_SHARE)
    n_jsonl = max(1, round(jsonl_total / JSONL_TARGET))
    files = [(f"news-{i:03d}.jsonl", "jsonl", jsonl_total // n_jsonl) for i in range(n_jsonl)]
    left = total - jsonl_total
    i = 0
    while left > 0:
        size = min(left, rng.randint(TXT_MIN, TXT_MAX))
        if left - size < TXT_MIN // 2:  # no tiny last file
            size = left
        files.append((f"docs-{i:04d}.txt", "txt", size))
        left -= size
        i += 1
    return files


def _manifest_ok(out: Path, total_mb: float, seed: int) -> dict | None:
    try:
        manifest = json.loads((out / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    same = (
        manifest.get("total_mb") == total_mb
        and manifest.get("seed") == seed
        and manifest.get("version") == GENERATOR_VERSION
    )
    if not same:
        return None
    for f in manifest["files"]:
        p = out / f["name"]
        if not p.is_file() or p.stat().st_size != f["bytes"]:
            return None
    return manifest


def generate(
    out_dir: str | Path,
    total_mb: float,
    seed: int = 1,
    jobs: int | None = None,
    only: str | None = None,
) -> dict:
    """Write (or reuse) a corpus of about `total_mb` MB into `out_dir`; return its manifest.

    `only="jsonl"` writes one single .jsonl file of that size instead (for the streaming test).
    """
    out = Path(out_dir)
    if (manifest := _manifest_ok(out, total_mb, seed)) is not None:
        manifest["reused"] = True
        return manifest
    out.mkdir(parents=True, exist_ok=True)
    for old in list(out.glob("*.txt")) + list(out.glob("*.jsonl")) + list(out.glob("*.part")):
        old.unlink()
    if only == "jsonl":
        files = [(f"single-{total_mb:g}mb.jsonl", "jsonl", int(total_mb * MB))]
    else:
        files = plan(total_mb, seed)
    job_list = [(str(out / name), kind, size, f"{seed}-{name}") for name, kind, size in files]
    started = time.perf_counter()
    jobs = min(jobs or os.cpu_count() or 1, len(job_list))
    if jobs > 1:
        with get_context("fork" if os.name != "nt" else "spawn").Pool(jobs) as pool:
            written = pool.map(write_file, job_list, chunksize=1)
    else:
        written = [write_file(j) for j in job_list]
    languages: Counter = Counter()
    for f in written:
        languages.update(f["languages"])
    total = sum(f["bytes"] for f in written)
    manifest = {
        "version": GENERATOR_VERSION,
        "seed": seed,
        "total_mb": total_mb,
        "bytes": total,
        "documents": sum(f["documents"] for f in written),
        "language_share": {k: round(v / total, 4) for k, v in sorted(languages.items())},
        "jsonl_share": round(
            sum(f["bytes"] for f in written if f["name"].endswith(".jsonl")) / total, 4
        ),
        "seconds": round(time.perf_counter() - started, 2),
        "files": written,
    }
    tmp = out / (MANIFEST + ".part")
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), "utf-8")
    tmp.replace(out / MANIFEST)
    manifest["reused"] = False
    return manifest


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=200, help="corpus size in MB (default 200)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", default=None, help="folder (default bench/out/corpus-<MB>)")
    parser.add_argument("--jobs", type=int, default=None)
    args = parser.parse_args(argv)
    out = args.out or f"bench/out/corpus-{args.mb:g}"
    m = generate(out, args.mb, args.seed, args.jobs)
    how = "reused" if m["reused"] else f"written in {m['seconds']} s"
    print(
        f"{out}: {m['bytes'] / MB:.1f} MB, {len(m['files'])} files, {m['documents']} documents, "
        f"{how}; languages {m['language_share']}"
    )


if __name__ == "__main__":
    main()
