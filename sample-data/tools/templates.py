"""Page templates of the fictional sites, with the chrome each site repeats on every page."""
import html
import json

E = html.escape


def _paras(paragraphs, cls=None):
    c = f' class="{cls}"' if cls else ''
    return '\n'.join(f'<p{c}>{E(" ".join(s["text"] for s in p["sentences"]), quote=False)}</p>'
                     for p in paragraphs)


def _text(paragraphs):
    return '\n\n'.join(' '.join(s['text'] for s in p['sentences']) for p in paragraphs)


def _ld(m, body=None):
    d = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': m['title'],
         'datePublished': m['published'], 'author': {'@type': 'Person', 'name': m.get('author', 'Staff')},
         'mainEntityOfPage': m['url']}
    if body is not None:
        d['articleBody'] = body
    return '<script type="application/ld+json">' + json.dumps(d, ensure_ascii=False) + '</script>'


# --- kyiv-ledger.example: canonical + article:published_time, byline line in the text -------------
KL_TOP = '''<div class="cookie-banner" id="cookies"><p>We use cookies to improve your experience and to measure our audience. By continuing to browse you accept our use of cookies.</p><button>Accept all</button> <button>Manage settings</button></div>
<header class="site-header">
<a class="logo" href="/">The Kyiv Ledger</a>
<nav><ul><li><a href="/news/">News</a></li><li><a href="/war/">War</a></li><li><a href="/politics/">Politics</a></li><li><a href="/business/">Business</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/newsletters/">Newsletters</a></li></ul></nav>
<div class="account"><p>Sign in to read more of our reporting from the front line.</p><a href="/login/">Sign in</a> <a href="/subscribe/">Subscribe</a></div>
</header>'''
KL_BOTTOM = '''<div class="share-bar"><span>Share this article:</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Telegram</a> <a href="#">Copy link</a></div>
<aside class="donate"><h3>Support independent journalism</h3><p>Support independent journalism from Ukraine. Our reporters stay in Kyiv through every air-raid alert, and your membership keeps them there. Become a member from $5 a month.</p><a href="/membership/">Become a member</a></aside>
<aside class="newsletter"><h3>The Morning Ledger</h3><p>Get the day’s most important news from Ukraine in your inbox every morning before seven.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></aside>
<section class="related"><h3>Related</h3><ul>
<li><a href="/news/2025/02/28/oval-office/">Zelensky and Trump clash in the Oval Office as minerals deal stalls</a></li>
<li><a href="/news/2025/02/19/energy-grid/">Russian missiles hit energy grid in western Ukraine</a></li>
<li><a href="/news/2025/01/30/kursk-front/">What is left of Ukraine’s Kursk foothold</a></li>
</ul></section>
<section class="most-read"><h3>Most read</h3><ol>
<li><a href="/news/2025/02/18/riyadh/">Lavrov and Rubio meet in Riyadh without Ukraine at the table</a></li>
<li><a href="/news/2025/02/24/anniversary/">Three years on: Kyiv marks the anniversary of the full-scale invasion</a></li>
<li><a href="/news/2025/02/10/power-cuts/">Power cuts return to Kharkiv after strike on substation</a></li>
</ol></section>
<div class="comments"><p>Join the conversation — 12 comments</p><a href="#comments">Read comments</a></div>'''
KL_FOOT = '''<footer class="site-footer"><p>© 2025 The Kyiv Ledger. All rights reserved.</p><ul><li><a href="/about/">About us</a></li><li><a href="/contact/">Contact</a></li><li><a href="/privacy/">Privacy policy</a></li><li><a href="/terms/">Terms of use</a></li></ul></footer>'''


