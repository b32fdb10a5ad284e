#!/usr/bin/env python3
"""Renders the hand-annotated article sources (tools/src/*.txt) into the sample archive and gold.yaml.

The prose and every annotation (actors, locations, events per sentence) are written by hand in the
sources; this script only lays them out in the archive formats and collects the gold, so the two
cannot drift apart. Pairs are the hand-marked actors of each sentence taken two at a time.

Usage: python3 sample-data/tools/render.py [--no-warc]
(--no-warc keeps the existing WARC and offsets instead of calling tools/build_warc.sh, which needs
java and the SampleWarcBuilder of the ingest tests)
"""
import gzip
import html
import itertools
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)  # sample-data/
sys.path.insert(0, HERE)
import templates  # noqa: E402

FOLD = {'\u2018': "'", '\u2019': "'", '\u201B': "'", '\u02BC': "'", '\u2032': "'", '`': "'",
        '\u00B4': "'", '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"',
        '\u00BB': '"', '\u2010': '-', '\u2011': '-', '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ',
        '\u2009': ' ', '\u200A': ' '}
EVENT_TYPES = {'air_defence_interception', 'drone_strike', 'missile_strike', 'talks', 'ground_advance',
               'withdrawal', 'troop_deployment', 'prisoner_exchange', 'visit', 'sanctions',
               'military_aid'}
CERTAINTIES = {'asserted', 'negated', 'hypothetical', 'claimed'}


def fold(s):
    return ''.join(FOLD.get(c, c) for c in s)


def split_list(s):
    return [x.strip() for x in s.split(';') if x.strip()]


class Article:
    def __init__(self, src):
        self.src = src
        self.meta = {}
        self.paragraphs = []  # list of dicts: {entry: (time, snaps) or None, sentences: [...]}


def parse(path):
    arts = []
    cur = None
    para = None
    in_body = False
    entry = None
    with open(path, encoding='utf-8') as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip('\n')
            where = f'{path}:{n}'
            if line.startswith('==='):
                cur = Article(where)
                cur.meta['id'] = line[3:].strip()
                arts.append(cur)
                in_body = False
                para = None
                entry = None
                continue
            if line.startswith('#') or cur is None:
                continue
            if not in_body:
                if line.strip() == '---':
                    in_body = True
                    continue
                if line.strip():
                    k, _, v = line.partition(':')
                    cur.meta[k.strip()] = v.strip()
                continue
            if not line.strip():
                para = None
                continue
            tag, _, rest = line.partition(' ')
            rest = rest.strip()
            if tag == 'T':  # live-blog entry: T 08:05 0800,1200,1800
                t, snaps = rest.split()
                entry = (t, snaps.split(','))
                para = None
                continue
            if tag == 'S':
                if para is None:
                    para = {'entry': entry, 'sentences': []}
                    cur.paragraphs.append(para)
                para['sentences'].append({'text': rest, 'actors': [], 'locations': [], 'events': []})
            elif tag == 'A':
                para['sentences'][-1]['actors'] = split_list(rest)
            elif tag == 'L':
                para['sentences'][-1]['locations'] = split_list(rest)
            elif tag == 'E':
                parts = [p.strip() for p in rest.split('|')]
                if len(parts) != 6:
                    sys.exit(f'{where}: event needs 6 fields')
                typ, qty, cert, source, target, actors = parts
                if typ not in EVENT_TYPES or cert not in CERTAINTIES:
                    sys.exit(f'{where}: bad type or certainty')
                ev_actors = [a.strip() for a in actors.split(',') if a.strip()]
                s = para['sentences'][-1]
                for a in ev_actors + [x for x in (source, target) if x]:
                    if a not in s['actors']:
                        sys.exit(f'{where}: event actor {a!r} not among the sentence actors')
                s['events'].append({'type': typ, 'quantity': None if qty in ('', '-') else int(qty),
                                    'certainty': cert, 'source': source, 'target': target,
                                    'actors': ev_actors})
            elif tag == 'R':  # the record of the event before: date|precision|weapon|dead|injured|place
                parts = [p.strip() for p in rest.split('|')]
                if len(parts) != 6:
                    sys.exit(f'{where}: record needs 6 fields')
                s = para['sentences'][-1]
                if not s['events'] or 'record' in s['events'][-1]:
                    sys.exit(f'{where}: a record follows the event it describes')
                date, precision, weapon, dead, hurt, place = parts
                if precision not in ('day', 'week', 'month', 'published') or not re.match(r'\d{4}-\d\d-\d\d$', date):
                    sys.exit(f'{where}: bad event date or precision')
                none = lambda v: '' if v == '-' else v
                s['events'][-1]['record'] = {
                    'event_date': date, 'date_precision': precision, 'weapon': none(weapon),
                    'fatalities': None if dead == '-' else int(dead), 'injured': None if hurt == '-' else int(hurt),
                    'place': none(place)}
            else:
                sys.exit(f'{where}: unknown tag {tag!r}')
    return arts


