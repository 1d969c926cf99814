#!/usr/bin/env python3
"""Build the reference architectures in architectures/ (GitHub issue 4).

Writes, from the tables in this file and nothing else:

  architectures/national/national.xml                 the national layer (eaf:agency VN)
  architectures/ministries/{byt,btp}/{baseline,target}.xml
  architectures/provinces/{son-la,lang-son,phu-tho}/{baseline,target}.xml
  architectures/provinces/phu-tho/target.archimate    the Phu Tho target again, in Archi's format
  architectures/README.md and one README.md per agency folder

The models are ArchiMate 3.1 in the Open Exchange Format, profiled with the VN-EAF properties of
docs/profile.md (eaf:level, eaf:agency, eaf:kind, eaf:code, ...). They are illustrative models built
from public documents, not any agency's official architecture.

Usage: python3 scripts/build_reference_architectures.py [--out DIR]   (default: <repo>/architectures)

Standard library only; the output is deterministic (same tables, same bytes).
"""

import argparse
import os
import sys
import unicodedata
import xml.etree.ElementTree as ET

NS = 'http://www.opengroup.org/xsd/archimate/3.0/'
XSI = 'http://www.w3.org/2001/XMLSchema-instance'
ARCHI = 'http://www.archimatetool.com/archimate'
LANG = '{http://www.w3.org/XML/1998/namespace}lang'
SCHEMA_LOCATION = ('http://www.opengroup.org/xsd/archimate/3.0/ '
                   'http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd')

# The profile's property names, in the order they are declared and written.
PROPERTY_NAMES = ['eaf:level', 'eaf:agency', 'eaf:framework', 'eaf:state', 'eaf:kind', 'eaf:owner',
                  'eaf:code', 'eaf:subject', 'eaf:security-level', 'eaf:service-level', 'eaf:status',
                  'eaf:phase', 'eaf:protocol', 'eaf:justification', 'eaf:waive']
SHORT = {'kind': 'eaf:kind', 'owner': 'eaf:owner', 'code': 'eaf:code', 'subject': 'eaf:subject',
         'sl': 'eaf:security-level', 'svl': 'eaf:service-level', 'status': 'eaf:status',
         'phase': 'eaf:phase', 'protocol': 'eaf:protocol', 'justification': 'eaf:justification',
         'waive': 'eaf:waive'}
REL_ABBR = {'Flow': 'fl', 'Serving': 'sv', 'Triggering': 'tr', 'Access': 'ac', 'Realization': 'rz',
            'Association': 'as', 'Composition': 'cp', 'Aggregation': 'ag', 'Assignment': 'an'}
ARCHI_ACCESS = {'Write': None, 'Read': '1', 'Access': '2', 'ReadWrite': '3'}

STATE_VI = {'baseline': 'hiện trạng', 'target': 'mục tiêu'}
DISCLAIMER_VI = ('Mô hình minh họa do dự án eaf dựng lại từ tài liệu công khai; không phải kiến trúc '
                 'chính thức của cơ quan.')
DISCLAIMER_EN = ('Illustrative model rebuilt by the eaf project from public documents; not the '
                 "agency's official architecture.")


def nfc(text):
    return unicodedata.normalize('NFC', text) if text is not None else None


# --------------------------------------------------------------------------------------------------
# The in-memory model
# --------------------------------------------------------------------------------------------------

class Model:
    """One ArchiMate model: one agency at one state. Ids are '<prefix>-<sid>'."""

    def __init__(self, prefix, agency, level, state, name, name_en, doc, doc_en=None):
        self.prefix = prefix
        self.agency = agency
        self.level = level
        self.state = state
        self.name, self.name_en, self.doc, self.doc_en = name, name_en, doc, doc_en
        # A national model declares no eaf:state: it is the reference for baselines and targets alike
        # (eaf's federation puts a state-less national model in every group).
        self.props = [('eaf:level', level), ('eaf:agency', agency), ('eaf:framework', '2.0')]
        if state:
            self.props.append(('eaf:state', state))
        self.elements = {}   # id -> element dict, insertion ordered
        self.rels = {}       # id -> relationship dict
        self.views = []      # dicts: id, name, bands, element filter, relationship filter

    def eid(self, sid):
        return sid if sid.startswith(self.prefix + '-') else '%s-%s' % (self.prefix, sid)

    def has(self, sid):
        return self.eid(sid) in self.elements

    def el(self, sid):
        return self.elements[self.eid(sid)]

    def add(self, sid, typ, name, en=None, doc=None, band=None, **props):
        ident = self.eid(sid)
        if ident in self.elements or ident in self.rels:
            raise ValueError('duplicate id %s' % ident)
        element = {'id': ident, 'type': typ, 'name': name, 'en': en, 'doc': doc, 'band': band,
                   'props': {}}
        for key, value in props.items():
            if value is not None:
                element['props'][SHORT[key]] = str(value)
        self.elements[ident] = element
        return ident

    def setp(self, sid, key, value):
        props = self.el(sid)['props']
        if value is None:
            props.pop(SHORT[key], None)
        else:
            props[SHORT[key]] = str(value)

    def kind(self, ident):
        return self.elements[ident]['props'].get('eaf:kind', '')

    def owner(self, ident):
        return self.elements[ident]['props'].get('eaf:owner', self.agency)

    def owned(self, ident):
        return self.owner(ident) == self.agency

    def rel(self, typ, src, dst, name=None, access=None, **props):
        s, t = self.eid(src), self.eid(dst)
        for end in (s, t):
            if end not in self.elements:
                raise ValueError('%s: relationship end %s does not exist' % (self.prefix, end))
        base = '%s-r-%s-%s-%s' % (self.prefix, REL_ABBR[typ], s[len(self.prefix) + 1:],
                                  t[len(self.prefix) + 1:])
        for existing in self.rels.values():
            if (existing['type'], existing['source'], existing['target']) == (typ, s, t):
                raise ValueError('duplicate relationship %s' % base)
        ident, n = base, 2
        while ident in self.rels or ident in self.elements:
            ident, n = '%s-%d' % (base, n), n + 1
        rel = {'id': ident, 'type': typ, 'source': s, 'target': t, 'name': name, 'access': access,
               'props': {}}
        for key, value in props.items():
            if value is not None:
                rel['props'][SHORT[key]] = str(value)
        self.rels[ident] = rel
        return ident


# --------------------------------------------------------------------------------------------------
# Classification: folders and diagram bands
# --------------------------------------------------------------------------------------------------

BUSINESS_TYPES = {'BusinessActor', 'BusinessRole', 'BusinessProcess', 'BusinessService',
                  'BusinessObject', 'BusinessFunction', 'BusinessEvent'}
TECH_TYPES = {'Node', 'Device', 'SystemSoftware', 'CommunicationNetwork', 'Path', 'TechnologyService'}

BANDS = [
    ('actors', 'Người sử dụng, cơ quan và đơn vị'),
    ('business', 'Nghiệp vụ: quy trình và dịch vụ công'),
    ('apps', 'Ứng dụng'),
    ('platforms', 'Nền tảng tích hợp và hệ thống quốc gia'),
    ('data', 'Dữ liệu'),
    ('tech', 'Công nghệ'),
    ('sec', 'An toàn thông tin'),
    ('roadmap', 'Lộ trình triển khai'),
]


def band_of(model, ident):
    element = model.elements[ident]
    typ, kind = element['type'], model.kind(ident)
    if element.get('band'):
        return element['band']
    if kind.startswith('sec.'):
        return 'sec'
    if typ in ('BusinessActor', 'BusinessRole'):
        return 'actors'
    if typ in BUSINESS_TYPES:
        return 'business'
    if typ == 'WorkPackage':
        return 'roadmap'
    if kind.startswith('db.') or typ in ('DataObject', 'Artifact'):
        return 'data'
    if typ.startswith('Application'):
        if kind.startswith('platform.') or not model.owned(ident) or kind == 'portal.national-public-service':
            return 'platforms'
        return 'apps'
    return 'tech'


def folder_of(model, ident):
    """Organization path in the exchange format (Vietnamese folder names)."""
    band = band_of(model, ident)
    element = model.elements[ident]
    typ, kind = element['type'], model.kind(ident)
    if band == 'actors':
        sub = 'Người sử dụng' if kind.startswith('user.') else 'Cơ quan, đơn vị'
        return ['Nghiệp vụ', sub]
    if band == 'business':
        return ['Nghiệp vụ', 'Dịch vụ' if typ == 'BusinessService' else 'Quy trình nghiệp vụ']
    if band == 'data':
        return ['Dữ liệu', 'Cơ sở dữ liệu' if kind.startswith('db.') else 'Đối tượng dữ liệu']
    if band in ('apps', 'platforms'):
        if model.level == 'national':
            return ['Ứng dụng']
        if model.owned(ident):
            return ['Ứng dụng', 'Hệ thống của cơ quan']
        return ['Ứng dụng', 'Hệ thống quốc gia và của cơ quan khác (tham chiếu)']
    if band == 'sec':
        return ['An toàn thông tin']
    if band == 'roadmap':
        return ['Lộ trình']
    return ['Công nghệ']


def archi_folder_of(model, ident):
    """Folder path in Archi's native format: (top folder type, top name, sub-folder names)."""
    element = model.elements[ident]
    typ, kind = element['type'], model.kind(ident)
    band = band_of(model, ident)
    if typ in BUSINESS_TYPES:
        return ('business', folder_of(model, ident)[1:])
    if typ == 'WorkPackage':
        return ('implementation_migration', [])
    if typ.startswith('Application') or typ == 'DataObject':
        if band == 'data':
            return ('application', ['Dữ liệu'])
        return ('application', folder_of(model, ident)[1:])
    if band == 'sec':
        return ('technology', ['An toàn thông tin'])
    if typ == 'Artifact':
        return ('technology', ['Dữ liệu triển khai'])
    return ('technology', [])


ARCHI_TOP = [('strategy', 'Chiến lược'), ('business', 'Nghiệp vụ'), ('application', 'Ứng dụng'),
             ('technology', 'Công nghệ và An toàn thông tin'), ('motivation', 'Động lực'),
             ('implementation_migration', 'Lộ trình'), ('other', 'Khác'), ('relations', 'Quan hệ'),
             ('diagrams', 'Khung nhìn')]


# --------------------------------------------------------------------------------------------------
# Views: layers as rows
# --------------------------------------------------------------------------------------------------

NODE_W, NODE_H, GAP_X, GAP_Y, PAD_X, PAD_TOP, PAD_BOTTOM, BAND_GAP, COLS = 180, 70, 25, 25, 20, 35, 20, 30, 8


def is_deployment(model, rel):
    s, t = model.elements[rel['source']], model.elements[rel['target']]
    if rel['type'] == 'Realization' and s['type'] in ('Node', 'Device', 'SystemSoftware', 'Artifact') \
            and t['type'] == 'ApplicationComponent':
        return True
    return rel['type'] == 'Assignment' and t['type'] == 'Artifact'


def is_monitoring(model, rel):
    return rel['type'] == 'Association' and model.kind(rel['source']) == 'sec.soc' and \
        model.elements[rel['target']]['type'].startswith('Application')


def is_exchange(model, rel):
    if rel['type'] not in ('Flow', 'Serving', 'Triggering'):
        return False
    layers = set()
    for end in (rel['source'], rel['target']):
        typ = model.elements[end]['type']
        layers.add('app' if typ.startswith('Application') else 'tech' if typ in TECH_TYPES else 'other')
    return 'other' not in layers


def add_standard_views(model):
    """Overview, integration, infrastructure/security and (targets) roadmap views."""
    p = model.prefix
    els = model.elements

    def overview_el(i):
        return els[i]['type'] != 'WorkPackage'

    def overview_rel(r):
        return not is_deployment(model, r) and not is_monitoring(model, r)

    model.views.append({'id': p + '-view-overview', 'name': 'Sơ đồ tổng thể',
                        'doc': 'Các lớp nghiệp vụ, ứng dụng, nền tảng, dữ liệu, công nghệ và an toàn thông '
                               'tin; triển khai và giám sát an toàn thông tin xem ở khung nhìn hạ tầng.',
                        'elements': overview_el, 'rels': overview_rel})

    def integ_el(i):
        return els[i]['type'] == 'ApplicationComponent'

    def integ_rel(r):
        return is_exchange(model, r) or r['type'] in ('Composition', 'Aggregation')

    model.views.append({'id': p + '-view-integration', 'name': 'Kết nối, liên thông và chia sẻ dữ liệu',
                        'doc': 'Các hệ thống ứng dụng, nền tảng và cơ sở dữ liệu với các luồng trao đổi.',
                        'elements': integ_el, 'rels': integ_rel})

    def infra_el(i):
        typ = els[i]['type']
        return typ == 'ApplicationComponent' or typ == 'Artifact' or band_of(model, i) in ('tech', 'sec')

    def infra_rel(r):
        return True

    model.views.append({'id': p + '-view-infrastructure', 'name': 'Hạ tầng, triển khai và an toàn thông tin',
                        'doc': 'Trung tâm dữ liệu, mạng, nơi triển khai từng hệ thống và giám sát của SOC.',
                        'elements': infra_el, 'rels': infra_rel})

    if any(e['type'] == 'WorkPackage' for e in els.values()):
        realized = set()
        for r in model.rels.values():
            if els[r['source']]['type'] == 'WorkPackage':
                realized.add(r['target'])

        def road_el(i):
            return els[i]['type'] == 'WorkPackage' or i in realized

        def road_rel(r):
            return els[r['source']]['type'] == 'WorkPackage'

        model.views.append({'id': p + '-view-roadmap', 'name': 'Lộ trình triển khai',
                            'doc': 'Các nhiệm vụ (WorkPackage) theo giai đoạn và các thành phần mục tiêu '
                                   'mà mỗi nhiệm vụ hiện thực hóa.',
                            'elements': road_el, 'rels': road_rel})


def layout(model, view):
    """Returns (groups, nodes, connections) with absolute bounds."""
    members = [i for i in model.elements if view['elements'](i)]
    by_band = {}
    for i in members:
        by_band.setdefault(band_of(model, i), []).append(i)
    width = PAD_X * 2 + COLS * NODE_W + (COLS - 1) * GAP_X
    groups, nodes = [], {}
    y = 20
    for band, label in BANDS:
        items = by_band.get(band)
        if not items:
            continue
        rows = (len(items) + COLS - 1) // COLS
        height = PAD_TOP + rows * NODE_H + (rows - 1) * GAP_Y + PAD_BOTTOM
        group = {'id': '%s-g-%s' % (view['id'], band), 'label': label, 'x': 20, 'y': y, 'w': width,
                 'h': height, 'children': []}
        for n, ident in enumerate(items):
            row, col = divmod(n, COLS)
            node = {'id': '%s-n-%s' % (view['id'], ident[len(model.prefix) + 1:]), 'ref': ident,
                    'x': 20 + PAD_X + col * (NODE_W + GAP_X), 'y': y + PAD_TOP + row * (NODE_H + GAP_Y),
                    'w': NODE_W, 'h': NODE_H}
            group['children'].append(node)
            nodes[ident] = node
        groups.append(group)
        y += height + BAND_GAP
    connections = []
    for rel in model.rels.values():
        if rel['source'] in nodes and rel['target'] in nodes and view['rels'](rel):
            connections.append({'id': '%s-c-%s' % (view['id'], rel['id'][len(model.prefix) + 1:]),
                                'ref': rel['id'], 'source': nodes[rel['source']]['id'],
                                'target': nodes[rel['target']]['id']})
    return groups, nodes, connections


# --------------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------------

def q(tag):
    return '{%s}%s' % (NS, tag)


def lang_text(parent, tag, text, lang='vi'):
    node = ET.SubElement(parent, q(tag))
    if lang:
        node.set(LANG, lang)
    node.text = nfc(text)
    return node


def write_properties(parent, props, defs):
    if not props:
        return
    container = ET.SubElement(parent, q('properties'))
    for key in PROPERTY_NAMES:
        if key in props:
            prop = ET.SubElement(container, q('property'), {'propertyDefinitionRef': defs[key]})
            value = ET.SubElement(prop, q('value'))
            value.text = nfc(props[key])


def serialize(root):
    ET.indent(root, space='  ')
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding='unicode') + '\n'


def to_exchange(model):
    ET.register_namespace('', NS)
    ET.register_namespace('xsi', XSI)
    root = ET.Element(q('model'), {'identifier': model.prefix + '-model',
                                   '{%s}schemaLocation' % XSI: SCHEMA_LOCATION})
    defs = {name: 'pd-' + name.split(':')[1] for name in PROPERTY_NAMES}
    lang_text(root, 'name', model.name)
    if model.name_en:
        lang_text(root, 'name', model.name_en, 'en')
    lang_text(root, 'documentation', model.doc)
    if model.doc_en:
        lang_text(root, 'documentation', model.doc_en, 'en')
    write_properties(root, dict(model.props), defs)

    elements = ET.SubElement(root, q('elements'))
    for e in model.elements.values():
        node = ET.SubElement(elements, q('element'), {'identifier': e['id'], '{%s}type' % XSI: e['type']})
        lang_text(node, 'name', e['name'])
        if e['en']:
            lang_text(node, 'name', e['en'], 'en')
        if e['doc']:
            lang_text(node, 'documentation', e['doc'])
        write_properties(node, e['props'], defs)

    relationships = ET.SubElement(root, q('relationships'))
    for r in model.rels.values():
        attrs = {'identifier': r['id'], 'source': r['source'], 'target': r['target'],
                 '{%s}type' % XSI: r['type']}
        if r['type'] == 'Access':
            attrs['accessType'] = r['access'] or 'Write'
        node = ET.SubElement(relationships, q('relationship'), attrs)
        if r['name']:
            lang_text(node, 'name', r['name'])
        write_properties(node, r['props'], defs)

    organizations = ET.SubElement(root, q('organizations'))
    tree = {}
    order = []
    for ident in model.elements:
        path = tuple(folder_of(model, ident))
        if path[0] not in order:
            order.append(path[0])
        tree.setdefault(path[0], {}).setdefault(path[1:], []).append(ident)
    for top in ['Nghiệp vụ', 'Dữ liệu', 'Ứng dụng', 'Công nghệ', 'An toàn thông tin', 'Lộ trình']:
        if top not in tree:
            continue
        item = ET.SubElement(organizations, q('item'))
        lang_text(item, 'label', top)
        for sub, idents in tree[top].items():
            parent = item
            for name in sub:
                parent = ET.SubElement(parent, q('item'))
                lang_text(parent, 'label', name)
            for ident in idents:
                ET.SubElement(parent, q('item'), {'identifierRef': ident})
    item = ET.SubElement(organizations, q('item'))
    lang_text(item, 'label', 'Quan hệ')
    for ident in model.rels:
        ET.SubElement(item, q('item'), {'identifierRef': ident})
    item = ET.SubElement(organizations, q('item'))
    lang_text(item, 'label', 'Khung nhìn')
    for view in model.views:
        ET.SubElement(item, q('item'), {'identifierRef': view['id']})

    pdefs = ET.SubElement(root, q('propertyDefinitions'))
    for name in PROPERTY_NAMES:
        pd = ET.SubElement(pdefs, q('propertyDefinition'), {'identifier': defs[name], 'type': 'string'})
        ET.SubElement(pd, q('name')).text = name

    views = ET.SubElement(root, q('views'))
    diagrams = ET.SubElement(views, q('diagrams'))
    for view in model.views:
        groups, _, connections = layout(model, view)
        v = ET.SubElement(diagrams, q('view'), {'identifier': view['id'], '{%s}type' % XSI: 'Diagram'})
        lang_text(v, 'name', view['name'])
        lang_text(v, 'documentation', view['doc'])
        for g in groups:
            gn = ET.SubElement(v, q('node'), {'identifier': g['id'], '{%s}type' % XSI: 'Container',
                                              'x': str(g['x']), 'y': str(g['y']), 'w': str(g['w']),
                                              'h': str(g['h'])})
            lang_text(gn, 'label', g['label'])
            for n in g['children']:
                ET.SubElement(gn, q('node'), {'identifier': n['id'], 'elementRef': n['ref'],
                                              '{%s}type' % XSI: 'Element', 'x': str(n['x']),
                                              'y': str(n['y']), 'w': str(n['w']), 'h': str(n['h'])})
        for c in connections:
            ET.SubElement(v, q('connection'), {'identifier': c['id'], 'relationshipRef': c['ref'],
                                               '{%s}type' % XSI: 'Relationship', 'source': c['source'],
                                               'target': c['target']})
    return serialize(root)


