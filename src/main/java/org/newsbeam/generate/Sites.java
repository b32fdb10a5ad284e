package org.newsbeam.generate;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The fictional outlets of a generated archive and how each lays out a page. Every HTML site
 * repeats its own chrome on every page (cookie notice, navigation, login prompt, donation appeal,
 * newsletter box, related links naming actors, comment prompt, footer) and puts the publication
 * date somewhere else: article:published_time, JSON-LD datePublished, a time element, or only the
 * URL.
 */
final class Sites {
  private Sites() {}

  enum Channel { HTML, JSONL, WARC }

  enum DateStyle { META, JSONLD, TIME, URL, FEED }

  record Site(String key, String domain, String name, Channel channel, DateStyle dateStyle) {}

  static final Site COURIER = new Site("northern-courier", "northern-courier.example", "The Northern Courier", Channel.HTML, DateStyle.META);
  static final Site DANUBE = new Site("danube-post", "danube-post.example", "Danube Post", Channel.HTML, DateStyle.JSONLD);
  static final Site HARBOUR = new Site("harbour-times", "harbour-times.example", "The Harbour Times", Channel.HTML, DateStyle.TIME);
  static final Site STEPPE = new Site("steppe-review", "steppe-review.example", "Steppe Review", Channel.HTML, DateStyle.URL);
  static final Site BALTIC = new Site("baltic-observer", "baltic-observer.example", "Baltic Observer", Channel.WARC, DateStyle.META);
  static final Site FRONTLINE = new Site("frontline-digest", "frontline-digest.example", "Frontline Digest", Channel.JSONL, DateStyle.FEED);
  static final Site WIRE = new Site("wire-review", "wire-review.example", "Wire Review", Channel.JSONL, DateStyle.FEED);

  static final List<Site> HTML_SITES = List.of(COURIER, DANUBE, HARBOUR, STEPPE);
  static final List<Site> ALL = List.of(COURIER, DANUBE, HARBOUR, STEPPE, BALTIC, FRONTLINE, WIRE);

  /** The URL as the page or feed gives it (www, slashes, tracking parameters as outlets do). */
  static String rawUrl(Site s, LocalDate d, String slug) {
    String ymd = String.format(Locale.ROOT, "%04d/%02d/%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    switch (s.key()) {
      case "northern-courier": return "https://www.northern-courier.example/news/" + ymd + "/" + slug + "/";
      case "danube-post": return "https://danube-post.example/world/ukraine/" + slug + ".html?utm_source=twitter&utm_medium=social";
      case "harbour-times": return "http://harbour-times.example/" + ymd + "/" + slug;
      case "steppe-review": return "https://www.steppe-review.example/" + ymd + "/" + slug + "/?ref=homepage";
      case "baltic-observer": return "https://baltic-observer.example/articles/" + slug;
      case "frontline-digest": return "https://www.frontline-digest.example/" + ymd + "/" + slug + "/?utm_source=rss";
      default: return "https://wire-review.example/story/" + slug;
    }
  }

