#!/usr/bin/env python3
"""eaf catalog end to end: the workbook read back with openpyxl (sheets, headers, frozen header row,
autofilter, rows equal to the JSON of the same run, stable facts of the bundled architectures), the
same bytes twice, no formula from model text, CSV with a BOM and RFC 4180 quoting, and an output in a
missing directory refused with nothing written.

usage: check_catalog.py EAF SOURCE_DIR WORK_DIR"""
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile

try:
    import openpyxl
except ImportError:
    # Debian's python3-openpyxl belongs to the system's Python; another python3 may come first on PATH.
    if os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3") and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3", *sys.argv])
    raise

EAF, SOURCE, WORK = sys.argv[1], sys.argv[2], sys.argv[3]
ARCHITECTURES = os.path.join(SOURCE, "architectures")
FIXTURE = os.path.join(SOURCE, "tests", "data", "catalog")
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1781524800")
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what)


def eaf(*args):
    return subprocess.run([EAF, "catalog", *args], env=ENV, capture_output=True, text=True)


def tables_json(*args):
    run = eaf("--format", "json", *args)
    check(run.returncode == 0, f"json exit {run.returncode}: {run.stderr}")
    return json.loads(run.stdout)["tables"]


def workbook(path, *args):
    run = eaf("-o", path, *args)
    check(run.returncode == 0, f"xlsx exit {run.returncode}: {run.stderr}")
    return openpyxl.load_workbook(path)


shutil.rmtree(WORK, ignore_errors=True)
os.makedirs(WORK)

# The bundled architectures: every sheet as the JSON of the same run says, in Vietnamese.
for lang, titles in (("vi", ["Tổng hợp", "Hệ thống thông tin", "Cơ sở dữ liệu", "Dịch vụ chia sẻ dữ liệu", "Nhiệm vụ", "Tổng hợp kết quả kiểm tra",
                             "Kết quả kiểm tra", "Ma trận kết nối"]),
                     ("en", ["Summary", "Information systems", "Databases", "Data-sharing services", "Work packages", "Findings by rule", "Findings",
                             "Connection matrix"])):
    for state in ("target", "baseline"):
        tables = tables_json("--lang", lang, "--state", state, ARCHITECTURES)
        path = os.path.join(WORK, f"arch-{lang}-{state}.xlsx")
        book = workbook(path, "--lang", lang, "--state", state, ARCHITECTURES)
        check(book.sheetnames == titles, f"{lang} sheets {book.sheetnames}")
        check([t["title"] for t in tables] == titles, f"{lang} json titles")
        for table, sheet in zip(tables, book.worksheets):
            rows = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
            check(rows[0] == table["headers"], f"{sheet.title}: headers {rows[0]}")
            check(rows[1:] == table["rows"], f"{sheet.title} ({lang}, {state}): rows differ from the JSON")
            check(sheet.freeze_panes == "A2", f"{sheet.title}: frozen {sheet.freeze_panes}")
            last = openpyxl.utils.get_column_letter(len(table["headers"]))
            check(sheet.auto_filter.ref == f"A1:{last}{len(table['rows']) + 1}", f"{sheet.title}: autofilter {sheet.auto_filter.ref}")
            for index, header in enumerate(table["headers"]):
                width = sheet.column_dimensions[openpyxl.utils.get_column_letter(index + 1)].width
                check(width >= min(len(header), 60), f"{sheet.title}: column {header} {width} narrower than its header")
        # The summary counts what the services table lists: its declared services and its systems other
        # agencies exchange data with (national ones in the national file's row, each by its owner).
        by_id = {t["id"]: t for t in tables}
        summary, services = by_id["summary"]["rows"], by_id["services"]["rows"]
        check(sum(int(row[6]) for row in summary) == len(services) > 0,
              f"{lang} {state}: summary counts {[row[6] for row in summary]} services, the table lists {len(services)}")
        for row in summary:
            if row[1] in ("cấp bộ", "cấp tỉnh", "ministry", "province"):
                listed = sum(1 for service in services if service[0] == row[0])
                check(int(row[6]) == listed, f"{lang} {state}: {row[0]} counts {row[6]} services, the table lists {listed}")

