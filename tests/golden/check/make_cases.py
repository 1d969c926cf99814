#!/usr/bin/env python3
"""Generates the golden cases of `eaf check` in this folder.

One compliant province model (BASE) passes every rule of rules/vn-eaf-2.0.xml; its 3.0 and 4.0
variants pass the rules of rules/vn-eaf-3.0.xml and rules/vn-eaf-4.0.xml (FRAMEWORK_CASES). Each rule gets two
cases: `<RULE-ID>-bad/` breaks that rule and no other, `<RULE-ID>-good/` is its compliant twin (the
smallest change to the bad model that removes the breach; for a breach made by adding something,
that is the base model itself). A few more cases cover output formats, languages and options.

This script writes `model.xml` (or the case's input files) and `cmd` of every case; it never writes
`expected.stdout` or `expected.exit`. Fill those with

    cd build && cmake -S .. -B . > /dev/null && EAF_UPDATE_GOLDEN=1 ctest -R golden/check

and review them (see README.md). Python 3 standard library only; the output is deterministic.
"""

import copy
import os
import shutil
import sys
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
AGENCY = "TST"

# Property definitions, in the order they are declared in every model.
PROPERTY_IDS = {
    "eaf:level": "pd-level",
    "eaf:agency": "pd-agency",
    "eaf:framework": "pd-framework",
    "eaf:state": "pd-state",
    "eaf:kind": "pd-kind",
    "eaf:owner": "pd-owner",
    "eaf:security-level": "pd-sec",
    "eaf:service-level": "pd-service-level",
    "eaf:subject": "pd-subject",
    "eaf:code": "pd-code",
    "eaf:justification": "pd-justification",
    "eaf:waive": "pd-waive",
}
# Declared only in the models that use them, so that adding one leaves the other cases unchanged.
OPTIONAL_PROPERTY_IDS = {
    "eaf:phase": "pd-phase",
    "eaf:funding": "pd-funding",
    "eaf:security-approval": "pd-sec-approval",
    "eaf:security-approval-date": "pd-sec-approval-date",
}

# The decision approving the security level of a system of level 3 or more (SEC-008, SEC-009).
APPROVAL = {"security_approval": "125/QĐ-UBND", "security_approval_date": "2024-03-15"}


def approval(level):
    """The approval properties a system of `level` carries: a decision from level 3 up."""
    return APPROVAL if int(level) >= 3 else {}


class Model:
    """A small exchange-format model: ordered elements and relationships with eaf:* properties."""

    def __init__(self, name_vi, name_en, properties):
        self.name_vi = name_vi
        self.name_en = name_en
        self.properties = dict(properties)
        self.elements = []  # dicts: id, type, vi, en, props
        self.relationships = []  # dicts: id, type, source, target, props, extra
        self.views = []  # (view id, [element ids shown])

    def element(self, identifier, xsi_type, name_vi, name_en, **props):
        self.elements.append({"id": identifier, "type": xsi_type, "vi": name_vi, "en": name_en,
                              "props": {_prop(k): str(v) for k, v in props.items()}})

    def relate(self, identifier, xsi_type, source, target, extra=None, **props):
        self.relationships.append({"id": identifier, "type": xsi_type, "source": source, "target": target,
                                   "props": {_prop(k): str(v) for k, v in props.items()},
                                   "extra": dict(extra or {})})

    # --- editing helpers for mutations ---
    def find(self, identifier):
        for item in self.elements + self.relationships:
            if item["id"] == identifier:
                return item
        raise KeyError(identifier)

    def remove_element(self, identifier):
        """Removes an element and every relationship that touches it."""
        self.find(identifier)
        self.elements = [e for e in self.elements if e["id"] != identifier]
        self.relationships = [r for r in self.relationships
                              if r["source"] != identifier and r["target"] != identifier]

    def remove_relationship(self, identifier):
        self.find(identifier)
        self.relationships = [r for r in self.relationships if r["id"] != identifier]

    def set_prop(self, identifier, key, value):
        item = self.find(identifier)
        if value is None:
            item["props"].pop(key, None)
        else:
            item["props"][key] = str(value)

    def to_xml(self):
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               '<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" '
               'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m-tst">',
               f'  <name xml:lang="vi">{escape(self.name_vi)}</name>',
               f'  <name xml:lang="en">{escape(self.name_en)}</name>']
        out += _properties(self.properties, "  ")
        out.append("  <elements>")
        for e in self.elements:
            out.append(f'    <element identifier={quoteattr(e["id"])} xsi:type="{e["type"]}">')
            out.append(f'      <name xml:lang="vi">{escape(e["vi"])}</name>')
            out.append(f'      <name xml:lang="en">{escape(e["en"])}</name>')
            out += _properties(e["props"], "      ")
            out.append("    </element>")
        out.append("  </elements>")
        out.append("  <relationships>")
        for r in self.relationships:
            attributes = f'identifier={quoteattr(r["id"])} xsi:type="{r["type"]}" ' \
                         f'source={quoteattr(r["source"])} target={quoteattr(r["target"])}'
            for key, value in r["extra"].items():
                attributes += f" {key}={quoteattr(value)}"
            if r["props"]:
                out.append(f"    <relationship {attributes}>")
                out += _properties(r["props"], "      ")
                out.append("    </relationship>")
            else:
                out.append(f"    <relationship {attributes}/>")
        out.append("  </relationships>")
        out.append("  <propertyDefinitions>")
        used = {key for item in self.elements + self.relationships for key in item["props"]}
        for name, identifier in list(PROPERTY_IDS.items()) + list(OPTIONAL_PROPERTY_IDS.items()):
            if name in OPTIONAL_PROPERTY_IDS and name not in used:
                continue
            out.append(f'    <propertyDefinition identifier="{identifier}" type="string">'
                       f'<name>{name}</name></propertyDefinition>')
        out.append("  </propertyDefinitions>")
        if self.views:
            out.append("  <views>")
            out.append("    <diagrams>")
            for view in self.views:
                out += _view_xml(view)
            out.append("    </diagrams>")
            out.append("  </views>")
        out.append("</model>")
        return "\n".join(out) + "\n"


def _view_xml(view):
    """A view: a (view id, [element ids]) pair, or a dict made by full_view()."""
    if isinstance(view, tuple):
        view = {"id": view[0], "nodes": [(e, None) for e in view[1]], "connections": [], "viewpoint": None}
    view_id = view["id"]
    viewpoint = f' viewpoint={quoteattr(view["viewpoint"])}' if view.get("viewpoint") else ""
    out = [f'      <view identifier={quoteattr(view_id)} xsi:type="Diagram"{viewpoint}>',
           f'        <name xml:lang="vi">Sơ đồ {escape(view_id)}</name>']
    node_of = {element_id: f"{view_id}-n{n}" for n, (element_id, _) in enumerate(view["nodes"])}

    def nodes_under(parent, indent):
        lines = []
        for n, (element_id, parent_id) in enumerate(view["nodes"]):
            if parent_id != parent:
                continue
            attributes = (f'identifier="{node_of[element_id]}" elementRef={quoteattr(element_id)} xsi:type="Element" '
                          f'x="{20 + 160 * n}" y="20" w="140" h="60"')
            inner = nodes_under(element_id, indent + "  ")
            if inner:
                lines.append(f"{indent}<node {attributes}>")
                lines += inner
                lines.append(f"{indent}</node>")
            else:
                lines.append(f"{indent}<node {attributes}/>")
        return lines

    out += nodes_under(None, "        ")
    for relationship_id, source, target in view["connections"]:
        out.append(f'        <connection identifier="{view_id}-{relationship_id}" relationshipRef={quoteattr(relationship_id)} '
                   f'xsi:type="Relationship" source="{node_of[source]}" target="{node_of[target]}"/>')
    out.append("      </view>")
    return out