def to_archi(model):
    """Archi's native format: same ids, names (Vietnamese), properties and views."""
    ET.register_namespace('archimate', ARCHI)
    ET.register_namespace('xsi', XSI)
    root = ET.Element('{%s}model' % ARCHI, {'name': nfc(model.name), 'id': model.prefix + '-model',
                                             'version': '5.0.0'})
    xsi_type = '{%s}type' % XSI
    # One specialization (profile) per eaf:kind, so Archi shows the kind on each element.
    # Archi ties a specialization to one concept type, so a kind used with two types gets two.
    profiles = {}
    for e in model.elements.values():
        kind = e['props'].get('eaf:kind')
        if kind:
            profiles.setdefault((kind, e['type']), '%s-prof-%s-%s' % (model.prefix, kind.replace('.', '-'),
                                                                         e['type'].lower()))

    def props(node, p):
        for key in PROPERTY_NAMES:
            if key in p:
                ET.SubElement(node, 'property', {'key': key, 'value': nfc(p[key])})

    folders = {}
    for ftype, fname in ARCHI_TOP:
        folders[(ftype,)] = ET.SubElement(root, 'folder', {'name': fname, 'id': '%s-folder-%s' % (
            model.prefix, ftype.replace('_', '-')), 'type': ftype})

    def folder(ftype, subs):
        key = (ftype,)
        parent = folders[key]
        for name in subs:
            key = key + (name,)
            if key not in folders:
                slug = '-'.join(str(abs(hash_stable(k))) for k in key[1:])
                folders[key] = ET.SubElement(parent, 'folder', {'name': nfc(name), 'id': '%s-folder-%s-%s' % (
                    model.prefix, ftype.replace('_', '-'), slug)})
            parent = folders[key]
        return parent

    for e in model.elements.values():
        ftype, subs = archi_folder_of(model, e['id'])
        attrs = {xsi_type: 'archimate:' + e['type'], 'name': nfc(e['name']), 'id': e['id']}
        kind = e['props'].get('eaf:kind')
        if kind:
            attrs['profiles'] = profiles[(kind, e['type'])]
        node = ET.SubElement(folder(ftype, subs), 'element', attrs)
        if e['doc']:
            ET.SubElement(node, 'documentation').text = nfc(e['doc'])
        props(node, e['props'])
    for r in model.rels.values():
        attrs = {xsi_type: 'archimate:%sRelationship' % r['type'], 'id': r['id'], 'source': r['source'],
                 'target': r['target']}
        if r['name']:
            attrs['name'] = nfc(r['name'])
        if r['type'] == 'Access' and ARCHI_ACCESS[r['access'] or 'Write']:
            attrs['accessType'] = ARCHI_ACCESS[r['access'] or 'Write']
        node = ET.SubElement(folders[('relations',)], 'element', attrs)
        props(node, r['props'])
    for view in model.views:
        groups, nodes, connections = layout(model, view)
        v = ET.SubElement(folders[('diagrams',)], 'element', {
            xsi_type: 'archimate:ArchimateDiagramModel', 'name': nfc(view['name']), 'id': view['id']})
        ET.SubElement(v, 'documentation').text = nfc(view['doc'])
        incoming, outgoing = {}, {}
        for c in connections:
            incoming.setdefault(c['target'], []).append(c['id'])
            outgoing.setdefault(c['source'], []).append(c)
        for g in groups:
            gn = ET.SubElement(v, 'child', {xsi_type: 'archimate:Group', 'id': g['id'], 'name': nfc(g['label'])})
            ET.SubElement(gn, 'bounds', {'x': str(g['x']), 'y': str(g['y']), 'width': str(g['w']),
                                         'height': str(g['h'])})
            for n in g['children']:
                attrs = {xsi_type: 'archimate:DiagramObject', 'id': n['id']}
                if n['id'] in incoming:
                    attrs['targetConnections'] = ' '.join(incoming[n['id']])
                attrs['archimateElement'] = n['ref']
                cn = ET.SubElement(gn, 'child', attrs)
                ET.SubElement(cn, 'bounds', {'x': str(n['x'] - g['x']), 'y': str(n['y'] - g['y']),
                                             'width': str(n['w']), 'height': str(n['h'])})
                for c in outgoing.get(n['id'], []):
                    ET.SubElement(cn, 'sourceConnection', {xsi_type: 'archimate:Connection', 'id': c['id'],
                                                           'source': c['source'], 'target': c['target'],
                                                           'archimateRelationship': c['ref']})
    ET.SubElement(root, 'purpose').text = nfc(model.doc)
    props(root, dict(model.props))
    for (kind, typ), pid in sorted(profiles.items()):
        ET.SubElement(root, 'profile', {'name': kind, 'id': pid, 'conceptType': typ})
    return serialize(root)


def hash_stable(text):
    """A small deterministic hash for folder ids (Python's hash() is salted)."""
    h = 2166136261
    for ch in text.encode('utf-8'):
        h = ((h ^ ch) * 16777619) & 0xFFFFFFFF
    return h


# --------------------------------------------------------------------------------------------------
# The national layer: one table, used by national.xml and by every reference in an agency file
# --------------------------------------------------------------------------------------------------

# key: (type, kind, Vietnamese name, English name, eaf:code, security level, eaf:subject, host, operator, doc)
NATIONAL = {
    'npsp': ('ApplicationComponent', 'portal.national-public-service', 'Cổng Dịch vụ công quốc gia',
             'National Public Service Portal', 'VN-NPSP', 4, None, 'dc-vpcp', 'vpcp',
             'dichvucong.gov.vn, một địa chỉ duy nhất (Quyết định 274/QĐ-TTg ngày 12/3/2019); tích hợp dịch '
             'vụ công của bộ, tỉnh; đồng bộ hồ sơ, trạng thái, kết quả với hệ thống một cửa điện tử của '
             'bộ, tỉnh (Quyết định 31/2021/QĐ-TTg, Điều 30).'),
    'ngsp': ('ApplicationComponent', 'platform.ngsp', 'Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NGSP/NDXP)',
             'National Government Service Platform (NGSP, later NDXP)', 'VN-NGSP', 4, None, 'dc-ndxp', 'bkhcn',
             'Đầu mối kết nối các hệ thống thông tin quốc gia, cơ sở dữ liệu quốc gia và hệ thống trung '
             'ương–địa phương (Thông tư 13/2017/TT-BTTTT, Điều 17); phát triển thành NDXP (Công văn '
             '677/BTTTT-THH).'),
    'vdxp': ('ApplicationComponent', 'platform.document-axis', 'Trục liên thông văn bản quốc gia',
             'National Document Interchange Axis (VDXP)', 'VN-VDXP', 4, None, 'dc-vpcp', 'vpcp',
             'Khai trương 12/3/2019; gửi, nhận văn bản điện tử giữa các hệ thống quản lý văn bản và điều '
             'hành (Quyết định 28/2018/QĐ-TTg; Đề án 626/QĐ-VPCP).'),
    'reporting': ('ApplicationComponent', 'app.national-reporting', 'Hệ thống thông tin báo cáo Chính phủ',
                  'National Reporting Information System', 'VN-NATIONAL-REPORTING', 4, None, 'dc-vpcp', 'vpcp',
                  'Hệ thống thông tin báo cáo quốc gia; tiếp nhận báo cáo từ hệ thống thông tin báo cáo của '
                  'bộ, tỉnh.'),
    'ecabinet': ('ApplicationComponent', 'app.e-cabinet',
                 'Hệ thống thông tin phục vụ họp và xử lý công việc của Chính phủ (e-Cabinet)',
                 'e-Cabinet: Government meetings and work-processing system', 'VN-ECABINET', 4, None,
                 'dc-vpcp', 'vpcp', 'Vận hành từ 24/6/2019.'),
    'payment': ('ApplicationComponent', 'platform.payment',
                'Nền tảng thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia',
                'Online payment platform of the National Public Service Portal', 'VN-PAYMENT', 4, None,
                'dc-vpcp', 'vpcp', 'Thanh toán trực tuyến phí, lệ phí thủ tục hành chính qua Cổng Dịch vụ '
                'công quốc gia.'),
    'identity': ('ApplicationComponent', 'platform.identity',
                 'Hệ thống định danh và xác thực điện tử quốc gia (VNeID)',
                 'National e-identification and authentication system (VNeID)', 'VN-IDENTITY', 4, None,
                 'dc-ndc', 'bca',
                 'Khung 2.0: nền tảng xác thực điện tử dùng chung (SSO) của Cổng Dịch vụ công quốc gia '
                 '(Quyết định 274/QĐ-TTg); từ 1/7/2024 tài khoản VNeID là tài khoản duy nhất của công dân '
                 'khi thực hiện thủ tục hành chính trực tuyến (Nghị định 69/2024/NĐ-CP).'),
    'gov-portal': ('ApplicationComponent', 'portal.information', 'Cổng Thông tin điện tử Chính phủ',
                   'Government Portal', 'VN-GOV-PORTAL', 3, None, 'dc-vpcp', 'vpcp', None),
    'ioc': ('ApplicationComponent', 'app.sector',
            'Hệ thống thông tin chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ',
            'Government Information and Operation Centre', 'VN-GOV-IOC', 4, None, 'dc-vpcp', 'vpcp',
            'Trung tâm thông tin, chỉ đạo, điều hành của Chính phủ (khai trương tháng 8/2020).'),
    'gov-ca': ('ApplicationComponent', 'app.sector', 'Hệ thống chứng thực chữ ký số chuyên dùng Chính phủ',
               'Government specialized digital-signature certification system', 'VN-GOV-CA', 4, None,
               'dc-bcy', 'bcy', 'Chữ ký số chuyên dùng cho văn bản điện tử gửi, nhận qua Trục liên thông.'),
    'db-population': ('ApplicationComponent', 'db.national', 'Cơ sở dữ liệu quốc gia về dân cư',
                      'National Population Database', 'VN-DB-POPULATION', 4, 'population', 'dc-ndc', 'bca',
                      'Một trong sáu CSDL quốc gia ưu tiên (Quyết định 714/QĐ-TTg); dữ liệu chủ về công dân '
                      '(số định danh cá nhân).'),
    'db-land': ('ApplicationComponent', 'db.national', 'Cơ sở dữ liệu quốc gia về đất đai',
                'National Land Database', 'VN-DB-LAND', 4, 'land', 'dc-bnnmt', 'bnnmt',
                'CSDL quốc gia ưu tiên (Quyết định 714/QĐ-TTg); tổng hợp từ CSDL đất đai của các tỉnh.'),
    'db-enterprise': ('ApplicationComponent', 'db.national', 'Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp',
                      'National Business Registration Database', 'VN-DB-ENTERPRISE', 4, 'enterprise', 'dc-btc',
                      'btc', 'CSDL quốc gia ưu tiên (Quyết định 714/QĐ-TTg); dữ liệu chủ về doanh nghiệp.'),
    'db-popstat': ('ApplicationComponent', 'db.national', 'Cơ sở dữ liệu tổng hợp quốc gia về dân số',
                   'National Aggregated Population Statistics Database', 'VN-DB-POPULATION-STATISTICS', 4,
                   'population-statistics', 'dc-btc', 'btc', 'CSDL quốc gia ưu tiên (Quyết định 714/QĐ-TTg).'),
    'db-finance': ('ApplicationComponent', 'db.national', 'Cơ sở dữ liệu quốc gia về tài chính',
                   'National Finance Database', 'VN-DB-FINANCE', 4, 'finance', 'dc-btc', 'btc',
                   'CSDL quốc gia ưu tiên (Quyết định 714/QĐ-TTg).'),
    'db-insurance': ('ApplicationComponent', 'db.national', 'Cơ sở dữ liệu quốc gia về bảo hiểm',
                     'National Insurance Database', 'VN-DB-INSURANCE', 4, 'insurance', 'dc-bhxh', 'bhxh',
                     'CSDL quốc gia ưu tiên (Quyết định 714/QĐ-TTg); bảo hiểm xã hội, bảo hiểm y tế, bảo '
                     'hiểm thất nghiệp.'),
    'db-civil-status': ('ApplicationComponent', 'db.national', 'Cơ sở dữ liệu hộ tịch điện tử toàn quốc',
                        'National Electronic Civil Status Database', 'VN-DB-CIVIL-STATUS', 4, 'civil-status',
                        'dc-btp', 'btp', 'Dữ liệu khai sinh, kết hôn, khai tử do Bộ Tư pháp quản lý.'),
    'db-officials': ('ApplicationComponent', 'db.national',
                     'Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức trong các cơ quan nhà nước',
                     'National Database of Public Officials', 'VN-DB-OFFICIALS', 4, 'officials', 'dc-bnv',
                     'bnv', 'Do Bộ Nội vụ quản lý; đồng bộ từ CSDL cán bộ, công chức của bộ, tỉnh.'),
    'ncsc': ('Node', 'sec.national-monitoring', 'Hệ thống giám sát an toàn không gian mạng quốc gia',
             'National cyberspace security monitoring system', 'VN-SOC', None, None, None, 'bca',
             'Lớp thứ tư của mô hình bảo vệ 4 lớp: các SOC của bộ, tỉnh kết nối, chia sẻ thông tin với '
             'hệ thống giám sát quốc gia (Công văn 1552/BTTTT-CATTT; Chỉ thị 14/CT-TTg).'),
    'tslcd': ('CommunicationNetwork', 'infra.network.specialized',
              'Mạng truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước',
              'Specialized data network of Party and State agencies (TSLCD)', 'VN-TSLCD', None, None, None,
              'bkhcn', 'Quyết định 08/2023/QĐ-TTg, thay bằng Quyết định 33/2025/QĐ-TTg; kết nối liên '
              'thông giữa các cơ quan Đảng, Nhà nước từ trung ương đến cấp xã.'),
}

# Systems of one agency that another agency's file refers to (PROFILE section 5): key -> row.
OTHER_AGENCY_REFS = {
    'btp-hotich': ('ApplicationComponent', 'app.sector', 'Hệ thống thông tin đăng ký và quản lý hộ tịch',
                   'Civil status registration and management system', 'BTP-HOTICH', 3, None, 'BTP',
                   'Hệ thống của Bộ Tư pháp, dùng chung cho công chức tư pháp – hộ tịch cấp xã trên toàn '
                   'quốc (tham chiếu; xem architectures/ministries/btp/).'),
}

REF_DOC = 'Tham chiếu hệ thống quốc gia (eaf:owner VN); mô hình đầy đủ ở architectures/national/national.xml.'


def add_ref(model, key):
    """Adds a reference element standing for a national system (or another agency's system)."""
    if key in NATIONAL:
        typ, kind, vi, en, code, sl, subject, _, _, _ = NATIONAL[key]
        sid, owner, doc = 'vn-' + key, 'VN', REF_DOC
    else:
        typ, kind, vi, en, code, sl, subject, owner, doc = OTHER_AGENCY_REFS[key]
        sid = key
    if model.has(sid):
        return model.eid(sid)
    return model.add(sid, typ, vi, en, doc, kind=kind, owner=owner, code=code, subject=subject, sl=sl,
                     status='operational')


def add_ref_links(model):
    """The exchanges between national systems, as national.xml draws them, for the references present."""
    def both(a, b):
        return model.has('vn-' + a) and model.has('vn-' + b)
    if both('ngsp', 'npsp'):
        model.rel('Flow', 'vn-ngsp', 'vn-npsp', 'khai thác dữ liệu CSDL quốc gia')
    if both('payment', 'npsp'):
        model.rel('Serving', 'vn-payment', 'vn-npsp', 'thanh toán trực tuyến')
    if both('identity', 'npsp'):
        model.rel('Serving', 'vn-identity', 'vn-npsp', 'xác thực điện tử')
    if both('ecabinet', 'vdxp'):
        model.rel('Flow', 'vn-vdxp', 'vn-ecabinet', 'văn bản điện tử')
    for key, row in NATIONAL.items():
        if row[1] == 'db.national' and both(key, 'ngsp'):
            model.rel('Flow', 'vn-' + key, 'vn-ngsp', 'chia sẻ dữ liệu chủ')


# --------------------------------------------------------------------------------------------------
# national/national.xml
# --------------------------------------------------------------------------------------------------

NATIONAL_AGENCIES = [
    # sid, name, English name, doc
    ('cp', 'Chính phủ', 'Government of Viet Nam', None),
    ('vpcp', 'Văn phòng Chính phủ', 'Government Office',
     'Chủ quản Cổng Dịch vụ công quốc gia, Trục liên thông văn bản quốc gia, e-Cabinet, Hệ thống thông tin '
     'báo cáo Chính phủ.'),
    ('bkhcn', 'Bộ Khoa học và Công nghệ', 'Ministry of Science and Technology',
     'Tiếp nhận chức năng, nhiệm vụ của Bộ Thông tin và Truyền thông từ 1/3/2025 (nền tảng NGSP/NDXP, '
     'Mạng truyền số liệu chuyên dùng).'),
    ('bca', 'Bộ Công an', 'Ministry of Public Security',
     'Chủ quản CSDL quốc gia về dân cư, hệ thống định danh và xác thực điện tử, Trung tâm dữ liệu quốc gia.'),
    ('btc', 'Bộ Tài chính', 'Ministry of Finance',
     'Chủ quản CSDL quốc gia về tài chính, về đăng ký doanh nghiệp và CSDL tổng hợp về dân số (từ 3/2025).'),
    ('bnnmt', 'Bộ Nông nghiệp và Môi trường', 'Ministry of Agriculture and Environment',
     'Chủ quản CSDL quốc gia về đất đai.'),
    ('btp', 'Bộ Tư pháp', 'Ministry of Justice', 'Chủ quản CSDL hộ tịch điện tử toàn quốc.'),
    ('bnv', 'Bộ Nội vụ', 'Ministry of Home Affairs',
     'Chủ quản CSDL quốc gia về cán bộ, công chức, viên chức.'),
    ('bhxh', 'Bảo hiểm xã hội Việt Nam', 'Viet Nam Social Security', 'Chủ quản CSDL quốc gia về bảo hiểm.'),
    ('bcy', 'Ban Cơ yếu Chính phủ', 'Government Cipher Committee',
     'Chứng thực chữ ký số chuyên dùng Chính phủ.'),
]

NATIONAL_DATA_CENTRES = [
    # sid, name, English name, doc
    ('dc-vpcp', 'Trung tâm dữ liệu Văn phòng Chính phủ', 'Government Office data centre', None),
    ('dc-ndxp', 'Trung tâm dữ liệu vận hành Nền tảng tích hợp, chia sẻ dữ liệu quốc gia',
     'NGSP/NDXP operations data centre', None),
    ('dc-ndc', 'Trung tâm dữ liệu quốc gia', 'National Data Centre',
     'Nghị quyết 175/NQ-CP (30/10/2023); thuộc Bộ Công an; Trung tâm dữ liệu quốc gia số 1 tại Hòa Lạc '
     'khai trương 18/8/2025.'),
    ('dc-btc', 'Trung tâm dữ liệu Bộ Tài chính', 'Ministry of Finance data centre', None),
    ('dc-bnnmt', 'Trung tâm dữ liệu Bộ Nông nghiệp và Môi trường',
     'Ministry of Agriculture and Environment data centre', None),
    ('dc-btp', 'Hạ tầng lưu trữ CSDL hộ tịch điện tử toàn quốc (đặt tại Bộ Tư pháp)',
     'Hosting of the national civil status database (at the Ministry of Justice)', None),
    ('dc-bnv', 'Trung tâm dữ liệu Bộ Nội vụ', 'Ministry of Home Affairs data centre', None),
    ('dc-bhxh', 'Trung tâm dữ liệu Bảo hiểm xã hội Việt Nam', 'Viet Nam Social Security data centre', None),
    ('dc-bcy', 'Trung tâm dữ liệu Ban Cơ yếu Chính phủ', 'Government Cipher Committee data centre', None),
]

NATIONAL_DATA_OBJECTS = [
    # sid, name, English name, (accessor key, access type)
    ('do-citizen', 'Dữ liệu chủ về công dân (số định danh cá nhân)', 'Citizen master data',
     ('db-population', 'ReadWrite')),
    ('do-parcel', 'Dữ liệu chủ về thửa đất', 'Land parcel master data', ('db-land', 'ReadWrite')),
    ('do-enterprise', 'Dữ liệu chủ về doanh nghiệp (mã số doanh nghiệp)', 'Enterprise master data',
     ('db-enterprise', 'ReadWrite')),
    ('do-popstat', 'Chỉ tiêu thống kê dân số', 'Population statistics indicators', ('db-popstat', 'ReadWrite')),
    ('do-finance', 'Dữ liệu tài chính công', 'Public finance data', ('db-finance', 'ReadWrite')),
    ('do-insured', 'Dữ liệu người tham gia bảo hiểm xã hội, bảo hiểm y tế', 'Insured persons data',
     ('db-insurance', 'ReadWrite')),
    ('do-civil', 'Dữ liệu hộ tịch điện tử', 'Civil status records', ('db-civil-status', 'ReadWrite')),
    ('do-official', 'Hồ sơ cán bộ, công chức, viên chức', 'Public officials records',
     ('db-officials', 'ReadWrite')),
    ('do-dossier', 'Hồ sơ thủ tục hành chính điện tử', 'Electronic administrative-procedure dossier',
     ('npsp', 'ReadWrite')),
    ('do-edoc', 'Văn bản điện tử (gói tin edXML)', 'Electronic document (edXML package)', ('vdxp', 'Read')),
    ('do-receipt', 'Chứng từ thanh toán điện tử', 'Electronic payment receipt', ('payment', 'Write')),
    ('do-report', 'Chỉ tiêu báo cáo kinh tế – xã hội', 'Socio-economic reporting indicators',
     ('reporting', 'ReadWrite')),
    ('do-catalogue', 'Danh mục dùng chung', 'Shared catalogues', ('ngsp', 'Read')),
]


