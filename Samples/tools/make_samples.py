#!/usr/bin/env python3
"""Writes the sample submissions under Samples/ (deterministic: the same files every run).

Run from the repository root:  python3 Samples/tools/make_samples.py
The files are committed; rerun this only to change the samples, and review the diff.
Commune codes are illustrative, not the official GSO codes; district codes are the GSO ones.
"""
import csv
import io
import os
import random
import unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

DAK_NONG_DISTRICTS = [
    ("660", "Thành phố Gia Nghĩa", ["Nghĩa Đức", "Nghĩa Thành", "Nghĩa Phú", "Nghĩa Tân", "Nghĩa Trung", "Quảng Thành", "Đắk Nia", "Đắk R'Moan"]),
    ("661", "Huyện Đắk Glong", ["Quảng Khê", "Đắk Plao", "Đắk Ha", "Đắk R'Măng", "Quảng Hòa", "Đắk Som", "Quảng Sơn"]),
    ("662", "Huyện Cư Jút", ["Ea T'ling", "Đắk Wil", "Ea Pô", "Nam Dong", "Đắk D'rông", "Tâm Thắng", "Cư Knia", "Trúc Sơn"]),
    ("663", "Huyện Đắk Mil", ["Đắk Mil", "Đắk Lao", "Đắk R'La", "Đắk Gằn", "Đức Mạnh", "Đắk N'Drót", "Long Sơn", "Đắk Sắk", "Thuận An", "Đức Minh"]),
    ("664", "Huyện Krông Nô", ["Đắk Mâm", "Đắk Sôr", "Nam Xuân", "Buôn Choáh", "Nam Đà", "Tân Thành", "Đắk Drô", "Nâm Nung", "Đức Xuyên", "Đắk Nang", "Quảng Phú", "Nâm N'Đir"]),
    ("665", "Huyện Đắk Song", ["Đức An", "Đắk Môl", "Đắk Hòa", "Nam Bình", "Thuận Hà", "Thuận Hạnh", "Đắk N'Drung", "Nâm N'Jang", "Trường Xuân"]),
    ("666", "Huyện Đắk R'Lấp", ["Kiến Đức", "Quảng Tín", "Đắk Wer", "Nhân Cơ", "Kiến Thành", "Nghĩa Thắng", "Đạo Nghĩa", "Đắk Sin", "Hưng Bình", "Đắk Ru", "Nhân Đạo"]),
    ("667", "Huyện Tuy Đức", ["Đắk Búk So", "Quảng Tâm", "Đắk R'Tíh", "Đắk Ngo", "Quảng Trực", "Quảng Tân"]),
]