def body_paragraphs(art, snap=None):
    """Paragraph texts as published (curly quotes kept); for a live blog, the entries of one snapshot."""
    out = []
    for p in art.paragraphs:
        if snap is not None and p['entry'] and snap not in p['entry'][1]:
            continue
        out.append(p)
    return out


def para_text(p):
    return ' '.join(s['text'] for s in p['sentences'])


def canonical(url):
    u = re.sub(r'^http://', 'https://', url)
    u = re.sub(r'^https://www\.', 'https://', u)
    u = u.split('#')[0]
    if '?' in u:
        base, q = u.split('?', 1)
        keep = [kv for kv in q.split('&') if not re.match(r'(utm_[a-z]+|fbclid|gclid|ref)=', kv)]
        u = base + ('?' + '&'.join(keep) if keep else '')
    return u.rstrip('/')


def analysis(paragraphs):
    actors, locations, pairs, events = [], [], [], []
    for p in paragraphs:
        for s in p['sentences']:
            for a in s['actors']:
                if a not in actors:
                    actors.append(a)
            for l in s['locations']:
                if l not in locations:
                    locations.append(l)
            # co-mentions count what is asserted: a sentence whose every event is negated
            # ("rejected reports that Putin would visit Turkey") pairs nobody
            unreal = s['events'] and all(e['certainty'] == 'negated' for e in s['events'])
            for a, b in itertools.combinations(sorted(set(s['actors'])), 2):
                if not unreal and [a, b] not in pairs:
                    pairs.append([a, b])
            for e in s['events']:
                ev = dict(e)
                ev['sentence'] = fold(s['text'])
                events.append(ev)
    return actors, locations, pairs, events


def q(s):
    return json.dumps(s, ensure_ascii=False)


def flow(items):
    return '[' + ', '.join(q(x) for x in items) + ']'


def gold_entry(rec):
    lines = [f"  - file: {rec['file']}", f"    location: {q(rec['location'])}", f"    kind: {rec['kind']}"]
    for k in ('snapshot_of', 'duplicate_of', 'reason'):
        if k in rec:
            lines.append(f'    {k}: {q(rec[k])}')
    if rec['kind'] == 'reject':
        return '\n'.join(lines)
    lines += [f"    url: {q(rec['url'])}", f"    site: {q(rec['site'])}",
              f"    published: {q(rec['published'])}", f"    title: {q(fold(rec['title']))}"]
    if rec['kind'] != 'article':
        return '\n'.join(lines)
    actors, locations, pairs, events = rec['analysis']
    lines.append(f'    actors: {flow(actors)}')
    lines.append(f'    places: {flow(locations)}')
    if pairs:
        lines.append('    pairs:')
        lines += [f'      - {flow(p)}' for p in pairs]
    else:
        lines.append('    pairs: []')
    if events:
        lines.append('    events:')
        for e in events:
            lines.append(f"      - type: {e['type']}")
            lines.append(f"        quantity: {'null' if e['quantity'] is None else e['quantity']}")
            lines.append(f"        certainty: {e['certainty']}")
            lines.append(f"        source_actor: {q(e['source'])}")
            lines.append(f"        target: {q(e['target'])}")
            lines.append(f"        actors: {flow(e['actors'])}")
            lines.append(f"        sentence: {q(e['sentence'])}")
            if 'record' in e:
                r = e['record']
                lines.append('        record:')
                for k in ('event_date', 'date_precision', 'weapon'):
                    lines.append(f'          {k}: {q(r[k])}')
                for k in ('fatalities', 'injured'):
                    lines.append(f"          {k}: {'null' if r[k] is None else r[k]}")
                lines.append(f"          place: {q(r['place'])}")
    else:
        lines.append('    events: []')
    return '\n'.join(lines)


def write(path, data, gz=False):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    raw = data.encode('utf-8')
    if gz:
        # mtime 0 keeps the bytes stable between runs
        with open(full, 'wb') as f:
            with gzip.GzipFile(fileobj=f, mode='wb', mtime=0, filename='') as g:
                g.write(raw)
    else:
        with open(full, 'wb') as f:
            f.write(raw)


