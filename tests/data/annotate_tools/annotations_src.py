"""Hand decisions: for each chosen document (1-based line in tvpl.jsonl), every
numbered reference in reading order, surface exactly as in the text.
A plain string uses the derived canonical/type/issuer; a (surface, {...}) pair
overrides them.  Cyrillic look-alikes are written as \\u escapes."""

ABOUT = (
    "Hand-checked numbered document references in 33 real documents of /work/shared/corpus/real/tvpl.jsonl "
    "(thuvienphapluat.vn copies; 'line' is the 1-based line in that file, 'id' its record id, 'number' the "
    "publisher's number field). Every document was read in full; a deliberately broad candidate finder "
    "(digits followed by / or - and letters, across spaces and line breaks) served only as a checklist, and every "
    "candidate was decided by reading it in context. Offsets are Python str indices into the record's `text` "
    "exactly as stored (NFC): text[start:end] == surface, asserted for every annotation. "
    "Annotated: every written number of the DOMAIN.md section 1 shapes (State number/year/TYPE-ISSUER, "
    "number/year/QHn and number/year/UBTVQH, number/TYPE-ISSUER incl. licences GP, joint issuers, VBHN, "
    "official letters ISSUER-UNIT; Party number-TYPE/ISSUER), including the document's own number in its header "
    "and in annex titles, and every repeated mention (each occurrence separately). Not annotated: dates, ratios, "
    "ranges (2021-2025), article/clause numbers, phone numbers, URLs, money, laws named without a number, and short "
    "forms without a full code (a few are listed under 'short_forms'); numbered papers outside the shapes are "
    "listed under 'other_numbers'. surface: exactly as in the text, including line breaks and stray spaces inside "
    "it, without a leading 'số'/'Số:' or trailing punctuation or footnote digit. canonical: Cyrillic look-alikes "
    "-> Latin, Ð (U+00D0) and D-for-Đ -> Đ in codes (QĐ, NĐ, HĐND...), all whitespace removed, known codes in their "
    "official case (TTg, TTr...), year and leading zeros kept as written; obvious typing slips inside a code are "
    "corrected only where noted ('note'), content errors (wrong type code, wrong year) are kept as written and "
    "noted. type_code: State = the type before the hyphen, Party = after the hyphen; official letter "
    "(ISSUER-UNIT, no type code) = 'CV'; laws and ordinances number/year/QHn|UBTVQH carry no written type code: "
    "null. issuer_code: State = first issuer after the type (official letter: the code before the unit; law: "
    "QHn as written), Party = the part after '/', first of joint issuers. Extra field 'shape': party | state_year | "
    "state_admin | state_joint | state_qh | vbhn | official_letter. "
    "Built with tests/data/annotate_tools/build.py from the hand decisions in annotations_src.py."
)

CT_CV = {"type_code": "CV", "issuer_code": "CT", "shape": "official_letter",
         "note": "CT here is Cục Thuế (issuer), CS/NVT its drafting unit: an official letter, not a chỉ thị"}

DOCS = {}

# Công văn 5348/CT-CS (Cục Thuế): official letter of a provincial tax office, laws QHn
DOCS[1] = {"refs": [
    ("5348/CT-CS", CT_CV), "324/QTR-KTr2",
    "59/2020/QH14", "59/2020/QH14", "59/2020/QH14", "48/2024/QH15",
    "181/2025/NĐ-CP", "219/2013/TT-BTC", "130/2016/TT-BTC", "38/2019/QH14"]}

# Công điện 230/CĐ-TTg: Cyrillic Т, С in 16495/BТС-PTHT; Party 77-KL/TW; news summary first
DOCS[270] = {"refs": [
    "230/CĐ-TTg", "1505/KH-TTCP", "16495/B\u0422\u0421-PTHT", "13021/BTC-PTHT", "77-KL/TW", "170/2024/QH15",
    "230/CĐ-TTg", "230/CĐ-TTg",
    "230/CĐ-TTg", "569/TB-VPCP", "1505/KH-TTCP", "170/2024/QH15", "384/TB-VPCP", "2554/BC-TTCP",
    "77-KL/TW", "170/2024/QH15", "16495/BTC-PTHT", "13021/BTC-PTHT", "1505/KH-TTCP",
    "16495/B\u0422\u0421-PTHT", "13021/BTC-PTHT", "77-KL/TW", "170/2024/QH15",
    "77-KL/TW", "170/2024/QH15"],
    "short_forms": ["Đề án 153", "Đề án 153", "Đề án 153"]}