def build_national():
    m = Model('vn', 'VN', 'national', None,
              'Kiến trúc Chính phủ điện tử Việt Nam 2.0 – lớp quốc gia (mô hình tham chiếu minh họa)',
              'Viet Nam e-Government Architecture 2.0 – national layer (illustrative reference model)',
              'Các hệ thống, nền tảng, cơ sở dữ liệu quốc gia và hạ tầng dùng chung mà Khung Kiến trúc Chính '
              'phủ điện tử Việt Nam, phiên bản 2.0 (Quyết định 2323/QĐ-BTTTT ngày 31/12/2019) vẽ trong sơ đồ '
              'kết nối: NGSP, Cổng Dịch vụ công quốc gia, Trục liên thông văn bản quốc gia, các CSDL quốc gia, '
              'Mạng truyền số liệu chuyên dùng và hệ thống giám sát an toàn thông tin quốc gia. Kiến trúc của '
              'bộ, tỉnh tham chiếu các hệ thống này bằng eaf:owner=VN và eaf:code. ' + DISCLAIMER_VI,
              'The national systems, platforms, databases and shared infrastructure drawn in the connection '
              'diagram of framework 2.0 (Decision 2323/QĐ-BTTTT). Ministry and province models refer to them '
              'with eaf:owner=VN and the same eaf:code. ' + DISCLAIMER_EN)
    # Business: agencies, users, processes, services.
    for sid, vi, en, doc in NATIONAL_AGENCIES:
        m.add(sid, 'BusinessActor', vi, en, doc, kind='agency.national')
    for sid, _, _, _ in NATIONAL_AGENCIES[1:]:
        m.rel('Aggregation', 'cp', sid)
    m.add('citizen', 'BusinessActor', 'Người dân', 'Citizens', kind='user.citizen')
    m.add('business', 'BusinessActor', 'Doanh nghiệp, tổ chức', 'Businesses and organisations',
          kind='user.business')
    m.add('official', 'BusinessRole', 'Cán bộ, công chức, viên chức', 'Public officials', kind='user.official')
    m.add('member', 'BusinessRole', 'Thành viên Chính phủ', 'Members of the Government', kind='user.official')
    m.rel('Assignment', 'cp', 'member')
    processes = [
        ('p-online', 'Cung cấp dịch vụ công trực tuyến tập trung', 'Centralised online public services', 'vpcp'),
        ('p-docs', 'Gửi, nhận văn bản điện tử giữa các cơ quan hành chính nhà nước',
         'Electronic document exchange between administrative agencies', 'vpcp'),
        ('p-report', 'Tổng hợp, phân tích báo cáo phục vụ chỉ đạo, điều hành',
         'Reporting for government direction and operation', 'vpcp'),
        ('p-meeting', 'Họp và xử lý công việc của Chính phủ', 'Government meetings and work processing', 'cp'),
        ('p-share', 'Kết nối, chia sẻ dữ liệu giữa các cơ quan nhà nước',
         'Data connection and sharing between state agencies', 'bkhcn'),
        ('p-monitor', 'Giám sát an toàn không gian mạng quốc gia', 'National cyberspace monitoring', 'bca'),
    ]
    for sid, vi, en, actor in processes:
        m.add(sid, 'BusinessProcess', vi, en)
        m.rel('Assignment', actor, sid)
    m.rel('Assignment', 'member', 'p-meeting')
    m.rel('Assignment', 'official', 'p-docs')
    services = [
        ('s-birth', 'Liên thông thủ tục: đăng ký khai sinh – đăng ký thường trú – cấp thẻ bảo hiểm y tế cho '
                    'trẻ em dưới 6 tuổi',
         'Joined-up procedure: birth registration, permanent residence, health insurance card for children '
         'under 6', 'service.public', 4),
        ('s-death', 'Liên thông thủ tục: đăng ký khai tử – xóa đăng ký thường trú – hưởng chế độ tử tuất, hỗ '
                    'trợ chi phí mai táng',
         'Joined-up procedure: death registration, deregistration of residence, survivor and funeral '
         'benefits', 'service.public', 4),
        ('s-pay', 'Thanh toán trực tuyến phí, lệ phí thủ tục hành chính', 'Online payment of fees', None, None),
        ('s-sso', 'Xác thực điện tử một lần (SSO) cho người dân, doanh nghiệp',
         'Single sign-on for citizens and businesses', None, None),
    ]
    for sid, vi, en, kind, level in services:
        m.add(sid, 'BusinessService', vi, en, kind=kind, svl=level)
        m.rel('Realization', 'p-online', sid)
        m.rel('Serving', sid, 'citizen')
    m.rel('Serving', 's-pay', 'business')
    m.rel('Serving', 's-sso', 'business')

    # Application and data: every national system from the shared table.
    for key, (typ, kind, vi, en, code, sl, subject, host, operator, doc) in NATIONAL.items():
        if typ != 'ApplicationComponent':
            continue
        m.add(key, typ, vi, en, doc, kind=kind, code=code, subject=subject, sl=sl, status='operational')
        m.rel('Association', operator, key, 'chủ quản')
    for sid, vi, en, (accessor, access) in NATIONAL_DATA_OBJECTS:
        m.add(sid, 'DataObject', vi, en)
        m.rel('Access', accessor, sid, access=access)

    # Technology and security.
    for sid, vi, en, doc in NATIONAL_DATA_CENTRES:
        m.add(sid, 'Node', vi, en, doc, kind='infra.data-center', code='VN-' + sid.upper(), status='operational')
    for key in ('tslcd',):
        typ, kind, vi, en, code, _, _, _, operator, doc = NATIONAL[key]
        m.add(key, typ, vi, en, doc, kind=kind, code=code, status='operational')
    m.add('internet', 'CommunicationNetwork', 'Internet', 'Internet', kind='infra.network.internet')
    typ, kind, vi, en, code, _, _, _, operator, doc = NATIONAL['ncsc']
    m.add('ncsc', typ, vi, en, doc, kind=kind, code=code, status='operational')
    m.add('soc', 'Node', 'Trung tâm giám sát, điều hành an toàn thông tin các nền tảng, hệ thống dùng chung '
                         'quốc gia (SOC)', 'Security operations centre for national shared platforms',
          'Lớp thứ hai của mô hình 4 lớp: giám sát chuyên nghiệp các hệ thống quốc gia.',
          kind='sec.soc', code='VN-SOC-PLATFORMS', status='operational')
    m.add('firewall', 'Node', 'Hệ thống tường lửa, bảo vệ biên các điểm kết nối Mạng truyền số liệu chuyên '
                              'dùng và Internet', 'Perimeter firewalls of national connection points',
          kind='sec.firewall', status='operational')
    for sid, _, _, _ in NATIONAL_DATA_CENTRES:
        m.rel('Association', 'tslcd', sid, 'kết nối')
    for sid in ('dc-vpcp', 'dc-ndxp', 'dc-ndc'):
        m.rel('Association', 'internet', sid, 'kết nối')
    m.rel('Association', 'firewall', 'tslcd', 'bảo vệ biên')
    m.rel('Association', 'firewall', 'internet', 'bảo vệ biên')
    m.rel('Association', 'tslcd', 'ncsc', 'kết nối')
    m.rel('Flow', 'soc', 'ncsc', 'chia sẻ thông tin giám sát')
    m.rel('Association', 'bca', 'ncsc', 'chủ quản')
    m.rel('Association', 'bkhcn', 'tslcd', 'chủ quản')
    m.rel('Serving', 'ncsc', 'p-monitor')

    # Deployment and monitoring of every national application.
    for key, row in NATIONAL.items():
        if row[0] == 'ApplicationComponent':
            m.rel('Realization', row[7], key)
    for key, row in NATIONAL.items():
        if row[0] == 'ApplicationComponent' and row[5] >= 3:
            m.rel('Association', 'soc', key, 'giám sát')

    # Exchanges as the framework draws them: NGSP is the hub of national databases; NPSP uses the payment
    # and identity platforms; non-platform systems talk to each other through NGSP or the axis.
    add_ref_links_national(m)
    m.rel('Flow', 'identity', 'ngsp', 'xác thực thông tin công dân')
    m.rel('Flow', 'reporting', 'ngsp', 'thu thập dữ liệu báo cáo')
    m.rel('Flow', 'ioc', 'ngsp', 'khai thác dữ liệu chỉ đạo, điều hành')
    m.rel('Flow', 'gov-portal', 'ngsp', 'công khai thông tin')
    m.rel('Flow', 'payment', 'ngsp', 'đối soát thanh toán')
    m.rel('Serving', 'gov-ca', 'vdxp', 'xác thực chữ ký số chuyên dùng')
    m.rel('Flow', 'ecabinet', 'ngsp', 'dữ liệu phục vụ họp')

    # Services and processes served by applications.
    m.rel('Serving', 'npsp', 's-birth')
    m.rel('Serving', 'npsp', 's-death')
    m.rel('Serving', 'payment', 's-pay')
    m.rel('Serving', 'identity', 's-sso')
    m.rel('Serving', 'npsp', 'citizen')
    m.rel('Serving', 'npsp', 'business')
    m.rel('Serving', 'npsp', 'p-online')
    m.rel('Serving', 'vdxp', 'p-docs')
    m.rel('Serving', 'reporting', 'p-report')
    m.rel('Serving', 'ioc', 'p-report')
    m.rel('Serving', 'ecabinet', 'p-meeting')
    m.rel('Serving', 'ecabinet', 'member')
    m.rel('Serving', 'ngsp', 'p-share')
    m.rel('Serving', 'gov-portal', 'citizen')
    add_standard_views(m)
    return m


def add_ref_links_national(m):
    """Same exchanges as add_ref_links, with the national file's own ids."""
    m.rel('Flow', 'ngsp', 'npsp', 'khai thác dữ liệu CSDL quốc gia')
    m.rel('Serving', 'payment', 'npsp', 'thanh toán trực tuyến')
    m.rel('Serving', 'identity', 'npsp', 'xác thực điện tử')
    m.rel('Flow', 'vdxp', 'ecabinet', 'văn bản điện tử')
    for key, row in NATIONAL.items():
        if row[1] == 'db.national':
            m.rel('Flow', key, 'ngsp', 'chia sẻ dữ liệu chủ')


# --------------------------------------------------------------------------------------------------
# Ministries and provinces: table rows and the builder that turns them into a baseline or a target
# --------------------------------------------------------------------------------------------------
# Every row has `states`: 'b' (baseline only), 't' (target only) or 'bt' (both, same id). A row may
# carry per-state overrides in b={...} / t={...} (e.g. b=dict(sl=None) = no security level declared
# in the baseline).

def U(sid, kind, vi, en=None, states='bt', parent='top', doc=None, **over):
    """A business actor: the agency itself (parent=None) or one of its units."""
    return dict(sid=sid, kind=kind, vi=vi, en=en, states=states, parent=parent, doc=doc, **over)


def R(sid, kind, vi, en=None, typ='BusinessActor', states='bt', frm=(), doc=None):
    """A user (citizen, business) or a role, optionally assigned from actors."""
    return dict(sid=sid, kind=kind, vi=vi, en=en, typ=typ, states=states, frm=frm, doc=doc)


def P(sid, vi, en, actors=(), by=(), states='bt', **over):
    """A business process, assigned from actors and served by systems."""
    return dict(sid=sid, vi=vi, en=en, actors=actors, by=by, states=states, **over)


def S(sid, vi, en, svl, by, users=('citizen',), states='bt', process='proc-tthc', **over):
    """A public service (service.public) with its online level, the systems serving it and its users."""
    return dict(sid=sid, vi=vi, en=en, svl=svl, by=by, users=users, states=states, process=process, **over)


def A(sid, kind, vi, en=None, sl=None, states='bt', **kw):
    """An application component of the agency: host (node sid), hub (LGSP sid), unit (owner unit),
    dbs (own databases exchanged with directly), data ((DataObject sid, access) pairs), parts
    (composition), users (actors/roles served), subject, code, doc, monitored, artifact."""
    row = dict(sid=sid, kind=kind, vi=vi, en=en, sl=sl, states=states)
    row.update(kw)
    return row


def D(sid, vi, en=None, states='bt'):
    """A DataObject."""
    return dict(sid=sid, vi=vi, en=en, states=states)


def T(sid, typ, kind, vi, en=None, states='bt', parent=None, nets=(), **kw):
    """A technology or security element; parent = composition parent, nets = networks associated."""
    row = dict(sid=sid, typ=typ, kind=kind, vi=vi, en=en, states=states, parent=parent, nets=nets)
    row.update(kw)
    return row


def W(sid, vi, en, phase, realizes):
    """A WorkPackage of the target roadmap."""
    return dict(sid=sid, vi=vi, en=en, phase=phase, realizes=realizes)


def get(row, key, state, default=None):
    over = row.get(state[0], {})
    if key in over:
        return over[key]
    return row.get(key, default)


def present(row, state):
    return state[0] in row['states']


def status_for_phase(phase):
    start, end = (int(x) for x in phase.split('-'))
    if end <= 2025:
        return 'operational'
    return 'building' if start <= 2025 else 'planned'


def build_agency(cfg, state, baseline_ids=None):
    p, code = cfg['prefix'], cfg['code']
    title = cfg['title'][state]
    m = Model(p, code, cfg['level'], state, title[0], title[1], cfg['doc'][state] + ' ' + DISCLAIMER_VI,
              cfg['doc_en'][state] + ' ' + DISCLAIMER_EN)

    def live(rows):
        return [r for r in rows if present(r, state)]

    # Business architecture.
    top = None
    for r in live(cfg['units']):
        m.add(r['sid'], 'BusinessActor', get(r, 'vi', state), get(r, 'en', state), get(r, 'doc', state),
              kind=r['kind'])
        if r['parent'] is None:
            top = r['sid']
    for r in live(cfg['units']):
        if r['parent'] is not None:
            m.rel('Aggregation', top if r['parent'] == 'top' else r['parent'], r['sid'])
    for r in live(cfg['users']):
        m.add(r['sid'], r['typ'], r['vi'], r['en'], r['doc'], kind=r['kind'])
        for actor in r['frm']:
            if m.has(actor):
                m.rel('Assignment', actor, r['sid'])
    for r in live(cfg['processes']):
        m.add(r['sid'], 'BusinessProcess', r['vi'], r['en'])
        for actor in get(r, 'actors', state):
            if m.has(actor):
                m.rel('Assignment', actor, r['sid'])
    for r in live(cfg['services']):
        m.add(r['sid'], 'BusinessService', get(r, 'vi', state), r['en'], get(r, 'doc', state), kind='service.public',
              svl=get(r, 'svl', state))
        if m.has(r['process']):
            m.rel('Realization', r['process'], r['sid'])
        for user in r['users']:
            m.rel('Serving', r['sid'], user)

    # Application and data architecture: the agency's systems, then references, then data objects.
    systems = live(cfg['systems'])
    for r in systems:
        kind = get(r, 'kind', state)
        m.add(r['sid'], 'ApplicationComponent', get(r, 'vi', state), get(r, 'en', state), get(r, 'doc', state),
              kind=kind, code=r.get('code', '%s-%s' % (code, r['sid'].upper())), subject=r.get('subject'),
              sl=get(r, 'sl', state), status='operational')
    for key in cfg['refs'][state]:
        add_ref(m, key)
    add_ref_links(m)
    for r in live(cfg['data_objects']):
        m.add(r['sid'], 'DataObject', r['vi'], r['en'])

    # Technology and security architecture.
    for r in live(cfg['tech']):
        m.add(r['sid'], r['typ'], get(r, 'vi', state), get(r, 'en', state), get(r, 'doc', state),
              band=r.get('band'), kind=r['kind'],
              code=r.get('code', '%s-%s' % (code, r['sid'].upper())) if r['typ'] in ('Node', 'Device') else None,
              status='operational' if r['typ'] != 'Artifact' else None)
    for r in live(cfg['tech']):
        if r['parent'] and m.has(r['parent']):
            m.rel('Composition', r['parent'], r['sid'])
        for net in get(r, 'nets', state):
            if m.has(net):
                m.rel('Association', net, r['sid'], 'kết nối')
        if r['typ'] == 'Artifact' and m.has(r['on']):
            m.rel('Assignment', r['on'], r['sid'])

    # Relationships carried by the system rows.
    for r in systems:
        sid, kind = r['sid'], get(r, 'kind', state) or ''
        default_host = 'cluster-db' if kind.startswith('db.') else 'cluster-app'
        artifact = get(r, 'artifact', state)
        host = get(r, 'host', state, default_host)
        if artifact:
            m.rel('Realization', artifact, sid)
        elif host:
            m.rel('Realization', host, sid)
        unit = get(r, 'unit', state)
        if unit and m.has(unit):
            m.rel('Serving', sid, unit)
        for user in get(r, 'users', state, ()):
            if m.has(user):
                m.rel('Serving', sid, user)
        for part in get(r, 'parts', state, ()):
            if m.has(part):
                m.rel('Composition', sid, part)
        for db in get(r, 'dbs', state, ()):
            if m.has(db):
                m.rel('Flow', db, sid)
        for obj, access in get(r, 'data', state, ()):
            if m.has(obj):
                m.rel('Access', sid, obj, access=access)
        default_hub = 'lgsp' if (kind.startswith('app.') or kind.startswith('portal.')) and kind != 'app.email' \
            else None
        hub = get(r, 'hub', state, default_hub)
        if hub and m.has(hub) and m.has(sid):
            if kind.startswith('db.'):
                m.rel('Flow', hub, sid, 'đồng bộ, chia sẻ dữ liệu')
            else:
                m.rel('Flow', sid, hub)
    for r in live(cfg['processes']):
        for s in get(r, 'by', state):
            if m.has(s):
                m.rel('Serving', s, r['sid'])
    for r in live(cfg['services']):
        for s in get(r, 'by', state):
            if m.has(s):
                m.rel('Serving', s, r['sid'])

    # Explicit exchanges and other links (the hub's outside connections, point-to-point links, ...).
    for states, typ, src, dst, name, props in cfg['links']:
        if state[0] in states:
            m.rel(typ, src, dst, name, **props)

    # Monitoring: the SOC watches every owned system of level 3 or more (SEC-002).
    if m.has('soc'):
        for r in systems:
            sl = get(r, 'sl', state)
            if sl is not None and int(sl) >= 3 and get(r, 'monitored', state, True):
                m.rel('Association', 'soc', r['sid'], 'giám sát')

    # Roadmap (targets): work packages realizing what the target adds or changes.
    if state == 'target':
        program_vi, program_en, program_phase = cfg['program']
        m.add('wp-program', 'WorkPackage', program_vi, program_en, phase=program_phase)
        first_phase = {}
        for w in cfg['workpackages']:
            m.add(w['sid'], 'WorkPackage', w['vi'], w['en'], phase=w['phase'])
            m.rel('Aggregation', 'wp-program', w['sid'])
            for target in w['realizes']:
                m.rel('Realization', w['sid'], target)
                first_phase.setdefault(m.eid(target), w['phase'])
        # Every owned element that the baseline lacks must be realized by a work package.
        missing = []
        for ident, e in m.elements.items():
            if e['type'] == 'WorkPackage' or not m.owned(ident) or ident in baseline_ids:
                continue
            if ident not in first_phase:
                missing.append(ident)
            elif 'eaf:status' in e['props']:
                e['props']['eaf:status'] = status_for_phase(first_phase[ident])
        if missing:
            raise ValueError('%s target: elements without a work package: %s' % (p, ', '.join(missing)))
    add_standard_views(m)
    return m


# --------------------------------------------------------------------------------------------------
# Provinces
# --------------------------------------------------------------------------------------------------

