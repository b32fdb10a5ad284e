package org.newsbeam.text;

import java.util.Locale;
import java.util.Set;

/**
 * Stock lines that news templates put between and around article paragraphs: ad labels,
 * "Read more", sharing and sign-up prompts, bylines and bare dates. Matched only on short blocks,
 * so a sentence that merely mentions advertising is never dropped.
 */
final class Boilerplate {
  private Boilerplate() {}

  /** Whole-line labels, compared after lower-casing and trimming punctuation. */
  private static final Set<String> LABELS =
      Set.of(
          "advertisement", "advertisements", "advertising", "ad", "ads", "sponsored",
          "sponsored content", "paid content", "story continues below advertisement",
          "article continues below advertisement", "continue reading below", "continue reading",
          "continue reading the main story", "read more", "read more below", "read full article",
          "related", "related articles", "related stories", "related content", "related coverage",
          "related topics", "more on this story", "more stories", "more from", "share",
          "share this", "share this article", "share this story", "share this post",
          "share on facebook", "share on twitter", "tweet", "email", "print", "comments",
          "comment", "leave a comment", "show comments", "view comments", "post a comment",
          "join the conversation", "sign up", "subscribe", "subscribe now", "log in", "login",
          "sign in", "register", "click here", "follow us", "close", "menu", "loading", "watch",
          "listen", "play", "next", "previous", "trending", "most read", "most popular",
          "most viewed", "recommended", "recommended for you", "you may also like",
          "you might also like", "editor's picks", "top stories", "see also", "read next",
          "up next", "what to read next", "skip to content", "skip to main content",
          "back to top", "image", "photo", "video", "enlarge this image", "toggle caption",
          "hide caption", "show caption", "copy link", "link copied", "save", "saved",
          "gift this article", "listen to this article", "audio", "print this page");

  /** Beginnings of short appeal and notice lines. */
  private static final String[] PREFIXES = {
    "read more:", "read more at", "related:", "see also:", "also read:", "read also:",
    "sign up for", "sign up to", "subscribe to", "subscribe for", "follow us on", "follow us",
    "click here", "share this", "we use cookies", "this site uses cookies", "this website uses cookies",
    "by continuing to use", "by using this site", "support our journalism", "please support",
    "become a member", "become a subscriber", "already a subscriber", "already have an account",
    "log in to", "sign in to", "create an account", "create a free account", "get our newsletter",
    "get the newsletter", "newsletter sign", "join our newsletter", "download our app",
    "download the app", "copyright ©", "copyright (c)", "©", "(c) copyright", "all rights reserved",
    "this article was originally published", "have a news tip", "got a news tip",
    "want more stories", "don't miss", "comments are closed", "you must be logged in",
    "to continue reading", "to keep reading", "continue reading", "want to read more",
    "we'd love to hear", "tell us what you think", "what do you think?", "donate now",
    "please donate", "make a donation", "make a contribution"
  };

  private static final int SHORT = 14;

  static boolean isStockPhrase(String text, int words) {
    if (words > APPEAL_WORDS) {
      return false;
    }
    String s = trimPunct(text.toLowerCase(Locale.ROOT));
    if (s.isEmpty()) {
      return false;
    }
    if (LABELS.contains(s)) {
      return true;
    }
    if (words <= SHORT) {
      for (String p : PREFIXES) {
        if (s.startsWith(p)) {
          return true;
        }
      }
    }
    if (s.contains("all rights reserved")) {
      return true;
    }
    return words <= APPEAL_WORDS && (isAppeal(s) || isSignUpNotice(s));
  }

  /** How a sign-up box's consent line opens: "By clicking Sign up, you agree to our Terms". */
  private static final String[] CONSENT_OPENINGS = {
    "by signing up", "by subscribing", "by clicking", "by submitting", "by registering",
    "by entering your", "by providing your"
  };

  /** What a consent line asks for; "By signing up early, residents saved" asks for nothing. */
  private static final String[] CONSENT_WORDS = {"agree", "terms", "privacy", "consent"};

  /** What a sign-up box says once it has been sent. */
  private static final String[] SIGNED_UP = {
    "thanks for signing up", "thank you for signing up", "thanks for subscribing",
    "thank you for subscribing", "you're subscribed", "you are subscribed", "you're now subscribed",
    "you are now subscribed"
  };