# QĐ 1609/QĐ-TTPVHCC Hà Nội: Cyrillic Т, С, Р; NĐCP without hyphen; stray spaces
DOCS[215] = {"refs": [
    "1609/QĐ-TTPVHCC", "66/NQ-CP", "72/2025/QH15", "63/2010/NĐ-CP", "48/2013/NĐ-CP", "92/2017/NĐ-CP",
    "02/2017/TT-VPCP", "66/NQ-CP", "3740/QĐ-BTC", "63/QĐ-UBND", "46/QĐ-UBND", "14730 /STC-VP",
    "897/QĐ-TTPVHCC", "66/NQ- CP", "897/QĐ-TTPVHCC", "66/NQ-CP", "1609/QĐ-TTPVHCC", "66/NQ-CP", "22/CĐ-TTg",
    "22/2023/QH15", "57/2024/QH15", "90/2025/QH15",
    ("214/2025/NĐCP", {"canonical": "214/2025/NĐ-CP", "note": "hyphen missing in the text"}),
    "23/2024/NĐ-CP", "115/2024/NĐ-CP", "225/2025/NĐ-CP", "243/2025/NĐ-CP",
    "02/2024/TT-BKHĐ\u0422", "105/2025/TT-BT\u0421",
    "22/2023/QH15", "57/2024/QH15", "90/2025/QH15",
    ("214/2025/NĐCP", {"canonical": "214/2025/NĐ-CP", "note": "hyphen missing in the text"}),
    "23/2024/NĐ-C\u0420", "115/2024/NĐ-CP", "225/2025/NĐ-CP", "243/2025/NĐ-CP",
    "02/2024/TT-BKHĐT", "105/2025/TT-BTC", "64/2020/QH14", "03/2022/QH15", "57/2024/QH15",
    "35/2021/NĐ-CP", "29/2021/NĐ-CP", "71/2025/NĐ-CP"]}

# Công điện 220/CĐ-TTg: decimal 66.7/2025/NQ-CP, Party plan 02-KH/BCĐTW, all-caps annex title
DOCS[56] = {"refs": [
    "220/CĐ-TTg", "66/NQ-CP", "66.7/2025/NQ-CP", "66/NQ-CP", "02-KH/BCĐTW",
    "66/NQ-CP", "220/CĐ-TTg", "220/CĐ-TTg", "220/CĐ-TTg", "3539/QĐ-NHNN"]}

# Công văn 6278/BVHTTDL-VP (no header in text): decimal number written with the wrong type code
DOCS[136] = {"refs": [
    "220/CĐ-TTg", "1616/QĐ-TTg", "66/NQ-CP", "113/2013/NĐ-CP", "1015/QĐ-TTg", "1015/QĐ-TTg", "498/QĐ-TTg",
    ("66.7/2025/NĐ-CP", {"note": "text says 'Nghị quyết số 66.7/2025/NĐ-CP': the resolution is 66.7/2025/NQ-CP; "
                                 "canonical kept as written (no content correction)"})]}

# QĐ 2929/QĐ-UBND Sơn La: joint circular with a stray space, UBTVQH ordinance, long annex tables
TTLT_SP = "01/2012/TTLT-BQP-BLĐTBXH- BTC"
DOCS[186] = {"refs": [
    "2929/QĐ-UBND", "63/2010/NĐ-CP", "48/2013/NĐ-CP", "92/2017/NĐ-CP", "118/2025/NĐ-CP", "02/2017/TT-VPCP",
    "03/2025/TT-VPCP", "118/2025/NĐ-CP", "5132/QĐ-BQP", "5829/TTr-BCH", "2929/QĐ-UBND",
    "62/2011/QĐ-TTg", "22/2025/QĐ-TTg", TTLT_SP, "62/2011/QĐ-TTg", "104/2024/TT-BQP", "103/2025/TT-BQP",
    "62/2011/QĐ-TTg", "22/2025/QĐ-TTg", TTLT_SP, "62/2011/QĐ-TTg", "104/2024/TT-BQP", "103/2025/TT-BQP",
    "27/2016/NĐ-CP", "95/2016/TT-BQP", "27/2016/NĐ-CP", "13/2024/TT-BQP", "103/2025/TT-BQP",
    "02/2020/UBTVQH", "131/2021/NĐ-CP", "55/2022/TT-BQP", "103/2025/TT-BQP",
    "158/2011/TT-BQP", "13/2024/TT-BQP", "103/2025/TT-BQP",
    ("33/2003/QĐ-BQP", {"note": "text dates it 07/4/2023; year kept as written"}), "139/2011/TT-BQP",
    ("33/2003/QĐ-BQP", {"note": "text dates it 07/4/2023; year kept as written"}),
    "13/2024/TT-BQP", "103/2025/TT-BQP", "2929/QĐ-UBND"]}

