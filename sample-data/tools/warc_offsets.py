#!/usr/bin/env python3
"""Lists the compressed offset of every response record in archive/warc/sample.warc.gz (one gzip
member per record) and writes them, keyed by page file, to warc-src/offsets.txt."""
import os
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def members(data):
    pos = 0
    while pos < len(data):
        d = zlib.decompressobj(31)
        raw = d.decompress(data[pos:])
        yield pos, raw
        pos = len(data) - len(d.unused_data)


def main():
    by_url = {}
    for line in open(os.path.join(ROOT, 'warc-src', 'manifest.tsv'), encoding='utf-8'):
        if line.strip():
            f, url, _ = line.rstrip('\n').split('\t')
            by_url[url] = f
    data = open(os.path.join(ROOT, 'archive', 'warc', 'sample.warc.gz'), 'rb').read()
    out = []
    for off, raw in members(data):
        head = raw.split(b'\r\n\r\n', 1)[0].decode('utf-8')
        fields = dict(l.split(': ', 1) for l in head.split('\r\n')[1:] if ': ' in l)
        if fields.get('WARC-Type') == 'response':
            out.append(f"{by_url[fields['WARC-Target-URI']]} {off}\n")
    with open(os.path.join(ROOT, 'warc-src', 'offsets.txt'), 'w', encoding='utf-8') as f:
        f.writelines(out)
    print(''.join(out), end='')


if __name__ == '__main__':
    main()