def province_common(name, name_en):
    """Rows every province shares (adjusted per province afterwards)."""
    users = [
        R('citizen', 'user.citizen', 'Người dân', 'Citizens'),
        R('business', 'user.business', 'Doanh nghiệp, hợp tác xã, hộ kinh doanh', 'Businesses'),
        R('official', 'user.official', 'Cán bộ, công chức, viên chức', 'Public officials', typ='BusinessRole',
          frm=('ubnd',)),
        R('leader', 'user.official', 'Lãnh đạo Ủy ban nhân dân tỉnh, sở, ngành',
          'Provincial and department leaders', typ='BusinessRole', frm=('ubnd',)),
    ]
    processes = [
        P('proc-tthc', 'Tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông',
          'One-stop handling of administrative procedures', ('ttphcc', 'motcua', 'xa', 'official'),
          ('portal-dvc', 'oss')),
        P('proc-doc', 'Xử lý văn bản, hồ sơ công việc và chỉ đạo, điều hành',
          'Document processing, direction and operation', ('vp', 'official', 'leader'), ('dms', 'email')),
        P('proc-report', 'Tổng hợp, báo cáo tình hình kinh tế – xã hội', 'Socio-economic reporting',
          ('vp', 'stc', 'leader'), ('reporting', 'ioc')),
        P('proc-info', 'Cung cấp thông tin chính thống cho người dân, doanh nghiệp',
          'Official information for citizens and businesses', ('vp',), ('portal-info',)),
        P('proc-data', 'Quản lý, kết nối và chia sẻ dữ liệu của tỉnh', 'Provincial data management and sharing',
          ('skhcn', 'stttt'), ('lgsp',)),
        P('proc-sec', 'Giám sát, ứng cứu sự cố an toàn thông tin mạng', 'Security monitoring and incident response',
          ('skhcn', 'stttt'), ('soc',)),
    ]
    data_objects = [
        D('do-dossier', 'Hồ sơ thủ tục hành chính điện tử', 'Electronic administrative-procedure dossier'),
        D('do-edoc', 'Văn bản điện tử', 'Electronic document'),
        D('do-report', 'Báo cáo định kỳ kinh tế – xã hội', 'Periodic socio-economic report', states='t'),
        D('do-citizen', 'Thông tin công dân (số định danh cá nhân)', 'Citizen data (personal identification number)',
          states='t'),
        D('do-parcel', 'Thông tin thửa đất, hồ sơ địa chính', 'Land parcel and cadastral records'),
        D('do-official', 'Hồ sơ cán bộ, công chức, viên chức', 'Public officials records', states='t'),
        D('do-catalogue', 'Danh mục dùng chung của tỉnh', 'Provincial shared catalogues', states='t'),
        D('do-receipt', 'Biên lai thu phí, lệ phí điện tử', 'Electronic fee receipt', states='t'),
    ]
    systems = [
        A('lgsp', 'platform.lgsp', 'Nền tảng tích hợp, chia sẻ dữ liệu tỉnh %s (LGSP)' % name,
          '%s Local Government Service Platform (LGSP)' % name_en, 3, unit='skhcn',
          doc='Trung gian kết nối các hệ thống bên trong tỉnh và với bên ngoài (Thông tư 13/2017/TT-BTTTT, Điều 17).'),
        A('portal-dvc', 'portal.public-service', 'Cổng dịch vụ công tỉnh %s' % name,
          '%s public service portal' % name_en, 3, unit='ttphcc', users=('citizen', 'business'),
          data=(('do-dossier', 'Read'), ('do-receipt', 'Read'))),
        A('oss', 'app.one-stop-shop', 'Hệ thống thông tin một cửa điện tử tỉnh %s' % name,
          '%s one-stop-shop information system' % name_en, 3, unit='ttphcc', users=('official',),
          dbs=('db-dossier', 'db-pop'), data=(('do-dossier', 'ReadWrite'),),
          doc='Từ năm 2021 gọi là Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh.'),
        A('portal-info', 'portal.information', 'Cổng thông tin điện tử tỉnh %s' % name,
          '%s provincial web portal' % name_en, 3, unit='vp', users=('citizen', 'business')),
        A('dms', 'app.document-management', 'Hệ thống quản lý văn bản và điều hành tỉnh %s' % name,
          '%s document management and operation system' % name_en, 3, unit='vp', users=('official', 'leader'),
          data=(('do-edoc', 'ReadWrite'),)),
        A('email', 'app.email', 'Hệ thống thư điện tử công vụ tỉnh %s' % name, '%s official e-mail' % name_en, 2,
          unit='vp', users=('official',)),
        A('reporting', 'app.reporting', 'Hệ thống thông tin báo cáo tỉnh %s' % name,
          '%s reporting information system' % name_en, 2, states='t', unit='vp', users=('leader',),
          data=(('do-report', 'ReadWrite'),)),
        A('ioc', 'app.sector', 'Trung tâm Giám sát, điều hành thông minh tỉnh %s (IOC)' % name,
          '%s intelligent operation centre (IOC)' % name_en, 3, states='t', unit='vp', users=('leader',)),
        A('db-pop', 'db.shared', 'Cơ sở dữ liệu công dân dùng chung tỉnh %s' % name,
          '%s shared citizen database' % name_en, 3, states='t', subject='population', hub='lgsp',
          data=(('do-citizen', 'ReadWrite'),),
          doc='Bản sao phục vụ nghiệp vụ của tỉnh, đồng bộ từ CSDL quốc gia về dân cư qua LGSP – NGSP; không '
              'phải bản gốc (dữ liệu chủ).'),
        A('db-dossier', 'db.shared', 'Kho dữ liệu điện tử hồ sơ thủ tục hành chính của tổ chức, cá nhân',
          'Electronic data store of citizens\' and businesses\' dossiers', 3, states='t', subject='e-dossier'),
        A('db-catalogue', 'db.shared', 'Cơ sở dữ liệu danh mục dùng chung tỉnh %s' % name,
          '%s shared catalogue database' % name_en, 2, states='t', subject='catalogue', hub='lgsp',
          data=(('do-catalogue', 'ReadWrite'),)),
        A('land-app', 'app.sector', 'Hệ thống thông tin đất đai tỉnh %s' % name, '%s land information system' % name_en,
          3, unit='snnmt', dbs=('db-land',), data=(('do-parcel', 'ReadWrite'),), b=dict(unit='stnmt')),
        A('db-land', 'db.sector', 'Cơ sở dữ liệu đất đai tỉnh %s' % name, '%s land database' % name_en, 3,
          subject='land', hub='lgsp', data=(('do-parcel', 'ReadWrite'),),
          doc='Đồng bộ lên CSDL quốc gia về đất đai qua LGSP – NGSP.'),
        A('officials-app', 'app.sector', 'Phần mềm quản lý hồ sơ cán bộ, công chức, viên chức tỉnh %s' % name,
          '%s officials records management' % name_en, 2, states='t', unit='snv', dbs=('db-officials',)),
        A('db-officials', 'db.sector', 'Cơ sở dữ liệu cán bộ, công chức, viên chức tỉnh %s' % name,
          '%s officials database' % name_en, 3, states='t', subject='officials', hub='lgsp',
          data=(('do-official', 'ReadWrite'),), doc='Đồng bộ với CSDL quốc gia về cán bộ, công chức, viên chức.'),
    ]
    tech = [
        T('dc', 'Node', 'infra.data-center', 'Trung tâm dữ liệu tỉnh %s' % name, '%s provincial data centre' % name_en,
          nets=('vn-tslcd', 'internet', 'wan')),
        T('cluster-app', 'Node', None, 'Cụm máy chủ ảo hóa ứng dụng', 'Virtualised application server cluster',
          parent='dc'),
        T('cluster-db', 'Node', None, 'Cụm máy chủ cơ sở dữ liệu', 'Database server cluster', parent='dc'),
        T('storage', 'Device', None, 'Hệ thống lưu trữ tập trung (SAN)', 'Central storage (SAN)', states='t',
          parent='dc'),
        T('internet', 'CommunicationNetwork', 'infra.network.internet', 'Internet', 'Internet'),
        T('wan', 'CommunicationNetwork', None,
          'Mạng diện rộng của tỉnh kết nối sở, ngành, Ủy ban nhân dân cấp xã',
          'Provincial wide-area network', states='t'),
        T('fw', 'Node', 'sec.firewall', 'Hệ thống tường lửa bảo vệ biên Trung tâm dữ liệu tỉnh',
          'Data-centre perimeter firewall', parent='dc', nets=('internet', 'vn-tslcd')),
        T('waf', 'SystemSoftware', 'sec.firewall',
          'Tường lửa ứng dụng web (WAF) bảo vệ cổng thông tin, cổng dịch vụ công',
          'Web application firewall for the portals', states='t', parent='cluster-app'),
        T('av', 'SystemSoftware', None, 'Hệ thống phòng, chống mã độc tập trung', 'Central anti-malware system',
          states='t', parent='cluster-app', band='sec'),
        T('soc', 'Node', 'sec.soc', 'Trung tâm giám sát, điều hành an toàn thông tin mạng tỉnh %s (SOC)' % name,
          '%s security operations centre (SOC)' % name_en, states='t', nets=('vn-tslcd',),
          doc='Lớp 2 của mô hình bảo vệ 4 lớp (Công văn 1552/BTTTT-CATTT); kết nối hệ thống giám sát quốc gia.'),
    ]
    hub_links = [
        ('t', 'Flow', 'lgsp', 'vn-ngsp', 'kết nối, chia sẻ dữ liệu qua NGSP',
         dict(protocol='SOAP/REST (Thông tư 39/2017/TT-BTTTT) qua Mạng truyền số liệu chuyên dùng')),
        ('t', 'Flow', 'lgsp', 'vn-npsp', 'đồng bộ hồ sơ, trạng thái, kết quả giải quyết TTHC',
         dict(protocol='REST/JSON')),
        ('t', 'Flow', 'lgsp', 'vn-vdxp', 'gửi, nhận văn bản điện tử', dict(protocol='edXML')),
        ('t', 'Flow', 'lgsp', 'vn-reporting', 'báo cáo định kỳ', {}),
        ('t', 'Flow', 'soc', 'vn-ncsc', 'chia sẻ thông tin giám sát', {}),
        ('t', 'Association', 'waf', 'portal-dvc', 'bảo vệ', {}),
        ('t', 'Association', 'waf', 'portal-info', 'bảo vệ', {}),
        ('t', 'Association', 'av', 'soc', 'gửi cảnh báo', {}),
    ]
    refs_target = ['ngsp', 'npsp', 'vdxp', 'payment', 'identity', 'reporting', 'ncsc', 'tslcd', 'db-population',
                   'db-land', 'db-officials']
    return dict(users=users, processes=processes, data_objects=data_objects, systems=systems, tech=tech,
                links=hub_links, refs_target=refs_target)


def patch(rows, sid, **changes):
    for row in rows:
        if row['sid'] == sid:
            for key, value in changes.items():
                if key in ('b', 't'):
                    row.setdefault(key, {}).update(value)
                else:
                    row[key] = value
            return
    raise KeyError(sid)


def province_units(name, extra=()):
    return [
        U('ubnd', 'agency.province', 'Ủy ban nhân dân tỉnh %s' % name, 'People\'s Committee of %s' % name,
          parent=None),
        U('vp', 'agency.unit', 'Văn phòng Ủy ban nhân dân tỉnh', 'Office of the People\'s Committee'),
        U('stttt', 'agency.unit', 'Sở Thông tin và Truyền thông', 'Department of Information and Communications',
          states='b', doc='Hợp nhất vào Sở Khoa học và Công nghệ từ 1/3/2025.'),
        U('skhcn', 'agency.unit', 'Sở Khoa học và Công nghệ', 'Department of Science and Technology', states='t',
          doc='Cơ quan chuyên trách công nghệ thông tin, chuyển đổi số của tỉnh (tiếp nhận nhiệm vụ của Sở Thông tin '
              'và Truyền thông).'),
        U('snv', 'agency.unit', 'Sở Nội vụ', 'Department of Home Affairs'),
        U('stc', 'agency.unit', 'Sở Tài chính', 'Department of Finance'),
        U('skhdt', 'agency.unit', 'Sở Kế hoạch và Đầu tư', 'Department of Planning and Investment', states='b'),
        U('stnmt', 'agency.unit', 'Sở Tài nguyên và Môi trường', 'Department of Natural Resources and Environment',
          states='b'),
        U('snnptnt', 'agency.unit', 'Sở Nông nghiệp và Phát triển nông thôn',
          'Department of Agriculture and Rural Development', states='b'),
        U('snnmt', 'agency.unit', 'Sở Nông nghiệp và Môi trường', 'Department of Agriculture and Environment',
          states='t'),
        U('syt', 'agency.unit', 'Sở Y tế', 'Department of Health'),
        U('sgddt', 'agency.unit', 'Sở Giáo dục và Đào tạo', 'Department of Education and Training'),
        U('stp', 'agency.unit', 'Sở Tư pháp', 'Department of Justice'),
        U('sxd', 'agency.unit', 'Sở Xây dựng', 'Department of Construction'),
    ] + list(extra) + [
        U('ttphcc', 'agency.unit', 'Trung tâm Phục vụ hành chính công tỉnh', 'Provincial Public Administration '
          'Service Centre', states='t'),
        U('motcua', 'agency.unit', 'Bộ phận tiếp nhận và trả kết quả thủ tục hành chính các cấp',
          'One-stop reception desks at all levels', states='b'),
        U('huyen', 'agency.unit', 'Ủy ban nhân dân cấp huyện', 'District People\'s Committees', states='b',
          doc='Cấp huyện kết thúc hoạt động từ 1/7/2025 (chính quyền địa phương hai cấp tỉnh – xã).'),
        U('xa', 'agency.unit', 'Ủy ban nhân dân cấp xã (xã, phường)', 'Commune People\'s Committees'),
    ]


def province_services(extra=()):
    return [
        S('s-birth', 'Đăng ký khai sinh', 'Birth registration', 4, ('portal-dvc', 'oss')),
        S('s-land', 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
          'Registration of changes in land use rights', 3, ('portal-dvc', 'oss', 'land-app'),
          users=('citizen', 'business')),
        S('s-build', 'Cấp giấy phép xây dựng', 'Construction permit', 3, ('portal-dvc', 'oss'),
          users=('citizen', 'business')),
        S('s-lltp', 'Cấp Phiếu lý lịch tư pháp', 'Judicial record certificate', 4, ('portal-dvc', 'oss')),
        S('s-household', 'Đăng ký thành lập hộ kinh doanh', 'Household business registration', 4,
          ('portal-dvc', 'oss'), users=('business',)),
        S('s-clinic', 'Cấp giấy phép hoạt động khám bệnh, chữa bệnh', 'Licence of a medical facility', 3,
          ('portal-dvc', 'oss'), users=('business',)),
    ] + list(extra)


# ---- Sơn La: 3039/QĐ-UBND (12/12/2019); baseline = hiện trạng 2019 --------------------------------

def son_la():
    name, en = 'Sơn La', 'Son La'
    c = province_common(name, en)
    systems = c['systems'] + [
        A('trace-app', 'app.sector', 'Hệ thống truy xuất nguồn gốc nông sản tỉnh Sơn La',
          'Son La agricultural product traceability system', 2, unit='snnmt', users=('business',),
          b=dict(unit='snnptnt', sl=None, host=None, hub=None)),
        A('forest-app', 'app.sector', 'Hệ thống thông tin quản lý rừng và cảnh báo cháy rừng tỉnh Sơn La',
          'Son La forest management and fire-warning system', 2, states='t', unit='snnmt'),
        A('health-app', 'app.sector', 'Hệ thống thông tin quản lý y tế cơ sở tỉnh Sơn La',
          'Son La primary health-care information system', 3, states='t', unit='syt'),
        A('finance-app', 'app.sector', 'Hệ thống quản lý ngân sách và đầu tư công tỉnh Sơn La',
          'Son La budget and public investment system', 2, states='t', unit='stc'),
    ]
    # Baseline (2019): no LGSP, no reporting system, no SOC; levels and hosting not yet declared.
    patch(systems, 'lgsp', states='t')
    patch(systems, 'portal-dvc', b=dict(sl=None, host=None, unit='motcua'))
    patch(systems, 'oss', b=dict(unit='motcua', dbs=()))
    patch(systems, 'portal-info', b=dict(sl=2))
    patch(systems, 'dms', b=dict(sl=None))
    patch(systems, 'land-app', b=dict(sl=None))
    patch(systems, 'db-land', b=dict(hub=None))
    units = province_units(name, [U('sdttg', 'agency.unit', 'Sở Dân tộc và Tôn giáo',
                                    'Department of Ethnic and Religious Affairs', states='t')])
    services = province_services([
        S('s-plantcode', 'Cấp mã số vùng trồng', 'Growing-area code', 3, ('portal-dvc', 'oss', 'trace-app'),
          users=('business',), b=dict(by=()),
          doc='Hiện trạng: tiếp nhận, xử lý bằng hồ sơ giấy, chưa có ứng dụng hỗ trợ.'),
    ])
    links = c['links'] + [
        ('t', 'Flow', 'lgsp', 'btp-hotich', 'liên thông đăng ký hộ tịch', {}),
        ('b', 'Flow', 'oss', 'btp-hotich', 'kết nối trực tiếp (điểm – điểm)', {}),
        ('b', 'Flow', 'oss', 'land-app', 'kết nối trực tiếp (điểm – điểm)', {}),
    ]
    return dict(
        prefix='sla', code='SLA', level='province', folder='provinces/son-la', name='tỉnh Sơn La',
        title={'baseline': ('Kiến trúc Chính quyền điện tử tỉnh Sơn La 2.0 – hiện trạng (mô hình minh họa)',
                            'Son La e-Government Architecture 2.0 – baseline (illustrative)'),
               'target': ('Kiến trúc Chính quyền điện tử tỉnh Sơn La 2.0 – kiến trúc mục tiêu (mô hình minh họa)',
                          'Son La e-Government Architecture 2.0 – target (illustrative)')},
        doc={'baseline': 'Hiện trạng tiêu biểu năm 2019 khi lập Kiến trúc Chính quyền điện tử tỉnh Sơn La, phiên '
                         'bản 2.0 (Quyết định 3039/QĐ-UBND ngày 12/12/2019, phần III "Hiện trạng"): chính quyền '
                         'ba cấp, chưa có LGSP, kết nối điểm – điểm, chưa xác định cấp độ an toàn thông tin.',
             'target': 'Kiến trúc mục tiêu theo Quyết định 3039/QĐ-UBND, cập nhật theo mô hình chính quyền địa '
                       'phương hai cấp (tỉnh – xã) từ 1/7/2025; lộ trình 2020–2027.'},
        doc_en={'baseline': 'Typical 2019 as-is state behind Son La\'s architecture 2.0 (3039/QĐ-UBND).',
                'target': 'Target of Son La\'s architecture 2.0 (3039/QĐ-UBND), updated for two-tier local '
                          'government from 1 July 2025.'},
        units=units, users=c['users'], processes=c['processes'], services=services, systems=systems,
        data_objects=c['data_objects'], tech=c['tech'], links=links,
        refs={'baseline': c['refs_target'] + ['btp-hotich'], 'target': c['refs_target'] + ['btp-hotich']},
        program=('Lộ trình triển khai Kiến trúc Chính quyền điện tử tỉnh Sơn La 2.0',
                 'Son La e-Government Architecture 2.0 roadmap', '2020-2027'),
        workpackages=[
            W('wp-lgsp', 'Xây dựng Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP), kết nối NGSP',
              'Build the provincial LGSP and connect it to NGSP', '2020-2022', ['lgsp']),
            W('wp-connect', 'Kết nối một cửa điện tử, quản lý văn bản với Cổng DVC quốc gia, Trục liên thông văn bản '
                            'qua LGSP; bỏ các kết nối điểm – điểm',
              'Connect one-stop shop and documents through the LGSP; remove point-to-point links', '2020-2022',
              ['oss', 'dms', 'portal-dvc', 'do-receipt']),
            W('wp-report', 'Xây dựng Hệ thống thông tin báo cáo tỉnh, kết nối Hệ thống thông tin báo cáo Chính phủ',
              'Provincial reporting system connected to the national one', '2020-2022',
              ['reporting', 'do-report']),
            W('wp-security', 'Xác định cấp độ an toàn thông tin; triển khai mô hình bảo vệ 4 lớp, SOC tỉnh',
              'Security levels, four-layer protection model and provincial SOC', '2020-2022',
              ['soc', 'waf', 'av', 'portal-info', 'land-app']),
            W('wp-data', 'Xây dựng CSDL dùng chung, đồng bộ với CSDL quốc gia qua LGSP – NGSP',
              'Shared databases synchronised with national databases', '2023-2025',
              ['db-pop', 'db-dossier', 'db-catalogue', 'db-officials', 'officials-app', 'do-citizen',
               'do-official', 'do-catalogue', 'db-land']),
            W('wp-infra', 'Nâng cấp Trung tâm dữ liệu tỉnh, mạng diện rộng đến cấp xã',
              'Data-centre and wide-area network upgrade', '2023-2025', ['storage', 'wan']),
            W('wp-ioc', 'Xây dựng Trung tâm Giám sát, điều hành thông minh (IOC)', 'Intelligent operation centre',
              '2023-2025', ['ioc']),
            W('wp-sector', 'Phát triển HTTT chuyên ngành: quản lý rừng, y tế cơ sở, ngân sách; chuẩn hóa truy xuất '
                           'nguồn gốc', 'Sector systems', '2023-2025',
              ['forest-app', 'health-app', 'finance-app', 'trace-app']),
            W('wp-two-tier', 'Cập nhật kiến trúc theo chính quyền địa phương hai cấp: sắp xếp sở, ngành; Trung tâm '
                             'Phục vụ hành chính công; thủ tục cấp huyện chuyển về tỉnh, xã',
              'Update for two-tier local government', '2025-2026', ['skhcn', 'snnmt', 'sdttg', 'ttphcc']),
        ],
        sources=[
            'Quyết định 3039/QĐ-UBND ngày 12/12/2019 của UBND tỉnh Sơn La: Kiến trúc Chính quyền điện tử tỉnh Sơn '
            'La, phiên bản 2.0 (mục I–III: sự cần thiết, mục tiêu và phạm vi, hiện trạng).',
            'Nghị quyết 202/2025/QH15: Sơn La là một trong 11 tỉnh, thành phố không sắp xếp; chính quyền địa '
            'phương hai cấp từ 1/7/2025.',
        ],
        breaks=[
            ('REQ-001', 'chưa có Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) của tỉnh'),
            ('REQ-005', 'chưa có Hệ thống thông tin báo cáo của tỉnh'),
            ('INT-001', 'một cửa điện tử kết nối thẳng (điểm – điểm) với Hệ thống đăng ký và quản lý hộ tịch '
                        'của Bộ Tư pháp'),
            ('INT-003', 'hệ thống quản lý văn bản chưa kết nối Trục liên thông văn bản quốc gia'),
            ('INT-004', 'một cửa điện tử chưa kết nối Cổng Dịch vụ công quốc gia'),
            ('INT-006', 'một cửa điện tử và hệ thống thông tin đất đai trao đổi trực tiếp, không qua LGSP'),
            ('INT-008', 'cổng dịch vụ công chưa tích hợp nền tảng thanh toán trực tuyến'),
            ('INT-009', 'cổng dịch vụ công chưa dùng nền tảng xác thực điện tử dùng chung'),
            ('DAT-001', 'CSDL đất đai của tỉnh không được đồng bộ với CSDL quốc gia về đất đai'),
            ('SEC-001', 'cổng dịch vụ công, hệ thống quản lý văn bản, HTTT đất đai, truy xuất nguồn gốc chưa xác '
                        'định cấp độ'),
            ('SEC-002', 'chưa có SOC giám sát các hệ thống cấp độ 3'),
            ('SEC-005', 'Cổng thông tin điện tử tỉnh mới ở cấp độ 2'),
            ('SEC-006', 'tỉnh chưa có trung tâm giám sát an toàn thông tin (SOC)'),
            ('TEC-001', 'cổng dịch vụ công (thuê dịch vụ) và hệ thống truy xuất nguồn gốc chưa xác định nơi triển '
                        'khai'),
            ('BUS-001', 'thủ tục cấp mã số vùng trồng chưa có ứng dụng hỗ trợ'),
        ],
    )


# ---- Lạng Sơn: Kiến trúc CQĐT 2.0 (cập nhật 12/2020); baseline = hiện trạng 2020 ------------------