# QĐ 3854/QĐ-UBND Nghệ An: joint circular broken after a hyphen at a line end
DOCS[265] = {"refs": [
    "3854/QĐ-UBND", "63/2010/NĐ-CP", "92/2017/NĐ-CP", "118/2025/NĐ-CP", "02/2017/TT-VPCP", "03/2025/TT-VPCP",
    "118/2025/NĐ-CP", "5132/QĐ-BQP", "798/TTr-SNV", "3854/QĐ-UBND",
    "62/2011/QĐ-TTg", "22/2025/QĐ-TTg", "01/2012/TTLT-BQP-\nBLĐTBXH-BTC", "62/2011/QĐ-TTg",
    "104/2024/TT-BQP", "103/2025/TT-BQP",
    "62/2011/QĐ-TTg", "22/2025/QĐ-TTg", "01/2012/TTLT-BQP-BLĐTBXH-BTC", "62/2011/QĐ-TTg",
    "104/2024/TT-BQP", "103/2025/TT-BQP", "3854/QĐ-UBND"]}

# Thông báo 659/TB-VPCP: Party resolution 66-NQ/TW, once with a stray space "66- NQ/TW"
DOCS[64] = {"refs": [
    "659/TB-VPCP", "66-NQ/TW", "140/NQ-CP", "66-NQ/TW", "66-NQ/TW", "66-NQ/TW", "140/NQ-CP", "66-NQ/TW",
    "140/NQ-CP", "66- NQ/TW", "140/NQ-CP", "66-NQ/TW", "140/NQ-CP", "197/2025/QH15", "289/2025/NĐ-CP",
    "197/2025/QH15", "66-NQ/TW", "140/NQ-CP", "66-NQ/TW", "140/NQ-CP"]}

# Công văn 6225/BVHTTDL-VP (no header in text): 57-NQ/TW, 02-KH/BCĐTW, Chỉ thị 33/CT-TTg of 06/11/2025
DOCS[164] = {"refs": [
    ("33/CT-TTg", {"note": "Chỉ thị 33/CT-TTg dated 06/11/2025 (not the 2021 directive of the same number)"}),
    "71/NQ-CP", "3123/QĐ-BVHTTDL", "57-NQ/TW",
    "1381/QĐ-BVHTTDL", "2270/QĐ-BVHTTDL", "2254/QĐ-BVHTTDL", "3123/QĐ-BVHTTDL", "3385/QĐ-BCĐ",
    "3760/QĐ-BVHTTDL", "57-NQ/TW", "3137/KH-BVHTTDL", "02-KH/BCĐTW", "4084/KH-BVHTTDL", "214/NQ-CP",
    "434/KH-TCT", "2359/BVHTTDL-VP", "3430/BVHTTDL-VP", "4312/BVHTTDL-VP", "226/NQ-CP", "4937/BVHTTDL-VP",
    "165/CĐ-TTg", "5759/BVHTTDL-VP", "316/NQ-CP", "6225/BVHTTDL-VP", "71/NQ-CP", "02-KH/BCĐTW", "02-KH/BCĐTW"],
    "short_forms": ["Đề án 06"]}

