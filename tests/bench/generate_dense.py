#!/usr/bin/env python3
"""generate_dense.py --elements N --relationships M [--seed S] [--shape random|parallel|chain] -o FILE

Writes a dense Open Exchange model: N application components of one agency and M flow relationships
between random pairs of them (or all between a few pairs, or first a path through all), the shape that keeps Graphviz's
crossing minimisation busy. Deterministic for a given seed; standard library only.
"""
import argparse
import random

HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" '
          'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m">\n<name>Dense</name>\n'
          '<properties><property propertyDefinitionRef="l"><value>province</value></property>'
          '<property propertyDefinitionRef="a"><value>HST</value></property></properties>\n')
FOOTER = ('<propertyDefinitions><propertyDefinition identifier="l" type="string"><name>eaf:level</name></propertyDefinition>'
          '<propertyDefinition identifier="a" type="string"><name>eaf:agency</name></propertyDefinition>'
          '<propertyDefinition identifier="k" type="string"><name>eaf:kind</name></propertyDefinition></propertyDefinitions>\n</model>\n')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--elements', type=int, required=True)
    parser.add_argument('--relationships', type=int, required=True)
    parser.add_argument('--seed', type=int, default=1)
    parser.add_argument('--shape', choices=('random', 'parallel', 'chain', 'ladder'), default='random',
                        help='random pairs; parallel: all between a few pairs; chain: a path through all, then random; ladder: the path, then edges back along it')
    parser.add_argument('-o', dest='output', required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    n = max(args.elements, 2)
    parts = [HEADER, '<elements>\n']
    for i in range(n):
        parts.append(f'<element identifier="e{i}" xsi:type="ApplicationComponent"><name>System {i}</name>'
                     '<properties><property propertyDefinitionRef="k"><value>app.sector</value></property></properties></element>\n')
    parts.append('</elements>\n<relationships>\n')
    pairs = min(n - 1, 4)
    for r in range(args.relationships):
        if args.shape == 'parallel':
            a, b = r % pairs, r % pairs + 1
        elif args.shape == 'chain' and r < n - 1:
            a, b = r, r + 1
        elif args.shape == 'ladder':  # a path through all, then only edges back along it: deep and long
            a, b = (r, r + 1) if r < n - 1 else sorted((rng.randrange(n), rng.randrange(n)), reverse=True)
        else:
            a, b = rng.randrange(n), rng.randrange(n)
        parts.append(f'<relationship identifier="r{r}" xsi:type="Flow" source="e{a}" target="e{b}"/>\n')
    parts.append('</relationships>\n' + FOOTER)
    with open(args.output, 'w', encoding='utf-8') as out:
        out.write(''.join(parts))


if __name__ == '__main__':
    main()
