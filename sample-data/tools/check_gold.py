#!/usr/bin/env python3
"""Consistency checks of gold.yaml against the archive (needs PyYAML).

Checks that every record's file exists, that every event sentence occurs in its file (after
decompressing, unescaping HTML/JSON and folding curly quotes), that actor names are canonical,
that pairs are sorted and distinct, and that the archive has no file without a gold record.
"""
import gzip
import html
import json
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from render import fold  # noqa: E402

PERSONS = """Volodymyr Zelensky, Vladimir Putin, Donald Trump, Joe Biden, Marco Rubio, Antony Blinken,
Steve Witkoff, Keith Kellogg, Sergei Lavrov, Dmitry Peskov, Maria Zakharova, Yuri Ushakov, Kirill Dmitriev,
Andrii Sybiha, Dmytro Kuleba, Rustem Umerov, Andriy Yermak, Oleksandr Syrskyi, Denys Shmyhal,
Yulia Svyrydenko, Valery Gerasimov, Andrei Belousov, Sergei Shoigu, Emmanuel Macron, Keir Starmer,
Friedrich Merz, Olaf Scholz, Recep Tayyip Erdogan, Hakan Fidan, Xi Jinping, Mark Rutte,
Ursula von der Leyen, Kaja Kallas, Alexander Lukashenko, Viktor Orban, Antonio Guterres, Rafael Grossi,
Kim Jong Un"""
OTHERS = """Russian government, Ukrainian government, US government, Chinese government, Turkish government,
UK government, German government, French government, Belarusian government, North Korean government,
Russian military, Ukrainian military, Russia, Ukraine, United States, China, Turkey, France, Germany,
United Kingdom, Belarus, Poland, Hungary, North Korea, Iran, Saudi Arabia, Qatar, NATO, European Union,
United Nations, IAEA, International Committee of the Red Cross, Reuters, Associated Press, AFP, TASS,
Ukrinform, Interfax, Rosneft, Lukoil, Gazprom Neft, Surgutneftegas"""
DISCOVERED = {'Maxim Ryzhenkov', 'Li Hui'}
CANON = {x.strip() for x in (PERSONS + ',' + OTHERS).split(',')} | DISCOVERED


def content(path):
    raw = open(path, 'rb').read()
    if path.endswith('.gz'):
        raw = gzip.decompress(raw)
    text = raw.decode('utf-8')
    if '.jsonl' in path:
        parts = []
        for line in text.splitlines():
            try:
                obj = json.loads(line)
                parts += [str(obj.get(k) or '') for k in ('text', 'maintext', 'html')]
            except ValueError:
                parts.append(line)
        text = '\n'.join(parts)
    return fold(html.unescape(text))


def main():
    gold = yaml.safe_load(open(os.path.join(ROOT, 'gold.yaml'), encoding='utf-8'))
    errors = []
    seen_files = set()
    for r in gold['records']:
        f = r['file']
        seen_files.add(f)
        where = f"{f} {r['location']}"
        if f.startswith('archive/warc/'):
            path = None
        else:
            path = os.path.join(ROOT, f)
            if not os.path.exists(path):
                errors.append(f'{where}: missing file')
                continue
        if r['kind'] != 'article':
            continue
        for a in r['actors']:
            if a not in CANON:
                errors.append(f'{where}: unknown actor {a!r}')
        for p in r['pairs']:
            if len(p) != 2 or p[0] >= p[1] or p[0] not in r['actors'] or p[1] not in r['actors']:
                errors.append(f'{where}: bad pair {p}')
        if len({tuple(p) for p in r['pairs']}) != len(r['pairs']):
            errors.append(f'{where}: repeated pair')
        text = content(path) if path else None
        for e in r['events']:
            for a in e['actors'] + [x for x in (e['source_actor'], e['target']) if x]:
                if a not in r['actors']:
                    errors.append(f'{where}: event actor {a!r} not in the record actors')
            if text is not None:
                s = e['sentence']
                if s not in text:
                    errors.append(f'{where}: sentence not found: {s[:60]}')
    for dirpath, _, names in os.walk(os.path.join(ROOT, 'archive')):
        for n in names:
            rel = os.path.relpath(os.path.join(dirpath, n), ROOT)
            if rel not in seen_files:
                errors.append(f'{rel}: no gold record')
    for e in errors:
        print(e)
    n = len(gold['records'])
    print(f'{n} records checked, {len(errors)} problems')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