# Stable facts of the bundled architectures (target): the national register once, Phú Thọ once
# although its target is given as .xml and .archimate, the summary's agencies.
tables = {t["id"]: t for t in tables_json("--lang", "vi", ARCHITECTURES)}
summary = tables["summary"]
agencies = [row[0] for row in summary["rows"]]
check(agencies == sorted(agencies) and agencies.count("PTO") == 1, f"summary agencies {agencies}")
for agency in ("BTP", "BYT", "LSN", "PTO", "SLA", "VN"):
    check(agency in agencies, f"summary lacks {agency}")
systems = tables["systems"]
codes = [row[1] for row in systems["rows"]]
check(codes.count("VN-NGSP") == 1, f"VN-NGSP listed {codes.count('VN-NGSP')} times")
check(codes.count("PTO-LGSP") <= 1, "PTO-LGSP listed twice")
kind_column = systems["headers"].index("Loại")
check(all(not row[kind_column].startswith(("app.", "platform.", "portal.")) for row in systems["rows"]), "a kind printed as its code")
databases = tables["databases"]
check(any(row[1] == "VN-DB-POPULATION" and row[6] == "bản gốc" for row in databases["rows"]), "the population database is not a master")
counts = {row[0]: row for row in summary["rows"]}
for agency, row in counts.items():
    systems_of = sum(1 for r in systems["rows"] if r[0] == agency)
    check(int(row[4]) == systems_of, f"{agency}: summary says {row[4]} systems, the sheet lists {systems_of}")

# Data-sharing services as the models draw them: BYT exchanges with BTP's civil-status system through
# its LGSP (architectures/ministries/byt/target.xml, byt-r-fl-lgsp-btp-hotich, a named Flow), and every
# agency reaches the national population database through its LGSP and the NGSP.
services = tables["services"]
hotich = [row for row in services["rows"] if "(BTP-HOTICH)" in row[2]]
check(len(hotich) == 1, f"BTP-HOTICH services rows {hotich}")
if hotich:
    row = hotich[0]
    check(row[0] == "BTP" and "BYT" in row[3].split("; ") and "giấy chứng sinh" in row[1], f"BTP-HOTICH row {row}")
    check("LGSP Bộ Y tế" in row[4] or "Bộ Y tế" in row[4], f"BTP-HOTICH platform {row[4]}")
population = [row for row in services["rows"] if "(VN-DB-POPULATION)" in row[2]]
check(len(population) == 1 and population[0][0] == "BCA" and set(population[0][3].split("; ")) >= {"BTP", "BYT", "LSN", "PTO", "SLA"}
      and "NGSP" in population[0][4], f"population database row {population}")
check(not any("(VN-NGSP)" in row[2] for row in services["rows"]), "a platform listed as a data-sharing service")


def findings_links(book):
    """The matrix's links: (agency, rule, the row's sheet, its row) for every linked cell."""
    matrix = book.worksheets[-1]
    links = []
    for row in matrix.iter_rows(min_row=2):
        for cell in row[1:]:
            if cell.hyperlink is not None:
                location = cell.hyperlink.location or ""
                sheet, _, target = location.rpartition("!")
                links.append((row[0].value, str(cell.value), sheet.strip("'"), int(target[1:]) if target[1:].isdigit() else -1))
    return links


# The baseline breaks rules in the matrix: each such cell links to its finding's row (same agency,
# same rule); with --max-findings 1 the findings sheet says what is left out, the summary still counts
# every finding, and the links go to the summary's row of the agency and rule.
for cut in (False, True):
    extra = ("--max-findings", "1") if cut else ()
    book = workbook(os.path.join(WORK, f"links-{cut}.xlsx"), "--lang", "vi", "--state", "baseline", *extra, ARCHITECTURES)
    links = findings_links(book)
    rule_cells = [str(c.value) for row in book.worksheets[-1].iter_rows(min_row=2) for c in row[1:] if "[" in str(c.value)]
    check(rule_cells and len(links) == len(rule_cells), f"cut={cut}: {len(links)} links for {len(rule_cells)} cells breaking a rule")
    for agency, text, sheet, target in links:
        check(sheet == ("Tổng hợp kết quả kiểm tra" if cut else "Kết quả kiểm tra"), f"cut={cut}: link to sheet {sheet}")
        if sheet in book.sheetnames and target > 1:
            linked = [c.value for c in book[sheet][target]]
            check(linked[0] == agency and f"[{linked[1]}]" in text, f"cut={cut}: {agency} {text} links to row {target}: {linked}")