def lang_son():
    name, en = 'Lạng Sơn', 'Lang Son'
    c = province_common(name, en)
    systems = c['systems'] + [
        A('border-app', 'app.sector', 'Phần mềm quản lý phương tiện, hàng hóa xuất nhập khẩu tại các cửa khẩu',
          'Border-gate vehicle and goods management software', None, states='b', unit='kkt', host=None, hub=None),
        A('border-platform', 'app.sector', 'Nền tảng cửa khẩu số tỉnh Lạng Sơn', 'Lang Son digital border-gate '
          'platform', 3, states='t', unit='kkt', users=('business',), dbs=('db-border',), artifact='border-pkg',
          doc='Khai báo, điều tiết phương tiện và hàng hóa xuất nhập khẩu qua các cửa khẩu của tỉnh; trao đổi với '
              'hệ thống của các bộ, ngành qua LGSP – NGSP.'),
        A('db-border', 'db.sector', 'Cơ sở dữ liệu phương tiện, hàng hóa xuất nhập khẩu qua cửa khẩu',
          'Border-gate vehicles and goods database', 3, states='t', subject='border-trade', host='cloud'),
        A('construction-app', 'app.sector', 'Hệ thống thông tin quy hoạch và cấp phép xây dựng tỉnh Lạng Sơn',
          'Lang Son planning and construction-permit system', 2, states='t', unit='sxd'),
    ]
    # Baseline (2020): an LGSP exists but is not yet connected to NGSP; systems still link point to point.
    patch(systems, 'portal-dvc', b=dict(hub=None))
    patch(systems, 'portal-info', b=dict(sl=2))
    patch(systems, 'dms', b=dict(hub=None))
    patch(systems, 'reporting', states='bt')
    patch(systems, 'db-pop', states='bt', b=dict(hub=None),
          doc='Hiện trạng: CSDL công dân do tỉnh tự thu thập, nhập liệu; mục tiêu: bản sao đồng bộ từ CSDL quốc '
              'gia về dân cư qua LGSP – NGSP.')
    patch(systems, 'oss', b=dict(dbs=('db-pop',)))
    patch(systems, 'land-app', b=dict(hub=None, dbs=()))
    patch(systems, 'db-land', states='t')
    tech = c['tech'] + [
        T('cloud', 'Node', 'infra.cloud', 'Hạ tầng điện toán đám mây (thuê dịch vụ) cho Nền tảng cửa khẩu số',
          'Rented cloud infrastructure for the digital border-gate platform', states='t',
          nets=('internet', 'vn-tslcd')),
        T('border-pkg', 'Artifact', None, 'Gói triển khai Nền tảng cửa khẩu số (container)',
          'Deployment package of the digital border-gate platform', states='t', on='cloud'),
    ]
    patch(tech, 'soc', states='bt')
    units = province_units(name, [
        U('sdttg', 'agency.unit', 'Sở Dân tộc và Tôn giáo', 'Department of Ethnic and Religious Affairs', states='t'),
        U('kkt', 'agency.unit', 'Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn',
          'Dong Dang – Lang Son Border Economic Zone Authority'),
    ])
    processes = c['processes'] + [
        P('proc-border', 'Quản lý phương tiện, hàng hóa xuất nhập khẩu tại cửa khẩu',
          'Management of vehicles and goods at border gates', ('kkt',), ('border-app', 'border-platform')),
    ]
    services = province_services([
        S('s-border', 'Khai báo điện tử thông tin phương tiện, hàng hóa xuất nhập khẩu qua cửa khẩu',
          'Electronic declaration of vehicles and goods crossing the border gates', 4, ('border-platform',),
          users=('business',), states='t', process='proc-border'),
    ])
    links = c['links'] + [
        ('b', 'Flow', 'portal-dvc', 'oss', 'kết nối trực tiếp (điểm – điểm)', {}),
        ('b', 'Flow', 'dms', 'vn-vdxp', 'gửi, nhận văn bản điện tử', dict(protocol='edXML')),
        ('b', 'Flow', 'land-app', 'vn-db-land', 'kết nối trực tiếp tới CSDL quốc gia', {}),
    ]
    refs = ['ngsp', 'npsp', 'vdxp', 'payment', 'identity', 'reporting', 'ncsc', 'tslcd', 'db-population', 'db-land']
    return dict(
        prefix='lsn', code='LSN', level='province', folder='provinces/lang-son', name='tỉnh Lạng Sơn',
        title={'baseline': ('Kiến trúc Chính quyền điện tử tỉnh Lạng Sơn 2.0 – hiện trạng (mô hình minh họa)',
                            'Lang Son e-Government Architecture 2.0 – baseline (illustrative)'),
               'target': ('Kiến trúc Chính quyền điện tử tỉnh Lạng Sơn 2.0 – kiến trúc mục tiêu (mô hình minh họa)',
                          'Lang Son e-Government Architecture 2.0 – target (illustrative)')},
        doc={'baseline': 'Hiện trạng tiêu biểu năm 2020 khi cập nhật Kiến trúc Chính quyền điện tử tỉnh Lạng Sơn, '
                         'phiên bản 2.0 (tháng 12/2020): đã có LGSP nhưng chưa kết nối NGSP; CSDL công dân của '
                         'tỉnh thu thập riêng; một số hệ thống kết nối trực tiếp.',
             'target': 'Kiến trúc mục tiêu theo Kiến trúc Chính quyền điện tử tỉnh Lạng Sơn 2.0 (nhiệm vụ: môi '
                       'trường pháp lý, hạ tầng kỹ thuật, hệ thống nền tảng, dữ liệu...), cập nhật theo chính '
                       'quyền địa phương hai cấp từ 1/7/2025; lộ trình 2021–2027.'},
        doc_en={'baseline': 'Typical 2020 as-is state behind Lang Son\'s architecture 2.0 (updated December 2020).',
                'target': 'Target of Lang Son\'s architecture 2.0, updated for two-tier local government.'},
        units=units, users=c['users'], processes=processes, services=services, systems=systems,
        data_objects=c['data_objects'], tech=tech, links=links,
        refs={'baseline': refs, 'target': c['refs_target']},
        program=('Lộ trình triển khai Kiến trúc Chính quyền điện tử tỉnh Lạng Sơn 2.0',
                 'Lang Son e-Government Architecture 2.0 roadmap', '2021-2027'),
        workpackages=[
            W('wp-lgsp', 'Kết nối LGSP với NGSP, Cổng Dịch vụ công quốc gia, Trục liên thông văn bản quốc gia, Hệ '
                         'thống thông tin báo cáo Chính phủ', 'Connect the LGSP to the national platforms',
              '2021-2022', ['lgsp', 'dms', 'reporting', 'do-report']),
            W('wp-tthc', 'Chuẩn hóa Cổng dịch vụ công, một cửa điện tử: thanh toán trực tuyến, xác thực dùng chung '
                         'qua Cổng Dịch vụ công quốc gia', 'Public service portal with national payment and SSO',
              '2021-2022', ['portal-dvc', 'oss', 'db-dossier', 'do-receipt']),
            W('wp-security', 'Nâng Cổng thông tin điện tử lên cấp độ 3; kết nối SOC với hệ thống giám sát quốc gia',
              'Security levels and SOC connection', '2021-2022',
              ['portal-info', 'soc', 'waf', 'av']),
            W('wp-border', 'Xây dựng Nền tảng cửa khẩu số tỉnh Lạng Sơn trên hạ tầng điện toán đám mây',
              'Digital border-gate platform on cloud infrastructure', '2021-2022',
              ['border-platform', 'db-border', 'cloud', 'border-pkg', 's-border']),
            W('wp-data', 'Xây dựng CSDL dùng chung đồng bộ từ CSDL quốc gia về dân cư, đất đai, cán bộ công chức; '
                         'thay CSDL công dân thu thập riêng', 'Shared databases fed from national databases',
              '2023-2025', ['db-pop', 'db-catalogue', 'db-land', 'db-officials', 'officials-app', 'land-app',
                            'do-citizen', 'do-official', 'do-catalogue']),
            W('wp-infra', 'Lưu trữ tập trung; mạng diện rộng đến cấp xã', 'Storage and wide-area network',
              '2023-2025', ['storage', 'wan']),
            W('wp-ioc', 'Xây dựng Trung tâm Giám sát, điều hành thông minh (IOC)', 'Intelligent operation centre',
              '2023-2025', ['ioc']),
            W('wp-sector', 'Hệ thống thông tin quy hoạch và cấp phép xây dựng', 'Planning and construction permits',
              '2023-2025', ['construction-app']),
            W('wp-two-tier', 'Cập nhật kiến trúc theo chính quyền địa phương hai cấp: sắp xếp sở, ngành; Trung tâm '
                             'Phục vụ hành chính công', 'Update for two-tier local government', '2025-2026',
              ['skhcn', 'snnmt', 'sdttg', 'ttphcc']),
        ],
        sources=[
            'Kiến trúc Chính quyền điện tử tỉnh Lạng Sơn, phiên bản 2.0 (cập nhật tháng 12/2020): I. căn cứ; II. mục '
            'đích, phạm vi; III. tầm nhìn; IV. nguyên tắc; V. kế hoạch phát triển chính quyền điện tử, trong đó có '
            'các hệ thống nền tảng và dữ liệu.',
            'Nghị quyết 202/2025/QH15: Lạng Sơn là một trong 11 tỉnh, thành phố không sắp xếp; chính quyền địa '
            'phương hai cấp từ 1/7/2025.',
        ],
        breaks=[
            ('INT-001', 'HTTT đất đai của tỉnh kết nối thẳng CSDL quốc gia về đất đai'),
            ('INT-002', 'LGSP chưa kết nối NGSP'),
            ('INT-004', 'một cửa điện tử chưa tới được Cổng Dịch vụ công quốc gia qua LGSP'),
            ('INT-005', 'HTTT báo cáo của tỉnh chỉ nối LGSP, LGSP chưa nối ra ngoài'),
            ('INT-006', 'cổng dịch vụ công và một cửa điện tử trao đổi trực tiếp'),
            ('INT-007', 'HTTT đất đai trao đổi thẳng với CSDL quốc gia, không qua LGSP và NGSP'),
            ('INT-008', 'cổng dịch vụ công chưa tới được nền tảng thanh toán trực tuyến'),
            ('INT-009', 'cổng dịch vụ công chưa tới được nền tảng xác thực điện tử'),
            ('DAT-001', 'CSDL công dân của tỉnh thu thập riêng, không đồng bộ từ CSDL quốc gia về dân cư'),
            ('SEC-001', 'phần mềm quản lý phương tiện, hàng hóa tại cửa khẩu chưa xác định cấp độ'),
            ('SEC-003', 'SOC của tỉnh chưa kết nối hệ thống giám sát quốc gia'),
            ('SEC-005', 'Cổng thông tin điện tử tỉnh mới ở cấp độ 2'),
            ('TEC-001', 'phần mềm quản lý phương tiện, hàng hóa tại cửa khẩu chưa xác định nơi triển khai'),
        ],
    )


# ---- Phú Thọ: tỉnh mới từ 1/7/2025 (Phú Thọ + Vĩnh Phúc + Hòa Bình); khung theo 2795/QĐ-UBND Vĩnh Phúc

def phu_tho():
    name, en = 'Phú Thọ', 'Phu Tho'
    c = province_common(name, en)
    vp, hb = 'tỉnh Vĩnh Phúc cũ', 'tỉnh Hòa Bình cũ'
    systems = c['systems'] + [
        # Legacy systems of the two provinces merged into Phú Thọ (baseline only).
        A('lgsp-vp', 'platform.lgsp', 'Nền tảng tích hợp, chia sẻ dữ liệu %s' % vp, 'LGSP of former Vinh Phuc', 3,
          states='b', host='cluster-dr', hub=None, unit='skhcn'),
        A('lgsp-hb', 'platform.lgsp', 'Nền tảng tích hợp, chia sẻ dữ liệu %s' % hb, 'LGSP of former Hoa Binh', 3,
          states='b', host='server-hb', hub=None, unit='skhcn', monitored=False),
        A('tthc-vp', None, 'Hệ thống thông tin giải quyết thủ tục hành chính %s' % vp,
          'Administrative-procedure system of former Vinh Phuc', 2, states='b', host='cluster-dr', hub=None,
          parts=('portal-dvc-vp', 'oss-vp'),
          doc='Hệ thống ghép từ cổng dịch vụ công và một cửa điện tử; được phê duyệt cấp độ 2 trước khi hai thành '
              'phần nâng lên cấp độ 3.'),
        A('portal-dvc-vp', 'portal.public-service', 'Cổng dịch vụ công %s' % vp, 'Public service portal of former '
          'Vinh Phuc', 3, states='b', host='cluster-dr', hub='lgsp-vp', unit='ttphcc', users=('citizen', 'business')),
        A('oss-vp', 'app.one-stop-shop', 'Hệ thống thông tin một cửa điện tử %s' % vp, 'One-stop shop of former '
          'Vinh Phuc', 3, states='b', host='cluster-dr', hub='lgsp-vp', unit='ttphcc'),
        A('portal-info-vp', 'portal.information', 'Cổng thông tin điện tử %s' % vp, 'Web portal of former Vinh Phuc',
          3, states='b', host='cluster-dr', hub='lgsp-vp'),
        A('dms-vp', 'app.document-management', 'Hệ thống quản lý văn bản và điều hành %s' % vp,
          'Document management of former Vinh Phuc', 3, states='b', host='cluster-dr', hub='lgsp-vp',
          data=(('do-edoc', 'ReadWrite'),)),
        A('pop-app-vp', 'app.sector', 'Phần mềm quản lý thông tin công dân %s' % vp,
          'Citizen information software of former Vinh Phuc', 2, states='b', host='cluster-dr', hub=None,
          dbs=('db-pop-vp',)),
        A('db-pop-vp', 'db.shared', 'Cơ sở dữ liệu công dân %s (thu thập riêng)' % vp,
          'Citizen database of former Vinh Phuc (collected separately)', 3, states='b', host='cluster-dr',
          subject='population'),
        A('portal-dvc-hb', 'portal.public-service', 'Cổng dịch vụ công %s' % hb, 'Public service portal of former '
          'Hoa Binh', None, states='b', host=None, hub='lgsp-hb', unit='ttphcc', monitored=False,
          doc='Thuê dịch vụ; hợp đồng không ghi rõ nơi đặt hệ thống và chưa phê duyệt cấp độ.'),
        A('oss-hb', 'app.one-stop-shop', 'Hệ thống thông tin một cửa điện tử %s' % hb, 'One-stop shop of former '
          'Hoa Binh', 3, states='b', host='server-hb', hub='lgsp-hb', unit='ttphcc', monitored=False),
        A('portal-info-hb', 'portal.information', 'Cổng thông tin điện tử %s' % hb, 'Web portal of former Hoa Binh',
          3, states='b', host='server-hb', hub='lgsp-hb', monitored=False),
        A('dms-hb', 'app.document-management', 'Hệ thống quản lý văn bản và điều hành %s' % hb,
          'Document management of former Hoa Binh', 3, states='b', host='server-hb', hub='lgsp-hb',
          monitored=False),
        # The merged province's systems.
        A('tthc', None, 'Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Phú Thọ',
          'Phu Tho administrative-procedure information system', 3, states='t', hub=None,
          parts=('portal-dvc', 'oss', 'db-dossier'),
          doc='Hệ thống gồm Cổng dịch vụ công, phân hệ một cửa điện tử và kho dữ liệu hồ sơ; cấp độ của hệ thống '
              'không thấp hơn cấp độ cao nhất của thành phần (Nghị định 85/2016/NĐ-CP).'),
        A('ip-app', 'app.sector', 'Hệ thống thông tin quản lý doanh nghiệp, dự án đầu tư trong các khu công nghiệp',
          'Industrial-park enterprises and investment projects system', 2, unit='bqlkcn', users=('business',),
          b=dict(hub='lgsp-vp', host='cluster-dr',
                 vi='Hệ thống thông tin quản lý doanh nghiệp, dự án đầu tư trong các khu công nghiệp %s' % vp)),
        A('tourism-app', 'app.sector', 'Hệ thống thông tin du lịch thông minh tỉnh Phú Thọ',
          'Phu Tho smart tourism system', 2, unit='svhttdl', users=('citizen',),
          doc='Thông tin du lịch, Khu di tích lịch sử Đền Hùng.'),
        A('health-app', 'app.sector', 'Nền tảng quản lý y tế và hồ sơ sức khỏe người dân tỉnh Phú Thọ',
          'Phu Tho health management platform', 3, states='t', unit='syt'),
        A('finance-app', 'app.sector', 'Hệ thống quản lý ngân sách, đầu tư công và tài sản công tỉnh Phú Thọ',
          'Phu Tho budget, public investment and assets system', 2, states='t', unit='stc'),
        A('construction-app', 'app.sector', 'Hệ thống thông tin quy hoạch và cấp phép xây dựng tỉnh Phú Thọ',
          'Phu Tho planning and construction-permit system', 2, states='t', unit='sxd'),
    ]
    pt = 'tỉnh Phú Thọ trước sắp xếp'
    patch(systems, 'lgsp', b=dict(vi='Nền tảng tích hợp, chia sẻ dữ liệu %s (LGSP)' % pt),
          doc='Hợp nhất ba LGSP của các tỉnh cũ; một đầu mối kết nối NGSP (Thông tư 13/2017/TT-BTTTT, Điều 17).')
    patch(systems, 'portal-dvc', b=dict(vi='Cổng dịch vụ công %s' % pt))
    patch(systems, 'oss', b=dict(vi='Hệ thống thông tin một cửa điện tử %s' % pt, dbs=()))
    patch(systems, 'portal-info', b=dict(vi='Cổng thông tin điện tử %s' % pt))
    patch(systems, 'dms', b=dict(vi='Hệ thống quản lý văn bản và điều hành %s' % pt))
    patch(systems, 'email', b=dict(vi='Hệ thống thư điện tử công vụ %s' % pt))
    patch(systems, 'reporting', states='bt', b=dict(vi='Hệ thống thông tin báo cáo %s' % pt))
    patch(systems, 'ioc', states='bt', host='cluster-dr',
          b=dict(vi='Trung tâm Giám sát, điều hành thông minh %s (IOC)' % vp, hub='lgsp-vp'))
    patch(systems, 'land-app', b=dict(unit='snnmt'))
    tech = c['tech'] + [
        T('dc-dr', 'Node', 'infra.data-center',
          'Trung tâm dữ liệu dự phòng tỉnh Phú Thọ (kế thừa Trung tâm dữ liệu %s)' % vp,
          'Phu Tho backup data centre (former Vinh Phuc data centre)', nets=('vn-tslcd', 'internet', 'wan'),
          b=dict(vi='Trung tâm dữ liệu %s' % vp)),
        T('cluster-dr', 'Node', None, 'Cụm máy chủ ảo hóa tại Trung tâm dữ liệu dự phòng',
          'Virtualised servers at the backup data centre', parent='dc-dr',
          b=dict(vi='Cụm máy chủ ảo hóa Trung tâm dữ liệu %s' % vp)),
        T('server-hb', 'Node', None, 'Phòng máy chủ %s' % hb, 'Server room of former Hoa Binh', states='b',
          nets=('vn-tslcd', 'internet')),
    ]
    patch(tech, 'dc', b=dict(vi='Trung tâm dữ liệu %s' % pt))
    patch(tech, 'soc', states='bt', b=dict(vi='Trung tâm giám sát, điều hành an toàn thông tin mạng %s (SOC)' % vp))
    units = [
        U('ubnd', 'agency.province', 'Ủy ban nhân dân tỉnh Phú Thọ', 'People\'s Committee of Phu Tho', parent=None,
          doc='Tỉnh Phú Thọ mới, sắp xếp từ tỉnh Vĩnh Phúc, tỉnh Hòa Bình và tỉnh Phú Thọ (Nghị quyết '
              '202/2025/QH15), hoạt động từ 1/7/2025; chính quyền địa phương hai cấp.'),
        U('vp', 'agency.unit', 'Văn phòng Ủy ban nhân dân tỉnh', 'Office of the People\'s Committee'),
        U('skhcn', 'agency.unit', 'Sở Khoa học và Công nghệ', 'Department of Science and Technology',
          doc='Cơ quan chuyên trách công nghệ thông tin, chuyển đổi số của tỉnh.'),
        U('snv', 'agency.unit', 'Sở Nội vụ', 'Department of Home Affairs'),
        U('stc', 'agency.unit', 'Sở Tài chính', 'Department of Finance'),
        U('snnmt', 'agency.unit', 'Sở Nông nghiệp và Môi trường', 'Department of Agriculture and Environment'),
        U('sxd', 'agency.unit', 'Sở Xây dựng', 'Department of Construction'),
        U('syt', 'agency.unit', 'Sở Y tế', 'Department of Health'),
        U('sgddt', 'agency.unit', 'Sở Giáo dục và Đào tạo', 'Department of Education and Training'),
        U('stp', 'agency.unit', 'Sở Tư pháp', 'Department of Justice'),
        U('sct', 'agency.unit', 'Sở Công Thương', 'Department of Industry and Trade'),
        U('svhttdl', 'agency.unit', 'Sở Văn hóa, Thể thao và Du lịch', 'Department of Culture, Sports and Tourism'),
        U('bqlkcn', 'agency.unit', 'Ban Quản lý các khu công nghiệp tỉnh', 'Industrial Parks Authority'),
        U('ttphcc', 'agency.unit', 'Trung tâm Phục vụ hành chính công tỉnh', 'Provincial Public Administration '
          'Service Centre'),
        U('xa', 'agency.unit', 'Ủy ban nhân dân cấp xã (xã, phường)', 'Commune People\'s Committees',
          doc='Chính quyền địa phương hai cấp: tỉnh – xã (không còn cấp huyện từ 1/7/2025).'),
    ]
    services = province_services([
        S('s-invest', 'Cấp, điều chỉnh Giấy chứng nhận đăng ký đầu tư đối với dự án trong khu công nghiệp',
          'Investment registration certificate for projects in industrial parks', 3, ('portal-dvc', 'oss', 'ip-app'),
          users=('business',)),
    ])
    legacy_front = ('portal-dvc-vp', 'oss-vp', 'portal-dvc-hb', 'oss-hb')
    for s in services:
        s['b'] = dict(by=tuple(s['by']) + legacy_front)
    links = c['links'] + [
        ('t', 'Flow', 'portal-dvc', 'oss', 'đồng bộ hồ sơ nội bộ của hệ thống giải quyết TTHC',
         dict(waive='INT-006: Cổng dịch vụ công và phân hệ một cửa điện tử là hai thành phần của cùng Hệ thống '
                    'thông tin giải quyết thủ tục hành chính tỉnh (một chủ quản, một kho dữ liệu hồ sơ); đồng bộ nội '
                    'bộ trong một hệ thống, không phải trao đổi giữa hai hệ thống.',
              justification='Hai thành phần của một hệ thống (Composition) dùng chung kho hồ sơ.')),
        ('b', 'Flow', 'soc', 'vn-ncsc', 'chia sẻ thông tin giám sát', {}),
        ('b', 'Flow', 'dms-vp', 'dms', 'gửi, nhận văn bản tạm thời sau sắp xếp (điểm – điểm)', {}),
    ]
    for lgsp in ('lgsp', 'lgsp-vp', 'lgsp-hb'):
        links += [
            ('b', 'Flow', lgsp, 'vn-ngsp', 'kết nối, chia sẻ dữ liệu qua NGSP', {}),
            ('b', 'Flow', lgsp, 'vn-npsp', 'đồng bộ hồ sơ TTHC', {}),
            ('b', 'Flow', lgsp, 'vn-vdxp', 'gửi, nhận văn bản điện tử', dict(protocol='edXML')),
        ]
    links.append(('b', 'Flow', 'lgsp', 'vn-reporting', 'báo cáo định kỳ', {}))
    refs = ['ngsp', 'npsp', 'vdxp', 'payment', 'identity', 'reporting', 'ncsc', 'tslcd', 'db-population', 'db-land']
    return dict(
        prefix='pto', code='PTO', level='province', folder='provinces/phu-tho', name='tỉnh Phú Thọ', archimate=True,
        title={'baseline': ('Kiến trúc Chính quyền điện tử tỉnh Phú Thọ – hiện trạng sau sắp xếp 1/7/2025 (mô hình '
                            'minh họa)', 'Phu Tho e-Government Architecture – baseline after the 1 July 2025 merger '
                            '(illustrative)'),
               'target': ('Kiến trúc Chính quyền điện tử tỉnh Phú Thọ 2.0 – kiến trúc mục tiêu (mô hình minh họa)',
                          'Phu Tho e-Government Architecture 2.0 – target (illustrative)')},
        doc={'baseline': 'Hiện trạng tại thời điểm 1/7/2025, khi tỉnh Phú Thọ mới hoạt động trên cơ sở sắp xếp tỉnh '
                         'Vĩnh Phúc, tỉnh Hòa Bình và tỉnh Phú Thọ (Nghị quyết 202/2025/QH15): ba bộ hệ thống thông '
                         'tin, ba LGSP, ba hệ thống một cửa điện tử vận hành song song.',
             'target': 'Kiến trúc mục tiêu của tỉnh Phú Thọ sau sắp xếp, theo cấu trúc Kiến trúc Chính quyền điện tử '
                       'tỉnh Vĩnh Phúc, phiên bản 2.0 (Quyết định 2795/QĐ-UBND, tháng 11/2020), chuyển từ ba cấp '
                       'chính quyền sang hai cấp (tỉnh – xã); lộ trình 2025–2030.'},
        doc_en={'baseline': 'As-is on 1 July 2025, when the new Phu Tho (former Vinh Phuc, Hoa Binh and Phu Tho) '
                            'started: three parallel sets of systems.',
                'target': 'Target of the merged province, structured after Vinh Phuc\'s architecture 2.0 '
                          '(2795/QĐ-UBND), for two-tier local government.'},
        units=units, users=c['users'], processes=c['processes'], services=services, systems=systems,
        data_objects=c['data_objects'], tech=tech, links=links,
        refs={'baseline': refs, 'target': c['refs_target']},
        program=('Lộ trình triển khai Kiến trúc Chính quyền điện tử tỉnh Phú Thọ sau sắp xếp',
                 'Phu Tho e-Government Architecture roadmap after the merger', '2025-2030'),
        workpackages=[
            W('wp-lgsp', 'Hợp nhất ba nền tảng LGSP của các tỉnh cũ thành LGSP tỉnh Phú Thọ, một đầu mối kết nối NGSP',
              'Merge the three LGSPs into one', '2025-2026', ['lgsp', 'wan']),
            W('wp-tthc', 'Hợp nhất Cổng dịch vụ công và một cửa điện tử thành Hệ thống thông tin giải quyết thủ tục '
                         'hành chính tỉnh, theo chính quyền hai cấp', 'One administrative-procedure system',
              '2025-2026', ['tthc', 'portal-dvc', 'oss', 'db-dossier', 'do-receipt']),
            W('wp-dms', 'Hợp nhất hệ thống quản lý văn bản và điều hành, Cổng thông tin điện tử; liên thông văn '
                        'bản qua LGSP – Trục liên thông văn bản quốc gia', 'One document system and one web portal',
              '2025-2026', ['dms', 'portal-info']),
            W('wp-security', 'Mở rộng SOC cho toàn bộ hệ thống sau sắp xếp; phê duyệt lại cấp độ; WAF, phòng chống '
                             'mã độc', 'SOC coverage, security levels, WAF and anti-malware', '2025-2026',
              ['soc', 'waf', 'av']),
            W('wp-infra', 'Tổ chức lại hạ tầng: Trung tâm dữ liệu chính, Trung tâm dữ liệu dự phòng, lưu trữ tập trung',
              'Main and backup data centres, storage', '2025-2026', ['dc', 'dc-dr', 'cluster-dr', 'storage']),
            W('wp-data', 'Xây dựng CSDL dùng chung đồng bộ từ CSDL quốc gia; thay CSDL công dân thu thập riêng của '
                         'tỉnh Vĩnh Phúc (cũ)', 'Shared databases fed from national databases', '2026-2027',
              ['db-pop', 'db-catalogue', 'db-officials', 'officials-app', 'do-citizen', 'do-official',
               'do-catalogue', 'do-report']),
            W('wp-ioc', 'Mở rộng Trung tâm Giám sát, điều hành thông minh cho toàn tỉnh Phú Thọ mới',
              'Province-wide intelligent operation centre', '2026-2027', ['ioc']),
            W('wp-sector', 'Nâng cấp, hợp nhất HTTT chuyên ngành: y tế, tài chính, xây dựng, khu công nghiệp',
              'Sector systems', '2026-2027', ['health-app', 'finance-app', 'construction-app', 'ip-app']),
            W('wp-land', 'Hoàn thiện CSDL đất đai toàn tỉnh sau sắp xếp, đồng bộ CSDL quốc gia về đất đai',
              'Province-wide land database', '2028-2030', ['db-land', 'land-app']),
        ],
        sources=[
            'Quyết định 2795/QĐ-UBND (tháng 11/2020) của UBND tỉnh Vĩnh Phúc: Kiến trúc Chính quyền điện tử tỉnh Vĩnh '
            'Phúc, phiên bản 2.0, áp dụng thống nhất cho ba cấp chính quyền; Sở Kế hoạch và Đầu tư cân đối vốn, dự '
            'án phải phù hợp kiến trúc.',
            'Nghị quyết 202/2025/QH15: sắp xếp tỉnh Vĩnh Phúc, tỉnh Hòa Bình và tỉnh Phú Thọ thành tỉnh Phú Thọ, hoạt '
            'động từ 1/7/2025; chính quyền địa phương hai cấp (tỉnh – xã).',
        ],
        breaks=[
            ('REQ-001', 'ba LGSP (của tỉnh Phú Thọ, Vĩnh Phúc, Hòa Bình cũ) cùng vận hành'),
            ('REQ-002', 'ba hệ thống một cửa điện tử cùng vận hành'),
            ('INT-006', 'hệ thống quản lý văn bản của tỉnh Vĩnh Phúc (cũ) gửi văn bản thẳng sang hệ thống của tỉnh '
                        'Phú Thọ (kết nối tạm thời)'),
            ('DAT-001', 'CSDL công dân của tỉnh Vĩnh Phúc (cũ) thu thập riêng, không đồng bộ từ CSDL quốc gia về dân '
                        'cư'),
            ('SEC-001', 'Cổng dịch vụ công của tỉnh Hòa Bình (cũ) chưa phê duyệt cấp độ'),
            ('SEC-002', 'các hệ thống của tỉnh Hòa Bình (cũ) chưa được SOC giám sát'),
            ('SEC-004', 'Hệ thống giải quyết TTHC của tỉnh Vĩnh Phúc (cũ) khai cấp độ 2, thấp hơn các thành phần cấp '
                        'độ 3'),
            ('TEC-001', 'Cổng dịch vụ công của tỉnh Hòa Bình (cũ) thuê dịch vụ, chưa xác định nơi triển khai'),
        ],
    )


