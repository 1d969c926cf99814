#!/usr/bin/env python3
"""Hostile-input suite: every output format of eaf stays valid for its format on hostile models.

usage: check_outputs.py EAF SOURCE_DIR WORK_DIR

Runs eaf on tests/hostile/*.xml and on large hostile models generated here (invalid UTF-8 in names,
a relationship from an element to itself, 100,000 relationships between two elements, a view of
missing elements, 1 MB names, control characters), in every format, and parses each output back:
JSON and SARIF with json, JUnit and SVG with xml.etree, DOT with Graphviz's own parser (dot), text
checked for raw control characters. Also checks exit codes (never a crash: 0, 1 or 2) and time.
"""
import json
import os
import subprocess
import sys
import time
import zipfile
import xml.etree.ElementTree as ET

EAF, SOURCE, WORK = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(WORK, exist_ok=True)
failures = []

HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" '
          'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m">\n'
          '<properties><property propertyDefinitionRef="l"><value>province</value></property>'
          '<property propertyDefinitionRef="a"><value>HST</value></property></properties>\n')
FOOTER = ('<propertyDefinitions><propertyDefinition identifier="l" type="string"><name>eaf:level</name></propertyDefinition>'
          '<propertyDefinition identifier="a" type="string"><name>eaf:agency</name></propertyDefinition>'
          '<propertyDefinition identifier="k" type="string"><name>eaf:kind</name></propertyDefinition></propertyDefinitions>\n</model>\n')


def app(identifier, name):
    return (f'<element identifier="{identifier}" xsi:type="ApplicationComponent"><name>{name}</name>'
            '<properties><property propertyDefinitionRef="k"><value>app.sector</value></property></properties></element>\n')


def write(name, data):
    path = os.path.join(WORK, name)
    with open(path, 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))
    return path


def generated_models():
    models = {}
    models['invalid-utf8.xml'] = (HEADER + '<elements>\n').encode() + app('a', 'S\xf4n La').encode('latin-1') + \
        app('b', 'ok').encode() + b'</elements>\n' + FOOTER.encode()
    models['self-relationship.xml'] = HEADER + '<elements>\n' + app('a', 'A') + '</elements>\n<relationships>' \
        '<relationship identifier="r" xsi:type="Flow" source="a" target="a"/></relationships>\n' + FOOTER
    many = ''.join(f'<relationship identifier="r{i}" xsi:type="Flow" source="a" target="b"/>\n' for i in range(100000))
    models['100k-relationships.xml'] = HEADER + '<elements>\n' + app('a', 'A') + app('b', 'B') + '</elements>\n<relationships>\n' + \
        many + '</relationships>\n' + FOOTER
    models['view-of-missing.xml'] = HEADER + '<elements>\n' + app('a', 'A') + '</elements>\n<views><diagrams>' \
        '<view identifier="v" xsi:type="Diagram"><name>V</name><node identifier="n1" elementRef="gone" xsi:type="Element" x="0" y="0" w="9" h="9"/>' \
        '<connection identifier="c" relationshipRef="gone-too" xsi:type="Relationship" source="n1" target="n1"/></view></diagrams></views>\n' + FOOTER
    models['1mb-names.xml'] = HEADER + '<elements>\n' + app('a', 'Tên dài ' * 130000) + app('b', 'x' * 1048576) + \
        '</elements>\n<relationships><relationship identifier="r" xsi:type="Flow" source="a" target="b"/></relationships>\n' + FOOTER
    models['control-characters.xml'] = HEADER + '<elements>\n' + app('a', 'bell&#x7; esc&#x1b;[2J clear&#x9b;31m &#x202e;evil &#x2066;iso&#x2069; ls&#x2028;ps&#x2029;zw&#x200b;'
                                                                          'bom&#xfeff;shy&#xad;tag&#xe0041;') + \
        app('b', 'tab&#x9;newline&#xa;cr&#xd;') + '</elements>\n<relationships><relationship identifier="r" xsi:type="Flow" ' \
        'source="a" target="b"/></relationships>\n' + FOOTER
    return {name: write(name, data) for name, data in models.items()}


def run(arguments, timeout=60):
    started = time.monotonic()
    result = subprocess.run([EAF] + arguments, capture_output=True, timeout=timeout)
    elapsed = time.monotonic() - started
    if result.returncode not in (0, 1, 2):
        failures.append(f'{arguments}: exit code {result.returncode} (a crash?)\n{result.stderr.decode(errors="replace")[-2000:]}')
    return result, elapsed


# What a terminal must never get raw from model text: C1 controls, bidirectional overrides and
# isolates, line and paragraph separators, invisible characters (zero width space, BOM, soft
# hyphen) and tag characters. The escaping module (model/escaping.h) shows them as \uXXXX.
def is_hidden(point):
    return (0x80 <= point < 0xa0 or 0x202a <= point <= 0x202e or 0x2066 <= point <= 0x2069 or point in (0x2028, 0x2029, 0x200b, 0xfeff, 0xad)
            or 0xe0000 <= point <= 0xe007f)


