# Writes the catalogue fixture (tests/data/catalog): a national model, a province target with every
# catalogue column filled (and a name with a comma, quotes, a line break and one like a formula), its
# twin (same model id: counted once) and a baseline. Run from this directory; the .xml files are kept.
from xml.sax.saxutils import escape
def model(mid, props, elements, rels, name):
    keys = ["eaf:level","eaf:agency","eaf:framework","eaf:state","eaf:kind","eaf:owner","eaf:code","eaf:security-level",
            "eaf:security-approval","eaf:security-approval-date","eaf:subject","eaf:phase","eaf:funding"]
    pd = {k: "pd-%d" % i for i, k in enumerate(keys)}
    def ps(d, ind):
        if not d: return ""
        out = ind + "<properties>\n"
        for k, v in d.items():
            out += f'{ind}  <property propertyDefinitionRef="{pd[k]}"><value>{escape(v)}</value></property>\n'
        return out + ind + "</properties>\n"
    x = '<?xml version="1.0" encoding="UTF-8"?>\n<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="%s">\n' % mid
    x += f'  <name xml:lang="vi">{escape(name)}</name>\n' + ps(props, "  ") + "  <elements>\n"
    for (eid, t, n, p) in elements:
        x += f'    <element identifier="{eid}" xsi:type="{t}">\n      <name xml:lang="vi">{escape(n)}</name>\n' + ps(p, "      ") + "    </element>\n"
    x += "  </elements>\n  <relationships>\n"
    for i, (t, s, d) in enumerate(rels):
        x += f'    <relationship identifier="{mid}-r{i}" xsi:type="{t}" source="{s}" target="{d}"/>\n'
    x += "  </relationships>\n  <propertyDefinitions>\n"
    for k in keys:
        x += f'    <propertyDefinition identifier="{pd[k]}" type="string"><name>{k}</name></propertyDefinition>\n'
    return x + "  </propertyDefinitions>\n</model>\n"

nat = model("fx-national", {"eaf:level": "national", "eaf:agency": "VN", "eaf:framework": "2.0"}, [
    ("vn-ngsp", "ApplicationComponent", "Nền tảng NGSP", {"eaf:kind": "platform.ngsp", "eaf:owner": "BKHCN", "eaf:code": "VN-NGSP", "eaf:security-level": "4"}),
    ("vn-db-pop", "ApplicationComponent", "CSDL quốc gia về dân cư", {"eaf:kind": "db.national", "eaf:owner": "BCA", "eaf:code": "VN-DB-POPULATION", "eaf:subject": "population", "eaf:security-level": "4"}),
    ("vn-ndc", "Node", "Trung tâm dữ liệu quốc gia", {"eaf:kind": "infra.national-data-center"}),
], [("Flow", "vn-db-pop", "vn-ngsp"), ("Realization", "vn-ndc", "vn-ngsp")], "Quốc gia (thử)")
prov_elements = [
    ("p-lgsp", "ApplicationComponent", "LGSP tỉnh Thử", {"eaf:kind": "platform.lgsp", "eaf:code": "TST-LGSP", "eaf:security-level": "3",
        "eaf:security-approval": "123/QĐ-UBND", "eaf:security-approval-date": "2025-03-01"}),
    ("p-mc", "ApplicationComponent", 'Hệ thống "Một cửa", tỉnh Thử\ndòng hai', {"eaf:kind": "app.one-stop-shop", "eaf:code": "TST-MC", "eaf:security-level": "3"}),
    ("p-evil", "ApplicationComponent", "=HYPERLINK(\"http://x\")", {"eaf:kind": "app.sector", "eaf:code": "TST-EVIL", "eaf:security-level": "2"}),
    ("p-db", "ApplicationComponent", "CSDL dân cư của tỉnh", {"eaf:kind": "db.shared", "eaf:subject": "population", "eaf:code": "TST-DB"}),
    ("p-ngsp", "ApplicationComponent", "Nền tảng NGSP", {"eaf:kind": "platform.ngsp", "eaf:owner": "BKHCN", "eaf:code": "VN-NGSP"}),
    ("p-dc", "Node", "Trung tâm dữ liệu tỉnh", {"eaf:kind": "infra.data-center"}),
    ("p-art", "Artifact", "Gói cài đặt một cửa", {}),
    ("p-svc", "ApplicationService", "Dịch vụ tra cứu dân cư", {}),
    ("p-wp", "WorkPackage", "Xây dựng LGSP", {"eaf:phase": "2026-2027", "eaf:funding": "ngân sách địa phương"}),
]
prov_rels = [("Flow", "p-mc", "p-lgsp"), ("Flow", "p-lgsp", "p-ngsp"), ("Flow", "p-db", "p-lgsp"),
             ("Realization", "p-dc", "p-lgsp"), ("Assignment", "p-dc", "p-art"), ("Realization", "p-art", "p-mc"),
             ("Realization", "p-lgsp", "p-svc"), ("Serving", "p-svc", "p-mc"), ("Association", "p-svc", "p-db"),
             ("Realization", "p-wp", "p-lgsp"), ("Flow", "p-evil", "p-mc")]
prov = model("fx-tst-target", {"eaf:level": "province", "eaf:agency": "TST", "eaf:framework": "2.0", "eaf:state": "target"},
             prov_elements, prov_rels, "Tỉnh Thử – mục tiêu")
base = model("fx-tst-baseline", {"eaf:level": "province", "eaf:agency": "TST", "eaf:framework": "2.0", "eaf:state": "baseline"},
             [("b-mc", "ApplicationComponent", "Một cửa cũ", {"eaf:kind": "app.one-stop-shop", "eaf:code": "TST-MC", "eaf:security-level": "2"})],
             [], "Tỉnh Thử – hiện trạng")
open("national.xml", "w").write(nat)
open("target.xml", "w").write(prov)
open("twin-of-target.xml", "w").write(prov)
open("baseline.xml", "w").write(base)