# --------------------------------------------------------------------------------------------------
# Ministries
# --------------------------------------------------------------------------------------------------

def ministry_common(short, short_en):
    """Core systems, infrastructure and security every ministry has (adjusted per ministry)."""
    systems = [
        A('lgsp', 'platform.lgsp', 'Nền tảng tích hợp, chia sẻ dữ liệu %s (LGSP)' % short,
          'LGSP of the %s' % short_en, 3, unit='cntt',
          doc='Trung gian kết nối các hệ thống bên trong bộ và với bên ngoài (Thông tư 13/2017/TT-BTTTT, Điều 17).'),
        A('portal-dvc', 'portal.public-service', 'Cổng dịch vụ công %s' % short, 'Public service portal of the %s'
          % short_en, 3, unit='vp', users=('citizen', 'business'),
          data=(('do-dossier', 'Read'), ('do-receipt', 'Read'))),
        A('oss', 'app.one-stop-shop', 'Hệ thống thông tin giải quyết thủ tục hành chính %s' % short,
          'Administrative-procedure (one-stop-shop) system of the %s' % short_en, 3, unit='vp',
          users=('official',), dbs=('db-edossier',), data=(('do-dossier', 'ReadWrite'),)),
        A('portal-info', 'portal.information', 'Cổng thông tin điện tử %s' % short, 'Web portal of the %s'
          % short_en, 3, unit='vp', users=('citizen', 'business')),
        A('dms', 'app.document-management', 'Hệ thống quản lý văn bản và điều hành %s' % short,
          'Document management and operation system of the %s' % short_en, 3, unit='vp',
          users=('official', 'leader'), data=(('do-edoc', 'ReadWrite'),)),
        A('email', 'app.email', 'Hệ thống thư điện tử %s' % short, 'Official e-mail of the %s' % short_en, 2,
          unit='vp', users=('official',)),
        A('reporting', 'app.reporting', 'Hệ thống thông tin báo cáo %s' % short, 'Reporting information system '
          'of the %s' % short_en, 2, states='t', unit='vp', users=('leader',), data=(('do-report', 'ReadWrite'),)),
        A('db-edossier', 'db.shared', 'Kho dữ liệu điện tử của tổ chức, cá nhân', 'Electronic data store of '
          'citizens and businesses', 3, states='t', subject='e-dossier',
          doc='Lưu giấy tờ, kết quả giải quyết thủ tục hành chính để tái sử dụng ("cung cấp một lần").'),
    ]
    tech = [
        T('dc', 'Node', 'infra.data-center', 'Trung tâm dữ liệu %s' % short, 'Data centre of the %s' % short_en,
          nets=('vn-tslcd', 'internet', 'wan')),
        T('cluster-app', 'Node', None, 'Cụm máy chủ ảo hóa ứng dụng', 'Virtualised application server cluster',
          parent='dc'),
        T('cluster-db', 'Node', None, 'Cụm máy chủ cơ sở dữ liệu', 'Database server cluster', parent='dc'),
        T('storage', 'Device', None, 'Hệ thống lưu trữ tập trung (SAN)', 'Central storage (SAN)', states='t',
          parent='dc'),
        T('internet', 'CommunicationNetwork', 'infra.network.internet', 'Internet', 'Internet'),
        T('fw', 'Node', 'sec.firewall', 'Hệ thống tường lửa bảo vệ biên Trung tâm dữ liệu',
          'Data-centre perimeter firewall', parent='dc', nets=('internet', 'vn-tslcd')),
        T('waf', 'SystemSoftware', 'sec.firewall', 'Tường lửa ứng dụng web (WAF) bảo vệ các cổng',
          'Web application firewall for the portals', states='t', parent='cluster-app'),
        T('av', 'SystemSoftware', None, 'Hệ thống phòng, chống mã độc tập trung', 'Central anti-malware system',
          states='t', parent='cluster-app', band='sec'),
        T('soc', 'Node', 'sec.soc', 'Trung tâm giám sát, điều hành an toàn thông tin mạng %s (SOC)' % short,
          'Security operations centre of the %s' % short_en, states='t', nets=('vn-tslcd',),
          doc='Lớp 2 của mô hình bảo vệ 4 lớp (Công văn 1552/BTTTT-CATTT); kết nối hệ thống giám sát quốc gia.'),
    ]
    links = [
        ('t', 'Flow', 'lgsp', 'vn-ngsp', 'kết nối, chia sẻ dữ liệu qua NGSP',
         dict(protocol='SOAP/REST (Thông tư 39/2017/TT-BTTTT) qua Mạng truyền số liệu chuyên dùng')),
        ('t', 'Flow', 'lgsp', 'vn-npsp', 'đồng bộ hồ sơ, trạng thái, kết quả giải quyết TTHC',
         dict(protocol='REST/JSON')),
        ('t', 'Flow', 'lgsp', 'vn-vdxp', 'gửi, nhận văn bản điện tử', dict(protocol='edXML')),
        ('t', 'Flow', 'lgsp', 'vn-reporting', 'báo cáo định kỳ', {}),
        ('t', 'Flow', 'soc', 'vn-ncsc', 'chia sẻ thông tin giám sát', {}),
        ('t', 'Association', 'waf', 'portal-dvc', 'bảo vệ', {}),
        ('t', 'Association', 'waf', 'portal-info', 'bảo vệ', {}),
        ('t', 'Association', 'av', 'soc', 'gửi cảnh báo', {}),
    ]
    return dict(systems=systems, tech=tech, links=links)


def ministry_processes(extra):
    return [
        P('proc-tthc', 'Tiếp nhận, giải quyết thủ tục hành chính thuộc thẩm quyền của Bộ',
          'Handling administrative procedures of the ministry', ('vp', 'official'), ('portal-dvc', 'oss')),
        P('proc-doc', 'Xử lý văn bản, hồ sơ công việc và chỉ đạo, điều hành', 'Document processing and direction',
          ('vp', 'official', 'leader'), ('dms', 'email')),
        P('proc-report', 'Tổng hợp báo cáo, thống kê của ngành', 'Sector reporting and statistics',
          ('vp', 'cntt', 'leader'), ('reporting',)),
        P('proc-info', 'Cung cấp thông tin chính thống của ngành', 'Official sector information', ('vp',),
          ('portal-info',)),
        P('proc-data', 'Quản lý, kết nối và chia sẻ dữ liệu của ngành', 'Sector data management and sharing',
          ('cntt',), ('lgsp',)),
        P('proc-sec', 'Giám sát, ứng cứu sự cố an toàn thông tin mạng', 'Security monitoring and incident response',
          ('cntt',), ('soc',)),
    ] + list(extra)


# ---- Bộ Y tế: 6085/QĐ-BYT (2.0), 1928/QĐ-BYT (2.1), 2491/QĐ-BYT; baseline = hiện trạng 2019 ---------