def full_view(m, view_id="v-all", skip_elements=(), skip_relationships=(), nest=None, viewpoint=None, extra_nodes=()):
    """Adds a view showing every element and relationship of `m` except those skipped; `nest` maps
    an element to the element it is drawn inside. Returns the view."""
    nest = nest or {}
    shown = [e["id"] for e in m.elements if e["id"] not in skip_elements] + list(extra_nodes)
    view = {"id": view_id, "viewpoint": viewpoint, "nodes": [(e, nest.get(e)) for e in shown],
            "connections": [(r["id"], r["source"], r["target"]) for r in m.relationships
                            if r["id"] not in skip_relationships and r["source"] in shown and r["target"] in shown]}
    m.views.append(view)
    return view


def _prop(key):
    """Python keyword arguments spell eaf:security-level as security_level."""
    return key if key.startswith("eaf:") else "eaf:" + key.replace("_", "-")


def _properties(props, indent):
    if not props:
        return []
    lines = [f"{indent}<properties>"]
    for key, value in props.items():
        lines.append(f'{indent}  <property propertyDefinitionRef="{PROPERTY_IDS.get(key) or OPTIONAL_PROPERTY_IDS[key]}">'
                     f"<value>{escape(value)}</value></property>")
    lines.append(f"{indent}</properties>")
    return lines


# ---------------------------------------------------------------------------------------------
# The compliant base: province TST, framework 2.0, target state.
# ---------------------------------------------------------------------------------------------

# The agency's own application components at security level 3 or more: deployed on the data
# centre and served by the SOC.
OWN_APPS = [
    ("lgsp", "platform.lgsp", "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)", "Test province LGSP"),
    ("oss", "app.one-stop-shop", "Hệ thống thông tin một cửa điện tử tỉnh", "Test province one-stop-shop system"),
    ("oss-intake", "app.internal", "Phân hệ tiếp nhận hồ sơ", "One-stop-shop intake module"),
    ("portal-dvc", "portal.public-service", "Cổng dịch vụ công tỉnh", "Test province public service portal"),
    ("portal-info", "portal.information", "Cổng thông tin điện tử tỉnh", "Test province web portal"),
    ("dms", "app.document-management", "Hệ thống quản lý văn bản và điều hành", "Test province document management system"),
    ("reporting", "app.reporting", "Hệ thống thông tin báo cáo tỉnh", "Test province reporting system"),
    ("email", "app.email", "Hệ thống thư điện tử công vụ", "Test province official e-mail system"),
]

# References to national systems (owner VN).
NATIONAL = [
    ("vn-ngsp", "ApplicationComponent", "platform.ngsp", "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NGSP)", "National data sharing platform (NGSP)"),
    ("vn-vdxp", "ApplicationComponent", "platform.document-axis", "Trục liên thông văn bản quốc gia", "National document axis"),
    ("vn-dvcqg", "ApplicationComponent", "portal.national-public-service", "Cổng Dịch vụ công quốc gia", "National Public Service Portal"),
    ("vn-payment", "ApplicationComponent", "platform.payment", "Nền tảng thanh toán trực tuyến quốc gia", "National online payment platform"),
    ("vn-identity", "ApplicationComponent", "platform.identity", "Nền tảng định danh, xác thực điện tử", "National electronic identification platform"),
    ("vn-reporting", "ApplicationComponent", "app.national-reporting", "Hệ thống thông tin báo cáo quốc gia", "National reporting system"),
    ("vn-population", "ApplicationComponent", "db.national", "Cơ sở dữ liệu quốc gia về dân cư", "National population database"),
    ("vn-monitoring", "Node", "sec.national-monitoring", "Hệ thống giám sát an toàn không gian mạng quốc gia", "National cyber security monitoring system"),
]


def base_model(agency=AGENCY, p="tst", province_vi="Thử nghiệm", province_en="Test"):
    """The compliant base of province `agency`; its own identifiers start with `p`-."""
    m = Model(f"Kiến trúc CQĐT tỉnh {province_vi} (mẫu kiểm thử)", f"{province_en} province e-Government architecture (test model)",
              {"eaf:level": "province", "eaf:agency": agency, "eaf:framework": "2.0", "eaf:state": "target"})
    # Business
    m.element(f"{p}-ubnd", "BusinessActor", f"UBND tỉnh {province_vi}", f"{province_en} province People's Committee", kind="agency.province")
    m.element(f"{p}-svc-birth", "BusinessService", "Đăng ký khai sinh trực tuyến", "Online birth registration",
              kind="service.public", service_level=4)
    # Application: own systems
    for name, kind, vi, en in OWN_APPS:
        m.element(f"{p}-{name}", "ApplicationComponent", vi, en.replace("Test", province_en), kind=kind, security_level=3,
                  **approval(3))
    # Data
    m.element(f"{p}-dossier", "DataObject", "Hồ sơ thủ tục hành chính", "Administrative procedure dossier")
    # Technology
    m.element(f"{p}-dc", "Node", "Trung tâm dữ liệu tỉnh", f"{province_en} province data centre", kind="infra.data-center")
    m.element(f"{p}-net", "CommunicationNetwork", "Mạng truyền số liệu chuyên dùng", "Specialized data network",
              kind="infra.network.specialized")
    # Security
    m.element(f"{p}-soc", "Node", "Trung tâm giám sát an toàn thông tin tỉnh (SOC)", f"{province_en} province security operations centre (SOC)",
              kind="sec.soc")
    # References to national systems
    for identifier, xsi_type, kind, vi, en in NATIONAL:
        extra = {"subject": "population"} if kind == "db.national" else {}
        m.element(identifier, xsi_type, vi, en, kind=kind, owner="VN", **extra)

    # Deployment: the data centre realizes every own application component.
    for name, _, _, _ in OWN_APPS:
        m.relate(f"r-dep-{name}", "Realization", f"{p}-dc", f"{p}-{name}")
    # Monitoring: the SOC serves every own system of security level 3 or more.
    for name, _, _, _ in OWN_APPS:
        m.relate(f"r-soc-{name}", "Serving", f"{p}-soc", f"{p}-{name}")
    # Exchanges: own systems -> LGSP -> NGSP -> national systems.
    m.relate("r-fl-oss-lgsp", "Flow", f"{p}-oss", f"{p}-lgsp")
    m.relate("r-fl-portal-lgsp", "Flow", f"{p}-portal-dvc", f"{p}-lgsp")
    m.relate("r-fl-lgsp-info", "Flow", f"{p}-lgsp", f"{p}-portal-info")
    m.relate("r-fl-dms-lgsp", "Flow", f"{p}-dms", f"{p}-lgsp")
    m.relate("r-fl-reporting-lgsp", "Flow", f"{p}-reporting", f"{p}-lgsp")
    m.relate("r-fl-lgsp-ngsp", "Flow", f"{p}-lgsp", "vn-ngsp")
    m.relate("r-fl-lgsp-vdxp", "Flow", f"{p}-lgsp", "vn-vdxp")
    m.relate("r-fl-ngsp-dvcqg", "Flow", "vn-ngsp", "vn-dvcqg")
    m.relate("r-fl-ngsp-payment", "Flow", "vn-ngsp", "vn-payment")
    m.relate("r-fl-ngsp-identity", "Flow", "vn-ngsp", "vn-identity")
    m.relate("r-fl-ngsp-reporting", "Flow", "vn-ngsp", "vn-reporting")
    m.relate("r-fl-ngsp-population", "Flow", "vn-ngsp", "vn-population")
    # Structure and data
    m.relate("r-co-oss-intake", "Composition", f"{p}-oss", f"{p}-oss-intake")
    m.relate("r-ac-oss-dossier", "Access", f"{p}-oss", f"{p}-dossier", extra={"accessType": "Write"})
    # Business: the agency provides the service, the one-stop shop and the portal serve it.
    m.relate("r-as-ubnd-birth", "Assignment", f"{p}-ubnd", f"{p}-svc-birth")
    m.relate("r-sv-oss-birth", "Serving", f"{p}-oss", f"{p}-svc-birth")
    m.relate("r-sv-portal-birth", "Serving", f"{p}-portal-dvc", f"{p}-svc-birth")
    # Technology and security: the SOC reports over the specialized network.
    m.relate("r-as-dc-net", "Association", f"{p}-dc", f"{p}-net")
    m.relate("r-fl-soc-net", "Flow", f"{p}-soc", f"{p}-net")
    m.relate("r-fl-net-monitoring", "Flow", f"{p}-net", "vn-monitoring")
    return m


