#!/usr/bin/env python3
"""zip_headers.py EAF SOURCE_DIR WORK_DIR
   zip_headers.py --seeds SOURCE_DIR DIR   (writes the lying archives as fuzzing seeds, see scripts/fuzz.sh)

Zip archives (Archi's zipped model form) whose headers lie or use what eaf does not read:
- a member stating 1 GiB that inflates to a few hundred bytes, 8 such files on 8 threads under a
  256 MiB limit on the address space: each is "damaged" (exit 2), never "out of memory" (the stated
  size is no longer allocated up front);
- 65,536 entries, so the archive has a zip64 end record: model.xml is found and checked;
- an encrypted model.xml: "encrypted, which eaf does not support", not "damaged".
"""
import io
import os
import resource
import struct
import subprocess
import sys
import zipfile

SEEDS = sys.argv[1] == '--seeds'
EAF, SOURCE, WORK = (None, *sys.argv[2:4]) if SEEDS else sys.argv[1:4]
MODEL = os.path.join(SOURCE, 'tests', 'golden', 'stats', 'broken-inputs', 'dangling.xml')
failures = []


def zipped(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, 'w', zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return bytearray(buffer.getvalue())


def patch_headers(data, name, patch):
    """Calls patch(data, offset, central) for the local and the central header of member `name`."""
    encoded = name.encode()
    at = 0
    while (at := data.find(b'PK\x03\x04', at)) >= 0:
        if data[at + 30:at + 30 + len(encoded)] == encoded:
            patch(data, at, False)
        at += 4
    at = 0
    while (at := data.find(b'PK\x01\x02', at)) >= 0:
        if data[at + 46:at + 46 + len(encoded)] == encoded:
            patch(data, at, True)
        at += 4
    return bytes(data)


def write(name, data):
    path = os.path.join(WORK, name)
    with open(path, 'wb') as out:
        out.write(data)
    return path


def run(args, limit_mib=None):
    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (limit_mib << 20, limit_mib << 20))
    return subprocess.run([EAF, '--lang', 'en', *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          errors='replace', preexec_fn=limit if limit_mib else None, timeout=300)


def claim_one_gib(data, at, central):
    struct.pack_into('<I', data, at + (24 if central else 22), 1 << 30)


def encrypt(data, at, central):
    flags_at = at + (8 if central else 6)
    struct.pack_into('<H', data, flags_at, struct.unpack_from('<H', data, flags_at)[0] | 1)


def write_seeds(model):
    """Small archives with lying headers for the fuzzers: a 1 GiB claim, an encrypted member, a zip64 archive."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, 'w', zipfile.ZIP_DEFLATED) as archive:
        with archive.open('model.xml', 'w', force_zip64=True) as member:
            member.write(model)
    write('zip-claims-1gib.archimate', patch_headers(zipped([('model.xml', model)]), 'model.xml', claim_one_gib))
    write('zip-encrypted.archimate', patch_headers(zipped([('model.xml', model)]), 'model.xml', encrypt))
    write('zip-zip64-member.archimate', buffer.getvalue())


def main():
    os.makedirs(WORK, exist_ok=True)
    with open(MODEL, 'rb') as f:
        model = f.read()
    if SEEDS:
        write_seeds(model)
        return 0
    liars = [write(f'liar-{i}.archimate', patch_headers(zipped([('model.xml', model)]), 'model.xml', claim_one_gib))
             for i in range(8)]
    result = run(['check', '--threads', '8', *liars], limit_mib=256)
    output = result.stdout + result.stderr
    if result.returncode != 2 or 'out of memory' in output or output.count('does not inflate to its stated size') != 8:
        failures.append(f'1 GiB claims: exit {result.returncode}, output {output[-600:]!r}')

    many = zipped([(f'images/{i}.png', b'') for i in range(65535)] + [('model.xml', model)])
    result = run(['check', write('zip64.archimate', bytes(many))])
    output = result.stdout + result.stderr
    if result.returncode not in (0, 1) or 'zip archive' in output or 'dangling.xml' in output:
        failures.append(f'65,536 entries (zip64): exit {result.returncode}, output {output[-600:]!r}')

    result = run(['check', write('encrypted.archimate', patch_headers(zipped([('model.xml', model)]), 'model.xml', encrypt))])
    output = result.stdout + result.stderr
    if result.returncode != 2 or 'is encrypted, which eaf does not support' not in output:
        failures.append(f'encrypted member: exit {result.returncode}, output {output[-600:]!r}')

    for failure in failures:
        print('zip_headers: FAIL:', failure, file=sys.stderr)
    if failures:
        return 1
    print('zip_headers: ok')
    return 0


if __name__ == '__main__':
    sys.exit(main())