# Văn bản hợp nhất 92/VBHN-BQP: consolidated text, footnotes quoting amending decisions
DOCS[140] = {"refs": [
    "92/VBHN-BQP", "142/2008/QĐ-TTg", "38/2010/QĐ-TTg", "142/2008/QĐ-TTg", "22/2025/QĐ-TTg",
    "290/2005/QĐ-TTg", "92/2005/QĐ-TTg", "152/2006/NĐ-CP", "142/2008/QĐ-TTg", "142/2008/QĐ-TTg",
    "290/2005/QĐ-TTg", "92/2005/QĐ-TTg", "38/2010/QĐ-TTg", "142/2008/QĐ-TTg", "22/2025/QĐ-TTg",
    "38/2010/QĐ-TTg", "142/2008/QĐ-TTg", "38/2010/QĐ-TTg", "142/2008/QĐ-TTg", "22/2025/QĐ-TTg",
    "22/2025/QĐ-TTg", "22/2025/QĐ-TTg", "22/2025/QĐ-TTg",
    ("47/2002/QĐ-TTg", {"note": "text dates it 11/4/2011; year kept as written"}),
    "188/2007/QĐ-TTg", "290/2005/QĐ-TTg", "142/2008/QĐ-TTg", "62/2011/QĐ-TTg", "49/2015/QĐ-TTg",
    "62/2011/QĐ-TTg", "38/2010/QĐ-TTg", "142/2008/QĐ-TTg", "22/2025/QĐ-TTg"]}

# Công văn 5155/SGDĐT-GDTXNNĐH (HCM education dept): consolidated text 10/VBHN-BGDĐT, many official letters
DOCS[58] = {"refs": [
    "5155/SGDĐT-GDTXNNĐH", "11/2025/TT-BGDĐT", "15/2025/TT-BGDĐT", "2553/BGDĐT-GDTX", "10/VBHN-BGDĐT",
    "2264/BGDĐT-GDTX", "1144/GDĐT-GDTX", "6165/BGDĐT-GDPT", "4338/SGDĐT-GDTXNNĐH", "5155/SGDĐT-GDTXNNĐH"]}

# QĐ 02200/QĐ-UBND Đắk Lắk: leading zeros (02200, 0165/TTr-SYT, 0151/QĐ-UBND); own number after "Số:\n"
DOCS[192] = {"refs": [
    "02200/QĐ-UBND", "148/2025/NĐ-CP", "63/2010/NĐ-CP", "48/2013/NĐ-CP", "92/2017/NĐ-CP", "02/2017/TT-VPCP",
    "3574/QĐ-BYT", "0165/TTr-SYT", "0151/QĐ-UBND", "148/2025/NĐ-CP", "21/2025/TT-BYT"],
    "notes": "annex header 'Quyết định số /QĐ-UBND ngày / /2025' has no number: not annotated"}

# Công văn 5528/CT-CS (Cục Thuế): D for Đ in 103/2024/ND-CP; "Nghị định so 126/2020/NĐ-CP"
DOCS[53] = {"refs": [
    ("5528/CT-CS", CT_CV), "992/HTI-CNTK", "126/2020/NĐ-CP", "103/2024/NĐ-CP", "103/2024/NĐ-CP", "103/2024/NĐ-CP",
    "291/2025/NĐ-CP", "103/2024/ND-CP", "126/2020/NĐ-CP", "103/2024/NĐ-CP"]}

# Công văn 4085/UBND-ĐT TP.HCM: official letters with & and a stray space after it; joint plan BCA-BNN&MT
DOCS[121] = {"refs": [
    "4085/UBND-ĐT", "15972/SXD-QLN& TTBĐS",
    ("515/KH-BCA-BNN&MT", {"shape": "state_joint"}), "94/KH-UBND", "08/2024/TT-BXD", "09/2025/TT-BXD"]}

# Kế hoạch 980/KH-UBND Nghệ An: all-caps title "1899/QĐ-TTG", stray space "92/2009/TT- BTC"
DOCS[209] = {"refs": [
    "980/KH-UBND", "1899/QĐ-TTG", "1899/QĐ-TTg", "200/2025/NĐ-CP", "980/KH-UBND", "118/2008/QĐ-TTg",
    "92/2009/TT- BTC", "85/2020/TT-BTC"]}

# Nghị quyết 388/NQ-CP: submissions TTr-NHNN, one with a stray space
DOCS[9] = {"refs": [
    "388/NQ-CP", "207/TTr-NHNN", "215/TTr-NHNN", "212/TTr-NHNN", "207/TTr-NHNN", "212/TTr-NHNN",
    "215/TTr- NHNN"],
    "other_numbers": ["1025/PLYK/2025"],
    "notes": "'Phiếu lấy ý kiến ... số 1025/PLYK/2025' is a numbered paper outside the DOMAIN shapes: listed under other_numbers"}