def own_app(m, identifier, kind, vi, en, level=3):
    """Adds an own application component, deployed and monitored like the base's."""
    prefix, name = identifier.split("-", 1)
    m.element(identifier, "ApplicationComponent", vi, en, kind=kind, security_level=level, **approval(level))
    m.relate(f"r-dep-{name}", "Realization", f"{prefix}-dc", identifier)
    m.relate(f"r-soc-{name}", "Serving", f"{prefix}-soc", identifier)


# ---------------------------------------------------------------------------------------------
# Per-rule mutations: rule id -> (bad, good), each a function of a fresh base model.
# ---------------------------------------------------------------------------------------------

def identity(m):
    return m


def to_text(m):
    return m.to_xml()


# MOD-001 and MOD-002 are loader diagnostics: the loader reports them while reading the file.
def mod001_bad(m):
    m.relate("r-fl-email-archive", "Flow", "tst-email", "tst-archive")  # no element tst-archive
    return m


def mod002_bad(m):
    # Two relationships share one identifier.
    m.relate("r-fl-email-lgsp", "Flow", "tst-email", "tst-lgsp")
    m.relate("r-fl-email-lgsp", "Flow", "tst-lgsp", "tst-email")
    return m


def mod007_bad(m):
    full_view(m, extra_nodes=["tst-archive"])  # no element tst-archive
    return m


def mod007_good(m):
    full_view(m)
    return m


def mod002_good(m):
    m.relate("r-fl-email-lgsp", "Flow", "tst-email", "tst-lgsp")
    m.relate("r-fl-lgsp-email", "Flow", "tst-lgsp", "tst-email")
    return m


def mod003_bad(m):
    # A node assigned to an application component: ArchiMate wants a Realization.
    m.relate("r-extra-dc-email", "Assignment", "tst-dc", "tst-email")
    return m


def mod003_good(m):
    m.relate("r-extra-dc-email", "Realization", "tst-dc", "tst-email")
    return m


def mod004_bad(m):
    m.set_prop("tst-dc", "eaf:kind", "infra.datacenter")
    return m


def mod005_bad(m):
    del m.properties["eaf:level"]
    return m


def mod006_bad(m):
    m.element("tst-dc-backup", "Node", "Trung tâm dữ liệu dự phòng", "Backup data centre", kind="infra.data-center")
    return m


def mod006_good(m):
    mod006_bad(m)
    m.relate("r-as-dc-backup-net", "Association", "tst-dc-backup", "tst-net")
    return m


def mod008_bad(m):
    m.relate("r-ag-intake-oss", "Aggregation", "tst-oss-intake", "tst-oss")
    return m


# MOD-009 to MOD-015: Archi's Validator checks, on the base drawn in one view of everything.
def mod009_bad(m):
    full_view(m)
    m.views.append(("v-draft", []))
    return m


def mod010_bad(m):
    # An element in no view has its relationships in no view too (MOD-011): this one has none,
    # so it is also an orphan, and the case disables MOD-006.
    m.element("tst-dc-backup", "Node", "Trung tâm dữ liệu dự phòng", "Backup data centre", kind="infra.data-center")
    full_view(m, skip_elements=("tst-dc-backup",))
    return m


def mod010_good(m):
    m.element("tst-dc-backup", "Node", "Trung tâm dữ liệu dự phòng", "Backup data centre", kind="infra.data-center")
    full_view(m)
    return m


def mod011_bad(m):
    full_view(m, skip_relationships=("r-sv-portal-birth",))
    return m


def mod012_bad(m):
    # The e-mail system drawn inside the one-stop shop, which has no relationship to it.
    full_view(m, nest={"tst-email": "tst-oss"})
    return m


def mod012_good(m):
    # The intake module drawn inside the one-stop shop that is composed of it.
    full_view(m, nest={"tst-oss-intake": "tst-oss"})
    return m


def mod013_bad(m):
    # A second "Backup data centre" node, both related to the network.
    for suffix in ("1", "2"):
        m.element(f"tst-dc-backup{suffix}", "Node", "Trung tâm dữ liệu dự phòng", "Backup data centre", kind="infra.data-center")
        m.relate(f"r-as-dc-backup{suffix}-net", "Association", f"tst-dc-backup{suffix}", "tst-net")
    return m


def mod013_good(m):
    for suffix, vi, en in (("1", "Trung tâm dữ liệu dự phòng 1", "Backup data centre 1"),
                           ("2", "Trung tâm dữ liệu dự phòng 2", "Backup data centre 2")):
        m.element(f"tst-dc-backup{suffix}", "Node", vi, en, kind="infra.data-center")
        m.relate(f"r-as-dc-backup{suffix}-net", "Association", f"tst-dc-backup{suffix}", "tst-net")
    return m


