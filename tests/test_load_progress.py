"""The load's progress counts documents: a .jsonl file of many records is many steps."""

from __future__ import annotations

import json
from pathlib import Path

from vanban.load import count_sources, load

TEXT = "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ, UBND tỉnh ban hành."


def test_a_jsonl_file_counts_one_step_a_record(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    records = [{"id": f"r{i}", "text": f"{TEXT} Kế hoạch {i}."} for i in range(3)]
    (folder / "many.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n\n", encoding="utf-8"
    )
    (folder / "one.txt").write_text(TEXT, encoding="utf-8")
    assert count_sources([folder]) == 4  # three records (the blank line is none) and a text

    steps: list[int] = []
    report, _ = load([folder], tmp_path / "s.db", jobs=1, on_source=lambda: steps.append(1))
    assert len(steps) == count_sources([folder]) == report.sources_read