def byt():
    c = ministry_common('Bộ Y tế', 'Ministry of Health')
    systems = c['systems'] + [
        A('oss-qld', 'app.one-stop-shop', 'Hệ thống dịch vụ công trực tuyến Cục Quản lý Dược',
          'Online public services of the Drug Administration', 3, states='b', unit='qld', hub=None,
          users=('business',)),
        A('pharma-app', 'app.sector', 'Hệ thống thông tin quản lý dược (đăng ký, lưu hành, chất lượng thuốc)',
          'Drug administration information system', 3, unit='qld', parts=('db-pharma',), dbs=('db-pharma',),
          data=(('do-drug', 'ReadWrite'),), b=dict(sl=2)),
        A('db-pharma', 'db.sector', 'Cơ sở dữ liệu dược quốc gia', 'National pharmaceutical database', 3,
          subject='pharmaceuticals', b=dict(hub=None), hub='lgsp',
          doc='Thuốc, cơ sở kinh doanh dược, giá thuốc; chia sẻ cho bảo hiểm xã hội, Sở Y tế qua LGSP.'),
        A('pharmacy-app', 'app.sector', 'Hệ thống liên thông các cơ sở cung ứng thuốc',
          'Pharmacy connectivity system', 3, unit='qld', users=('business',), dbs=('db-pharma',)),
        A('eprescription', 'app.sector', 'Hệ thống đơn thuốc quốc gia', 'National e-prescription system', 3,
          states='t', unit='qlkcb', users=('practitioner',), dbs=('db-pharma',),
          data=(('do-prescription', 'Write'),)),
        A('practitioner-app', 'app.sector', 'Hệ thống quản lý cấp phép hành nghề và hoạt động khám bệnh, chữa bệnh',
          'Medical practice and facility licensing system', 2, states='t', unit='qlkcb', dbs=('db-practitioner',)),
        A('db-practitioner', 'db.sector', 'Cơ sở dữ liệu người hành nghề và cơ sở khám bệnh, chữa bệnh',
          'Database of medical practitioners and facilities', 3, states='t', subject='health-practitioners',
          hub='lgsp'),
        A('ehr', 'app.sector', 'Hệ thống hồ sơ sức khỏe điện tử', 'Electronic health record system', 4, states='t',
          unit='qlkcb', users=('citizen',), dbs=('db-ehr',), data=(('do-health', 'ReadWrite'),), host='cloud',
          doc='Hồ sơ sức khỏe điện tử của người dân, tích hợp trên ứng dụng VNeID qua LGSP – nền tảng định danh.'),
        A('db-ehr', 'db.sector', 'Cơ sở dữ liệu hồ sơ sức khỏe điện tử', 'Electronic health record database', 4,
          states='t', subject='health-record', host='cloud'),
        A('his', 'app.sector', 'Hệ thống thông tin bệnh viện (HIS) và bệnh án điện tử của các bệnh viện trực thuộc Bộ',
          'Hospital information systems and electronic medical records of the ministry\'s hospitals', 3, unit='bv',
          users=('practitioner',), host='hospital-servers',
          data=(('do-emr', 'ReadWrite'), ('do-claim', 'Write')), b=dict(sl=None, host=None, hub=None)),
        A('bhyt-gw', 'app.sector', 'Hệ thống liên thông dữ liệu khám bệnh, chữa bệnh bảo hiểm y tế',
          'Health-insurance claims data exchange', 3, unit='bhyt', data=(('do-claim', 'Read'),),
          b=dict(hub=None)),
        A('immunization', 'app.sector', 'Hệ thống thông tin quản lý tiêm chủng', 'Immunisation information system', 3,
          unit='pb', dbs=('db-vacc',), users=('citizen',), b=dict(unit='ytdp')),
        A('db-vacc', 'db.sector', 'Cơ sở dữ liệu tiêm chủng', 'Immunisation database', 3, states='t',
          subject='immunization'),
        A('birth-app', 'app.sector', 'Hệ thống cấp giấy chứng sinh, giấy báo tử điện tử',
          'Electronic birth and death notification system', 3, states='t', unit='qlkcb',
          data=(('do-birth', 'Write'),),
          doc='Liên thông với đăng ký khai sinh, khai tử (Bộ Tư pháp) và CSDL quốc gia về dân cư qua LGSP – NGSP.'),
        A('food-app', 'app.sector', 'Hệ thống quản lý an toàn thực phẩm', 'Food safety management system', 2,
          unit='attp', users=('business',)),
        A('db-catalogue', 'db.shared', 'Cơ sở dữ liệu danh mục dùng chung ngành y tế',
          'Health-sector shared catalogue database', 2, states='t', subject='catalogue', hub='lgsp',
          data=(('do-catalogue', 'ReadWrite'),)),
    ]
    patch(systems, 'portal-dvc', b=dict(hub=None))
    patch(systems, 'oss', b=dict(vi='Hệ thống dịch vụ công trực tuyến Bộ Y tế (một cửa điện tử)', dbs=()),
          doc='Theo Quyết định 2491/QĐ-BYT: tích hợp dịch vụ công của các Vụ, Cục; công khai trên Cổng Dịch vụ '
              'công quốc gia; Kho dữ liệu điện tử của tổ chức, cá nhân; kết nối CSDL quốc gia về dân cư và về '
              'đăng ký doanh nghiệp qua LGSP – NGSP.')
    patch(systems, 'dms', b=dict(hub=None))
    tech = c['tech'] + [
        T('cloud', 'Node', 'infra.cloud', 'Hạ tầng điện toán đám mây ngành y tế (thuê dịch vụ)',
          'Health-sector cloud (rented)', states='t', nets=('internet', 'vn-tslcd')),
        T('hospital-servers', 'Node', None, 'Hạ tầng máy chủ tại các bệnh viện trực thuộc Bộ',
          'Server rooms of the ministry\'s hospitals', nets=('internet', 'wan')),
        T('wan', 'CommunicationNetwork', None, 'Mạng diện rộng ngành y tế kết nối các đơn vị trực thuộc Bộ',
          'Health-sector wide-area network', states='t'),
    ]
    units = [
        U('byt', 'agency.ministry', 'Bộ Y tế', 'Ministry of Health', parent=None),
        U('vp', 'agency.unit', 'Văn phòng Bộ', 'Ministry Office'),
        U('cntt', 'agency.unit', 'Cục Công nghệ thông tin', 'IT Department',
          doc='Đơn vị chuyên trách công nghệ thông tin của Bộ Y tế.'),
        U('qlkcb', 'agency.unit', 'Cục Quản lý Khám, chữa bệnh', 'Medical Services Administration'),
        U('qld', 'agency.unit', 'Cục Quản lý Dược', 'Drug Administration of Viet Nam'),
        U('attp', 'agency.unit', 'Cục An toàn thực phẩm', 'Viet Nam Food Administration'),
        U('ytdp', 'agency.unit', 'Cục Y tế dự phòng', 'General Department of Preventive Medicine', states='b'),
        U('pb', 'agency.unit', 'Cục Phòng bệnh', 'Department of Disease Prevention', states='t',
          doc='Thành lập năm 2025 khi sắp xếp tổ chức bộ máy của Bộ Y tế, tiếp nhận nhiệm vụ y tế dự phòng.'),
        U('bhyt', 'agency.unit', 'Vụ Bảo hiểm y tế', 'Health Insurance Department'),
        U('bv', 'agency.unit', 'Các bệnh viện trực thuộc Bộ Y tế', 'Hospitals under the Ministry of Health'),
    ]
    users = [
        R('citizen', 'user.citizen', 'Người dân, người bệnh', 'Citizens and patients'),
        R('business', 'user.business', 'Doanh nghiệp dược, cơ sở khám bệnh, chữa bệnh, cơ sở kinh doanh thực phẩm',
          'Pharmaceutical companies, health facilities, food businesses'),
        R('official', 'user.official', 'Cán bộ, công chức, viên chức y tế', 'Health officials', typ='BusinessRole',
          frm=('byt',)),
        R('leader', 'user.official', 'Lãnh đạo Bộ Y tế', 'Ministry leaders', typ='BusinessRole', frm=('byt',)),
        R('practitioner', None, 'Người hành nghề khám bệnh, chữa bệnh', 'Medical practitioners', typ='BusinessRole',
          frm=('bv',)),
    ]
    processes = ministry_processes([
        P('proc-drug', 'Quản lý đăng ký, lưu hành và chất lượng thuốc', 'Drug registration and quality',
          ('qld',), ('pharma-app', 'pharmacy-app')),
        P('proc-care', 'Khám bệnh, chữa bệnh và thanh toán chi phí khám bệnh, chữa bệnh bảo hiểm y tế',
          'Medical care and health-insurance claims', ('bv', 'practitioner'), ('his', 'bhyt-gw', 'eprescription')),
        P('proc-ehr', 'Quản lý hồ sơ sức khỏe điện tử của người dân', 'Electronic health records', ('qlkcb',),
          ('ehr', 'birth-app'), states='t'),
        P('proc-vacc', 'Tổ chức tiêm chủng, phòng bệnh', 'Immunisation and disease prevention', ('ytdp', 'pb'),
          ('immunization',)),
    ])
    services = [
        S('s-drugreg', 'Cấp giấy đăng ký lưu hành thuốc', 'Marketing authorisation of medicines', 4,
          ('portal-dvc', 'oss', 'pharma-app'), users=('business',), b=dict(by=('oss-qld', 'pharma-app'))),
        S('s-import', 'Cấp phép nhập khẩu thuốc chưa có giấy đăng ký lưu hành',
          'Import licence for unregistered medicines', 4, ('portal-dvc', 'oss', 'pharma-app'), users=('business',),
          b=dict(by=('oss-qld',))),
        S('s-drugad', 'Xác nhận nội dung quảng cáo thuốc', 'Approval of drug advertising', 4, ('portal-dvc', 'oss'),
          users=('business',), b=dict(by=('oss-qld',))),
        S('s-practice', 'Cấp giấy phép hành nghề khám bệnh, chữa bệnh', 'Medical practice licence', 3,
          ('portal-dvc', 'oss', 'practitioner-app'), b=dict(vi='Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh',
                                                            by=('portal-dvc', 'oss'))),
        S('s-facility', 'Cấp giấy phép hoạt động khám bệnh, chữa bệnh', 'Licence of a medical facility', 3,
          ('portal-dvc', 'oss', 'practitioner-app'), users=('business',), b=dict(by=('portal-dvc', 'oss'))),
        S('s-food', 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'Food safety certificate', 3,
          ('portal-dvc', 'oss', 'food-app'), users=('business',)),
    ]
    data_objects = [
        D('do-dossier', 'Hồ sơ thủ tục hành chính điện tử', 'Electronic administrative-procedure dossier'),
        D('do-edoc', 'Văn bản điện tử', 'Electronic document'),
        D('do-report', 'Báo cáo thống kê y tế', 'Health statistics report', states='t'),
        D('do-drug', 'Hồ sơ đăng ký lưu hành thuốc', 'Drug registration dossier'),
        D('do-emr', 'Hồ sơ bệnh án điện tử', 'Electronic medical record'),
        D('do-claim', 'Dữ liệu đề nghị thanh toán chi phí khám bệnh, chữa bệnh bảo hiểm y tế (XML)',
          'Health-insurance claim data (XML)'),
        D('do-prescription', 'Đơn thuốc điện tử', 'Electronic prescription', states='t'),
        D('do-birth', 'Giấy chứng sinh, giấy báo tử điện tử', 'Electronic birth and death notification', states='t'),
        D('do-health', 'Hồ sơ sức khỏe điện tử cá nhân', 'Personal electronic health record', states='t'),
        D('do-catalogue', 'Danh mục dùng chung ngành y tế (thuốc, dịch vụ kỹ thuật, mã bệnh ICD-10)',
          'Health-sector shared catalogues (drugs, services, ICD-10)', states='t'),
        D('do-receipt', 'Biên lai thu phí, lệ phí điện tử', 'Electronic fee receipt', states='t'),
    ]
    links = c['links'] + [
        ('t', 'Flow', 'lgsp', 'vn-identity', 'xác thực VNeID, hồ sơ sức khỏe điện tử trên VNeID', {}),
        ('t', 'Flow', 'lgsp', 'btp-hotich', 'liên thông giấy chứng sinh, giấy báo tử với đăng ký hộ tịch', {}),
        ('t', 'Serving', 'vn-ecabinet', 'leader', None, {}),
        ('b', 'Flow', 'lgsp', 'vn-ngsp', 'kết nối, chia sẻ dữ liệu qua NGSP', {}),
        ('b', 'Flow', 'lgsp', 'vn-npsp', 'đồng bộ hồ sơ TTHC', {}),
        ('b', 'Flow', 'oss-qld', 'vn-npsp', 'kết nối trực tiếp (điểm – điểm)', {}),
        ('b', 'Flow', 'portal-dvc', 'oss', 'kết nối trực tiếp (điểm – điểm)', {}),
        ('b', 'Flow', 'dms', 'vn-vdxp', 'gửi, nhận văn bản điện tử', dict(protocol='edXML')),
        ('b', 'Flow', 'his', 'bhyt-gw', 'gửi dữ liệu khám chữa bệnh trực tiếp (điểm – điểm)', {}),
        ('b', 'Flow', 'bhyt-gw', 'vn-db-insurance', 'giám định, thanh toán BHYT, kết nối trực tiếp', {}),
    ]
    return dict(
        prefix='byt', code='BYT', level='ministry', folder='ministries/byt', name='Bộ Y tế',
        title={'baseline': ('Kiến trúc Chính phủ điện tử Bộ Y tế 2.0 – hiện trạng (mô hình minh họa)',
                            'Ministry of Health e-Government Architecture 2.0 – baseline (illustrative)'),
               'target': ('Kiến trúc Chính phủ điện tử Bộ Y tế 2.0/2.1 – kiến trúc mục tiêu (mô hình minh họa)',
                          'Ministry of Health e-Government Architecture 2.0/2.1 – target (illustrative)')},
        doc={'baseline': 'Hiện trạng tiêu biểu năm 2019 khi lập Kiến trúc Chính phủ điện tử Bộ Y tế, phiên bản 2.0 '
                         '(Quyết định 6085/QĐ-BYT ngày 30/12/2019): hai hệ thống dịch vụ công song song, chưa có '
                         'HTTT báo cáo, chưa có SOC, bệnh viện gửi dữ liệu BHYT bằng kết nối trực tiếp.',
             'target': 'Kiến trúc mục tiêu theo Quyết định 6085/QĐ-BYT (phiên bản 2.0) và 1928/QĐ-BYT ngày 21/4/2023 '
                       '(phiên bản 2.1), với các nhiệm vụ của Quyết định 2491/QĐ-BYT ngày 13/6/2023; lộ trình '
                       '2020–2027.'},
        doc_en={'baseline': 'Typical 2019 as-is state behind the Ministry of Health architecture 2.0 (6085/QĐ-BYT).',
                'target': 'Target of the Ministry of Health architecture 2.0/2.1 (6085/QĐ-BYT, 1928/QĐ-BYT) with the '
                          'tasks of 2491/QĐ-BYT.'},
        units=units, users=users, processes=processes, services=services, systems=systems,
        data_objects=data_objects, tech=tech, links=links,
        refs={'baseline': ['ngsp', 'npsp', 'vdxp', 'reporting', 'tslcd', 'db-insurance'],
              'target': ['ngsp', 'npsp', 'vdxp', 'payment', 'identity', 'reporting', 'ncsc', 'tslcd',
                         'db-population', 'db-enterprise', 'db-insurance', 'ecabinet', 'btp-hotich']},
        program=('Lộ trình triển khai Kiến trúc Chính phủ điện tử Bộ Y tế (phiên bản 2.0, 2.1)',
                 'Ministry of Health e-Government Architecture roadmap', '2020-2027'),
        workpackages=[
            W('wp-connect', 'Hoàn thiện LGSP Bộ Y tế: kết nối nền tảng định danh, Trục liên thông văn bản; chuyển các '
                            'kết nối trực tiếp về LGSP', 'Complete the LGSP and move direct links onto it',
              '2020-2022', ['lgsp', 'dms']),
            W('wp-report', 'Xây dựng Hệ thống thông tin báo cáo Bộ Y tế, kết nối Hệ thống thông tin báo cáo Chính phủ',
              'Ministry reporting system connected to the national one', '2020-2022', ['reporting', 'do-report']),
            W('wp-security', 'Mô hình bảo vệ 4 lớp: SOC Bộ Y tế, WAF, phòng chống mã độc; phê duyệt lại cấp độ HTTT '
                             'quản lý dược', 'Four-layer protection, SOC, security levels', '2020-2022',
              ['soc', 'waf', 'av', 'pharma-app']),
            W('wp-data', 'Danh mục dùng chung ngành y tế; CSDL người hành nghề; CSDL tiêm chủng; chia sẻ CSDL dược qua '
                         'LGSP', 'Shared catalogues and sector databases', '2020-2022',
              ['db-catalogue', 'do-catalogue', 'practitioner-app', 'db-practitioner', 'db-vacc', 'db-pharma']),
            W('wp-tthc', 'Hợp nhất dịch vụ công của các Vụ, Cục vào HTTT giải quyết TTHC Bộ Y tế; Kho dữ liệu điện tử; '
                         'kết nối CSDL quốc gia về dân cư, đăng ký doanh nghiệp qua LGSP – NGSP (Quyết định '
                         '2491/QĐ-BYT)', 'One administrative-procedure system (2491/QĐ-BYT)', '2023-2025',
              ['oss', 'portal-dvc', 'db-edossier', 'do-receipt']),
            W('wp-health', 'Hồ sơ sức khỏe điện tử, đơn thuốc quốc gia, giấy chứng sinh – giấy báo tử điện tử',
              'Health records, e-prescriptions, birth and death notifications', '2023-2025',
              ['ehr', 'db-ehr', 'eprescription', 'birth-app', 'cloud', 'do-health', 'do-prescription', 'do-birth',
               'proc-ehr']),
            W('wp-his', 'Chuẩn hóa HIS, bệnh án điện tử tại bệnh viện trực thuộc; liên thông dữ liệu BHYT qua LGSP – '
                        'NGSP', 'Hospital systems and health-insurance data through the LGSP', '2023-2025',
              ['his', 'bhyt-gw']),
            W('wp-org', 'Cập nhật kiến trúc theo cơ cấu tổ chức của Bộ Y tế năm 2025', 'Update for the 2025 structure',
              '2025-2026', ['pb']),
            W('wp-infra', 'Lưu trữ tập trung, mạng diện rộng ngành y tế', 'Storage and sector network', '2026-2027',
              ['storage', 'wan']),
        ],
        sources=[
            'Quyết định 6085/QĐ-BYT ngày 30/12/2019: Kiến trúc Chính phủ điện tử Bộ Y tế, phiên bản 2.0.',
            'Quyết định 1928/QĐ-BYT ngày 21/4/2023: Kiến trúc Chính phủ điện tử Bộ Y tế, phiên bản 2.1.',
            'Quyết định 2491/QĐ-BYT ngày 13/6/2023: nhiệm vụ trọng tâm chuyển đổi số 2023–2025 (HTTT giải quyết TTHC '
            'Bộ Y tế tích hợp dịch vụ công của các Vụ, Cục, công khai trên Cổng Dịch vụ công quốc gia, Kho dữ liệu '
            'điện tử của tổ chức, cá nhân, kết nối CSDL quốc gia về dân cư và về đăng ký doanh nghiệp).',
            'Không mô hình hóa: Quyết định 4152/QĐ-BYT ngày 31/12/2024 (điều chỉnh theo Khung 3.0) — mô hình này theo '
            'Khung 2.0.',
        ],
        breaks=[
            ('REQ-002', 'hai hệ thống một cửa điện tử: của Bộ và của Cục Quản lý Dược'),
            ('REQ-005', 'chưa có Hệ thống thông tin báo cáo của Bộ'),
            ('INT-001', 'hệ thống dịch vụ công của Cục Quản lý Dược nối thẳng Cổng Dịch vụ công quốc gia; hệ thống '
                        'liên thông dữ liệu BHYT nối thẳng CSDL quốc gia về bảo hiểm'),
            ('INT-006', 'cổng dịch vụ công – một cửa điện tử và HIS – hệ thống liên thông BHYT trao đổi trực tiếp'),
            ('INT-007', 'hệ thống liên thông dữ liệu BHYT trao đổi thẳng với CSDL quốc gia về bảo hiểm'),
            ('INT-008', 'nền tảng thanh toán trực tuyến chưa có trong hiện trạng (2019)'),
            ('INT-009', 'nền tảng xác thực dùng chung chưa có trong hiện trạng (2019)'),
            ('SEC-001', 'HIS của các bệnh viện trực thuộc chưa xác định cấp độ'),
            ('SEC-002', 'chưa có SOC giám sát các hệ thống cấp độ 3'),
            ('SEC-004', 'HTTT quản lý dược khai cấp độ 2 nhưng gồm CSDL dược quốc gia cấp độ 3'),
            ('SEC-006', 'Bộ chưa có trung tâm giám sát an toàn thông tin (SOC)'),
            ('TEC-001', 'HIS của các bệnh viện chưa được mô hình hóa nơi triển khai'),
        ],
    )


# ---- Bộ Tư pháp: hộ tịch, lý lịch tư pháp, bổ trợ tư pháp, trợ giúp pháp lý; baseline = hiện trạng 2019–2020