def _junction_between_services(m, out_type):
    # The birth registration service leads, through a junction, to a result notification service.
    m.element("tst-svc-notify", "BusinessService", "Thông báo kết quả", "Result notification")
    m.element("tst-j", "AndJunction", "", "")
    m.relate("r-j-in", "Flow", "tst-svc-birth", "tst-j")
    m.relate("r-j-out", out_type, "tst-j", "tst-svc-notify")
    return m


def mod014_bad(m):
    return _junction_between_services(m, "Triggering")  # a Flow in, a Triggering out


def mod014_good(m):
    return _junction_between_services(m, "Flow")


def mod015_bad(m):
    full_view(m, viewpoint="Application Usage")  # nodes, networks and a data object too
    return m


def mod015_good(m):
    full_view(m, viewpoint="Layered")
    return m


def mod003_junction_bad(m):
    # The data centre assigned, through a junction, to the e-mail system: no Assignment from a Node
    # to an ApplicationComponent, even through a junction.
    m.element("tst-j", "OrJunction", "", "")
    m.relate("r-j-dc", "Assignment", "tst-dc", "tst-j")
    m.relate("r-j-email", "Assignment", "tst-j", "tst-email")
    return m


def mod003_junction_good(m):
    m.element("tst-j", "OrJunction", "", "")
    m.relate("r-j-dc", "Realization", "tst-dc", "tst-j")
    m.relate("r-j-email", "Realization", "tst-j", "tst-email")
    return m


def mod003_end_bad(m):
    # A Flow from the agency to a relationship; only an Association may end on a relationship.
    m.relate("r-fl-ubnd-dep", "Flow", "tst-ubnd", "r-dep-email")
    return m


def mod003_end_good(m):
    m.relate("r-fl-ubnd-dep", "Association", "tst-ubnd", "r-dep-email")
    return m


def req001_bad(m):
    own_app(m, "tst-lgsp-2", "platform.lgsp", "LGSP thứ hai (của Sở TT&TT)", "Second LGSP (of the ICT department)")
    m.relate("r-fl-lgsp2-ngsp", "Flow", "tst-lgsp-2", "vn-ngsp")
    return m


def req002_bad(m):
    own_app(m, "tst-oss-2", "app.one-stop-shop", "Hệ thống một cửa thứ hai (của Sở Tư pháp)", "Second one-stop-shop system (justice department)")
    m.relate("r-fl-oss2-lgsp", "Flow", "tst-oss-2", "tst-lgsp")
    return m


def req003_bad(m):
    m.remove_element("tst-portal-info")
    return m


def req004_bad(m):
    m.remove_element("tst-dms")
    return m


def req005_bad(m):
    m.remove_element("tst-email")
    return m


def req006_bad(m):
    # No data architecture: neither the dossier nor the national database.
    m.remove_element("tst-dossier")
    m.remove_element("vn-population")
    return m


def int001_bad(m):
    # The reporting system also sends straight to the national reporting system.
    m.relate("r-fl-reporting-direct", "Flow", "tst-reporting", "vn-reporting")
    return m


def int002_bad(m):
    # The LGSP talks to each national system directly, never to the NGSP.
    m.remove_relationship("r-fl-lgsp-ngsp")
    m.relate("r-fl-lgsp-dvcqg", "Flow", "tst-lgsp", "vn-dvcqg")
    m.relate("r-fl-lgsp-payment", "Flow", "tst-lgsp", "vn-payment")
    m.relate("r-fl-lgsp-identity", "Flow", "tst-lgsp", "vn-identity")
    m.relate("r-fl-lgsp-reporting", "Flow", "tst-lgsp", "vn-reporting")
    return m


def int002_good(m):
    int002_bad(m)
    m.relate("r-fl-lgsp-ngsp", "Flow", "tst-lgsp", "vn-ngsp")
    return m


def swap_to_association(identifier):
    def mutate(m):
        m.find(identifier)["type"] = "Association"
        return m
    return mutate


def int003_bad(m):
    return swap_to_association("r-fl-lgsp-vdxp")(m)


def int004_bad(m):
    m.remove_relationship("r-fl-oss-lgsp")
    return m


def int005_bad(m):
    m.remove_relationship("r-fl-reporting-lgsp")
    return m


def int006_bad(m):
    m.relate("r-fl-portal-oss", "Flow", "tst-portal-dvc", "tst-oss")
    return m


def int007_bad(m):
    # The LGSP queries the population database without the NGSP (model c).
    m.relate("r-fl-lgsp-population", "Flow", "tst-lgsp", "vn-population")
    return m


def int008_bad(m):
    return swap_to_association("r-fl-ngsp-payment")(m)


def int009_bad(m):
    return swap_to_association("r-fl-ngsp-identity")(m)


def dat001_bad(m):
    # A provincial population database that is not fed from the national one.
    own_app(m, "tst-db-residents", "db.shared", "CSDL dân cư dùng chung của tỉnh", "Provincial shared residents database")
    m.set_prop("tst-db-residents", "eaf:subject", "population")
    return m


def dat001_good(m):
    dat001_bad(m)
    m.relate("r-fl-residents-lgsp", "Flow", "tst-db-residents", "tst-lgsp")
    return m


def sec001_bad(m):
    m.set_prop("tst-email", "eaf:security-level", None)
    return m


def sec002_bad(m):
    m.remove_relationship("r-soc-email")
    return m


def sec003_bad(m):
    return swap_to_association("r-fl-net-monitoring")(m)


def sec004_bad(m):
    # The intake module is rated above the one-stop shop it is part of. (Lowering the one-stop shop
    # instead would also break SEC-007: it serves a level-4 service.)
    m.set_prop("tst-oss-intake", "eaf:security-level", 4)
    return m


def sec005_bad(m):
    m.set_prop("tst-portal-info", "eaf:security-level", 2)
    return m


def sec006_bad(m):
    # The only SOC is another agency's (a vendor's): the province has none of its own.
    m.set_prop("tst-soc", "eaf:owner", "VNPT")
    return m


def sec007_bad(m, level=2):
    # A civil-status application of level 2 serves the birth registration, a level-4 service.
    own_app(m, "tst-civil", "app.sector", "Phần mềm hộ tịch", "Civil-status application", level=level)
    m.relate("r-sv-civil-birth", "Serving", "tst-civil", "tst-svc-birth")
    return m


def sec007_good(m):
    return sec007_bad(m, level=3)


def sec008_bad(m):
    m.set_prop("tst-email", "eaf:security-approval", None)
    return m


def sec009_bad(m):
    m.set_prop("tst-email", "eaf:security-approval-date", "15/3/2024")  # not YYYY-MM-DD
    return m


def tec001_bad(m):
    m.remove_relationship("r-dep-email")
    return m


def bus001_bad(m):
    m.remove_relationship("r-sv-oss-birth")
    m.remove_relationship("r-sv-portal-birth")
    return m


