#!/usr/bin/env python3
"""Reads a coopcheck CSV report back and checks its numeric columns survive a spreadsheet.

Usage: csv_numbers.py REPORT.csv en|vi [SPREADSHEET.xlsx]
Reads REPORT.csv with Python's csv module as the language writes it (vi: UTF-8 with a byte-order
mark and ';'; en: ',') and prints `rows N numbers M`. With SPREADSHEET.xlsx (the CSV as LibreOffice
opened it in the language's locale and saved it), checks every number of the observed and target
columns is that number there, and every header is the CSV's; exit 1 with the differences.
Test tooling only (openpyxl for the spreadsheet).
"""
import csv
import sys
from decimal import Decimal

path, language = sys.argv[1], sys.argv[2]
raw = open(path, "rb").read()
if language == "vi" and not raw.startswith(b"\xef\xbb\xbf"):
    sys.exit("no UTF-8 byte-order mark")
rows = list(csv.reader(open(path, encoding="utf-8-sig", newline=""), delimiter=";" if language == "vi" else ","))
header = rows[0]
names = ("giá trị (số)", "mục tiêu (số)") if language == "vi" else ("observed_value", "target_value")
columns = [header.index(name) for name in names]


def number(text):
    return None if text == "" else Decimal(text.replace(",", ".") if language == "vi" else text)


numbers = [number(row[i]) for row in rows[1:] for i in columns]
print(f"rows {len(rows) - 1} numbers {sum(n is not None for n in numbers)}")
if len(sys.argv) > 3:
    import openpyxl

    sheet = openpyxl.load_workbook(sys.argv[3]).active
    cells = list(sheet.iter_rows(values_only=True))
    problems = []
    if [c or "" for c in cells[0][: len(header)]] != header:
        problems.append(f"header {cells[0]!r} is not {header!r}")
    if len(cells) != len(rows):
        problems.append(f"{len(cells)} rows in the spreadsheet, {len(rows)} in the CSV")
    for n, (row, cell) in enumerate(zip(rows[1:], cells[1:]), start=2):
        for i in columns:
            want, got = number(row[i]), cell[i]
            if want is None:
                if got not in (None, ""):
                    problems.append(f"row {n}: {got!r} where the CSV has nothing")
            elif not isinstance(got, (int, float)) or abs(Decimal(str(got)) - want) > Decimal("1e-9"):
                problems.append(f"row {n}, column {header[i]}: the spreadsheet read {got!r}, the CSV says {row[i]}")
    for problem in problems[:20]:
        print(problem)
    sys.exit(1 if problems else 0)