def btp():
    c = ministry_common('Bộ Tư pháp', 'Ministry of Justice')
    systems = c['systems'] + [
        A('portal-law', 'portal.information', 'Cổng Pháp luật quốc gia', 'National Law Portal', 3, states='t',
          unit='cntt', users=('citizen', 'business'), dbs=('db-law',)),
        A('db-law', 'db.sector', 'Cơ sở dữ liệu quốc gia về văn bản pháp luật', 'National legislation database', 3,
          subject='legislation', b=dict(hub=None), hub='lgsp', data=(('do-law', 'ReadWrite'),)),
        A('hotich-app', 'app.sector', 'Hệ thống thông tin đăng ký và quản lý hộ tịch',
          'Civil status registration and management system', 3, code='BTP-HOTICH', unit='c-hotich',
          users=('clerk',), data=(('do-civil', 'ReadWrite'),), b=dict(hub=None),
          doc='Dùng chung cho công chức tư pháp – hộ tịch cấp xã trên toàn quốc; cập nhật CSDL hộ tịch điện tử toàn '
              'quốc và đối chiếu CSDL quốc gia về dân cư qua LGSP – NGSP.'),
        A('lltp-app', 'app.sector', 'Hệ thống thông tin lý lịch tư pháp', 'Judicial records information system', 3,
          code='BTP-LLTP', unit='c-lltp', dbs=('db-lltp', 'db-citizen-lltp'),
          data=(('do-lltp', 'Write'), ('do-judgment', 'Read')), b=dict(hub=None),
          doc='Tiếp nhận thông tin án tích từ Tòa án, Viện kiểm sát, cơ quan thi hành án qua NGSP; cấp Phiếu lý '
              'lịch tư pháp, kể cả qua VNeID.'),
        A('db-lltp', 'db.sector', 'Cơ sở dữ liệu lý lịch tư pháp', 'Judicial records database', 3,
          subject='judicial-records'),
        A('db-citizen-lltp', 'db.sector', 'Dữ liệu nhân thân phục vụ lý lịch tư pháp (lưu riêng, nhập liệu thủ công)',
          'Personal data kept separately for judicial records', 3, states='b', subject='population'),
        A('gdbd-app', 'app.sector', 'Hệ thống đăng ký trực tuyến giao dịch bảo đảm',
          'Online registration of secured transactions', 3, unit='c-gdbd', users=('business',), dbs=('db-gdbd',),
          data=(('do-gdbd', 'ReadWrite'),)),
        A('db-gdbd', 'db.sector', 'Cơ sở dữ liệu về biện pháp bảo đảm', 'Secured transactions database', 3,
          subject='secured-transactions'),
        A('notary-app', 'app.sector', 'Hệ thống thông tin quản lý công chứng, luật sư và bổ trợ tư pháp',
          'Notary, lawyers and judicial support management system', 2, states='t', unit='c-btp',
          users=('business',), dbs=('db-notary',)),
        A('db-notary', 'db.sector', 'Cơ sở dữ liệu công chứng', 'Notarial database', 3, states='t', subject='notary',
          data=(('do-notary', 'ReadWrite'),)),
        A('legalaid-app', 'app.sector', 'Hệ thống thông tin quản lý trợ giúp pháp lý', 'Legal aid management system',
          2, states='t', unit='c-tgpl', users=('citizen',)),
        A('thads-app', 'app.sector', 'Hệ thống thông tin quản lý thi hành án dân sự',
          'Civil judgment enforcement information system', 3, unit='c-thads', dbs=('db-thads',),
          b=dict(sl=None, host=None, hub=None)),
        A('db-thads', 'db.sector', 'Cơ sở dữ liệu thi hành án dân sự', 'Civil judgment enforcement database', 3,
          states='t', subject='civil-judgment-enforcement'),
        A('db-catalogue', 'db.shared', 'Cơ sở dữ liệu danh mục dùng chung ngành tư pháp',
          'Justice-sector shared catalogue database', 2, states='t', subject='catalogue', hub='lgsp',
          data=(('do-catalogue', 'ReadWrite'),)),
    ]
    patch(systems, 'lgsp', states='t')
    patch(systems, 'portal-dvc', b=dict(sl=2, hub=None))
    patch(systems, 'oss', b=dict(vi='Hệ thống thông tin một cửa điện tử Bộ Tư pháp', dbs=()))
    patch(systems, 'portal-info', dbs=('db-law',))
    patch(systems, 'dms', b=dict(hub=None))
    patch(systems, 'reporting', states='bt')
    tech = c['tech'] + [
        T('wan', 'CommunicationNetwork', None,
          'Mạng diện rộng ngành tư pháp kết nối các cơ quan thi hành án dân sự địa phương',
          'Justice-sector wide-area network', states='t'),
    ]
    patch(tech, 'dc', code='BTP-DC')
    units = [
        U('btp', 'agency.ministry', 'Bộ Tư pháp', 'Ministry of Justice', parent=None,
          doc='Tên các đơn vị theo cơ cấu tổ chức trước khi sắp xếp năm 2025.'),
        U('vp', 'agency.unit', 'Văn phòng Bộ', 'Ministry Office'),
        U('cntt', 'agency.unit', 'Cục Công nghệ thông tin', 'IT Department',
          doc='Đơn vị chuyên trách công nghệ thông tin của Bộ Tư pháp.'),
        U('c-hotich', 'agency.unit', 'Cục Hộ tịch, quốc tịch, chứng thực', 'Civil Status, Nationality and '
          'Authentication Department'),
        U('c-lltp', 'agency.unit', 'Trung tâm Lý lịch tư pháp quốc gia', 'National Judicial Records Centre'),
        U('c-btp', 'agency.unit', 'Cục Bổ trợ tư pháp', 'Judicial Support Department'),
        U('c-tgpl', 'agency.unit', 'Cục Trợ giúp pháp lý', 'Legal Aid Department'),
        U('c-gdbd', 'agency.unit', 'Cục Đăng ký quốc gia giao dịch bảo đảm', 'National Registration Agency for '
          'Secured Transactions'),
        U('c-thads', 'agency.unit', 'Tổng cục Thi hành án dân sự', 'General Department of Civil Judgment '
          'Enforcement'),
    ]
    users = [
        R('citizen', 'user.citizen', 'Người dân', 'Citizens'),
        R('business', 'user.business', 'Tổ chức hành nghề công chứng, luật sư, tổ chức tín dụng, doanh nghiệp',
          'Notaries, law firms, credit institutions, businesses'),
        R('official', 'user.official', 'Cán bộ, công chức ngành tư pháp', 'Justice officials', typ='BusinessRole',
          frm=('btp',)),
        R('leader', 'user.official', 'Lãnh đạo Bộ Tư pháp', 'Ministry leaders', typ='BusinessRole', frm=('btp',)),
        R('clerk', 'user.official', 'Công chức tư pháp – hộ tịch cấp xã', 'Commune justice and civil status clerks',
          typ='BusinessRole'),
    ]
    processes = ministry_processes([
        P('proc-civil', 'Đăng ký và quản lý hộ tịch', 'Civil status registration', ('c-hotich', 'clerk'),
          ('hotich-app',)),
        P('proc-lltp', 'Xác minh, cấp Phiếu lý lịch tư pháp', 'Judicial record certificates', ('c-lltp',),
          ('lltp-app',)),
        P('proc-gdbd', 'Đăng ký biện pháp bảo đảm', 'Registration of secured transactions', ('c-gdbd',),
          ('gdbd-app',)),
        P('proc-notary', 'Quản lý công chứng, luật sư và các nghề bổ trợ tư pháp', 'Notaries, lawyers, judicial '
          'support', ('c-btp',), ('notary-app',)),
        P('proc-legalaid', 'Thực hiện trợ giúp pháp lý', 'Legal aid', ('c-tgpl',), ('legalaid-app',)),
        P('proc-thads', 'Tổ chức thi hành án dân sự', 'Civil judgment enforcement', ('c-thads',), ('thads-app',)),
        P('proc-law', 'Phổ biến, tra cứu văn bản quy phạm pháp luật', 'Publishing legislation', ('vp', 'cntt'),
          ('portal-info', 'portal-law')),
    ])
    services = [
        S('s-lltp', 'Cấp Phiếu lý lịch tư pháp', 'Judicial record certificate', 4, ('portal-dvc', 'oss', 'lltp-app'),
          process='proc-lltp'),
        S('s-birth', 'Đăng ký khai sinh', 'Birth registration', 4, ('hotich-app', 'portal-dvc'),
          process='proc-civil', doc='Thực hiện tại Ủy ban nhân dân cấp xã trên hệ thống của Bộ Tư pháp.'),
        S('s-extract', 'Cấp bản sao trích lục hộ tịch', 'Copy of a civil status extract', 4,
          ('hotich-app', 'portal-dvc'), process='proc-civil'),
        S('s-gdbd', 'Đăng ký biện pháp bảo đảm bằng động sản', 'Registration of security over movable property', 4,
          ('gdbd-app',), users=('business',), process='proc-gdbd'),
        S('s-notary', 'Bổ nhiệm công chứng viên', 'Appointment of notaries', 3, ('portal-dvc', 'oss', 'notary-app'),
          process='proc-notary', b=dict(by=('portal-dvc', 'oss'))),
        S('s-lawyer', 'Cấp Chứng chỉ hành nghề luật sư', 'Lawyer practising certificate', 3, ('portal-dvc', 'oss'),
          process='proc-notary'),
        S('s-legalaid', 'Yêu cầu trợ giúp pháp lý', 'Request for legal aid', 2, ('portal-dvc', 'legalaid-app'),
          process='proc-legalaid', b=dict(by=()),
          doc='Hiện trạng: tiếp nhận trực tiếp, bằng giấy tại các Trung tâm trợ giúp pháp lý.'),
    ]
    data_objects = [
        D('do-dossier', 'Hồ sơ thủ tục hành chính điện tử', 'Electronic administrative-procedure dossier'),
        D('do-edoc', 'Văn bản điện tử', 'Electronic document'),
        D('do-report', 'Báo cáo thống kê ngành tư pháp', 'Justice statistics report', states='t'),
        D('do-civil', 'Trích lục hộ tịch điện tử', 'Electronic civil status extract'),
        D('do-lltp', 'Phiếu lý lịch tư pháp điện tử', 'Electronic judicial record certificate'),
        D('do-judgment', 'Thông tin án tích (từ Tòa án, Viện kiểm sát, cơ quan thi hành án)',
          'Conviction data from courts, procuracies and enforcement agencies'),
        D('do-gdbd', 'Thông tin đăng ký biện pháp bảo đảm', 'Secured transaction registrations'),
        D('do-law', 'Văn bản quy phạm pháp luật', 'Legal normative documents'),
        D('do-notary', 'Thông tin hợp đồng, giao dịch đã công chứng', 'Notarised contracts and transactions',
          states='t'),
        D('do-catalogue', 'Danh mục dùng chung ngành tư pháp', 'Justice-sector shared catalogues', states='t'),
        D('do-receipt', 'Biên lai thu phí, lệ phí điện tử', 'Electronic fee receipt', states='t'),
    ]
    links = c['links'] + [
        ('t', 'Flow', 'lgsp', 'vn-identity', 'cấp Phiếu lý lịch tư pháp qua VNeID', {}),
        ('b', 'Flow', 'oss', 'vn-npsp', 'kết nối trực tiếp (điểm – điểm)', {}),
        ('b', 'Flow', 'portal-dvc', 'oss', 'kết nối trực tiếp (điểm – điểm)', {}),
        ('b', 'Flow', 'dms', 'vn-vdxp', 'gửi, nhận văn bản điện tử', dict(protocol='edXML')),
        ('b', 'Flow', 'hotich-app', 'vn-db-population', 'đối chiếu thông tin công dân, kết nối trực tiếp', {}),
        ('b', 'Flow', 'hotich-app', 'vn-db-civil-status', 'cập nhật trực tiếp', {}),
    ]
    return dict(
        prefix='btp', code='BTP', level='ministry', folder='ministries/btp', name='Bộ Tư pháp',
        title={'baseline': ('Kiến trúc Chính phủ điện tử Bộ Tư pháp 2.0 – hiện trạng (mô hình minh họa)',
                            'Ministry of Justice e-Government Architecture 2.0 – baseline (illustrative)'),
               'target': ('Kiến trúc Chính phủ điện tử Bộ Tư pháp 2.0 – kiến trúc mục tiêu (mô hình minh họa)',
                          'Ministry of Justice e-Government Architecture 2.0 – target (illustrative)')},
        doc={'baseline': 'Hiện trạng tiêu biểu giai đoạn 2019–2020 của một bộ chủ quản hệ thống dùng chung toàn quốc '
                         '(hộ tịch): chưa có LGSP, hệ thống hộ tịch nối thẳng CSDL quốc gia, dữ liệu nhân thân lưu '
                         'riêng cho lý lịch tư pháp, chưa có SOC.',
             'target': 'Kiến trúc mục tiêu của Bộ Tư pháp theo Khung Kiến trúc Chính phủ điện tử Việt Nam 2.0: LGSP '
                       'là đầu mối kết nối; hộ tịch, lý lịch tư pháp khai thác CSDL quốc gia qua LGSP – NGSP; lộ '
                       'trình 2020–2027.'},
        doc_en={'baseline': 'Typical 2019–2020 as-is state of the Ministry of Justice.',
                'target': 'Target of the Ministry of Justice under framework 2.0.'},
        units=units, users=users, processes=processes, services=services, systems=systems,
        data_objects=data_objects, tech=tech, links=links,
        refs={'baseline': ['ngsp', 'npsp', 'vdxp', 'reporting', 'tslcd', 'db-population', 'db-civil-status'],
              'target': ['ngsp', 'npsp', 'vdxp', 'payment', 'identity', 'reporting', 'ncsc', 'tslcd',
                         'db-population', 'db-civil-status', 'db-enterprise']},
        program=('Lộ trình triển khai Kiến trúc Chính phủ điện tử Bộ Tư pháp 2.0',
                 'Ministry of Justice e-Government Architecture 2.0 roadmap', '2020-2027'),
        workpackages=[
            W('wp-lgsp', 'Xây dựng LGSP Bộ Tư pháp, kết nối NGSP; chuyển các kết nối trực tiếp của hệ thống hộ tịch '
                         'tới CSDL quốc gia về LGSP – NGSP', 'Build the LGSP; move direct links onto it',
              '2020-2022', ['lgsp', 'hotich-app', 'dms']),
            W('wp-tthc', 'HTTT giải quyết TTHC Bộ Tư pháp: thanh toán trực tuyến, xác thực dùng chung qua Cổng Dịch vụ '
                         'công quốc gia; Kho dữ liệu điện tử', 'Administrative-procedure system with national '
                         'payment and SSO', '2020-2022', ['oss', 'portal-dvc', 'db-edossier', 'do-receipt']),
            W('wp-report', 'HTTT báo cáo Bộ Tư pháp kết nối Hệ thống thông tin báo cáo Chính phủ qua LGSP',
              'Reporting connected to the national reporting system', '2020-2022', ['reporting', 'do-report']),
            W('wp-security', 'Mô hình bảo vệ 4 lớp: SOC Bộ Tư pháp, WAF, phòng chống mã độc; phê duyệt cấp độ',
              'Four-layer protection, SOC, security levels', '2020-2022', ['soc', 'waf', 'av']),
            W('wp-data', 'Danh mục dùng chung ngành tư pháp; chia sẻ CSDL văn bản pháp luật qua LGSP',
              'Shared catalogues; legislation database shared through the LGSP', '2020-2022',
              ['db-catalogue', 'do-catalogue', 'db-law']),
            W('wp-lltp', 'Cấp Phiếu lý lịch tư pháp trực tuyến; khai thác CSDL quốc gia về dân cư thay dữ liệu nhân '
                         'thân lưu riêng', 'Online judicial record certificates using the population database',
              '2023-2025', ['lltp-app', 'db-lltp']),
            W('wp-sector', 'HTTT quản lý công chứng, trợ giúp pháp lý, thi hành án dân sự',
              'Notary, legal aid and civil judgment enforcement systems', '2023-2025',
              ['notary-app', 'db-notary', 'do-notary', 'legalaid-app', 'thads-app', 'db-thads']),
            W('wp-law', 'Cổng Pháp luật quốc gia trên nền CSDL quốc gia về văn bản pháp luật', 'National Law Portal',
              '2025-2026', ['portal-law']),
            W('wp-infra', 'Lưu trữ tập trung; mạng diện rộng ngành tư pháp', 'Storage and sector network', '2026-2027',
              ['storage', 'wan']),
        ],
        sources=[
            'Khung Kiến trúc Chính phủ điện tử Việt Nam, phiên bản 2.0 (Quyết định 2323/QĐ-BTTTT ngày 31/12/2019) và '
            'các văn bản kết nối: Thông tư 13/2017/TT-BTTTT (LGSP, NGSP), Quyết định 274/QĐ-TTg (Cổng Dịch vụ công '
            'quốc gia), Quyết định 28/2018/QĐ-TTg (Trục liên thông văn bản), Nghị định 47/2020/NĐ-CP (chia sẻ dữ '
            'liệu), Nghị định 85/2016/NĐ-CP (cấp độ), Nghị định 69/2024/NĐ-CP (VNeID).',
            'Tài liệu tóm tắt của dự án (domain brief) không dẫn quyết định phê duyệt kiến trúc của Bộ Tư pháp; mô '
            'hình không dựa vào văn bản đó. Các lĩnh vực (hộ tịch, lý lịch tư pháp, công chứng, trợ giúp pháp lý, '
            'đăng ký giao dịch bảo đảm, thi hành án dân sự) là chức năng công khai của Bộ.',
        ],
        breaks=[
            ('REQ-001', 'chưa có LGSP của Bộ'),
            ('INT-001', 'một cửa điện tử nối thẳng Cổng Dịch vụ công quốc gia; hệ thống hộ tịch nối thẳng CSDL quốc '
                        'gia về dân cư và CSDL hộ tịch điện tử toàn quốc'),
            ('INT-004', 'một cửa điện tử tới Cổng Dịch vụ công quốc gia bằng kết nối trực tiếp, không qua LGSP'),
            ('INT-005', 'HTTT báo cáo chưa kết nối HTTT báo cáo Chính phủ'),
            ('INT-006', 'cổng dịch vụ công và một cửa điện tử trao đổi trực tiếp'),
            ('INT-007', 'hệ thống hộ tịch trao đổi thẳng với hai CSDL quốc gia, không qua LGSP và NGSP'),
            ('INT-008', 'nền tảng thanh toán trực tuyến chưa có trong hiện trạng (2019)'),
            ('INT-009', 'nền tảng xác thực dùng chung chưa có trong hiện trạng (2019)'),
            ('DAT-001', 'dữ liệu nhân thân phục vụ lý lịch tư pháp lưu riêng, không lấy từ CSDL quốc gia về dân cư'),
            ('SEC-001', 'HTTT quản lý thi hành án dân sự chưa xác định cấp độ'),
            ('SEC-002', 'chưa có SOC giám sát các hệ thống cấp độ 3'),
            ('SEC-005', 'Cổng dịch vụ công mới ở cấp độ 2'),
            ('SEC-006', 'Bộ chưa có trung tâm giám sát an toàn thông tin (SOC)'),
            ('TEC-001', 'HTTT quản lý thi hành án dân sự chưa xác định nơi triển khai'),
            ('BUS-001', 'yêu cầu trợ giúp pháp lý chưa có ứng dụng hỗ trợ'),
        ],
    )


# --------------------------------------------------------------------------------------------------
# READMEs
# --------------------------------------------------------------------------------------------------


def counts(model):
    return len(model.elements), len(model.rels), len(model.views)


def agency_readme(cfg, baseline, target, files):
    title = cfg['name'][0].upper() + cfg['name'][1:]
    lines = ['# %s (`eaf:agency` %s) — reference architecture' % (title, cfg['code']), '',
             '> **Illustrative model, not the official architecture of %s.** It was rebuilt by the eaf project from '
             'public documents to exercise the checker; names, systems and links are plausible, not authoritative.'
             % cfg['name'],
             '> *Mô hình minh họa, không phải kiến trúc chính thức của %s.*' % cfg['name'], '',
             'Generated by `scripts/build_reference_architectures.py`; edit the tables there, not these files.', '',
             '## Files', '', '| file | state | elements | relationships | views |', '|---|---|---|---|---|']
    for name, model in files:
        e, r, v = counts(model)
        lines.append('| `%s` | %s (%s) | %d | %d | %d |' % (name, model.state, STATE_VI[model.state], e, r, v))
    lines += ['', '## Public documents it follows', '']
    lines += ['- %s' % s for s in cfg['sources']]
    lines += ['', '## What the models show', '', '**Baseline (hiện trạng).** %s' % cfg['doc']['baseline'], '',
              '**Target (mục tiêu).** %s' % cfg['doc']['target'], '',
              'The agency\'s own application components in the target:', '',
              '| eaf:code | name | eaf:kind | level | status |', '|---|---|---|---|---|']
    for e in target.elements.values():
        if e['type'] == 'ApplicationComponent' and target.owned(e['id']):
            p = e['props']
            lines.append('| %s | %s | %s | %s | %s |' % (p.get('eaf:code', ''), e['name'], p.get('eaf:kind', '—'),
                                                         p.get('eaf:security-level', ''), p.get('eaf:status', '')))
    refs = sorted({e['props']['eaf:code'] for e in target.elements.values() if not target.owned(e['id'])})
    lines += ['', 'References to systems of other agencies (PROFILE §5): %s.' % ', '.join('`%s`' % r for r in refs),
              '', '## Roadmap (WorkPackages of the target)', '', '| phase | work package | realizes |',
              '|---|---|---|']
    for w in cfg['workpackages']:
        lines.append('| %s | %s | %s |' % (w['phase'], w['vi'], ', '.join('`%s-%s`' % (cfg['prefix'], x)
                                                                          for x in w['realizes'])))
    lines += ['', 'Status of target elements: present in the baseline → `operational`; otherwise from the first '
              'work package realizing it: a phase ending by 2025 → `operational`, one starting by 2025 → '
              '`building`, a later one → `planned`.', '',
              '## Rules the baseline breaks', '',
              'The baseline shows the gaps framework 2.0 was issued to close; `eaf check baseline.xml` reports '
              'findings of these rules (errors and warnings; unconnected references also give MOD-006 infos):', '',
              '| rule | why |', '|---|---|']
    for rule, why in cfg['breaks']:
        lines.append('| %s | %s |' % (rule, why))
    lines += ['', 'The target breaks none of the framework 2.0 rules.']
    waivers = [(x['id'], x['props']['eaf:waive']) for x in list(target.elements.values()) + list(target.rels.values())
               if 'eaf:waive' in x['props']]
    lines += ['', '## Waivers in the target', '']
    if waivers:
        for ident, text in waivers:
            lines.append('- `%s`: `eaf:waive` = "%s"' % (ident, text))
    else:
        lines.append('None.')
    if cfg.get('archimate'):
        lines += ['', '## Archi', '', '`target.archimate` is the same target in Archi\'s native format: the same ids, '
                  'names, properties, relationships and views; every `eaf:kind` is also an Archi specialization '
                  '(profile) of the same name. Archi has one name per element, so the English names exist only in '
                  '`target.xml`.', '',
                  'Because both files are the same model, a federated check must load only one of them: '
                  '`eaf check architectures/` loads both and reports every Phú Thọ `eaf:code` twice (FED-002); use '
                  '`eaf check $(find architectures -name \'*.xml\')` for the federation.']
    return '\n'.join(lines) + '\n'


def top_readme(national, agencies):
    lines = ['# Reference architectures', '',
             'Illustrative ArchiMate 3.1 models of Vietnam\'s e-Government Architecture Framework 2.0 (Quyết định '
             '2323/QĐ-BTTTT, 31/12/2019): the national layer, two ministries and three provinces, each with a '
             'baseline (hiện trạng) and a target (mục tiêu). They are built from public documents by '
             '`scripts/build_reference_architectures.py` (Python 3, standard library; deterministic output) and are '
             '**not** any agency\'s official architecture.', '',
             'Regenerate: `python3 scripts/build_reference_architectures.py` (writes this directory).', '',
             'Check: `eaf check architectures/` checks every file and the federation; a '
             'file\'s `eaf:state` puts it in the baseline or the target group, and `national.xml`, which declares no '
             'state, joins both. Every target is clean (no error, warning or info); every baseline breaks the rules '
             'listed in its README. `provinces/phu-tho/target.archimate` repeats `target.xml` in Archi\'s format; '
             'both declare the same model id, so `eaf check architectures/` treats the second as a copy of the first and claims no code twice.',
             '', '## What each model shows', '',
             '- `national/national.xml` — the national layer (`eaf:level` national, `eaf:agency` VN): NGSP/NDXP, '
             'the National Public Service Portal with its payment and identity platforms, the document axis, '
             'e-Cabinet, the national reporting system, the Government IOC, the Government CA, eight national '
             'databases, the specialized data network, the national security monitoring system, the data centres '
             'and the agencies that own them. NGSP is the hub of every national database; non-platform national '
             'systems talk through NGSP or the axis.',
             ]
    for cfg, _, _, _ in agencies:
        lines.append('- `%s/` — %s (%s): baseline — %s Target — %s See its README.' % (
            cfg['folder'], cfg['name'], cfg['code'], cfg['doc_en']['baseline'], cfg['doc_en']['target']))
    lines += ['', '## Files', '', '| file | agency | level | state | elements | relationships | views |',
              '|---|---|---|---|---|---|---|']
    e, r, v = counts(national)
    lines.append('| `national/national.xml` | VN | national | — | %d | %d | %d |' % (e, r, v))
    for cfg, baseline, target, extra in agencies:
        for name, model in [('baseline.xml', baseline), ('target.xml', target)] + extra:
            e, r, v = counts(model)
            lines.append('| `%s/%s` | %s | %s | %s | %d | %d | %d |' % (cfg['folder'], name, cfg['code'], cfg['level'],
                                                                      model.state, e, r, v))
    lines += ['', '## Codes of the national systems', '',
              'An agency file refers to a national system with an element of the same kind, `eaf:owner` = `VN` and '
              'the same `eaf:code`:', '', '| eaf:code | eaf:kind | name | level |', '|---|---|---|---|']
    for key, row in NATIONAL.items():
        lines.append('| `%s` | %s | %s | %s |' % (row[4], row[1], row[2], row[5] or ''))
    lines += ['', 'Cross-agency reference: `BTP-HOTICH` (Bộ Tư pháp\'s civil-status system, `eaf:owner` BTP) is '
              'referred to by the Bộ Y tế target and by the Sơn La files.', '']
    lines.append(AUTHORING)
    return '\n'.join(lines) + '\n'


AUTHORING = '''## Authoring a new architecture in Archi

1. **Model properties** (Archi: select the model → Properties → *Properties* tab):
   `eaf:level` = `ministry` or `province`; `eaf:agency` = the agency's short code (e.g. `BXD`, `HPG`);
   `eaf:framework` = `2.0`; `eaf:state` = `baseline` or `target`. Keep one state per file.
2. **Kinds.** Give every element that the framework talks about an `eaf:kind` (see `docs/profile.md`), either as
   a property or as an Archi *specialization* with the kind as its name (Specializations Manager; one
   specialization per kind and element type). Use the expected types: agencies and users as Business Actors
   (`agency.province`, `agency.unit`, `user.citizen`, …; officials may be Business Roles), public services as
   Business Services with `eaf:kind` = `service.public` and `eaf:service-level` 1–4, systems as Application
   Components (`platform.lgsp`, `app.one-stop-shop`, `portal.public-service`, `portal.information`,
   `app.document-management`, `app.reporting`, `app.email`, `app.sector`), databases as Application
   Components with `db.shared` / `db.sector` and an `eaf:subject` (`population`, `land`, …), data centres as
   Nodes (`infra.data-center`, `infra.cloud`), networks as Communication Networks, the SOC as a Node
   (`sec.soc`), firewalls as Nodes or System Software (`sec.firewall`).
3. **Element properties.** On each of your Application Components: `eaf:code` (unique nationally, e.g.
   `HPG-LGSP`), `eaf:security-level` 1–5 (Decree 85/2016; portals at least 3), `eaf:status` (`operational`,
   `building`, `planned`, `retired`). `eaf:owner` defaults to the model's agency; set it only on references.
4. **National systems** are references: copy the element (same type and kind) with `eaf:owner` = `VN` and the
   `eaf:code` of the table above (e.g. `VN-NGSP`). Do not model their internals.
5. **Connections.** Draw Flow (or Serving) relationships. Your systems connect to your LGSP; the LGSP connects
   to NGSP (`VN-NGSP`), the National Public Service Portal, the document axis and the national reporting
   system; national databases are reached only through LGSP → NGSP. A local database holding a national
   subject is fed through that path. No direct link between your own non-platform systems, and none to another
   agency's system except through a platform.
6. **Deployment**: a Realization from a Node (or Device, System Software) to the Application Component, or a
   Node → Assignment → Artifact → Realization → Application Component.
7. **Monitoring**: an Association from your `sec.soc` Node to every system of level 3 or more, and a Flow from
   the SOC to the national monitoring reference (`VN-SOC`, kind `sec.national-monitoring`).
8. **Composite systems**: Composition from the whole to its parts; the whole declares a level at least the
   highest of its parts.
9. **Roadmap (targets)**: Work Packages with `eaf:phase` (e.g. `2026-2027`) and a Realization to each element
   they deliver.
10. **Waivers**: a property `eaf:waive` = `RULE-ID: reason` on the element or relationship that a rule flags,
    e.g. `INT-006: two parts of one system share one dossier store`. Use them rarely and give the real reason.

Export with *File → Export → Model to Open Exchange File…* or keep the `.archimate` file: eaf reads both.
'''


# --------------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------------

AGENCIES = [byt, btp, son_la, lang_son, phu_tho]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8', newline='\n') as out:
        out.write(text)


def main(argv=None):
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--out', default=os.path.join(repo, 'architectures'), help='output directory')
    args = parser.parse_args(argv)

    national = build_national()
    write(os.path.join(args.out, 'national', 'national.xml'), to_exchange(national))
    built = []
    for make in AGENCIES:
        cfg = make()
        baseline = build_agency(cfg, 'baseline')
        target = build_agency(cfg, 'target', set(baseline.elements))
        folder = os.path.join(args.out, *cfg['folder'].split('/'))
        write(os.path.join(folder, 'baseline.xml'), to_exchange(baseline))
        write(os.path.join(folder, 'target.xml'), to_exchange(target))
        extra = []
        if cfg.get('archimate'):
            write(os.path.join(folder, 'target.archimate'), to_archi(target))
            extra.append(('target.archimate', target))
        files = [('baseline.xml', baseline), ('target.xml', target)] + extra
        write(os.path.join(folder, 'README.md'), agency_readme(cfg, baseline, target, files))
        built.append((cfg, baseline, target, extra))
    write(os.path.join(args.out, 'README.md'), top_readme(national, built))
    for cfg, baseline, target, extra in built:
        print('%-22s baseline %3d/%3d  target %3d/%3d' % (cfg['folder'], len(baseline.elements), len(baseline.rels),
                                                         len(target.elements), len(target.rels)))
    print('%-22s %3d/%3d' % ('national', len(national.elements), len(national.rels)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