def bus001_good(m):
    bus001_bad(m)
    m.relate("r-sv-oss-birth", "Serving", "tst-oss", "tst-svc-birth")
    return m


def bus002_bad(m, level="toàn phần"):
    # Decree 42/2022's words are "toàn trình" (fully online) and "một phần" (partly online).
    m.set_prop("tst-svc-birth", "eaf:service-level", level)
    return m


def bus002_good(m):
    return bus002_bad(m, level="toàn trình")


def req007_bad(m):
    # Decision 20/2020/QĐ-TTg: digits, A-Z and dots, no hyphen.
    m.properties["eaf:agency"] = "TST-01"
    return m


def work_package(m, **props):
    m.element("tst-wp-lgsp", "WorkPackage", "Nâng cấp LGSP tỉnh", "Upgrade the provincial LGSP", **props)
    m.relate("r-rz-wp-lgsp", "Realization", "tst-wp-lgsp", "tst-lgsp")
    return m


def req008_bad(m):
    return work_package(m, funding="ngân sách địa phương")


def req008_good(m):
    return work_package(m, phase="2026-2027", funding="ngân sách địa phương")


def req009_bad(m):
    return work_package(m, phase="2026-2027")


def int010_good(m):
    # The national portal, not the NGSP, reaches the population database here: the NGSP serves no
    # national database, so a link to it is no bypass of the LGSP towards one (INT-007).
    m.remove_relationship("r-fl-ngsp-population")
    m.relate("r-fl-dvcqg-population", "Flow", "vn-dvcqg", "vn-population")
    return m


def int010_bad(m):
    # The one-stop shop reaches the national portal through the NGSP, not its LGSP.
    int010_good(m)
    m.remove_relationship("r-fl-oss-lgsp")
    m.relate("r-fl-oss-ngsp", "Flow", "tst-oss", "vn-ngsp")
    return m


RULES = {
    "MOD-001": (mod001_bad, identity),
    "MOD-002": (mod002_bad, mod002_good),
    "MOD-003": (mod003_bad, mod003_good),
    "MOD-004": (mod004_bad, identity),
    "MOD-005": (mod005_bad, identity),
    "MOD-006": (mod006_bad, mod006_good),
    "MOD-007": (mod007_bad, mod007_good),
    "MOD-008": (mod008_bad, identity),
    "MOD-009": (mod009_bad, mod007_good),
    "MOD-011": (mod011_bad, mod007_good),
    "MOD-012": (mod012_bad, mod012_good),
    "MOD-013": (mod013_bad, mod013_good),
    "MOD-014": (mod014_bad, mod014_good),
    "MOD-015": (mod015_bad, mod015_good),
    "REQ-001": (req001_bad, identity),
    "REQ-002": (req002_bad, identity),
    "REQ-003": (req003_bad, identity),
    "REQ-004": (req004_bad, identity),
    "REQ-005": (req005_bad, identity),
    "REQ-006": (req006_bad, identity),
    "REQ-007": (req007_bad, identity),
    "REQ-008": (req008_bad, req008_good),
    "REQ-009": (req009_bad, req008_good),
    "INT-001": (int001_bad, identity),
    "INT-002": (int002_bad, int002_good),
    "INT-003": (int003_bad, identity),
    "INT-004": (int004_bad, identity),
    "INT-005": (int005_bad, identity),
    "INT-006": (int006_bad, identity),
    "INT-007": (int007_bad, identity),
    "INT-008": (int008_bad, identity),
    "INT-009": (int009_bad, identity),
    "INT-010": (int010_bad, int010_good),
    "DAT-001": (dat001_bad, dat001_good),
    "SEC-001": (sec001_bad, identity),
    "SEC-002": (sec002_bad, identity),
    "SEC-003": (sec003_bad, identity),
    "SEC-004": (sec004_bad, identity),
    "SEC-005": (sec005_bad, identity),
    "SEC-006": (sec006_bad, identity),
    "SEC-007": (sec007_bad, sec007_good),
    "SEC-008": (sec008_bad, identity),
    "SEC-009": (sec009_bad, identity),
    "TEC-001": (tec001_bad, identity),
    "BUS-001": (bus001_bad, bus001_good),
    "BUS-002": (bus002_bad, bus002_good),
}


# ---------------------------------------------------------------------------------------------
# Framework 3.0 and 4.0: the rules those packs change or add, checked with the pack of the model's
# framework (--rules, from the repository's rules/). The 3.0 base adds VNeID (owner BCA) reached
# from the NDXP; the 4.0 base adds the NDOP (owner BCA) linked to the LGSP, VNeID serving the
# one-stop shop, the national monitoring system under BCA, and drops the province's own
# public-service portal (the national portal is the single one-stop).
# ---------------------------------------------------------------------------------------------

PACKS = "../../../../rules/"


def base_model_30():
    m = base_model()
    m.properties["eaf:framework"] = "3.0"
    m.element("vn-vneid", "ApplicationComponent", "Hệ thống định danh và xác thực điện tử quốc gia (VNeID)",
              "National identity and authentication system (VNeID)", kind="platform.national-identity", owner="BCA")
    m.relate("r-fl-ngsp-vneid", "Flow", "vn-ngsp", "vn-vneid")
    return m


def base_model_40():
    m = base_model_30()
    m.properties["eaf:framework"] = "4.0"
    m.remove_element("tst-portal-dvc")
    m.element("vn-ndop", "ApplicationComponent", "Nền tảng chia sẻ, điều phối dữ liệu quốc gia (NDOP)",
              "National data sharing and coordination platform (NDOP)", kind="platform.ndop", owner="BCA")
    m.set_prop("vn-monitoring", "eaf:owner", "BCA")
    m.relate("r-fl-lgsp-ndop", "Flow", "tst-lgsp", "vn-ndop")
    m.relate("r-sv-vneid-oss", "Serving", "vn-vneid", "tst-oss")
    return m


def own_portal(m):
    own_app(m, "tst-portal-dvc", "portal.public-service", "Cổng dịch vụ công tỉnh", "Test province public service portal")
    m.relate("r-fl-portal-lgsp", "Flow", "tst-portal-dvc", "tst-lgsp")
    m.relate("r-sv-portal-birth", "Serving", "tst-portal-dvc", "tst-svc-birth")
    return m


def ndop_feeds_population(m):
    # The population database is reached through the NDOP, no longer through the NDXP.
    m.remove_relationship("r-fl-ngsp-population")
    m.relate("r-fl-ndop-population", "Flow", "vn-ndop", "vn-population")
    return m


def baseline(m):
    m.properties["eaf:state"] = "baseline"
    return m