def kyiv_ledger(a, paragraphs, snapshot=None):
    m = a.meta
    head = [f'<title>{E(m["title"])} | The Kyiv Ledger</title>',
            f'<link rel="canonical" href="{E(m["url"])}">',
            f'<meta property="og:url" content="{E(m["url"])}">',
            f'<meta property="og:title" content="{E(m["title"])}">',
            f'<meta property="og:type" content="article">',
            f'<meta property="article:published_time" content="{m["published"]}">']
    if snapshot:
        day = m['published'][:10]
        head.append(f'<meta property="article:modified_time" content="{day}T{snapshot[:2]}:{snapshot[2:]}:00+02:00">')
    body = [f'<h1>{E(m["title"])}</h1>']
    if m.get('byline'):
        body.append(f'<p class="byline">{E(m["byline"])}</p>')
    if snapshot:
        # live blog: entries newest first, each with its time stamp
        entries = {}
        order = []
        for p in paragraphs:
            t = p['entry'][0]
            if t not in entries:
                entries[t] = []
                order.append(t)
            entries[t].append(p)
        body.append(f'<p class="live-updated">Last updated {snapshot[:2]}:{snapshot[2:]}</p>')
        for t in reversed(order):
            body.append(f'<div class="live-entry"><time datetime="{m["published"][:10]}T{t}:00+02:00">{t}</time>\n'
                        + _paras(entries[t]) + '</div>')
    else:
        body.append(_paras(paragraphs))
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            + '\n'.join(head) + '\n<link rel="stylesheet" href="/static/ledger.css">\n</head>\n<body>\n'
            + KL_TOP + '\n<main>\n<article class="story">\n' + '\n'.join(body) + '\n</article>\n'
            + KL_BOTTOM + '\n</main>\n' + KL_FOOT + '\n</body>\n</html>\n')


# --- eastern-wire.example: JSON-LD datePublished, og:url with tracking parameters ---------------
EW_TOP = '''<div id="consent" class="gdpr"><p>This site uses cookies. Some are essential, others help us understand how you use Eastern Wire. <a href="/cookies">Read our cookie policy</a>.</p><button>OK</button></div>
<div class="topbar"><span class="brand">EASTERN WIRE</span><span class="tagline">News from Europe’s eastern flank</span><a class="signin" href="/account">Log in</a></div>
<nav class="menu"><a href="/">Front page</a> | <a href="/world/europe/">Europe</a> | <a href="/world/ukraine-war/">Ukraine war</a> | <a href="/diplomacy/">Diplomacy</a> | <a href="/analysis/">Analysis</a> | <a href="/podcasts/">Podcasts</a></nav>'''
EW_BOTTOM = '''<div class="sharetools"><a href="#">Share on Facebook</a><a href="#">Share on X</a><a href="#">Share by email</a></div>
<div class="paywall-note"><p>Sign in to read more: registered readers get ten free articles every month.</p></div>
<div class="appeal"><p>Support independent journalism. Eastern Wire is funded by its readers, not by governments or oligarchs. Give once or give monthly.</p><a href="/give">Give now</a></div>
<div class="nl-signup"><h4>The Eastern Brief</h4><p>Our editors’ pick of the day’s stories from Kyiv, Warsaw and the Baltics, every weekday at noon.</p><input type="email"><button>Subscribe</button></div>
<div class="more-stories"><h4>Related stories</h4><ul>
<li><a href="/world/europe/poland-airspace-10021.html">Poland scrambles jets as Russian drones strike near its border</a></li>
<li><a href="/diplomacy/erdogan-mediation-10017.html">Erdogan offers Istanbul as venue for new round of talks</a></li>
<li><a href="/world/ukraine-war/odesa-port-10012.html">Odesa port hit again as grain exports resume</a></li>
</ul><h4>Most read</h4><ul>
<li><a href="/world/europe/kallas-sanctions-10009.html">Kallas says EU is preparing its next sanctions package</a></li>
<li><a href="/world/ukraine-war/zaporizhzhia-plant-10005.html">IAEA warns over power line cut at Zaporizhzhia plant</a></li>
</ul></div>
<div class="comment-cta"><p>Join the conversation. 12 comments</p></div>'''
EW_FOOT = '''<div class="footer"><p>Eastern Wire Ltd · Editorial standards · Corrections · Advertise with us · Privacy</p><p>© Eastern Wire 2025</p></div>'''