def main():
    arts = []
    for name in sorted(os.listdir(os.path.join(HERE, 'src'))):
        if name.endswith('.txt'):
            arts.extend(parse(os.path.join(HERE, 'src', name)))
    by_id = {a.meta['id']: a for a in arts}
    records = []
    jsonl = {}  # file -> list of (line text, record or None)
    for a in arts:
        m = a.meta
        fmt = m['format']
        url = m.get('url', '')
        base = {'url': canonical(url) if url else '', 'site': m.get('site', ''),
                'published': m['published'][:10], 'title': m['title']}
        if 'duplicate_of' in m:
            orig = by_id[m['duplicate_of']]
            a.paragraphs = orig.paragraphs
            kind = {'kind': 'duplicate', 'duplicate_of': canonical(orig.meta['url'])}
        else:
            kind = {'kind': 'article'}
        if fmt in ('html', 'html.gz'):
            snaps = m.get('snapshots')
            if snaps:
                snaps = snaps.split(',')
                newest = snaps[-1]
                for s in snaps:
                    f = m['file'].replace('{snap}', s)
                    page = templates.render(a, body_paragraphs(a, s), snapshot=s)
                    write(f, page, gz=f.endswith('.gz'))
                    rec = {'file': f, 'location': ''} | base
                    if s == newest:
                        rec |= {'kind': 'article', 'analysis': analysis(a.paragraphs)}
                    else:
                        rec |= {'kind': 'snapshot', 'snapshot_of': m['file'].replace('{snap}', newest)}
                    records.append(rec)
                continue
            page = templates.render(a, a.paragraphs)
            write(m['file'], page, gz=m['file'].endswith('.gz'))
            rec = {'file': m['file'], 'location': ''} | base | kind
        elif fmt == 'warc':
            page = templates.render(a, a.paragraphs)
            write(m['file'], page)
            rec = {'file': 'archive/warc/sample.warc.gz', 'location': 'offset ?', 'warc_src': m['file']} | base | kind
        elif fmt == 'text':
            lines = [m['title'], ''] + [para_text(p) for p in a.paragraphs]
            write(m['file'], '\n\n'.join([lines[0]] + lines[2:]) + '\n')
            rec = {'file': m['file'], 'location': ''} | base | kind
        elif fmt == 'jsonl':
            obj = templates.jsonl_object(a, [para_text(p) for p in a.paragraphs])
            jsonl.setdefault(m['file'], []).append((json.dumps(obj, ensure_ascii=False), None))
            rec = {'file': m['file'], 'location': f'line {len(jsonl[m["file"]])}'} | base | kind
            jsonl[m['file']][-1] = (jsonl[m['file']][-1][0], rec)
        elif fmt == 'jsonl-bad':
            jsonl.setdefault(m['file'], []).append((m['raw'], None))
            rec = {'file': m['file'], 'location': f'line {len(jsonl[m["file"]])}', 'kind': 'reject',
                   'reason': 'malformed JSON'}
        else:
            sys.exit(f'{a.src}: unknown format {fmt}')
        if rec['kind'] == 'article':
            rec['analysis'] = analysis(a.paragraphs)
        records.append(rec)
    for f, lines in jsonl.items():
        write(f, ''.join(l + '\n' for l, _ in lines), gz=f.endswith('.gz'))
    manifest = [(a.meta['file'], a.meta['url'], a.meta['crawled']) for a in arts if a.meta['format'] == 'warc']
    write('warc-src/manifest.tsv', ''.join('\t'.join(m) + '\n' for m in manifest))
    if '--no-warc' not in sys.argv:
        subprocess.run(['sh', os.path.join(HERE, 'build_warc.sh')], check=True, stdout=subprocess.DEVNULL)
    warc_offsets = {}
    for line in open(os.path.join(ROOT, 'warc-src', 'offsets.txt'), encoding='utf-8'):
        if line.strip():
            src, off = line.split()
            warc_offsets[src] = off
    for r in records:
        if 'warc_src' in r:
            r['location'] = 'offset ' + warc_offsets.get(r.pop('warc_src'), '?')
    out = ['# Hand-made gold for the sample archive; see README.md for the conventions.',
           '# Generated by tools/render.py from the annotated sources in tools/src/.', 'records:']
    out += [gold_entry(r) for r in records]
    write('gold.yaml', '\n'.join(out) + '\n')
    n_art = sum(1 for r in records if r['kind'] == 'article')
    days = sorted({r['published'] for r in records if r['kind'] == 'article'})
    sites = sorted({r['site'] for r in records if r['kind'] == 'article' and r['site']})
    print(f'{len(records)} records, {n_art} articles, {len(days)} days, {len(sites)} sites', file=sys.stderr)


if __name__ == '__main__':
    main()
