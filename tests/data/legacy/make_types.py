#!/usr/bin/env python3
"""Writes the small legacy-type models of this folder: every ArchiMate 2.x type Archi's model
converter renames, once as an old model (Archi 3.x native, ArchiMate 2.1 exchange format) and once
as its 3.1 twin. eaf must load both to the same counts; the old one adds one LOAD-020 info line.
Python 3 standard library only; deterministic."""

import os

HERE = os.path.dirname(os.path.abspath(__file__))

# (ArchiMate 2.x type, the 3.1 type Archi converts it to)
ELEMENTS = [("Network", "CommunicationNetwork"), ("CommunicationPath", "Path"),
            ("InfrastructureInterface", "TechnologyInterface"), ("InfrastructureFunction", "TechnologyFunction"),
            ("InfrastructureService", "TechnologyService"), ("BusinessActivity", "BusinessProcess"),
            ("AndJunction", "Junction"), ("OrJunction", "Junction")]
# (2.x relationship type, 3.1 type, source, target)
RELATIONSHIPS = [("UsedByRelationship", "ServingRelationship", "e3", "e6"),
                 ("RealisationRelationship", "RealizationRelationship", "e4", "e5"),
                 ("SpecialisationRelationship", "SpecializationRelationship", "e1", "e1b")]


def archi(old):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<archimate:model xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xmlns:archimate="http://www.archimatetool.com/archimate" name="Legacy types" id="m1" version="%s">'
           % ("3.1.1" if old else "5.0.0"),
           '  <folder name="Technology" id="f1" type="technology">']
    for i, (before, after) in enumerate(ELEMENTS):
        out.append(f'    <element xsi:type="archimate:{before if old else after}" id="e{i + 1}" name="{before} element"/>')
    out.append(f'    <element xsi:type="archimate:{"Network" if old else "CommunicationNetwork"}" id="e1b" name="Backbone"/>')
    out.append('  </folder>')
    out.append('  <folder name="Relations" id="f2" type="relations">')
    for i, (before, after, source, target) in enumerate(RELATIONSHIPS):
        out.append(f'    <element xsi:type="archimate:{before if old else after}" id="r{i + 1}" source="{source}" target="{target}"/>')
    out.append('  </folder>')
    out.append('  <folder name="Views" id="f3" type="diagrams">')
    out.append('    <element xsi:type="archimate:ArchimateDiagramModel" id="v1" name="View">')
    out.append('      <child xsi:type="archimate:DiagramObject" id="n1" archimateElement="e3">')
    out.append('        <bounds x="10" y="10" width="120" height="55"/>')
    # Archi 2.x named a connection's relationship by "relationship"
    attribute = "relationship" if old else "archimateRelationship"
    out.append(f'        <sourceConnection xsi:type="archimate:Connection" id="c1" source="n1" target="n2" {attribute}="r1"/>')
    out.append('      </child>')
    out.append('      <child xsi:type="archimate:DiagramObject" id="n2" archimateElement="e6">')
    out.append('        <bounds x="200" y="10" width="120" height="55"/>')
    out.append('      </child>')
    out.append('    </element>')
    out.append('  </folder>')
    out.append('</archimate:model>')
    return "\n".join(out) + "\n"


def exchange(old):
    namespace = "http://www.opengroup.org/xsd/archimate" if old else "http://www.opengroup.org/xsd/archimate/3.0/"
    name = "label" if old else "name"
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<model xmlns="{namespace}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m1">',
           '  <name xml:lang="en">Legacy types</name>',
           '  <elements>']
    # The exchange format spells junctions AndJunction and OrJunction in 2.1 and 3.x alike.
    renamed = [(b, a) for b, a in ELEMENTS if not b.endswith("Junction")] + [("AndJunction", "AndJunction"),
                                                                             ("OrJunction", "OrJunction")]
    for i, (before, after) in enumerate(renamed):
        out.append(f'    <element identifier="e{i + 1}" xsi:type="{before if old else after}">'
                   f'<{name} xml:lang="en">{before} element</{name}></element>')
    out.append(f'    <element identifier="e1b" xsi:type="{"Network" if old else "CommunicationNetwork"}">'
               f'<{name} xml:lang="en">Backbone</{name}></element>')
    out.append('  </elements>')
    out.append('  <relationships>')
    for i, (before, after, source, target) in enumerate(RELATIONSHIPS + [("FlowRelationship", "FlowRelationship", "e3", "e5")]):
        out.append(f'    <relationship identifier="r{i + 1}" source="{source}" target="{target}" '
                   f'xsi:type="{before if old else after[:-len("Relationship")]}"/>')
    out.append('  </relationships>')
    if old:
        out += ['  <organization>',
                '    <item><label xml:lang="en">Technology</label><item identifierref="e1"/></item>',
                '  </organization>',
                '  <views>',
                '    <view identifier="v1"><label xml:lang="en">View</label>',
                '      <node identifier="n1" elementref="e3" x="10" y="10" w="120" h="55"/>',
                '      <node identifier="n2" elementref="e6" x="200" y="10" w="120" h="55"/>',
                '      <connection identifier="c1" relationshipref="r1" source="n1" target="n2"/>',
                '    </view>',
                '  </views>']
    else:
        out += ['  <organizations>',
                '    <item><label xml:lang="en">Technology</label><item identifierRef="e1"/></item>',
                '  </organizations>',
                '  <views><diagrams>',
                '    <view identifier="v1" xsi:type="Diagram"><name xml:lang="en">View</name>',
                '      <node identifier="n1" elementRef="e3" xsi:type="Element" x="10" y="10" w="120" h="55"/>',
                '      <node identifier="n2" elementRef="e6" xsi:type="Element" x="200" y="10" w="120" h="55"/>',
                '      <connection identifier="c1" relationshipRef="r1" xsi:type="Relationship" source="n1" target="n2"/>',
                '    </view>',
                '  </diagrams></views>']
    out.append('</model>')
    return "\n".join(out) + "\n"


def main():
    for name, text in (("types-archi-3.archimate", archi(True)), ("types-archi-5.archimate", archi(False)),
                       ("types-exchange-2.1.xml", exchange(True)), ("types-exchange-3.0.xml", exchange(False))):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


if __name__ == "__main__":
    main()