full = tables_json("--lang", "vi", "--state", "baseline", ARCHITECTURES)
full = {t["id"]: t for t in full}
book = workbook(os.path.join(WORK, "cut.xlsx"), "--lang", "vi", "--state", "baseline", "--max-findings", "2", ARCHITECTURES)
rows = [[("" if v is None else str(v)) for v in row] for row in book["Kết quả kiểm tra"].iter_rows(values_only=True)]
total = len(full["findings"]["rows"])
check(total > 2 and len(rows) == 1 + 1 + 2, f"cut findings sheet: {len(rows)} rows of {total}")
check(f"Chỉ liệt kê 2 trong số {total} phát hiện" in rows[1][4] and "--format csv" in rows[1][4] and "--max-findings 0" in rows[1][4],
      f"cut note {rows[1]}")
summary_rows = [[("" if v is None else str(v)) for v in row] for row in book["Tổng hợp kết quả kiểm tra"].iter_rows(values_only=True)]
check(sum(int(r[4]) + int(r[5]) for r in summary_rows[1:]) == total, "the findings summary does not count every finding")
check(summary_rows[1:] == full["findings-summary"]["rows"], "the findings summary differs from the JSON's")
check(all(r[2] for r in summary_rows[1:]), "a rule without its title in the findings summary")
severities = [r[2] for r in rows[2:]]
check(all(s == "lỗi" for s in severities) or "lỗi" not in [r[2] for r in full["findings"]["rows"]], f"cut keeps errors first: {severities}")
run = eaf("--lang", "en", "--state", "baseline", "--max-findings", "2", "-o", os.path.join(WORK, "cut-en.xlsx"), ARCHITECTURES)
en_note = openpyxl.load_workbook(os.path.join(WORK, "cut-en.xlsx"))["Findings"]["E2"].value or ""
check(f"Only 2 of {total} findings are listed" in en_note and "--format csv" in en_note, f"English cut note {en_note!r}")
book = workbook(os.path.join(WORK, "all.xlsx"), "--lang", "vi", "--state", "baseline", "--max-findings", "0", ARCHITECTURES)
check(book["Kết quả kiểm tra"].max_row == total + 1, "--max-findings 0 does not list every finding")

# The same input gives the same bytes.
first, second = os.path.join(WORK, "same-1.xlsx"), os.path.join(WORK, "same-2.xlsx")
eaf("-o", first, ARCHITECTURES)
eaf("-o", second, ARCHITECTURES)
check(open(first, "rb").read() == open(second, "rb").read(), "two runs gave different workbooks")
# Deflated at zlib's fastest level (review/export/workbook_zip.cpp, under libxlsxwriter): minizip
# marks such entries "super fast" (general purpose bits 1 and 2, value 6); level 6 would leave them 0.
# eaf deflates them itself and gives minizip their CRC: each entry reads back with its CRC right.
with zipfile.ZipFile(first) as package:
    flags = sorted({(entry.compress_type, entry.flag_bits & 6) for entry in package.infolist()})
    bad = package.testzip()
check(flags == [(zipfile.ZIP_DEFLATED, 6)], f"workbook entries not deflated at the fastest level: (method, flag bits) {flags}")
check(bad is None, f"workbook entry {bad} does not match its CRC")