# Nghị quyết 21/2025/NQ-HĐND Vĩnh Long: own number after "Số:\n", laws QH14/QH15 in the preamble
DOCS[65] = {"refs": [
    "21/2025/NQ-HĐND", "72/2025/QH15", "64/2025/QH15", "87/2025/QH15", "43/2019/QH14", "145/2020/NĐ-CP",
    "105/2020/NĐ-CP", "407/TTr-UBND", "145/2020/NĐ-CP", "145/2020/NĐ-CP", "145/2020/NĐ-CP",
    "105/2020/NĐ-CP", "105/2020/NĐ-CP"]}

# QĐ 3565/QĐ-UBND Huế: all-caps title, spaces "3565 /QĐ -UBND", "10/2025/TT- BKHCN", "3470/QĐ- UBND"
DOCS[17] = {"refs": [
    "3565/QĐ-UBND", "3470/QĐ-UBND", "63/2010/NĐ-CP", "48/2013/NĐ-CP", "92/2017/NĐ-CP", "118/2025/NĐ-CP",
    "02/2017/TT-VPCP", "03/2025/TT-VPCP", "118/2025/NĐ-CP", "3659/QĐ-BKHCN", "3212/QĐ-BKHCN",
    "4370/TTr-SKHCN", "3659/QĐ-BKHCN", "3470/QĐ-UBND", "3470/QĐ-UBND", "93/2025/QH15", "3565 /QĐ -UBND",
    "93/2025/QH15", "262/2025/NĐ-CP", "10/2025/TT- BKHCN",
    "93/2025/QH15", "262/2025/NĐ-CP", "10/2025/TT-BKHCN",
    "93/2025/QH15", "262/2025/NĐ-CP", "10/2025/TT- BKHCN",
    "29/2013/QH13", "11/2014/NĐ-CP", "11/2023/TT-BKHCN", "3470/QĐ- UBND",
    "29/2013/QH13", "11/2014/NĐ-CP", "14/2014/TT-BKHCN", "11/2023/TT-BKHCN", "3470/QĐ- UBND",
    "29/2013/QH13", "11/2014/NĐ-CP", "11/2023/TT-BKHCN"]}

# QĐ 2634/QĐ-TTg: 270/QĐ-TTg repeated in annex tables: broken "270/QĐ-\nTTg", "270/QĐ- TTg", D for Đ "270/QD- TTg"
_R = "270/QĐ-TTg"
DOCS[212] = {"refs": [
    "2634/QĐ-TTg", "280/QĐ-TTg", "861/QĐ-TTg", "893/QĐ-TTg", "768/QĐ-TTg", "2433/QĐ-TTg", _R, "2634/QĐ-TTg",
    _R, _R, "270/QĐ-\nTTg", "270/QĐ-\nTTg", _R, _R, _R, _R, _R, _R, _R, _R,
    _R, _R, _R,
    _R, _R, _R, _R, _R, _R,
    _R, "270/QĐ- TTg", _R,
    "270/QĐ- TTg", "270/QĐ- TTg", "270/QĐ-\nTTg", "270/QĐ- TTg", "270/QĐ- TTg",
    "270/QĐ- TTg", "270/QD- TTg", "270/QD- TTg", "270/QĐ- TTg", "270/QĐ- TTg", _R],
    "short_forms": ["QĐ270"]}

# Công văn 11554/VPCP-V.I: news summary first; spaces before slash "86 /NQ-CP", "6721 /VPCP-V.I"; "13/CT- TTg"
DOCS[137] = {"refs": [
    "11554/VPCP-V.I", "11554/VPCP-V.I", "86 /NQ-CP", "30/CT-TTg", "6721 /VPCP-V.I", "7514 /VPCP-V.I",
    "13/CT-TTg", "11554/VPCP-V.I", "11554/VPCP-V.I", "13/CT-TTg", "341/TB-VPCP", "13/CT-TTg", "341/TB-VPCP",
    "86/NQ-CP", "30/CT-TTg", "6721/VPCP-V.I", "7514/VPCP-V.I", "13/CT- TTg"]}

# Kết luận 221-KL/TW (Politburo/Secretariat): Party own number "Số 221-KL/TW", Party report 565-BC/BTCTW
DOCS[37] = {"refs": ["221-KL/TW", "565-BC/BTCTW", "565-BC/BTCTW"]}