  /** What newsbeam should make of it: https, no www, no trailing slash, no tracking parameters. */
  static String canonicalUrl(Site s, LocalDate d, String slug) {
    String ymd = String.format(Locale.ROOT, "%04d/%02d/%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    switch (s.key()) {
      case "northern-courier": return "https://northern-courier.example/news/" + ymd + "/" + slug;
      case "danube-post": return "https://danube-post.example/world/ukraine/" + slug + ".html";
      case "harbour-times": return "https://harbour-times.example/" + ymd + "/" + slug;
      case "steppe-review": return "https://steppe-review.example/" + ymd + "/" + slug;
      case "baltic-observer": return "https://baltic-observer.example/articles/" + slug;
      case "frontline-digest": return "https://frontline-digest.example/" + ymd + "/" + slug;
      default: return "https://wire-review.example/story/" + slug;
    }
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  static String jsonEsc(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '<' -> sb.append("\\u003c"); // safe inside a script element
        default -> {
          if (c < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  static String jsonQuote(String s) {
    return "\"" + jsonEsc(s) + "\"";
  }

  static String longDate(LocalDate d) {
    return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
  }

  /** One HTML page of a site. {@code time} is "HH:MM"; {@code paragraphs} are already plain text. */
  static String page(Site s, LocalDate d, String time, String slug, String title, String byline, List<String> paragraphs,
      String modified) {
    String iso = d + "T" + time + ":00+02:00";
    String url = rawUrl(s, d, slug);
    StringBuilder h = new StringBuilder(8192);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.append("<title>").append(esc(title)).append(" | ").append(esc(s.name())).append("</title>\n");
    switch (s.key()) {
      case "danube-post" -> h.append("<meta property=\"og:url\" content=\"").append(esc(url)).append("\">\n");
      default -> {
        h.append("<link rel=\"canonical\" href=\"").append(esc(url)).append("\">\n");
        h.append("<meta property=\"og:url\" content=\"").append(esc(url)).append("\">\n");
      }
    }
    h.append("<meta property=\"og:title\" content=\"").append(esc(title)).append("\">\n");
    h.append("<meta property=\"og:type\" content=\"article\">\n");
    if (s.dateStyle() == DateStyle.META) {
      h.append("<meta property=\"article:published_time\" content=\"").append(iso).append("\">\n");
      if (modified != null) {
        h.append("<meta property=\"article:modified_time\" content=\"").append(d).append('T').append(modified).append(":00+02:00\">\n");
      }
    }
    if (s.dateStyle() == DateStyle.JSONLD || s.channel() == Channel.WARC) {
      h.append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"")
          .append(jsonEsc(title)).append("\",\"datePublished\":\"").append(iso).append("\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"")
          .append(jsonEsc(s.name())).append("\"}}</script>\n");
    }
    h.append("<link rel=\"stylesheet\" href=\"/static/").append(s.key()).append(".css\">\n</head>\n<body>\n");
    chromeTop(h, s);
    h.append("<main>\n<article class=\"story\">\n<h1>").append(esc(title)).append("</h1>\n");
    if (s.dateStyle() == DateStyle.TIME) {
      h.append("<p class=\"byline\">By ").append(esc(byline)).append(" \u00b7 <time datetime=\"").append(iso).append("\">")
          .append(longDate(d)).append("</time></p>\n");
    } else {
      h.append("<p class=\"byline\">By ").append(esc(byline)).append("</p>\n");
    }
    for (String p : paragraphs) {
      h.append("<p>").append(esc(p)).append("</p>\n");
    }
    h.append("</article>\n");
    chromeBottom(h, s);
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  /** A live-blog entry: the time stamp stands in bold before the text. */
  static String entry(String time, String text) {
    return time + " " + text;
  }

  private static void chromeTop(StringBuilder h, Site s) {
    switch (s.key()) {
      case "northern-courier" -> h.append("""
          <div class="cookie-banner" id="cookies"><p>We use cookies to keep you signed in and to count our readers. By continuing to read you accept our use of cookies.</p><button>Accept all</button> <button>Manage settings</button></div>
          <header class="site-header">
          <a class="logo" href="/">The Northern Courier</a>
          <nav><ul><li><a href="/news/">News</a></li><li><a href="/war/">War</a></li><li><a href="/world/">World</a></li><li><a href="/economy/">Economy</a></li><li><a href="/opinion/">Opinion</a></li></ul></nav>
          <div class="account"><p>Sign in to read more of our reporting from the front line.</p><a href="/login/">Sign in</a> <a href="/subscribe/">Subscribe</a></div>
          </header>
          """);
      case "danube-post" -> h.append("""
          <div id="consent" class="consent-notice"><p>This site uses cookies and similar technologies for analytics and advertising. You can change your choice at any time in the privacy centre.</p><a href="/privacy/">Privacy centre</a></div>
          <div class="topbar"><nav class="main-nav"><a href="/">Danube Post</a> <a href="/world/">World</a> <a href="/world/ukraine/">Ukraine</a> <a href="/business/">Business</a> <a href="/culture/">Culture</a></nav>
          <div class="login-box"><p>Log in or create a free account to keep reading the Danube Post.</p><a href="/account/login">Log in</a></div></div>
          """);
      case "harbour-times" -> h.append("""
          <div class="gdpr"><p>We and our partners store information on your device to show you relevant news. Click accept to agree.</p><button>Accept</button></div>
          <header><div class="brand"><a href="/">The Harbour Times</a></div>
          <ul class="menu"><li><a href="/latest">Latest</a></li><li><a href="/ukraine">Ukraine</a></li><li><a href="/europe">Europe</a></li><li><a href="/sea">Shipping</a></li></ul>
          <div class="signin"><p>Subscribers can sign in here to read the full archive of the Harbour Times.</p><a href="/signin">Sign in</a></div></header>
          """);
      case "steppe-review" -> h.append("""
          <div class="cookies"><p>Steppe Review uses only the cookies it needs to work. Read our cookie policy for details.</p></div>
          <nav class="navbar"><a href="/">Home</a> | <a href="/frontline/">Frontline</a> | <a href="/diplomacy/">Diplomacy</a> | <a href="/analysis/">Analysis</a> | <a href="/podcast/">Podcast</a></nav>
          <div class="member-login"><p>Members log in for ad-free reading and the weekly briefing.</p><a href="/members/">Log in</a></div>
          """);
      default -> h.append("""
          <div class="cookie-bar"><p>The Baltic Observer uses cookies to remember your settings and to understand how the site is used.</p><button>OK</button></div>
          <header class="masthead"><a href="/">Baltic Observer</a><nav><a href="/articles/">Articles</a> <a href="/region/">Region</a> <a href="/security/">Security</a> <a href="/about/">About</a></nav>
          <div class="login"><p>Already a supporter? Log in to hide these messages.</p><a href="/login">Log in</a></div></header>
          """);
    }
  }

  private static void chromeBottom(StringBuilder h, Site s) {
    switch (s.key()) {
      case "northern-courier" -> h.append("""
          <div class="share-bar"><span>Share this article:</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Telegram</a></div>
          <aside class="donate"><h3>Keep the Courier independent</h3><p>Keep the Northern Courier independent. Our reporters stay close to the front through every alert, and your support keeps them there. Give from $5 a month.</p><a href="/support/">Support us</a></aside>
          <aside class="newsletter"><h3>Morning Briefing</h3><p>The day's most important news from the war, in your inbox before breakfast.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></aside>
          <section class="related"><h3>Related</h3><ul>
          <li><a href="/news/2025/02/28/oval-office/">Zelensky and Trump clash in the Oval Office</a></li>
          <li><a href="/news/2025/02/19/grid/">Russian missiles hit the grid in western Ukraine</a></li>
          <li><a href="/news/2025/01/30/kallas/">Kallas says Europe must spend more on defence</a></li>
          </ul></section>
          <div class="comments"><p>Join the conversation: 24 comments</p><a href="#comments">Read comments</a></div>
          </main>
          <footer class="site-footer"><p>\u00a9 2025 The Northern Courier. All rights reserved.</p><ul><li><a href="/about/">About us</a></li><li><a href="/contact/">Contact</a></li><li><a href="/privacy/">Privacy</a></li></ul></footer>
          """);
      case "danube-post" -> h.append("""
          <aside class="support-us"><p>Support independent journalism on the Danube. Every contribution, big or small, keeps our newsroom open.</p><a href="/donate">Donate</a></aside>
          <div class="newsletter-signup"><p>Sign up for Danube Daily, our free newsletter, and never miss a story from the region.</p><input type="email"><button>Subscribe</button></div>
          <div class="read-more"><h4>Read more</h4><ul><li><a href="/world/ukraine/putin-lavrov-99.html">Putin and Lavrov set out Moscow's terms</a></li><li><a href="/world/ukraine/rutte-nato-98.html">Rutte urges NATO allies to send more air defence</a></li><li><a href="/world/ukraine/erdogan-97.html">Erdogan offers Istanbul again</a></li></ul></div>
          <div class="comment-cta"><p>Have your say: leave a comment below.</p></div>
          </main>
          <footer><p>Danube Post \u00a9 2025. Reproduction without permission is prohibited.</p><a href="/imprint">Imprint</a> <a href="/contact">Contact</a></footer>
          """);
      case "harbour-times" -> h.append("""
          <div class="paywall-note"><p>Become a member of the Harbour Times and support reporting that holds power to account. Membership starts at $4 a month.</p><a href="/join">Join</a></div>
          <div class="newsletter"><p>Get the Harbour Times evening bulletin: the day at sea and on the front, every weekday at six.</p><button>Sign up</button></div>
          <section class="more-stories"><h3>More stories</h3><ul><li><a href="/2025/03/01/witkoff/">Witkoff returns to Moscow for more talks</a></li><li><a href="/2025/02/27/macron/">Macron and Starmer plan a reassurance force</a></li><li><a href="/2025/02/20/grain/">Grain ships leave Odesa under escort</a></li></ul></section>
          <div class="comments-link"><p>Comments are open for members: 9 comments</p></div>
          </main>
          <footer class="footer"><p>The Harbour Times, \u00a9 2025. All rights reserved.</p><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer>
          """);
      case "steppe-review" -> h.append("""
          <aside class="donation"><p>Steppe Review is free to read because readers like you chip in. Donate today and keep it that way.</p><a href="/donate/">Donate</a></aside>
          <aside class="subscribe-box"><p>Subscribe to the Steppe Review weekly and get our analysis of the war every Friday.</p><a href="/newsletter/">Subscribe</a></aside>
          <section class="recommended"><h3>Recommended</h3><ul><li><a href="/2025/02/10/sybiha/">Sybiha asks partners for more Patriot systems</a></li><li><a href="/2025/02/03/peskov/">Peskov says the Kremlin is open to contacts</a></li><li><a href="/2025/01/25/nato/">What NATO can still give Ukraine</a></li></ul></section>
          <div class="discussion"><p>Join the discussion on our forum: 31 replies</p></div>
          </main>
          <footer><p>\u00a9 Steppe Review 2025. Independent since 2016.</p><a href="/about/">About</a></footer>
          """);
      default -> h.append("""
          <aside class="support"><p>The Baltic Observer depends on its readers. Support our security reporting with a monthly gift.</p><a href="/support">Support</a></aside>
          <aside class="newsletter"><p>Our Security Weekly newsletter brings the week's defence news from the Baltic and beyond.</p><a href="/newsletter">Sign up</a></aside>
          <section class="related-articles"><h3>Related articles</h3><ul><li><a href="/articles/stubb-tusk">Stubb and Tusk meet on border security</a></li><li><a href="/articles/kallas-sanctions">Kallas backs a new sanctions package</a></li></ul></section>
          <div class="comments"><p>Log in to comment: 5 comments</p></div>
          </main>
          <footer class="site-footer"><p>\u00a9 2025 Baltic Observer. All rights reserved.</p></footer>
          """);
    }
  }
}