# name -> (framework, model function, or None for that framework's base)
FRAMEWORK_CASES = {
    "INT-009-3.0-bad": ("3.0", lambda: swap_to_association("r-fl-ngsp-vneid")(base_model_30())),
    "INT-009-3.0-good": ("3.0", base_model_30),
    "REQ-003-4.0-bad": ("4.0", lambda: _removed(base_model_40(), "tst-portal-info")),
    "REQ-003-4.0-good": ("4.0", base_model_40),
    "REQ-010-bad": ("4.0", lambda: own_portal(base_model_40())),
    "REQ-010-good": ("4.0", lambda: baseline(own_portal(base_model_40()))),
    "INT-011-bad": ("4.0", lambda: swap_to_association("r-fl-lgsp-ndop")(base_model_40())),
    "INT-011-good": ("4.0", base_model_40),
    "SEC-003-4.0-bad": ("4.0", lambda: _with_prop(base_model_40(), "vn-monitoring", "eaf:owner", "VN")),
    "SEC-003-4.0-good": ("4.0", base_model_40),
    "INT-007-4.0-bad": ("4.0", lambda: int007_bad(base_model_40())),
    "INT-007-4.0-good": ("4.0", lambda: ndop_feeds_population(base_model_40())),
    "DAT-001-4.0-bad": ("4.0", lambda: dat001_bad(ndop_feeds_population(base_model_40()))),
    "DAT-001-4.0-good": ("4.0", lambda: dat001_good(ndop_feeds_population(base_model_40()))),
}


def _removed(m, identifier):
    m.remove_element(identifier)
    return m


def _with_prop(m, identifier, key, value):
    m.set_prop(identifier, key, value)
    return m


# ---------------------------------------------------------------------------------------------
# Federation rules (FED-*) run only when several files are checked together: their cases check
# the base (model.xml, province TST) with a second compliant province (other.xml, TS2). No file of
# agency VN is loaded, so the references to national systems are not resolved (nor reported).
# Each function returns (model, other).
# ---------------------------------------------------------------------------------------------

def other_model():
    return base_model("TS2", "ts2", "Thử nghiệm Hai", "Second test")


def fed001_bad(code="TS2-LGSP"):
    # TST links its LGSP to TS2's under a code that TS2's model does not use.
    m, o = base_model(), other_model()
    o.set_prop("ts2-lgsp", "eaf:code", "TS2-LGSP-01")
    m.element("ref-ts2-lgsp", "ApplicationComponent", "LGSP tỉnh Thử nghiệm Hai", "Second test province LGSP",
              kind="platform.lgsp", owner="TS2", code=code)
    m.relate("r-fl-lgsp-ts2", "Flow", "tst-lgsp", "ref-ts2-lgsp")
    return m, o


def fed001_good():
    return fed001_bad(code="TS2-LGSP-01")


def fed002_bad(other_code="LGSP-01"):
    # Both provinces claim the system code LGSP-01.
    m, o = base_model(), other_model()
    m.set_prop("tst-lgsp", "eaf:code", "LGSP-01")
    o.set_prop("ts2-lgsp", "eaf:code", other_code)
    return m, o


def fed002_good():
    return fed002_bad(other_code="TS2-LGSP-01")


def own_payment(m, p):
    own_app(m, f"{p}-payment", "platform.payment", "Cổng thanh toán trực tuyến của tỉnh",
            "Provincial online payment gateway", level=4)
    m.relate("r-fl-lgsp-own-payment", "Flow", f"{p}-lgsp", f"{p}-payment")


def fed003_bad():
    # Both provinces own a platform.payment: the nation has one.
    m, o = base_model(), other_model()
    own_payment(m, "tst")
    own_payment(o, "ts2")
    return m, o


def fed003_good():
    m, o = base_model(), other_model()
    own_payment(m, "tst")
    return m, o


def own_land_database(m, p):
    own_app(m, f"{p}-db-land", "db.national", "Cơ sở dữ liệu đất đai", "Land database", level=4)
    m.set_prop(f"{p}-db-land", "eaf:subject", "land")
    # The SOC is associated with the database, not serving it: INT-007 takes a Serving from the
    # SOC (a Node) to a db.national for a direct data connection (model d) - reported as a bug.
    m.find("r-soc-db-land")["type"] = "Association"
    m.relate("r-fl-ngsp-own-land", "Flow", "vn-ngsp", f"{p}-db-land")


def fed004_bad():
    # Both provinces master the national land database.
    m, o = base_model(), other_model()
    own_land_database(m, "tst")
    own_land_database(o, "ts2")
    return m, o


def fed004_good():
    m, o = base_model(), other_model()
    own_land_database(m, "tst")
    return m, o


def own_national_database(owner):
    """A national database the province itself owns (as Bộ Tư pháp owns the civil-status database),
    read by its one-stop shop; `owner` VN is the old reference to a national system that it was."""
    m = base_model()
    m.element("tst-db-civil", "ApplicationComponent", "Cơ sở dữ liệu hộ tịch", "Civil-status database",
              kind="db.national", subject="civil-status", code="VN-DB-CIVIL-STATUS", security_level=4)
    if owner != AGENCY:
        m.set_prop("tst-db-civil", "eaf:owner", owner)
    m.relate("r-dep-db-civil", "Realization", "tst-dc", "tst-db-civil")
    m.relate("r-soc-db-civil", "Association", "tst-soc", "tst-db-civil")
    m.relate("r-fl-oss-db-civil", "Flow", "tst-oss", "tst-db-civil")
    m.relate("r-fl-ngsp-db-civil", "Flow", "vn-ngsp", "tst-db-civil")
    return m


def national_register(owner="TST"):
    """A national model that registers the civil-status database under its real owner. Its agency is
    QG, not VN, so that the base models' references to VN stay unresolved, as in the FED cases."""
    r = Model("Các hệ thống quốc gia (mẫu kiểm thử)", "National systems (test model)", {"eaf:level": "national", "eaf:agency": "QG"})
    r.element("qg-btp", "BusinessActor", "Bộ Tư pháp (thử nghiệm)", "Ministry of Justice (test)", kind="agency.national")
    r.element("qg-db-civil", "ApplicationComponent", "Cơ sở dữ liệu hộ tịch điện tử toàn quốc", "National civil-status database",
              kind="db.national", subject="civil-status", code="VN-DB-CIVIL-STATUS", owner=owner, security_level=4)
    r.relate("r-as-btp-civil", "Association", "qg-btp", "qg-db-civil")
    return r


def register_claims(second_claim):
    m = own_national_database(AGENCY)
    o = other_model()
    if second_claim:
        own_app(o, "ts2-db-civil", "db.national", "Cơ sở dữ liệu hộ tịch của tỉnh", "Provincial civil-status database", level=4)
        o.set_prop("ts2-db-civil", "eaf:subject", "civil-status")
        o.find("r-soc-db-civil")["type"] = "Association"
        o.relate("r-fl-ngsp-db-civil", "Flow", "vn-ngsp", "ts2-db-civil")
    return national_register(), m, o


FEDERATION_RULES = {
    "FED-001": (fed001_bad, fed001_good),
    "FED-002": (fed002_bad, fed002_good),
    "FED-003": (fed003_bad, fed003_good),
    "FED-004": (fed004_bad, fed004_good),
}


# ---------------------------------------------------------------------------------------------
# Cases about the command rather than one rule.
# ---------------------------------------------------------------------------------------------