  /**
   * The fine print and the thank-you line of a sign-up box that templates set inside the article:
   * a consent line (an opening of {@link #CONSENT_OPENINGS} and one of {@link #CONSENT_WORDS}) or
   * a confirmation. Takes the lower-cased block.
   */
  static boolean isSignUpNotice(String lower) {
    for (String c : SIGNED_UP) {
      if (lower.startsWith(c)) {
        return true;
      }
    }
    for (String o : CONSENT_OPENINGS) {
      if (lower.startsWith(o)) {
        for (String w : CONSENT_WORDS) {
          if (lower.contains(w)) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** How a paywall's notice opens, where a members-only article stops for other readers. */
  private static final String[] PAYWALL_OPENINGS = {
    "this article is exclusive to", "this story is exclusive to", "this article is for subscribers",
    "this story is for subscribers", "this content is for subscribers", "this post is for paid subscribers",
    "this post is for subscribers", "unlock this article", "unlock this story", "unlock this post",
    "become a paid subscriber", "subscribe to unlock", "subscribe to keep reading",
    "subscribe to continue reading", "you've reached your free", "you have reached your free",
    "you've reached your limit", "you have reached your limit"
  };

  /** Paywall notices are short; a sentence of a story about paywalls is longer or opens otherwise. */
  static final int PAYWALL_WORDS = 25;

  /**
   * A paywall's notice in the article's flow ("This article is exclusive to subscribers",
   * "Become a paid subscriber to unlock this piece"): what follows it is the offer, not the
   * article. Takes the block's text as cleaned.
   */
  static boolean isPaywall(String text, int words) {
    if (words == 0 || words > PAYWALL_WORDS) {
      return false;
    }
    int a = 0;
    while (a < text.length() && !Character.isLetterOrDigit(text.charAt(a))) {
      a++;
    }
    // compared in place: most short blocks open with none of these, and need no lower-cased copy
    for (String p : PAYWALL_OPENINGS) {
      if (startsAt(text, a, p)) {
        return true;
      }
    }
    return false;
  }

  /** Whether text holds the lower-case phrase at index a, ignoring case, either apostrophe. */
  private static boolean startsAt(String text, int a, String phrase) {
    if (text.length() - a < phrase.length()) {
      return false;
    }
    for (int i = 0; i < phrase.length(); i++) {
      char c = text.charAt(a + i);
      char p = phrase.charAt(i);
      if (c != p && Character.toLowerCase(c) != p && !(p == '\'' && c == '\u2019')) {
        return false;
      }
    }
    return true;
  }

  /**
   * A template's filler text left in a section the site never filled ("Lorem ipsum dolor sit
   * amet ..."): never part of an article, whatever its length.
   */
  static boolean isPlaceholder(String text) {
    return text.regionMatches(true, 0, "lorem ipsum", 0, 11);
  }

  /** Disclosure lines are at most this long; the rule reads only blocks of the article's container. */
  static final int DISCLOSURE_WORDS = 60;

  /** The site or its writer earning from the links: "we may earn a commission", "I earn from". */
  private static final String[] EARNING = {
    "we may earn", "we earn", "we may receive", "we receive a", "i may earn", "i earn",
    "i may receive", "i receive a", "may earn us", "earn from qualifying purchases"
  };

  /** The post saying it holds such links: "This post contains affiliate links". */
  private static final String[] HOLDS_LINKS = {
    "contains affiliate links", "contain affiliate links", "includes affiliate links",
    "include affiliate links"
  };

  /**
   * A shopping disclosure that deal and review templates put at the top or bottom of the text:
   * the site (first person) earns a commission from links, or the post says it contains affiliate
   * links. "Streamers earn a commission via affiliate links" names someone else and stays; so does
   * a publisher's own name in the third person ("Gazette may receive a commission"), which some
   * benchmarks' truths keep as part of the story's furniture.
   */
  static boolean isDisclosure(String text, int words) {
    if (words == 0 || words > DISCLOSURE_WORDS) {
      return false;
    }
    // most blocks name neither: look for the word stems before making a lower-cased copy
    if (!(text.contains("ommission") || text.contains("ualifying purchases")
        || text.contains("ffiliate link"))) {
      return false;
    }
    String s = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    for (String h : HOLDS_LINKS) {
      if (s.contains(h)) {
        return true;
      }
    }
    for (String e : EARNING) {
      int at = s.indexOf(e);
      // a whole word: "we earn" is not the end of "knew earn"
      if (at >= 0 && (at == 0 || !Character.isLetter(s.charAt(at - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a block of this many words can be a stock phrase at all (its text need not be read). */
  static boolean mayBeStockPhrase(int words) {
    return words <= APPEAL_WORDS;
  }

  /** Blocks up to this long are checked for appeal phrases anywhere in them. */
  private static final int APPEAL_WORDS = 30;

  private static final String[] APPEALS = {
    "follow us on", "follow him on", "follow her on", "follow them on", "news tip", "have a tip",
    "email us at", "contact the author", "sign up for our", "subscribe to our", "get our newsletter"
  };

  /** Sign-up, follow and tip-line appeals: "Subscribe to our newsletter", "Follow her on X". */
  static boolean isAppeal(String lower) {
    for (String a : APPEALS) {
      if (lower.contains(a)) {
        return true;
      }
    }
    return (lower.contains("newsletter") || lower.contains("inbox"))
        && (lower.contains("subscribe") || lower.contains("sign up"));
  }

  /** "By Jane Roe and Ann Doe", "Posted on 12 March 2025", "Updated 10:45 GMT, March 12". */
  static boolean isByline(String text, int words) {
    if (words == 0 || words > 20) {
      return false;
    }
    String s = text.toLowerCase(Locale.ROOT);
    if (s.startsWith("by ") || s.startsWith("written by ") || s.startsWith("words by ")) {
      return words <= 12 && mostlyNames(text.substring(s.indexOf("by ") + 3));
    }
    if (words <= 9 && PublicationDates.find(text, 0, Math.min(text.length(), 80)) != null) {
      return true;
    }
    if (s.startsWith("updated ") || s.startsWith("published ") || s.startsWith("posted ")) {
      return true;
    }
    for (String m : META_LINE) {
      if (s.contains(m)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> NAME_JOINERS =
      Set.of("and", "in", "of", "for", "the", "at", "de", "da", "van", "von", "der", "y", "e", "und", "et");

  /** Whether the words after "By" read as names: "Jane Roe and Ann Doe, Reuters", not "noon, it was over". */
  static boolean mostlyNames(String rest) {
    int lower = 0;
    int i = 0;
    int n = rest.length();
    while (i < n) {
      while (i < n && !Character.isLetter(rest.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && (Character.isLetter(rest.charAt(i)) || rest.charAt(i) == '\'' || rest.charAt(i) == '-')) {
        i++;
      }
      if (i > start && Character.isLowerCase(rest.charAt(start))
          && !NAME_JOINERS.contains(rest.substring(start, i))) {
        lower++;
      }
    }
    return lower == 0;
  }

  /** Phrases of a post's meta line: "Posted by X in News", "Publicado por X - Categoria: Y". */
  private static final String[] META_LINE = {
    "posted by", "published by", "written by", "filed under", "posted in", "tags:", "category:",
    "categories:", "publicado por", "categoria:", "publié par", "veröffentlicht von",
    "pubblicato da", "autor:", "author:"
  };

  /** Headings that open what follows an article: related links, recommendations, comments. */
  private static final String[] SECTION_ENDS = {
    "related", "more from", "more on", "more stories", "more news", "more articles", "more in ",
    "you may also", "you might also", "you may like", "you might like", "recommended",
    "read more", "read next", "what to read next", "see also", "also read", "read also",
    "most read", "most popular", "most viewed", "trending", "popular", "top stories",
    "latest news", "latest stories", "comments", "leave a reply", "leave a comment",
    "join the conversation", "discussion", "about the author", "other stories",
    "don't miss", "editor's picks", "recent posts", "similar articles", "similar posts",
    // the news site's own next stories under the article
    "also in the news", "in other news", "more headlines", "latest headlines", "recent articles",
    "recent stories", "recent news", "keep reading", "more to explore", "explore more",
    "in case you missed", "other posts", "more you might", "more like this", "further reading",
    "read these next",
    // pt, es, fr, it, de, nl, pl
    "você pode gostar", "voce pode gostar", "leia também", "leia mais", "veja também",
    "relacionad", "notícias relacionadas", "te puede interesar", "lee también", "noticias relacionadas",
    "à lire aussi", "a lire aussi", "lire aussi", "sur le même sujet", "articles similaires",
    "potrebbe interessarti", "leggi anche", "articoli correlati", "das könnte sie auch",
    "mehr zum thema", "weitere artikel", "lees ook", "zobacz też", "czytaj też", "czytaj także",
    // ru, uk
    "читайте также", "смотрите также", "похожие", "по теме", "самые популярные", "популярное",
    "комментарии", "отзывы", "добавить отзыв", "читайте також", "дивіться також", "популярне",
    "коментарі", "схожі"
  };

  /**
   * Section headings that close an article whatever follows them: the author's box and the
   * comments. Other stock headings ("Popular models", "Recommended providers") also name sections
   * of guides and comparisons, so the body reads on when prose follows them.
   */
  private static final String[] FIRM_SECTION_ENDS = {
    "comments", "leave a reply", "leave a comment", "join the conversation", "discussion",
    "about the author", "комментарии", "отзывы", "добавить отзыв", "коментарі"
  };

  /** Whether a heading that {@link #endsArticle} accepts ends the article even before prose. */
  static boolean endsArticleFirmly(String text) {
    String s = trimPunct(text.toLowerCase(Locale.ROOT));
    for (String p : FIRM_SECTION_ENDS) {
      if (s.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a heading opens the after-article section (short, stock wording). */
  static boolean endsArticle(String text, int words) {
    if (words == 0 || words > 8) {
      return false;
    }
    String s = trimPunct(text.toLowerCase(Locale.ROOT));
    int colon = s.indexOf(':');
    if (colon >= 0 && colon < s.length() - 1) {
      return false; // "Related post: <a title>" is a link inside the body, not a section
    }
    for (String p : SECTION_ENDS) {
      if (s.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  private static String trimPunct(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && !Character.isLetterOrDigit(s.charAt(a)) && s.charAt(a) != '©') {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }
}