AGENCIES = [
    ("SKHDT", "Sở Kế hoạch và Đầu tư"), ("STC", "Sở Tài chính"), ("SNN", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("SCT", "Sở Công Thương"), ("SNV", "Sở Nội vụ"), ("SKHCN", "Sở Khoa học và Công nghệ"),
    ("SLDTBXH", "Sở Lao động - Thương binh và Xã hội"), ("NHNN", "Ngân hàng Nhà nước chi nhánh tỉnh"),
    ("LMHTX", "Liên minh Hợp tác xã tỉnh"), ("HND", "Hội Nông dân tỉnh"),
]

PRODUCTS = ["cà phê", "hồ tiêu", "sầu riêng", "mắc ca", "chanh dây", "rau an toàn", "lúa", "bơ", "nuôi cá", "dịch vụ nông nghiệp"]
TASK_HEADER = ["task", "lead_unit", "deliverable", "period", "status", "completed_on"]
REPORT_HEADER = ["unit", "report", "period", "submitted_on", "recipient"]
SECTORS = ["agriculture"] * 7 + ["trade", "services", "industry", "transport", "credit", "construction"]


def write_csv(path, header, rows, delimiter=",", bom=False, crlf=False):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n")
    writer.writerow(header)
    writer.writerows(rows)
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        f.write(buffer.getvalue())


# The data files of a provincial sample, as its manifest lists them.
PROVINCE_FILES = "files:\n" + "".join(f"  - path: {kind}.csv\n    kind: {kind}\n" for kind in ("units", "cooperatives", "indicators", "reports", "tasks"))


def vn_date(year, month, day):
    return f"{day:02d}/{month:02d}/{year}"


def dak_nong():
    rng = random.Random(2025)
    out = os.path.join(ROOT, "dak-nong-2025")
    units = [("67", "Tỉnh Đắk Nông", "tỉnh", "", "", "")]
    communes = []
    for code, name, names in DAK_NONG_DISTRICTS:
        district_households = 0
        rows = []
        for i, commune in enumerate(names, 1):
            ccode = f"{code}{i:02d}"
            households = rng.randrange(900, 4200)
            district_households += households
            rows.append((ccode, ("Phường " if code == "660" and i <= 6 else "Xã ") + commune, "xã", code, f"{households:,}".replace(",", "."), f"{households * 4 + rng.randrange(0, 900):,}".replace(",", ".")))
            communes.append((ccode, code))
        units.append((code, name, "huyện", "67", f"{district_households:,}".replace(",", "."), ""))
        units.extend(rows)
    for code, name in AGENCIES:
        units.append((code, name, "cơ quan", "67", "", ""))
    write_csv(os.path.join(out, "units.csv"),
              ["Mã đơn vị", "Tên đơn vị", "Cấp", "Mã đơn vị cấp trên", "Số hộ nông dân", "Dân số"], units,
              delimiter=";", bom=True, crlf=True)

    kinds = ["HTX"] * 6 + ["THT"] * 3 + ["LHHTX"] * 0
    header = ["Mã HTX", "Tên HTX", "Loại hình", "Lĩnh vực", "Tỉnh", "Huyện", "Xã", "Ngày thành lập", "Tình trạng",
              "Ngày giải thể", "Số thành viên", "Thành viên Liên minh HTX", "Do Hội Nông dân hỗ trợ thành lập",
              "Liên kết với doanh nghiệp", "Tham gia chuỗi giá trị", "Tiếp cận tín dụng", "Vay Quỹ hỗ trợ phát triển HTX",
              "Xếp loại", "Hoạt động hiệu quả", "Ứng dụng công nghệ cao", "Có sản phẩm OCOP", "Giám đốc là nữ",
              "Chuyển đổi số", "Thuộc diện kiểm toán bắt buộc", "Được tư vấn kiểm toán", "Số cán bộ chủ chốt",
              "Số cán bộ chủ chốt được đào tạo", "HTX kiểu mới", "Doanh thu (đồng)"]
    rows = []
    for n in range(1, 321):
        kind = "LHHTX" if n % 160 == 0 else rng.choice(kinds)
        commune, district = rng.choice(communes)
        sector = rng.choice(SECTORS)
        year = rng.choice([2008, 2012, 2015, 2017, 2018, 2019, 2020, 2021, 2021, 2022, 2022, 2023, 2023, 2024, 2024, 2025, 2025])
        founded = vn_date(year, rng.randrange(1, 13), rng.randrange(1, 29))
        status = rng.choices(["đang hoạt động", "ngừng hoạt động", "giải thể"], [88, 8, 4])[0]
        dissolved = vn_date(2024, rng.randrange(1, 13), rng.randrange(1, 29)) if status == "giải thể" and year < 2024 else ""
        if status == "giải thể" and not dissolved:
            status = "ngừng hoạt động"
        members = rng.randrange(5, 180) if kind != "THT" else rng.randrange(3, 30)
        yes = lambda p: "x" if rng.random() < p else ""
        fu = yes(0.45 if sector == "agriculture" else 0.1)
        linked = yes(0.38 if fu else 0.3)
        audit_required = yes(0.25) if kind == "HTX" else ""
        # Most cooperatives that must be audited received advice; a few did not (per-record findings).
        audit_advised = "x" if audit_required and rng.random() < 0.85 else ""
        key_staff = rng.randrange(2, 8) if kind != "THT" else rng.randrange(1, 3)
        trained = rng.randrange(0, key_staff + 1)
        rating = "" if kind == "THT" else rng.choices(["tốt", "khá", "trung bình", "yếu"], [22, 38, 28, 12])[0]
        revenue = rng.randrange(50, 30000) * 1_000_000 if kind != "THT" else rng.randrange(20, 900) * 1_000_000
        name = f"{'Hợp tác xã' if kind == 'HTX' else 'Tổ hợp tác' if kind == 'THT' else 'Liên hiệp HTX'} {rng.choice(PRODUCTS)} {n:03d}"
        rows.append([f"67{n:05d}", name, kind, {"agriculture": "nông nghiệp", "trade": "thương mại", "services": "dịch vụ",
                     "industry": "công nghiệp", "transport": "vận tải", "credit": "tín dụng", "construction": "xây dựng"}[sector],
                     "67", district, commune, founded, status, dissolved, members,
                     "x" if status != "giải thể" and rng.random() < 0.55 else "", fu, linked, yes(0.3), yes(0.28), yes(0.08),
                     rating, "x" if rating in ("tốt", "khá") else "", yes(0.09), yes(0.12), yes(0.3), yes(0.2),
                     audit_required, audit_advised, key_staff, trained, yes(0.25) if kind == "HTX" else "",
                     f"{revenue:,}".replace(",", ".")])
    write_csv(os.path.join(out, "cooperatives.csv"), header, rows, delimiter=";", bom=True, crlf=True)

    indicators = []
    for year in (2023, 2024, 2025):
        indicators += [
            ("LMHTX", "news_items", year, "", rng.randrange(40, 90)),
            ("LMHTX", "conferences", year, "", rng.randrange(1, 4)),
            ("LMHTX", "dialogue_conferences", year, "", 1 if year != 2024 else 0),
            ("LMHTX", "key_staff_trained", year, "", rng.randrange(60, 140)),
            ("HND", "founders_mobilised", year, "", rng.randrange(15, 40)),
            ("LMHTX", "alliance_member_cooperatives", year, "", 100 + (year - 2023) * 12),
            ("LMHTX", "support_fund_capital_vnd", year, "", f"{(18 + year - 2023) * 1_000_000_000:,}".replace(",", ".")),
        ]
    indicators.append(("LMHTX", "alliance_member_cooperatives", 2020, "", 96))
    # Figures the provincial plans' targets read (Plan 188/KH-LMHTX and Plan 127/KH-UBND).
    indicators += [
        ("LMHTX", "farm_households_in_collectives_share", 2023, "", "0,36"),
        ("LMHTX", "farm_households_in_collectives_share", 2024, "", "0,39"),
        ("LMHTX", "farm_households_in_collectives_share", 2025, "", "0,41"),
        ("LMHTX", "coop_people_informed_share", 2025, "", "1"),
        ("LMHTX", "coop_people_trained_share", 2025, "", "0,86"),
        ("LMHTX", "policy_beneficiary_cooperatives_2012_2020", 2020, "", 48),
        ("LMHTX", "policy_beneficiary_cooperatives", 2025, "", 75),
        ("LMHTX", "model_cooperatives_selected", 2021, "", 1),
        ("LMHTX", "model_cooperatives_selected", 2022, "", 2),
        ("LMHTX", "model_cooperatives_selected", 2023, "", 1),
        ("LMHTX", "model_cooperatives_selected", 2024, "", 1),
        ("LMHTX", "support_fund_fulltime_managers", 2025, "", 2),
        ("LMHTX", "population_in_collectives_share", 2025, "", "0,08"),
    ]
    write_csv(os.path.join(out, "indicators.csv"), ["unit", "indicator", "year", "period", "value"], indicators)

    reports = [("67", "annual-report-mpi", str(year), vn_date(year, 12, 18), "Bộ Kế hoạch và Đầu tư") for year in (2020, 2021, 2022)]
    for year in (2023, 2024, 2025):
        for agency in ("STC", "SNN", "SCT", "LMHTX"):
            reports.append((agency, "annual-ket-report", str(year), vn_date(year, 12, 10), "SKHDT"))
    for year in (2023, 2024, 2025):
        # The districts report until the district level ended on 30/6/2025: none owes 2025's.
        for code, _, _ in DAK_NONG_DISTRICTS if year < 2025 else []:
            day = 8 + int(code) % 5
            if code == "664" and year == 2024:
                reports.append((code, "annual-ket-report", str(year), vn_date(year, 12, 17), "SKHDT"))  # late
            else:
                reports.append((code, "annual-ket-report", str(year), vn_date(year, 12, day), "SKHDT"))
        reports.append(("67", "annual-report-mpi", str(year), vn_date(year, 12, 20), "Bộ Kế hoạch và Đầu tư"))
    for year in (2024, 2025):  # 254-CTPH IV.2: the provincial alliance reports every year
        reports.append(("LMHTX", "annual-ctph-254", str(year), vn_date(year, 12, 12), "Liên minh HTX Việt Nam"))
    write_csv(os.path.join(out, "reports.csv"), REPORT_HEADER, reports)

    tasks = [
        ("KH127.PL.II.3", "SKHDT", "Kế hoạch chuyển đổi số khu vực KTTT", "", "done", "20/11/2025"),
        ("KH127.PL.II.8", "SCT", "Kế hoạch khuyến công, xúc tiến thương mại 2023", "2023", "done", "15/03/2023"),
        ("KH127.PL.II.8", "SCT", "Kế hoạch khuyến công, xúc tiến thương mại 2024", "2024", "done", "12/03/2024"),
        ("KH127.PL.II.8", "SCT", "Kế hoạch khuyến công, xúc tiến thương mại 2025", "2025", "in_progress", ""),
        ("KH127.PL.II.12", "LMHTX", "Quyết định của UBND tỉnh", "", "done", "28/12/2023"),
        ("KH127.PL.IV.2", "SNV", "Kế hoạch đào tạo, bồi dưỡng 2025", "2025", "done", "10/04/2025"),
        ("KH127.PL.IV.4", "660", "Quyết định kiện toàn Ban Chỉ đạo cấp huyện", "", "done", "15/09/2023"),
        ("KH127.PL.IV.4", "664", "Quyết định kiện toàn Ban Chỉ đạo cấp huyện", "", "not_started", ""),
        # The province's own duties under the national programmes, logged by the provincial alliance
        # (809/KH part II) and the People's Committee (134/NQ-CP).
        ("KH809.PL.II.1", "LMHTX", "Chương trình phối hợp cấp tỉnh", "", "done", "20/12/2020"),
        ("KH809.PL.II.2", "LMHTX", "Kế hoạch thực hiện 2020", "", "done", "28/12/2020"),
        ("NQ134.PL.II.1", "67", "Kế hoạch phát triển KTTT 2021-2025", "", "done", "30/06/2021"),
        ("NQ134.PL.IV.1", "67", "Đề án kiện toàn tổ chức bộ máy", "", "in_progress", ""),
    ]
    write_csv(os.path.join(out, "tasks.csv"), TASK_HEADER, tasks)

    with open(os.path.join(out, "submission.yaml"), "w", encoding="utf-8") as f:
        f.write("""# Đắk Nông province, end of 2025: a sample submission (generated by Samples/tools/make_samples.py).
coopcheck_submission: 1
unit: SKHDT
unit_name: Sở Kế hoạch và Đầu tư tỉnh Đắk Nông
province: "67"
period: 2025
prepared_on: 2026-01-10
conventions:
  numbers: vietnamese     # 1.500 is fifteen hundred, 12,5 is twelve and a half
  dates: dd/mm/yyyy
  checkmarks: true        # an empty yes/no cell means no
""" + PROVINCE_FILES)


# Lâm Đồng after 1 July 2025: Đắk Nông (67) and Bình Thuận (60) merged into it, the district level
# ended, and Đắk Nông's 71 communes became 28. Chunk sizes per former district, in the order of
# DAK_NONG_DISTRICTS; each new unit takes in the old communes of its chunk (illustrative grouping).
FORMER_DAK_NONG_CHUNKS = [(3, 3, 2), (3, 2, 2), (3, 3, 2), (3, 3, 2, 2), (3, 3, 2, 2, 2), (3, 2, 2, 2), (3, 3, 3, 2), (3, 3)]
GIA_NGHIA_WARDS = ["Phường Bắc Gia Nghĩa", "Phường Nam Gia Nghĩa", "Phường Đông Gia Nghĩa"]
OTHER_LAM_DONG = ["Phường Xuân Hương - Đà Lạt", "Phường Lâm Viên - Đà Lạt", "Phường Cam Ly - Đà Lạt", "Phường B'Lao",
                  "Xã Đức Trọng", "Xã Di Linh", "Xã Lạc Dương", "Phường Phan Thiết", "Phường Mũi Né", "Phường La Gi",
                  "Xã Hàm Thuận", "Đặc khu Phú Quý"]
LAM_DONG_AGENCIES = [
    ("STC", "Sở Tài chính"), ("SNNMT", "Sở Nông nghiệp và Môi trường"), ("SCT", "Sở Công Thương"),
    ("SNV", "Sở Nội vụ"), ("SKHCN", "Sở Khoa học và Công nghệ"), ("SXD", "Sở Xây dựng"),
    ("LMHTX", "Liên minh Hợp tác xã tỉnh Lâm Đồng"), ("HND", "Hội Nông dân tỉnh Lâm Đồng"),
    ("BHXH", "Bảo hiểm xã hội tỉnh Lâm Đồng"), ("CTHUE", "Thuế tỉnh Lâm Đồng"), ("NHNN", "Ngân hàng Nhà nước chi nhánh tỉnh"),
]
# Departments that ceased on 1 March 2025, each with the one that took over its work.
CEASED_AGENCIES = [("SKHDT", "Sở Kế hoạch và Đầu tư", "STC"), ("SNN", "Sở Nông nghiệp và Phát triển nông thôn", "SNNMT"),
                   ("SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "SNV"), ("STTTT", "Sở Thông tin và Truyền thông", "SKHCN"),
                   ("SGTVT", "Sở Giao thông vận tải", "SXD"), ("STNMT", "Sở Tài nguyên và Môi trường", "SNNMT")]


def lam_dong():
    rng = random.Random(2026)
    out = os.path.join(ROOT, "lam-dong-2026")
    merged, ended = "30/06/2025", "28/02/2025"
    units = [("68", "Tỉnh Lâm Đồng", "Tỉnh", "", "", "", ""),
             ("67", "Tỉnh Đắk Nông", "Tỉnh", "", "", merged, "68"),
             ("60", "Tỉnh Bình Thuận", "Tỉnh", "", "", merged, "68")]
    former, old = [], []
    for (code, name, names), chunks in zip(DAK_NONG_DISTRICTS, FORMER_DAK_NONG_CHUNKS):
        units.append((code, name, name.split(" ")[0] if code != "660" else "Thành phố", "67", "", merged, ""))
        i = 0
        for n, size in enumerate(chunks):
            new_code = f"68{len(former) + 101}"
            new_name = GIA_NGHIA_WARDS[n] if code == "660" else "Xã " + names[i]
            former.append((new_code, new_name))
            for commune in names[i:i + size]:
                old.append((f"{code}{names.index(commune) + 1:02d}", ("Phường " if code == "660" and names.index(commune) < 6 else "Xã ") + commune,
                            "Phường" if code == "660" and names.index(commune) < 6 else "Xã", code, "", merged, new_code))
            i += size
    units += old
    others = [(f"68{201 + n}", name) for n, name in enumerate(OTHER_LAM_DONG)]
    for code, name in former + others:
        units.append((code, name, name.split(" ")[0] if not name.startswith("Đặc khu") else "Đặc khu", "68", "01/07/2025", "", ""))
    for code, name in LAM_DONG_AGENCIES:
        units.append((code, name, "Cơ quan", "68", "", "", ""))
    for code, name, successor in CEASED_AGENCIES:
        units.append((code, name, "Cơ quan", "68", "", ended, successor))
    write_csv(os.path.join(out, "units.csv"),
              ["Mã đơn vị", "Tên đơn vị", "Cấp", "Mã đơn vị cấp trên", "Hiệu lực từ ngày", "Hiệu lực đến ngày", "Mã đơn vị kế thừa"],
              units, delimiter=";", bom=True, crlf=True)

    header = ["Mã HTX", "Tên HTX", "Loại hình", "Lĩnh vực", "Tỉnh", "Xã", "Ngày thành lập", "Tình trạng",
              "Số thành viên", "Thành viên Liên minh HTX", "Do Hội Nông dân hỗ trợ thành lập",
              "Liên kết với doanh nghiệp", "Tham gia chuỗi giá trị", "Xếp loại", "Hoạt động hiệu quả",
              "Ứng dụng công nghệ cao", "Có sản phẩm OCOP", "Chuyển đổi số", "Thuộc diện kiểm toán bắt buộc",
              "Được tư vấn kiểm toán", "Số cán bộ chủ chốt", "Số cán bộ chủ chốt được đào tạo", "HTX kiểu mới"]
    rows = []
    places = [c for c, _ in former] * 2 + [c for c, _ in others]
    for n in range(1, 141):
        kind = rng.choice(["HTX"] * 3 + ["THT"])
        commune = rng.choice(places)
        sector = rng.choice(SECTORS)
        founded = vn_date(rng.choice([2010, 2016, 2019, 2021, 2023, 2024, 2025, 2026]), rng.randrange(1, 13), rng.randrange(1, 29))
        if founded.endswith("2026"):
            founded = vn_date(2026, rng.randrange(1, 11), rng.randrange(1, 29))
        yes = lambda p: "x" if rng.random() < p else ""
        fu = yes(0.45 if sector == "agriculture" else 0.1)
        audit_required = yes(0.2) if kind == "HTX" else ""
        key_staff = rng.randrange(2, 8) if kind == "HTX" else rng.randrange(1, 3)
        rating = "" if kind == "THT" else rng.choices(["tốt", "khá", "trung bình", "yếu"], [25, 40, 25, 10])[0]
        name = f"{'Hợp tác xã' if kind == 'HTX' else 'Tổ hợp tác'} {rng.choice(PRODUCTS)} {n:03d}"
        rows.append([f"68{n:05d}", name, kind, {"agriculture": "nông nghiệp", "trade": "thương mại", "services": "dịch vụ",
                     "industry": "công nghiệp", "transport": "vận tải", "credit": "tín dụng", "construction": "xây dựng"}[sector],
                     "68", commune, founded, rng.choices(["đang hoạt động", "ngừng hoạt động"], [92, 8])[0],
                     rng.randrange(7, 150) if kind == "HTX" else rng.randrange(3, 25), yes(0.5), fu, yes(0.4 if fu else 0.3),
                     yes(0.3), rating, "x" if rating in ("tốt", "khá") else "", yes(0.1), yes(0.12), yes(0.35), audit_required, "x" if audit_required and rng.random() < 0.9 else "",
                     key_staff, rng.randrange(0, key_staff + 1), yes(0.3) if kind == "HTX" else ""])
    write_csv(os.path.join(out, "cooperatives.csv"), header, rows, delimiter=";", bom=True, crlf=True)

    indicators = [("LMHTX", "news_items", 2026, "", 74), ("LMHTX", "conferences", 2026, "", 3),
                  ("LMHTX", "key_staff_trained", 2026, "", 180), ("HND", "founders_mobilised", 2026, "", 41),
                  ("LMHTX", "alliance_member_cooperatives", 2026, "", 265)]
    write_csv(os.path.join(out, "indicators.csv"), ["Đơn vị", "Chỉ tiêu", "Năm", "Kỳ", "Giá trị"], indicators,
              delimiter=";", bom=True, crlf=True)
    # The provincial bodies' yearly reports under Plan 127 since the merger (due 15/12); Thuế tỉnh sent 2026 late.
    reports = []
    for year in (2025, 2026):
        for agency in ("STC", "SNNMT", "SCT", "SNV", "SKHCN", "SXD", "LMHTX", "BHXH", "CTHUE", "NHNN"):
            late = agency == "CTHUE" and year == 2026
            reports.append((agency, "annual-ket-report", str(year), vn_date(year, 12, 19 if late else 10), "STC"))
    reports.append(("LMHTX", "annual-ctph-254", "2026", vn_date(2026, 12, 12), "Liên minh HTX Việt Nam"))
    write_csv(os.path.join(out, "reports.csv"), ["Đơn vị báo cáo", "Báo cáo", "Kỳ báo cáo", "Ngày gửi", "Nơi nhận"], reports,
              delimiter=";", bom=True, crlf=True)
    tasks = [
        ("KH127.PL.II.3", "STC", "Kế hoạch chuyển đổi số khu vực KTTT", "", "done", "20/11/2025"),
        ("KH127.PL.II.8", "SCT", "Kế hoạch khuyến công, xúc tiến thương mại 2026", "2026", "done", "16/03/2026"),
        ("KH127.PL.I.1", "STC", "Hội nghị quán triệt", "", "in_progress", ""),
    ]
    write_csv(os.path.join(out, "tasks.csv"), ["Mã nhiệm vụ", "Đơn vị chủ trì", "Sản phẩm", "Kỳ", "Tình trạng", "Ngày hoàn thành"],
              tasks, delimiter=";", bom=True, crlf=True)

    with open(os.path.join(out, "submission.yaml"), "w", encoding="utf-8") as f:
        f.write("""# Lâm Đồng province, 2026: a sample submission on the map of 1/7/2025 (generated by
# Samples/tools/make_samples.py). Communes sit directly under the province; the units file keeps
# former Đắk Nông's districts and communes with the day they ended and the commune that took them in.
coopcheck_submission: 1
unit: STC
unit_name: Sở Tài chính tỉnh Lâm Đồng
province: "68"
period: 2026
prepared_on: 2027-01-12
conventions:
  numbers: vietnamese
  dates: dd/mm/yyyy
  checkmarks: true
""" + PROVINCE_FILES)


# The bodies of the Government (25/9/2020) and the central organisations the packs name, with the
# codes the rule packs use for them (nq-134-2020.yaml, NQ134.III.1.c).
CENTRAL_BODIES = [
    ("MOD", "Bộ Quốc phòng"), ("MPS", "Bộ Công an"), ("MOFA", "Bộ Ngoại giao"), ("MOHA", "Bộ Nội vụ"),
    ("MOJ", "Bộ Tư pháp"), ("MPI", "Bộ Kế hoạch và Đầu tư"), ("MOF", "Bộ Tài chính"), ("MOIT", "Bộ Công Thương"),
    ("MARD", "Bộ Nông nghiệp và Phát triển nông thôn"), ("MOT", "Bộ Giao thông vận tải"), ("MOC", "Bộ Xây dựng"),
    ("MONRE", "Bộ Tài nguyên và Môi trường"), ("MIC", "Bộ Thông tin và Truyền thông"),
    ("MOLISA", "Bộ Lao động - Thương binh và Xã hội"), ("MOCST", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("MOST", "Bộ Khoa học và Công nghệ"), ("MOET", "Bộ Giáo dục và Đào tạo"), ("MOH", "Bộ Y tế"),
    ("CEMA", "Ủy ban Dân tộc"), ("SBV", "Ngân hàng Nhà nước Việt Nam"), ("GIV", "Thanh tra Chính phủ"),
    ("OOG", "Văn phòng Chính phủ"), ("HCMMB", "Ban Quản lý Lăng Chủ tịch Hồ Chí Minh"),
    ("VSS", "Bảo hiểm xã hội Việt Nam"), ("VNA", "Thông tấn xã Việt Nam"), ("VOV", "Đài Tiếng nói Việt Nam"),
    ("VTV", "Đài Truyền hình Việt Nam"), ("HCMA", "Học viện Chính trị quốc gia Hồ Chí Minh"),
    ("VAST", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam"), ("VASS", "Viện Hàn lâm Khoa học xã hội Việt Nam"),
    ("CMSC", "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp"),
    ("BCDKTTT", "Ban Chỉ đạo Đổi mới, phát triển kinh tế tập thể, hợp tác xã"),
    ("TWHNDVN", "Trung ương Hội Nông dân Việt Nam"), ("TWDTN", "Trung ương Đoàn TNCS Hồ Chí Minh"),
    ("TWHLHPNVN", "Trung ương Hội Liên hiệp Phụ nữ Việt Nam"), ("TWHCCBVN", "Trung ương Hội Cựu chiến binh Việt Nam"),
]

NATIONAL_PROVINCES = [("34", "Tỉnh Thái Bình", ["336", "337", "338"]), ("89", "Tỉnh An Giang", ["883", "886", "888"]),
                      ("14", "Tỉnh Sơn La", ["116", "118", "119"])]


def national():
    """Three provinces for the central programmes: English headers, commas, ISO dates, YAML and JSON files."""
    rng = random.Random(254)
    out = os.path.join(ROOT, "national-2025")
    units = [("VN", "Việt Nam", "agency", "", "", ""), ("LMHTXVN", "Liên minh Hợp tác xã Việt Nam", "agency", "VN", "", "")]
    units += [(code, name, "agency", "VN", "", "") for code, name in CENTRAL_BODIES]
    communes = []
    for pcode, pname, districts in NATIONAL_PROVINCES:
        units.append((pcode, pname, "province", "VN", "", ""))
        for dcode in districts:
            units.append((dcode, f"District {dcode}", "district", pcode, "", ""))
            for i in range(1, 5):
                ccode = f"{dcode}{i:02d}"
                households = rng.randrange(800, 5000)
                units.append((ccode, f"Commune {ccode}", "commune", dcode, households, households * 4))
                communes.append((ccode, dcode, pcode))
    write_csv(os.path.join(out, "units.csv"), ["code", "name", "level", "parent_code", "farm_households", "population"], units)

    header = ["id", "name", "kind", "sector", "province", "district", "commune", "founded_on", "status", "members",
              "farmers_union_supported", "women_union_supported", "youth_union_supported", "linked_with_enterprise",
              "credit_access", "support_fund_loan", "rating", "effective", "ocop_product", "audit_required",
              "audit_advised", "key_staff", "key_staff_trained", "revenue"]
    rows = []
    for n in range(1, 241):
        commune, district, province = rng.choice(communes)
        kind = rng.choice(["HTX", "HTX", "THT"])
        fu = rng.random() < 0.5
        audit_required = kind == "HTX" and rng.random() < 0.2
        key_staff = rng.randrange(1, 7)
        rows.append([f"{province}{n:06d}", f"Cooperative {n:03d}", kind, rng.choice(SECTORS), province, district, commune,
                     f"{rng.choice([2016, 2019, 2020, 2021, 2022, 2023, 2024, 2025])}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
                     "active" if rng.random() < 0.92 else "stopped", rng.randrange(7, 250),
                     str(fu).lower(), str(rng.random() < 0.15).lower(), str(rng.random() < 0.1).lower(),
                     str(rng.random() < (0.5 if fu else 0.3)).lower(), str(rng.random() < 0.33).lower(),
                     str(rng.random() < 0.1).lower(), rng.choice(["good", "fair", "average", "weak", ""]),
                     str(rng.random() < 0.6).lower(), str(rng.random() < 0.15).lower(), str(audit_required).lower(),
                     str(audit_required and rng.random() < 0.9).lower(), key_staff, rng.randrange(0, key_staff + 1),
                     f"{rng.randrange(100, 50000) * 1000000}.5"])
    write_csv(os.path.join(out, "cooperatives.csv"), header, rows)

    with open(os.path.join(out, "reports.yaml"), "w", encoding="utf-8") as f:
        f.write("# The report log of the provincial alliances, as YAML.\n")
        for pcode, _, _ in NATIONAL_PROVINCES:
            for year in (2024, 2025):
                f.write(f"- {{ unit: \"{pcode}\", report: annual-ctph-254, period: \"{year}\", submitted_on: {year}-12-{10 + int(pcode) % 7:02d}, recipient: LMHTXVN }}\n")
    reports = []
    for pcode, _, _ in NATIONAL_PROVINCES:
        for year in range(2020, 2026):
            late = pcode == "89" and year == 2024
            reports.append((pcode, "annual-report-mpi", str(year), f"{year}-12-{26 if late else 20}", "MPI"))
    # The ministries and agencies report to MPI too (NQ134.III.1.c): one files late in 2023, one
    # never sent its 2025 report.
    for code, _ in CENTRAL_BODIES[:30]:
        if code == "MPI":
            continue
        for year in range(2020, 2026):
            if code == "MOT" and year == 2025:
                continue
            reports.append((code, "annual-report-mpi", str(year), f"{year}-12-{27 if code == 'MOH' and year == 2023 else 21}", "MPI"))
    write_csv(os.path.join(out, "reports-mpi.csv"), REPORT_HEADER, reports)
    tasks = [
        ("NQ134.PL.I.1", "MIC", "Chương trình truyền thông", "", "done", "2021-05-10"),
        ("NQ134.PL.I.2", "VASS", "Báo cáo nghiên cứu", "", "done", "2022-03-01"),
        ("NQ134.PL.II.1", "34", "Kế hoạch phát triển KTTT 2021-2025", "", "done", "2021-03-01"),
        ("NQ134.PL.II.1", "89", "Kế hoạch phát triển KTTT 2021-2025", "", "done", "2022-02-01"),
        ("NQ134.PL.II.1", "14", "Kế hoạch phát triển KTTT 2021-2025", "", "done", "2021-06-30"),
        ("NQ134.PL.II.2", "BCDKTTT", "Báo cáo tổng kết 20 năm", "", "done", "2022-06-30"),
        ("NQ134.PL.II.3", "BCDKTTT", "Báo cáo tổng kết 10 năm", "", "done", "2022-11-20"),
        ("NQ134.PL.II.12", "MPI", "Đề án", "", "not_started", ""),
        ("NQ134.PL.II.13", "MARD", "Đề án", "", "done", "2021-10-01"),
        ("KH809.PL.I.1", "LMHTXVN", "Kế hoạch thực hiện", "", "done", "2020-11-15"),
        ("KH809.PL.I.2", "LMHTXVN", "Kế hoạch tuyên truyền", "", "done", "2021-01-20"),
        ("CTPH254.PL.1.2", "LMHTXVN", "Cuộc thi", "", "done", "2024-11-30"),
        # Duties of every provincial alliance (809/KH part II): Thái Bình and An Giang set up their
        # coordination programmes, Sơn La has no entry.
        ("KH809.PL.II.1", "34", "Chương trình phối hợp cấp tỉnh", "", "done", "2020-12-15"),
        ("KH809.PL.II.1", "89", "Chương trình phối hợp cấp tỉnh", "", "done", "2021-01-20"),
    ]
    write_csv(os.path.join(out, "tasks.csv"), TASK_HEADER, tasks)

    with open(os.path.join(out, "indicators.json"), "w", encoding="utf-8") as f:
        items = []
        for pcode, _, _ in NATIONAL_PROVINCES:
            for year in (2024, 2025):
                items.append(f'  {{"unit": "{pcode}", "indicator": "news_items", "year": "{year}", "value": "{rng.randrange(60, 400)}"}}')
                items.append(f'  {{"unit": "{pcode}", "indicator": "founders_mobilised", "year": "{year}", "value": "{rng.randrange(30, 200)}"}}')
        for year in range(2021, 2026):
            items.append(f'  {{"unit": "LMHTXVN", "indicator": "coordination_value_chain_models", "year": "{year}", "value": "4"}}')
        f.write("[\n" + ",\n".join(items) + "\n]\n")
    with open(os.path.join(out, "submission.yaml"), "w", encoding="utf-8") as f:
        f.write("""# Three provinces at the end of 2025, for the central programmes (254-CTPH, 809/KH, 134/NQ-CP).
# Generated by Samples/tools/make_samples.py.
coopcheck_submission: 1
unit: LMHTXVN
unit_name: Liên minh Hợp tác xã Việt Nam
period: 2025
prepared_on: 2026-01-15
conventions:
  numbers: international  # 1500.5
  dates: iso
files:
  - { path: units.csv, kind: units }
  - { path: cooperatives.csv, kind: cooperatives }
  - { path: reports.yaml, kind: reports }
  - { path: indicators.json, kind: indicators }
  - { path: reports-mpi.csv, kind: reports }
  - { path: tasks.csv, kind: tasks }
""")


INVALID_UNITS = [("67", "Tỉnh Đắk Nông", "province", "", "", ""), ("664", "Huyện Krông Nô", "district", "67", "", ""),
                 ("66401", "Xã Đắk Mâm", "commune", "664", "1.200", "4.900"), ("66402", "Xã Đắk Sôr", "commune", "664", "980", "3.800")]
INVALID_HEADER = ["Mã HTX", "Tên HTX", "Loại hình", "Lĩnh vực", "Tỉnh", "Huyện", "Xã", "Ngày thành lập", "Tình trạng",
                  "Số thành viên", "Số cán bộ chủ chốt", "Số cán bộ chủ chốt được đào tạo"]
GOOD_ROWS = [["6700001", "HTX Cà phê Đắk Mâm", "HTX", "nông nghiệp", "67", "664", "66401", "15/03/2019", "đang hoạt động", "1.250", "5", "4"],
             ["6700002", "HTX Hồ tiêu Đắk Sôr", "HTX", "nông nghiệp", "67", "664", "66402", "02/11/2021", "đang hoạt động", "48", "4", "4"]]


def encode(text, encoding):
    """Encodes text; for Windows-1258, splits each tone mark off its letter as that code page does."""
    if encoding != "cp1258":
        return text.encode(encoding)
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            nfd = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in tones))
            out += base.encode("cp1258") + "".join(c for c in nfd if c in tones).encode("cp1258")
    return out


def invalid_case(name, description, rows, header=INVALID_HEADER, encoding="utf-8", extra_manifest=""):
    out = os.path.join(ROOT, "invalid", name)
    write_csv(os.path.join(out, "units.csv"), ["code", "name", "level", "parent_code", "farm_households", "population"], INVALID_UNITS)
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows([header] + rows)
    with open(os.path.join(out, "cooperatives.csv"), "wb") as f:
        f.write(encode(buffer.getvalue(), encoding))
    with open(os.path.join(out, "submission.yaml"), "w", encoding="utf-8") as f:
        f.write(f"""# {description}
coopcheck_submission: 1
unit: SKHDT
province: "67"
period: 2025
prepared_on: 2026-01-10
conventions: {{ numbers: vietnamese, dates: dd/mm/yyyy }}
files:
  - {{ path: units.csv, kind: units }}
  - {{ path: cooperatives.csv, kind: cooperatives }}
{extra_manifest}""")


def invalid():
    invalid_case("wrong-encoding", "Saved from an old spreadsheet in Windows-1258 instead of UTF-8.",
                 GOOD_ROWS, encoding="cp1258")
    invalid_case("bad-dates", "Dates that do not exist or are written month first.",
                 GOOD_ROWS + [["6700003", "HTX Chanh dây", "HTX", "nông nghiệp", "67", "664", "66401", "31/02/2025", "đang hoạt động", "12", "3", "1"],
                              ["6700004", "HTX Mắc ca", "HTX", "nông nghiệp", "67", "664", "66402", "12/25/2024", "đang hoạt động", "9", "2", "1"],
                              ["6700005", "HTX Sầu riêng", "HTX", "nông nghiệp", "67", "664", "66402", "15/12/2026", "đang hoạt động", "9", "2", "1"]])
    invalid_case("ambiguous-number", "'1,500' members: fifteen hundred or one and a half? The manifest says Vietnamese numbers.",
                 GOOD_ROWS + [["6700003", "HTX Rau an toàn", "HTX", "nông nghiệp", "67", "664", "66401", "01/06/2020", "đang hoạt động", "1,500", "3", "2"],
                              ["6700004", "HTX Lúa", "HTX", "nông nghiệp", "67", "664", "66401", "01/06/2020", "đang hoạt động", "12,5", "3", "2"]])
    invalid_case("missing-column", "The name column (Tên HTX) was deleted.",
                 [[c for i, c in enumerate(r) if i != 1] for r in GOOD_ROWS], header=[h for h in INVALID_HEADER if h != "Tên HTX"])
    invalid_case("duplicate-id", "The same cooperative entered twice.",
                 GOOD_ROWS + [["6700001", "HTX Cà phê Đắk Mâm (trùng)", "HTX", "nông nghiệp", "67", "664", "66401", "15/03/2019", "đang hoạt động", "1.250", "5", "4"]])
    invalid_case("unknown-commune", "A commune code that is not in units.csv, and a district given as a commune.",
                 GOOD_ROWS + [["6700003", "HTX Bơ", "HTX", "nông nghiệp", "67", "664", "66409", "01/06/2020", "đang hoạt động", "20", "3", "2"],
                              ["6700004", "HTX Nuôi cá", "HTX", "nông nghiệp", "67", "664", "664", "01/06/2020", "đang hoạt động", "20", "3", "2"]])
    invalid_case("inconsistent", "Trained key staff above key staff; an unknown kind; a wrong yes/no.",
                 GOOD_ROWS + [["6700003", "HTX Dịch vụ", "HTX", "dịch vụ", "67", "664", "66401", "01/06/2020", "đang hoạt động", "20", "3", "5"],
                              ["6700004", "HTX Vận tải", "HTXX", "vận tải", "67", "664", "66401", "01/06/2020", "đang hoạt động", "20", "3", "2"]])
    invalid_case("outside-folder", "The manifest points outside the submission folder.", GOOD_ROWS,
                 extra_manifest="  - { path: ../../../etc/passwd, kind: reports }\n  - { path: /etc/hostname, kind: tasks }\n")


if __name__ == "__main__":
    dak_nong()
    lam_dong()
    national()
    invalid()