def several_findings(m):
    """A model with an error, warnings and an info, for the output formats."""
    m.set_prop("tst-email", "eaf:security-level", None)  # SEC-001 error
    m.remove_relationship("r-dep-email")  # TEC-001 warning
    m.set_prop("tst-portal-info", "eaf:security-level", 2)  # SEC-005 warning
    mod006_bad(m)  # MOD-006 info
    return m


def warnings_only(m):
    m.remove_relationship("r-dep-email")  # TEC-001
    m.remove_relationship("r-soc-reporting")  # SEC-002
    return m


def waiver(m):
    tec001_bad(m)
    m.set_prop("tst-email", "eaf:waive",
               "TEC-001: Thư điện tử công vụ thuê dịch vụ của nhà cung cấp (SaaS), không triển khai tại trung tâm dữ liệu tỉnh.")
    return m


def justification(m):
    # The one-stop shop reads the population database directly (fallback model d), justified.
    m.relate("r-fl-oss-population", "Flow", "tst-oss", "vn-population",
             justification="Kết nối trực tiếp tạm thời theo Thông tư 13/2017 khi NGSP chưa cung cấp dịch vụ tra cứu dân cư.")
    return m


def severity_model(m):
    m.remove_relationship("r-soc-reporting")  # SEC-002 warning
    sec005_bad(m)  # SEC-005 warning
    tec001_bad(m)  # TEC-001 warning
    return m


def enable_disable_model(m):
    req005_bad(m)  # REQ-005: disabled
    m.element("tst-lgsp-2", "ApplicationComponent", "LGSP thứ hai", "Second LGSP", kind="platform.lgsp")
    m.relate("r-fl-lgsp2-ngsp", "Flow", "tst-lgsp-2", "vn-ngsp")  # REQ-001 (reported); SEC-001, TEC-001 (not run)
    m.remove_relationship("r-fl-lgsp-info")
    m.remove_relationship("r-soc-portal-info")  # SEC-002 (not run)
    return m


def issue_model():
    """A model written without the profile (no eaf: property) holding what Archi's Validator finds:
    an empty view, two "Citizen" actors, a Flow into a junction leaving as Triggering, and an
    element nested in a view without a relationship."""
    m = Model("Mô hình không theo hồ sơ", "A model without the profile", {})
    m.element("citizen-1", "BusinessActor", "Công dân", "Citizen")
    m.element("citizen-2", "BusinessActor", "Công dân", "Citizen")
    m.element("apply", "BusinessProcess", "Nộp hồ sơ", "Apply")
    m.element("review", "BusinessProcess", "Xét duyệt", "Review")
    m.element("j", "AndJunction", "", "")
    m.relate("r-c1-apply", "Assignment", "citizen-1", "apply")
    m.relate("r-c2-apply", "Assignment", "citizen-2", "apply")
    m.relate("r-apply-j", "Flow", "apply", "j")
    m.relate("r-j-review", "Triggering", "j", "review")
    full_view(m, "v-main", nest={"review": "citizen-1"})
    m.views.append(("v-empty", []))
    return m


BROKEN_XML = """<?xml version="1.0" encoding="UTF-8"?>
<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m-broken">
  <name xml:lang="vi">Mô hình hỏng</name>
  <elements>
    <element identifier="a" xsi:type="ApplicationComponent">
      <name xml:lang="vi">Hệ thống A</name>
    </element>
  <!-- the elements tag is never closed -->
</model>
"""

# One error, one report: the second definition of an id is reported once (MOD-002) and takes no
# further part, so the copy of an application component gets no TEC-001 or SEC-002 of its own.
def duplicate_element_bad(m):
    m.element("tst-email", "ApplicationComponent", "Hệ thống thư điện tử (bản sao)", "E-mail system (copy)",
              kind="app.email", security_level=3)
    return m


def duplicate_element_good(m):
    own_app(m, "tst-email2", "app.email", "Hệ thống thư điện tử thứ hai", "Second e-mail system")
    return m


# Junctions: a path through an And/Or junction joining relationships of one type is that
# relationship from each source to each target, and counts as one exchange, not two.
def junction_good(m):
    m.remove_relationship("r-fl-lgsp-ngsp")
    m.element("tst-j", "AndJunction", "Điểm nối", "Junction")
    m.relate("r-fl-lgsp-j", "Flow", "tst-lgsp", "tst-j")
    m.relate("r-fl-j-ngsp", "Flow", "tst-j", "vn-ngsp")
    return m


def junction_bad(m):
    # The junction joins a Flow and an Association: no exchange goes through it.
    junction_good(m)
    m.remove_relationship("r-fl-j-ngsp")
    m.relate("r-as-j-ngsp", "Association", "tst-j", "vn-ngsp")
    return m


def junction_direct_bad(m):
    # The one-stop shop reaches the national population database through a junction: a direct exchange.
    m.element("tst-j", "OrJunction", "Điểm nối", "Junction")
    m.relate("r-fl-oss-j", "Flow", "tst-oss", "tst-j")
    m.relate("r-fl-j-population", "Flow", "tst-j", "vn-population")
    return m


def junction_direct_good(m):
    m.element("tst-j", "OrJunction", "Điểm nối", "Junction")
    m.relate("r-fl-oss-j", "Flow", "tst-oss", "tst-j")
    m.relate("r-fl-j-lgsp", "Flow", "tst-j", "tst-lgsp")
    return m


# Typos in the profile's keys and values: each reported once, by one rule, with the nearest
# key or value; rules that read a mistyped value say they were not run (CHK-001).
def _typo_key(old_key, new_key):
    """(old, new): declares property `new_key` beside `old_key`, as definition '<old id>-typo'."""
    return (f'<propertyDefinition identifier="{PROPERTY_IDS[old_key]}" type="string"><name>{old_key}</name></propertyDefinition>',
            f'<propertyDefinition identifier="{PROPERTY_IDS[old_key]}" type="string"><name>{old_key}</name></propertyDefinition>\n'
            f'    <propertyDefinition identifier="{PROPERTY_IDS[old_key]}-typo" type="string"><name>{new_key}</name></propertyDefinition>')


def key_typo_bad(m):
    text = m.to_xml()
    email = text.index('identifier="tst-email"')
    dms = text.index('identifier="tst-dms"')
    # The e-mail system's kind under eaf:Kind, the document system's level under eaf:secuirty-level.
    kind_ref = text.index('propertyDefinitionRef="pd-kind"', email)
    sec_ref = text.index('propertyDefinitionRef="pd-sec"', dms)
    # The later place first, so the earlier one's offset still holds.
    for at, key in sorted(((kind_ref, "pd-kind"), (sec_ref, "pd-sec")), reverse=True):
        old = f'propertyDefinitionRef="{key}"'
        text = text[:at] + f'propertyDefinitionRef="{key}-typo"' + text[at + len(old):]
    for old, new in (_typo_key("eaf:kind", "eaf:Kind"), _typo_key("eaf:security-level", "eaf:secuirty-level")):
        text = text.replace(old, new, 1)
    return text