# QĐ 2015/QĐ-UBND An Giang: "02/2024/TT- BKHĐT", typo O for Q in "22/2023/OH15"
DOCS[24] = {"refs": [
    "2015/QĐ-UBND", "63/2010/NĐ-CP", "48/2013/NĐ-CP", "92/2017/NĐ-CP", "118/2025/NĐ-CP", "02/2017/TT-VPCP",
    "3740/QĐ-BTC", "536/TTr-STC", "1029/QĐ-UBND", "2015/QĐ-UBND",
    "22/2023/QH15", "57/2024/QH15", "90/2025/QH15", "214/2025/NĐ-CP", "23/2024/NĐ-CP", "115/2024/NĐ-CP",
    "225/2025/NĐ-CP", "243/2025/NĐ-CP", "02/2024/TT- BKHĐT", "105/2025/TT-BTC",
    ("22/2023/OH15", {"canonical": "22/2023/QH15",
                      "note": "letter O typed for Q (Luật Đấu thầu 22/2023/QH15); canonical corrected"}),
    "57/2024/QH15", "90/2025/QH15", "214/2025/NĐ-CP", "23/2024/NĐ-CP", "115/2024/NĐ-CP",
    "225/2025/NĐ-CP", "243/2025/NĐ-CP", "02/2024/TT-BKHĐT", "105/2025/TT-BTC"]}

# Công văn 4001/UBND-ĐT TP.HCM (no header in text): decimal 66.4/2025/NQ-CP, Party 15-KL/ĐU, a table of
# mining licences (GP, "giấy phép", number/TYPE-ISSUER): some glued to the preceding date with no space
# ("14/11/200310/GP- UBND" = licence 10/GP-UBND after the date 14/11/2003), stray spaces "GP-TNMT- QLTN"
GLUED = {"glued": True, "note": "glued to the preceding date in the text (no separator)"}
DOCS[126] = {"refs": [
    '15-KL/ĐU', '66.4/2025/NQ-CP', '12252/SNNMT-TNNKS', '66.4/2025/NQ-CP', '12252/SNNMT-TNNKS', '66.4/2025/NQ-CP',
    '66.4/2025/NQ-CP', '66.4/2025/NQ-CP', '66.4/2025/NQ-CP', '4001/UBND-ĐT', '137/GP-UBND', '42/GP-UBND',
    '61/GP-UBND', '06/GP-UBND', '90/GP-UBND', '23/GP-UBND', '05/GP-UBND', '95/GP-UBND',
    '46/GP-UBND', '182/GP-UBND', '77/GP-UBND', '1762/QĐ-UBND', '03/GP-UBND', '101/GP-UB',
    ('10/GP- UBND', GLUED), ('36/GP- UBND', GLUED), '78/GP-UBND', '73/GP-UBND', '234/GP-UBND', '85/GP-UBND',
    '16/GP-UBND', '31/GP-UBND', '55/GP-UBND', '21/GP-UBND', '09/GP-UBND', '02/GP-UBND',
    '42/GP-UBND', '91/GP-UBND', '45/GP-UBND', '266/GP-UBND', '53/GP-UBND', '134/GP-UBND',
    '93/GP-UBND', '46/GP-UBND', '34/GP-UBND', '76/GP-UBND', '3786/QĐ-UBND', '05/GP-UBND',
    '16/GP-UBND', '15/GP-UBND', '04/GP-UBND', '13/GP-UBND', '30/GP-UBND', '21/GP-UBND',
    '04/GP-UBND', '14/GP-UBND', '65/GP-UBND', '16/GP-UBND', '63/GP-UBND', '22/GP-UBND',
    '64/GP-UBND', ('10/GP-UBND', GLUED), '110/GP-UBND', '109/GP-UBND', '98/GP-UBND', '24/GP-UBND',
    '93/GP-UBND', '43/GP-UBND', '04/GP-UBND', '02/GP-UBND', '36/GP-UBND', '37/GP-UBND',
    '50/GP-UBND', '01/GP-UBND', '02/GP-UBND', '711/GP-TNMT- QLTN', '710/GP-TNMT- QLTN', '460/GP-TNMT- QLTN',
    '461/GP-TNMT- QLTN', '1364/GP-STNMT- TNNKS', '1365/GP-STNMT- TNNKS', '01/GP-UBND', '02/GP-UBND', '906/GP-TNMT- QLTN',
    '709/GP-TNMT- QLTN', '708/GP-TNMT- QLTN',
    ],
    "other_numbers": ["489 QĐ/QLTN"],
    "notes": "'489 QĐ/QLTN ngày 14/02/1996' (no slash between number and type) kept out of references, listed under other_numbers"}

