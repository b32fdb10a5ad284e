#!/usr/bin/env python3
"""Packs the pages listed in warc-src/manifest.tsv into archive/warc/sample.warc.gz.

WARC/1.1, one gzip member per record (as crawlers write them): a warcinfo record, then for each
page a request, a response (HTTP/1.1 200 headers + the page) and a metadata record. Record ids
and dates are derived from the manifest, so the file is the same on every run. Writes the
compressed offset of each response record to warc-src/offsets.txt (page file, offset).

Usage: python3 sample-data/tools/build_warc.py   (python3 standard library only)
"""
import base64
import gzip
import hashlib
import io
import os
import uuid
from urllib.parse import urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NS = uuid.UUID('6f1c2d9e-4b1a-4f3e-9a57-2b3c4d5e6f70')


def rid(*parts):
    return f'<urn:uuid:{uuid.uuid5(NS, "|".join(parts))}>'


def sha1(data):
    return 'sha1:' + base64.b32encode(hashlib.sha1(data).digest()).decode('ascii')


def record(headers, block):
    head = 'WARC/1.1\r\n' + ''.join(f'{k}: {v}\r\n' for k, v in headers)
    head += f'Content-Length: {len(block)}\r\n\r\n'
    raw = head.encode('utf-8') + block + b'\r\n\r\n'
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0, filename='') as g:
        g.write(raw)
    return buf.getvalue()


def build():
    manifest = os.path.join(ROOT, 'warc-src', 'manifest.tsv')
    pages = [line.rstrip('\n').split('\t') for line in open(manifest, encoding='utf-8') if line.strip()]
    out = bytearray()
    first_date = min(p[2] for p in pages)
    info = ('software: newsbeam sample-data tools/build_warc.py\r\n'
            'format: WARC File Format 1.1\r\n'
            'description: sample crawl of black-sea-monitor.example for the newsbeam sample archive\r\n'
            'isPartOf: newsbeam-sample\r\n').encode('utf-8')
    out += record([('WARC-Type', 'warcinfo'), ('WARC-Date', first_date), ('WARC-Filename', 'sample.warc.gz'),
                   ('WARC-Record-ID', rid('warcinfo')), ('Content-Type', 'application/warc-fields')], info)
    offsets = []
    for src, url, date in pages:
        page = open(os.path.join(ROOT, src), 'rb').read()
        u = urlsplit(url)
        req = (f'GET {u.path or "/"} HTTP/1.1\r\nHost: {u.netloc}\r\n'
               'User-Agent: Mozilla/5.0 (compatible; newsbeam-sample-crawler/1.0)\r\n'
               'Accept: text/html,application/xhtml+xml\r\nAccept-Language: en\r\n\r\n').encode('ascii')
        req_id, resp_id = rid(url, 'request'), rid(url, 'response')
        out += record([('WARC-Type', 'request'), ('WARC-Target-URI', url), ('WARC-Date', date),
                       ('WARC-Record-ID', req_id), ('WARC-Concurrent-To', resp_id),
                       ('Content-Type', 'application/http; msgtype=request'),
                       ('WARC-Block-Digest', sha1(req))], req)
        http = (f'HTTP/1.1 200 OK\r\nDate: {date}\r\nServer: nginx\r\n'
                'Content-Type: text/html; charset=utf-8\r\n'
                f'Content-Length: {len(page)}\r\nConnection: close\r\n\r\n').encode('ascii')
        block = http + page
        offsets.append((src, len(out)))
        out += record([('WARC-Type', 'response'), ('WARC-Target-URI', url), ('WARC-Date', date),
                       ('WARC-Record-ID', resp_id), ('WARC-Concurrent-To', req_id),
                       ('Content-Type', 'application/http; msgtype=response'),
                       ('WARC-Payload-Digest', sha1(page)), ('WARC-Block-Digest', sha1(block))], block)
        meta = f'fetchTimeMs: {100 + len(page) % 400}\r\noutlinks: {url}\r\n'.encode('utf-8')
        out += record([('WARC-Type', 'metadata'), ('WARC-Target-URI', url), ('WARC-Date', date),
                       ('WARC-Record-ID', rid(url, 'metadata')), ('WARC-Refers-To', resp_id),
                       ('Content-Type', 'application/warc-fields')], meta)
    dest = os.path.join(ROOT, 'archive', 'warc', 'sample.warc.gz')
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    with open(dest, 'wb') as f:
        f.write(out)
    with open(os.path.join(ROOT, 'warc-src', 'offsets.txt'), 'w', encoding='utf-8') as f:
        for src, off in offsets:
            f.write(f'{src} {off}\n')
    return {src: str(off) for src, off in offsets}


if __name__ == '__main__':
    for src, off in build().items():
        print(off, src)