def level_typo_bad(m):
    m.properties["eaf:level"] = "Ministry"
    return m


def kind_typo_bad(m):
    m.set_prop("tst-lgsp", "eaf:kind", "platform.lgps")
    return m


def security_level_range_bad(m):
    # The intake module is part of the one-stop shop (level 3): read as valid, 7 would also make
    # SEC-004 say the whole's level is below its part's.
    m.set_prop("tst-oss-intake", "eaf:security-level", "7")
    return m


EXTRA = {
    # name: (model function or literal text, cmd)
    "format-json": (several_findings, "check --lang en --format json model.xml"),
    "format-sarif": (several_findings, "check --lang en --format sarif model.xml"),
    "format-junit": (several_findings, "check --lang en --format junit model.xml"),
    "lang-vi": (several_findings, "check --lang vi model.xml"),
    "fail-on-warning": (warnings_only, "check --lang en --fail-on warning model.xml"),
    "waiver": (waiver, "check --lang en model.xml"),
    "justification": (justification, "check --lang en model.xml"),
    "severity-override": (severity_model, "check --lang en --severity 'SEC-*=info' model.xml"),
    "enable-disable": (enable_disable_model, "check --lang en --enable 'REQ-*' --disable REQ-005 model.xml"),
    "bad-rule-glob": (identity, "check --lang en --enable 'NOPE-*' model.xml"),
    # MOD-010: an element in no view is an orphan too here (see mod010_bad), so MOD-006 is disabled.
    "MOD-010-bad": (mod010_bad, "check --lang en --disable MOD-006 model.xml"),
    "MOD-010-good": (mod010_good, "check --lang en --disable MOD-006 model.xml"),
    # MOD-003 beyond the table's element pairs: through junctions, and ends on relationships.
    "MOD-003-junction-bad": (mod003_junction_bad, "check --lang en model.xml"),
    "MOD-003-junction-good": (mod003_junction_good, "check --lang en model.xml"),
    "MOD-003-relationship-end-bad": (mod003_end_bad, "check --lang en model.xml"),
    "MOD-003-relationship-end-good": (mod003_end_good, "check --lang en model.xml"),
    # A model with no eaf: property at all: the generic pack, and one info line on standard error.
    "no-profile": (lambda m: issue_model(), "check --lang en model.xml"),
    "no-profile-framework": (lambda m: issue_model(), "check --lang en --framework 2.0 model.xml"),
    "no-profile-archimate": (lambda m: issue_model(), "check --lang en --framework archimate model.xml"),
    "broken-model": (BROKEN_XML, "check --lang en model.xml"),
    "duplicate-element-bad": (duplicate_element_bad, "check --lang en model.xml"),
    "duplicate-element-good": (duplicate_element_good, "check --lang en model.xml"),
    "junction-path-bad": (junction_bad, "check --lang en model.xml"),
    "junction-path-good": (junction_good, "check --lang en model.xml"),
    "junction-direct-bad": (junction_direct_bad, "check --lang en model.xml"),
    "junction-direct-good": (junction_direct_good, "check --lang en model.xml"),
    "typo-key-bad": (key_typo_bad(base_model()), "check --lang en model.xml"),
    "typo-key-good": (identity, "check --lang en model.xml"),
    "typo-level-bad": (level_typo_bad, "check --lang en model.xml"),
    "typo-level-good": (identity, "check --lang en model.xml"),
    "typo-kind-bad": (kind_typo_bad, "check --lang en model.xml"),
    "typo-kind-good": (identity, "check --lang en model.xml"),
    "typo-security-level-bad": (security_level_range_bad, "check --lang en model.xml"),
    "typo-security-level-good": (identity, "check --lang en model.xml"),
}


# The owner of a national system (Decree 85/2016: one owner, the chủ quản). An agency's own system
# using the agency's own national database is no exchange between agencies (INT-001) nor a bypass
# of the platforms (INT-007); the same database referred to as the nation's (owner VN) is.
OWNER_CASES = {
    "national-db-own": (lambda: own_national_database(AGENCY), "check --lang en model.xml"),
    "national-db-vn": (lambda: own_national_database("VN"), "check --lang en model.xml"),
}

# The national register: national.xml lists the civil-status database under its owner; a second
# province claiming the same national data is caught (FED-004), the owner's own database is not.
REGISTER_CASES = {
    "register-owner": lambda: register_claims(False),
    "register-two-claims": lambda: register_claims(True),
}


def write_case(name, files, cmd):
    """files: file name -> text."""
    folder = os.path.join(HERE, name)
    if os.path.isdir(folder):
        for entry in os.listdir(folder):
            if entry.endswith(".xml") and entry not in files:
                os.remove(os.path.join(folder, entry))
    os.makedirs(folder, exist_ok=True)
    for file_name, content in files.items():
        with open(os.path.join(folder, file_name), "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
    with open(os.path.join(folder, "cmd"), "w", encoding="utf-8", newline="\n") as f:
        f.write(cmd + "\n")


def main():
    names = []
    for rule, (bad, good) in RULES.items():
        write_case(f"{rule}-bad", {"model.xml": bad(base_model()).to_xml()}, "check --lang en model.xml")
        write_case(f"{rule}-good", {"model.xml": good(base_model()).to_xml()}, "check --lang en model.xml")
        names += [f"{rule}-bad", f"{rule}-good"]
    for name, (framework, make) in FRAMEWORK_CASES.items():
        write_case(name, {"model.xml": make().to_xml()}, f"check --lang en --rules {PACKS}vn-eaf-{framework}.xml model.xml")
        names.append(name)
    for rule, (bad, good) in FEDERATION_RULES.items():
        for suffix, make in (("bad", bad), ("good", good)):
            m, o = make()
            write_case(f"{rule}-{suffix}", {"model.xml": m.to_xml(), "other.xml": o.to_xml()},
                       "check --lang en model.xml other.xml")
            names.append(f"{rule}-{suffix}")
    for name, (make, cmd) in OWNER_CASES.items():
        write_case(name, {"model.xml": make().to_xml()}, cmd)
        names.append(name)
    for name, make in REGISTER_CASES.items():
        r, m, o = make()
        write_case(name, {"national.xml": r.to_xml(), "model.xml": m.to_xml(), "other.xml": o.to_xml()},
                   "check --lang en national.xml model.xml other.xml")
        names.append(name)
    for name, (source, cmd) in EXTRA.items():
        content = source if isinstance(source, str) else source(base_model()).to_xml()
        write_case(name, {"model.xml": content}, cmd)
        names.append(name)
    # Folders of cases this script no longer makes would otherwise linger as stale tests.
    for entry in sorted(os.listdir(HERE)):
        path = os.path.join(HERE, entry)
        if os.path.isdir(path) and entry not in names:
            print(f"removing stale case {entry}", file=sys.stderr)
            shutil.rmtree(path)
    print(f"{len(names)} cases written to {HERE}")


if __name__ == "__main__":
    main()