def check_text(label, data):
    for byte in data:
        if byte < 0x20 and byte not in (0x0a,):
            failures.append(f'{label}: raw control character 0x{byte:02x} reaches the terminal')
            return
    hidden = sorted({f'U+{ord(c):04X}' for c in data.decode('utf-8', 'replace') if is_hidden(ord(c))})
    if hidden:
        failures.append(f'{label}: raw {", ".join(hidden)} reach the terminal')


models = {name: os.path.join(SOURCE, 'tests', 'hostile', name) for name in sorted(os.listdir(os.path.join(SOURCE, 'tests', 'hostile')))
          if name.endswith('.xml')}
models.update(generated_models())
EMPTY_BASELINE = write('empty-baseline.model', HEADER + '<elements/>\n' + FOOTER)

for name, path in sorted(models.items()):
    label = name
    result, elapsed = run(['check', '--lang', 'en', path])
    check_text(f'{label} text', result.stdout)
    check_text(f'{label} stderr', result.stderr)
    # The gap report (Markdown to the terminal) from an empty baseline names every element.
    result, elapsed = run(['gap', '--lang', 'en', EMPTY_BASELINE, path])
    check_text(f'{label} gap', result.stdout)
    check_text(f'{label} gap stderr', result.stderr)
    if elapsed > 20:
        failures.append(f'{label}: check took {elapsed:.1f} s')
    for fmt in ('json', 'sarif'):
        result, _ = run(['check', '--lang', 'vi', '--format', fmt, path])
        try:
            document = json.loads(result.stdout.decode('utf-8'))
            if fmt == 'sarif':
                for run_ in document['runs']:
                    for item in run_['results']:
                        region = item['locations'][0]['physicalLocation']['region']
                        if region['startLine'] < 1 or region['startColumn'] < 1:
                            failures.append(f'{label} sarif: a result without a proper location')
        except Exception as error:  # noqa: BLE001 - any parse problem is the failure being tested
            failures.append(f'{label} {fmt}: not valid ({error})')
    result, _ = run(['check', '--format', 'junit', path])
    try:
        ET.fromstring(result.stdout)
    except ET.ParseError as error:
        failures.append(f'{label} junit: not valid XML ({error})')
    result, _ = run(['stats', '--format', 'json', path])
    try:
        json.loads(result.stdout.decode('utf-8'))
    except Exception as error:  # noqa: BLE001
        failures.append(f'{label} stats json: not valid ({error})')
    # The catalogues: JSON parses, and every XML part of the workbook parses (no model text breaks it).
    result, _ = run(['catalog', '--format', 'json', path])
    try:
        json.loads(result.stdout.decode('utf-8'))
    except Exception as error:  # noqa: BLE001
        failures.append(f'{label} catalog json: not valid ({error})')
    xlsx_path = os.path.join(WORK, name + '.xlsx')
    result, _ = run(['catalog', path, '-o', xlsx_path])
    if result.returncode in (0, 1) and os.path.exists(xlsx_path):
        try:
            with zipfile.ZipFile(xlsx_path) as book:
                for part in book.namelist():
                    if part.endswith('.xml') or part.endswith('.rels'):
                        ET.fromstring(book.read(part))
        except Exception as error:  # noqa: BLE001
            failures.append(f'{label} catalog xlsx: not valid ({error})')
    elif result.returncode != 2:
        failures.append(f'{label} catalog xlsx: exit {result.returncode}, no workbook')
    dot_path = os.path.join(WORK, name + '.dot')
    result, _ = run(['render', '--view', 'integration', '--max-nodes', '50', path, '-o', dot_path])
    if result.returncode == 0:
        parsed = subprocess.run(['dot', '-Tsvg', dot_path], capture_output=True, timeout=120)
        if parsed.returncode != 0:
            failures.append(f'{label} dot: Graphviz cannot parse it: {parsed.stderr.decode(errors="replace")[:500]}')
        else:
            try:
                root = ET.fromstring(parsed.stdout)
                ids = [node.get('id') for node in root.iter() if node.get('id')]
                if any(i in ('evil', 'node_evil') for i in ids):
                    failures.append(f'{label} dot: a name injected a node')
            except ET.ParseError as error:
                failures.append(f'{label} svg: not valid XML ({error})')
    html_path = os.path.join(WORK, name + '.html')
    result, _ = run(['report', '--no-diagrams', path, '-o', html_path])
    if result.returncode == 0:
        with open(html_path, 'rb') as f:
            html = f.read()
        if b'<img' in html or b'<iframe' in html or html.count(b'<script') != 1:
            failures.append(f'{label} html: markup from the model reached the page')

if failures:
    print('\n'.join(failures))
    print(f'{len(models)} models, {len(failures)} failed')
    sys.exit(1)
print(f'{len(models)} passed, 0 failed')