def eastern_wire(a, paragraphs, snapshot=None):
    m = a.meta
    og = m['url'] + ('&' if '?' in m['url'] else '?') + 'utm_source=rss&utm_medium=feed'
    ld_body = m.get('bodysrc') == 'jsonld'
    head = [f'<title>{E(m["title"])} – Eastern Wire</title>',
            f'<meta property="og:url" content="{E(og)}">',
            f'<meta property="og:title" content="{E(m["title"])}">',
            f'<meta name="description" content="{E(m.get("standfirst", m["title"]))}">',
            _ld(m, _text(paragraphs) if ld_body else None)]
    body = [f'<h1 class="headline">{E(m["title"])}</h1>']
    if m.get('standfirst'):
        body.append(f'<h2 class="standfirst">{E(m["standfirst"])}</h2>')
    if m.get('byline'):
        body.append(f'<div class="meta-line">{E(m["byline"])}</div>')
    # a members-only page shows two paragraphs; the JSON-LD still carries the whole text
    shown = paragraphs[:2] if ld_body else paragraphs
    body.append('<div class="article-text">\n' + _paras(shown) + '\n</div>')
    return ('<!doctype html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            + '\n'.join(head) + '\n</head>\n<body class="article-page">\n' + EW_TOP
            + '\n<div id="content">\n' + '\n'.join(body) + '\n' + EW_BOTTOM + '\n</div>\n' + EW_FOOT
            + '\n</body>\n</html>\n')


# --- the-dispatch.example: <time datetime>, canonical only; some bodies only in JSON-LD -----------
TD_TOP = '''<section class="cookie-consent"><p>The Dispatch and its partners use cookies to personalise content and ads. You can change your choices at any time.</p><button>Accept</button><button>Reject</button></section>
<header><div class="masthead">The Dispatch</div>
<ul class="nav"><li><a href="/world">World</a></li><li><a href="/europe">Europe</a></li><li><a href="/security">Security</a></li><li><a href="/economy">Economy</a></li><li><a href="/comment">Comment</a></li></ul>
<div class="login-prompt">Already a subscriber? <a href="/signin">Sign in</a> to read more.</div></header>'''
TD_BOTTOM = '''<ul class="share"><li>Share</li><li><a href="#">WhatsApp</a></li><li><a href="#">LinkedIn</a></li><li><a href="#">X</a></li><li><a href="#">Email</a></li></ul>
<section class="support-us"><p>Support independent journalism: our reporting from Ukraine is paid for by readers like you. Please consider a contribution.</p></section>
<section class="signup"><p>Newsletter: The Dispatch Daily — the world in five minutes, every morning. Sign up free.</p></section>
<section class="rail"><h2>Related</h2><ul>
<li><a href="/2025/03/19/black-sea">Black Sea ceasefire talks to continue in Riyadh</a></li>
<li><a href="/2025/02/12/phone-call">Trump and Putin speak by phone for 90 minutes</a></li>
</ul><h2>Most read</h2><ul>
<li><a href="/2025/03/03/london-summit">Starmer hosts European leaders in London to back Ukraine</a></li>
<li><a href="/2025/03/05/aid-pause">US pause on military aid to Ukraine: what it means</a></li>
<li><a href="/2025/03/07/north-korea">North Korean troops still fighting in Kursk, Seoul says</a></li>
</ul></section>
<section class="comments-teaser"><p>Join the conversation — 12 comments. Comments are moderated.</p></section>'''
TD_FOOT = '''<footer><nav><a href="/about">About The Dispatch</a> <a href="/jobs">Jobs</a> <a href="/privacy">Privacy</a> <a href="/contact">Contact</a></nav><small>© The Dispatch Media Group 2025</small></footer>'''


def the_dispatch(a, paragraphs, snapshot=None):
    m = a.meta
    ld_body = m.get('bodysrc') == 'jsonld'
    head = [f'<title>{E(m["title"])} - The Dispatch</title>', f'<link rel="canonical" href="{E(m["url"])}">',
            _ld({k: v for k, v in m.items() if k != 'published'} | {'published': m['published']},
                _text(paragraphs) if ld_body else None) if ld_body else '']
    body = [f'<h1>{E(m["title"])}</h1>',
            f'<p class="dateline"><time datetime="{m["published"]}">{E(m.get("byline", ""))}</time></p>']
    if ld_body:
        # the visible page carries only the teaser; the full text sits in the JSON-LD
        body.append(_paras(paragraphs[:1]))
        body.append('<div class="paywall"><p>Sign in to read more. This article is for subscribers.</p></div>')
    else:
        body.append(_paras(paragraphs))
    return ('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n' + '\n'.join(h for h in head if h)
            + '\n</head>\n<body>\n' + TD_TOP + '\n<div class="page">\n<article>\n' + '\n'.join(body)
            + '\n</article>\n' + TD_BOTTOM + '\n</div>\n' + TD_FOOT + '\n</body>\n</html>\n')