# The fixture: derived columns, a copy of the target counted once, no formula from a name.
fixture = {t["id"]: t for t in tables_json("--lang", "vi", FIXTURE)}
rows = {row[1]: row for row in fixture["systems"]["rows"]}
check(len(fixture["systems"]["rows"]) == 4, f"fixture systems {fixture['systems']['rows']}")
check(rows["TST-LGSP"][6:10] == ["123/QĐ-UBND", "2025-03-01", "Trung tâm dữ liệu tỉnh", "Nền tảng NGSP"], f"LGSP row {rows['TST-LGSP']}")
check(rows["TST-MC"][8:10] == ["Trung tâm dữ liệu tỉnh", "LGSP tỉnh Thử → Nền tảng NGSP"], f"one-stop row {rows['TST-MC']}")
check(rows["VN-NGSP"][8] == "Trung tâm dữ liệu quốc gia", f"NGSP row {rows['VN-NGSP']}")
book = workbook(os.path.join(WORK, "fixture.xlsx"), "--lang", "vi", FIXTURE)
# Widths count characters, not bytes: "Cơ quan" is 7 wide (9 bytes), its values 2 or 3, plus 2 of margin
# (Excel adds its own padding of 0.71; counted in bytes it would be 11.71).
check(9 <= book["Tổng hợp"].column_dimensions["A"].width < 10.5, f"width of 'Cơ quan': {book['Tổng hợp'].column_dimensions['A'].width}")
sheet = book["Hệ thống thông tin"]
evil = [cell for row in sheet.iter_rows() for cell in row if str(cell.value).startswith("=HYPERLINK")]
check(len(evil) == 1 and evil[0].data_type == "s", f"the formula-like name: {[(c.coordinate, c.data_type) for c in evil]}")
# The connection matrix is the workbook's last sheet: one row per agency of the summary but the
# national level, and the fixture's agency reaches the NGSP through its LGSP.
matrix = book.worksheets[-1]
check(matrix.title == "Ma trận kết nối", f"last sheet {matrix.title}")
matrix_rows = [[("" if v is None else str(v)) for v in row] for row in matrix.iter_rows(values_only=True)]
check(len(matrix_rows) >= 2 and any("LGSP" in cell for row in matrix_rows[1:] for cell in row), f"matrix {matrix_rows}")

# CSV: one file per table, BOM, RFC 4180 quoting, diacritics, a leading ' before formula text.
run = eaf("--lang", "vi", "--format", "csv", "-o", os.path.join(WORK, "fx.csv"), FIXTURE)
check(run.returncode == 0, f"csv exit {run.returncode}: {run.stderr}")
for table in fixture.values():
    check(os.path.exists(os.path.join(WORK, f"fx-{table['id']}.csv")), f"no fx-{table['id']}.csv")
raw = open(os.path.join(WORK, "fx-systems.csv"), "rb").read()
check(raw.startswith(b"\xef\xbb\xbf"), "CSV without a byte-order mark")
check('"Hệ thống ""Một cửa"", tỉnh Thử\ndòng hai"'.encode() in raw, "the name with a comma, quotes and a line break is not quoted as RFC 4180 says")
check(b"'=HYPERLINK" in raw, "a formula-like name without its leading '")
parsed = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
check(parsed[0] == fixture["systems"]["headers"], "CSV headers")
check(len(parsed) == len(fixture["systems"]["rows"]) + 1, "CSV rows")
os.makedirs(os.path.join(WORK, "csvdir"))
run = eaf("--format", "csv", "-o", os.path.join(WORK, "csvdir"), FIXTURE)
check(run.returncode == 0 and os.path.exists(os.path.join(WORK, "csvdir", "systems.csv")), "CSV into a directory")

# An output in a directory that does not exist: exit 2, a clear line, nothing written.
for fmt, out in (("xlsx", "missing/c.xlsx"), ("csv", "missing/c.csv"), ("json", "missing/c.json")):
    run = eaf("--format", fmt, "-o", os.path.join(WORK, out), FIXTURE)
    check(run.returncode == 2 and "missing" in run.stderr, f"{fmt} into a missing directory: exit {run.returncode}, {run.stderr!r}")
    check(not os.path.exists(os.path.join(WORK, "missing")), f"{fmt}: something was written")
leftovers = [name for name in os.listdir(WORK) if name.startswith(".") or "tmp" in name]
check(not leftovers, f"temporary files left: {leftovers}")

print("FAILED" if failures else "ok", len(failures))
sys.exit(1 if failures else 0)
