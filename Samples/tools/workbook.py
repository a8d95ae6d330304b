#!/usr/bin/env python3
"""Writes a submission folder as one Excel workbook, as a clerk's Excel holds it (needs openpyxl).

    python3 Samples/tools/workbook.py Samples/dak-nong-2025 dak-nong-2025.xlsx [--excel-habits]

One sheet per data set, named in Vietnamese (Đơn vị, Hợp tác xã, Chỉ tiêu, Báo cáo, Nhiệm vụ),
with the CSV file's header; numbers written in the manifest's convention become number cells,
dd/mm/yyyy dates date cells, everything else text. A first sheet named `submission` holds the
manifest's facts (unit, unit_name, province, period, prepared_on), so that the workbook alone is
the submission: `coopcheck validate dak-nong-2025.xlsx`.

With --excel-habits the cooperatives sheet also gets what offices leave in a sheet: a merged title
row above the header, a blank row among the records and a totals row at the end.
Used by the tests (Tests/CLITests, Tests/ServerTests); not a runtime dependency of coopcheck.
"""
import csv
import datetime
import os
import re
import sys

import openpyxl

SHEETS = {"units": "Đơn vị", "cooperatives": "Hợp tác xã", "indicators": "Chỉ tiêu", "reports": "Báo cáo", "tasks": "Nhiệm vụ"}
FACTS = ["unit", "unit_name", "province", "period", "prepared_on"]


def manifest(folder):
    """The manifest's facts and its files (path, kind), read line by line (no YAML library needed)."""
    facts, files, numbers, path = {}, [], "vietnamese", None
    with open(os.path.join(folder, "submission.yaml"), encoding="utf-8-sig") as f:
        for line in f:
            line = line.split(" #")[0].rstrip()
            match = re.match(r"^(\w+):\s*(.+)$", line)
            if match and match.group(1) in FACTS:
                facts[match.group(1)] = match.group(2).strip().strip('"')
            if re.match(r"^\s+numbers:\s*international", line):
                numbers = "international"
            match = re.match(r"^\s*-\s*path:\s*(\S+)", line)
            if match:
                path = match.group(1)
            match = re.match(r"^\s+kind:\s*(\w+)", line)
            if match and path:
                files.append((path, match.group(1)))
                path = None
    return facts, files, numbers


def typed(text, numbers):
    """A cell's value: a number or a date where the text is one, else the text."""
    if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", text):
        day, month, year = (int(part) for part in text.split("/"))
        try:
            return datetime.date(year, month, day)
        except ValueError:
            return text
    group, decimal = (".", ",") if numbers == "vietnamese" else (",", ".")
    pattern = r"-?(\d{1,3}(\%s\d{3})+|\d+)(\%s\d+)?" % (group, decimal)
    if re.fullmatch(pattern, text) and not (len(text) > 1 and text.startswith("0") and text[1] != decimal):
        plain = text.replace(group, "").replace(decimal, ".")
        return float(plain) if "." in plain else int(plain)
    return text


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    habits = "--excel-habits" in sys.argv
    folder, out = args
    facts, files, numbers = manifest(folder)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "submission"
    sheet.append(["key", "value"])
    for key in FACTS:
        if key in facts:
            sheet.append([key, facts[key]])
    for path, kind in files:
        sheet = book.create_sheet(SHEETS[kind])
        with open(os.path.join(folder, path), encoding="utf-8-sig", newline="") as f:
            sample = f.readline()
            f.seek(0)
            delimiter = max([",", ";", "\t"], key=sample.count)
            rows = list(csv.reader(f, delimiter=delimiter))
        if habits and kind == "cooperatives":
            sheet.append(["DANH SÁCH HỢP TÁC XÃ, TỔ HỢP TÁC NĂM " + facts.get("period", "")])
            sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(rows[0]))
        sheet.append(rows[0])
        for number, row in enumerate(rows[1:], start=1):
            sheet.append([typed(cell, numbers) if cell != "" else None for cell in row])
            if habits and kind == "cooperatives" and number == 10:
                sheet.append([])
                sheet.append([" "])
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, datetime.date):
                    cell.number_format = "dd/mm/yyyy"
        if habits and kind == "cooperatives":
            sheet.append(["Tổng cộng", len(rows) - 1])
    book.save(out)


if __name__ == "__main__":
    main()