# --- black-sea-monitor.example: the pages inside the WARC ----------------------------------------
BS_TOP = '''<div class="cookiebar">Cookies help us deliver Black Sea Monitor. <a href="/privacy">Learn more</a> <button>Got it</button></div>
<div class="header"><h2 class="logo">Black Sea Monitor</h2><div class="nav"><a href="/">Latest</a> <a href="/frontline">Frontline</a> <a href="/maritime">Maritime</a> <a href="/diplomacy">Diplomacy</a> <a href="/about">About</a></div>
<div class="member">Members: <a href="/login">sign in to read more</a></div></div>'''
BS_BOTTOM = '''<div class="share-row">Share: <a href="#">Telegram</a> · <a href="#">Facebook</a> · <a href="#">X</a></div>
<div class="donation"><p>Support independent journalism on the Black Sea region. We take no state money. Donate today.</p></div>
<div class="newsletter-box"><p>Weekly Monitor newsletter: shipping, security and diplomacy around the Black Sea. Enter your email to subscribe.</p></div>
<div class="lists"><h3>Related</h3><ul><li><a href="/maritime/grain-corridor">How the grain corridor survived</a></li><li><a href="/frontline/kherson-shelling">Shelling of Kherson intensifies</a></li></ul>
<h3>Most read</h3><ul><li><a href="/diplomacy/turkey-talks">Fidan: Turkey ready to host talks again</a></li><li><a href="/maritime/sea-drones">Ukrainian sea drones strike Novorossiysk</a></li></ul></div>
<div class="comments-link">Join the conversation (12 comments)</div>'''
BS_FOOT = '''<div class="foot">Black Sea Monitor · Odesa · Contact · Privacy · © 2025</div>'''


def black_sea(a, paragraphs, snapshot=None):
    m = a.meta
    head = [f'<title>{E(m["title"])} · Black Sea Monitor</title>', f'<link rel="canonical" href="{E(m["url"])}">',
            f'<meta property="og:url" content="{E(m["url"])}">',
            f'<meta name="article:published_time" content="{m["published"]}">' if m.get('datesrc') != 'jsonld' else _ld(m)]
    body = [f'<h1>{E(m["title"])}</h1>']
    if m.get('byline'):
        body.append(f'<p class="by">{E(m["byline"])}</p>')
    body.append(_paras(paragraphs))
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n' + '\n'.join(head) + '\n</head>\n<body>\n'
            + BS_TOP + '\n<div class="story">\n' + '\n'.join(body) + '\n</div>\n' + BS_BOTTOM + '\n' + BS_FOOT
            + '\n</body>\n</html>\n')


SITES = {'kyiv-ledger.example': kyiv_ledger, 'eastern-wire.example': eastern_wire,
         'the-dispatch.example': the_dispatch, 'black-sea-monitor.example': black_sea}


def render(a, paragraphs, snapshot=None):
    return SITES[a.meta['site']](a, paragraphs, snapshot)


def jsonl_object(a, paras):
    m = a.meta
    style = m.get('style', 'plain')
    if style == 'newsplease':
        return {'authors': [m['author']] if m.get('author') else [], 'date_download': m.get('crawled', ''),
                'date_modify': None, 'date_publish': m['published'], 'description': m.get('standfirst', ''),
                'filename': m['url'].split('/')[-1] + '.json', 'image_url': None, 'language': 'en',
                'localpath': None, 'maintext': '\n'.join(paras), 'source_domain': m['site'],
                'title': m['title'], 'title_page': None, 'title_rss': None, 'url': m['url']}
    if style == 'html':
        page = ('<html><head><title>' + E(m['title']) + '</title></head><body><div class="nav">Home | World | Ukraine</div>'
                '<article><h1>' + E(m['title']) + '</h1>' + ''.join(f'<p>{E(p, quote=False)}</p>' for p in paras)
                + '</article><div class="footer">© ' + m['site'] + '</div></body></html>')
        return {'url': m['url'], 'title': m['title'], 'published': m['published'], 'html': page}
    return {'url': m['url'], 'title': m['title'], 'published': m['published'], 'text': '\n\n'.join(paras)}