# Công điện 223/CĐ-TTg: a list of earlier công điện, one starting a line with no "số"
DOCS[27] = {"refs": ["223/CĐ-TTg", "217/CĐ-TTg", "218/CĐ-TTg", "219/CĐ-TTg", "222/CĐ-TTg"]}

# QĐ 2666/QĐ-UBND Cần Thơ: standard TTHC announcement, laws in an annex
DOCS[6] = {"refs": [
    "2666/QĐ-UBND", "63/2010/NĐ-CP", "92/2017/NĐ-CP", "02/2017/TT-VPCP", "3740/QĐ-BTC", "2666/QĐ-UBND",
    "03/2022/QH15", "57/2024/QH15", "90/2025/QH15", "22/2023/QH15", "57/2024/QH15", "90/2025/QH15",
    "214/2025/NĐ-CP", "115/2024/NĐ-CP", "23/2024/NĐ-CP", "243/2025/NĐ-CP", "02/2024/TT-BKHĐT", "3740/QĐ-BTC"]}

# Thông tư 36/2025/TT-BXD: news summary repeats the own number; legal preamble
DOCS[104] = {"refs": [
    "36/2025/TT-BXD", "36/2025/TT-BXD", "36/2025/TT-BXD", "36/2025/TT-BXD", "36/2025/TT-BXD",
    "85/2024/NĐ-CP", "44/2016/NĐ-CP", "33/2025/NĐ-CP"]}

# Thông báo 631/TB-VPCP: only its own number; many look-alike ranges (2026-2035, "2021\n- 2025", 2031 - 2035)
DOCS[12] = {"refs": ["631/TB-VPCP"],
    "notes": "negative example: ranges like 2026-2035 and '2021\\n- 2025' are not references"}

# QĐ 98/2025/QĐ-UBND Quảng Ninh: legal-normative decision, long preamble of laws, official letter with &
DOCS[49] = {"refs": [
    "98/2025/QĐ-UBND", "72/2025/QH15", "64/2025/QH15", "87/2025/QH15", "15/2017/QH14", "64/2020/QH14",
    "07/2022/QH15", "24/2023/QH15", "31/2024/QH15", "56/2024/QH15", "90/2025/QH15", "78/2025/NĐ-CP",
    "187/2025/NĐ-CP", "155/2025/NĐ-CP", "8195/TTr-STC", "294/BC-STP", "1890/STP-VB&TDTHPL",
    "155/2025/NĐ-CP", "155/2025/NĐ-CP", "155/2025/NĐ-CP", "155/2025/NĐ-CP", "59/2024/QĐ-UBND", "58/2024/QĐ-UBND"]}

# Nghị quyết 74/2025/NQ-HĐND Hà Nội: repeals 30/2013/NQ-HĐND (all-caps title)
DOCS[157] = {"refs": [
    "74/2025/NQ-HĐND", "30/2013/NQ-HĐND", "72/2025/QH15", "64/2025/QH15", "87/2025/QH15", "78/2025/NĐ-CP",
    "187/2025/NĐ-CP", "423/TTr-UBND", "30/2013/NQ-HĐND", "109/BC-BPC", "30/2013/NQ-HĐND", "30/2013/NQ-HĐND"]}

# Kết luận 212-KL/TW: Party submission of a party committee 03-TTr/ĐU
DOCS[87] = {"refs": ["212-KL/TW", "03-TTr/ĐU"]}

# Thông báo 432-TB/VPTW (Party Central Office): only its own number "Số 432-TB/VPTW"
DOCS[199] = {"refs": ["432-TB/VPTW"]}

# Công văn 10989/BNV-TCBC: Party official letters of the Central Organization Commission, one "9151- CV/BTCTW"
DOCS[98] = {"refs": ["10989/BNV-TCBC", "9151- CV/BTCTW", "9671-CV/BTCTW", "8091/BNV-TCBC"],
    "notes": "'giai đoạn 2026-2031' and '2026 - 2031' are ranges, not references"}

# Công văn 171/CV-BCĐ (no header in text): Party conclusion 210-KL/TW; BNV official letters in a footnote
DOCS[108] = {"refs": ["210-KL/TW", "72/2025/QH15", "7415/BNV-CCVC", "9395/BNV-CCVC"]}
