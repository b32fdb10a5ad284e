package org.newsbeam.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the article in a news page: its body text, headline, canonical URL, declared language
 * and structured publication date.
 *
 * <p>Method, in one parse and a few linear passes (no page- or site-specific rules):
 *
 * <ol>
 *   <li>One walk over the DOM cuts the page into text blocks (the inline text between two block
 *       boundaries), notes for each block its characters, characters inside links and the element
 *       that owns it, and collects meta tags, JSON-LD and {@code <time>} elements on the way.
 *       Scripts, styles, form controls and hidden elements (hidden attribute, display:none,
 *       whole "hidden"/"sr-only" classes) are skipped.
 *   <li>Class, id, role, itemprop and tag name give each element a hint: page chrome (share,
 *       related, comments, newsletter, cookie, caption, footer, nav, figure ...), article
 *       (article, story, main) or article body ("article-body", "entry-content",
 *       itemprop=articleBody). The nearest hint above a block decides. A chrome hint is void on an
 *       element that holds most of the page's prose in several paragraphs, because whole-page
 *       wrappers carry such classes too ("has-sidebar"). Text of inline chrome (a credit, a
 *       pop-up card inside a sentence) is left out without splitting the sentence.
 *   <li>Each block is prose (ten words or more, few links; long blocks may link more), chrome
 *       (link lists, blocks under chrome, stock lines such as "Advertisement" or sign-up appeals,
 *       teaser excerpts, teaser cards around a linked headline) or neutral. Every element sums the
 *       prose and chrome words beneath it; the article container is the container element
 *       (never a single paragraph) with the most prose net of chrome.
 *   <li>The body is the container's blocks in order, less chrome, link lists, bylines, meta lines
 *       and the headline repeated. A short stock heading ("Related stories", "You may also like",
 *       "Comments") skips the box it heads, or ends the body when it stands in the body's own
 *       flow. When the page's JSON-LD articleBody is clearly longer than what the DOM gave, the
 *       JSON-LD text is used instead (pages that render their body by script).
 * </ol>
 *
 * <p>Thread-safe: holds no per-page state (a process-wide cache of class-name hints aside).
 */
public final class ContentExtractor {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonParser.Feature.ALLOW_COMMENTS)
          .build();

  public ContentExtractor() {}


  /**
   * Forgets the class names learned from earlier pages (a process-wide cache that makes pages of
   * an already seen site cheaper). For benchmarks that must not profit from repeated pages.
   */
  public static void clearCaches() {
    Hints.clearCache();
  }

  public ExtractedPage extract(String html, String url) {
    String base = url == null ? "" : url;
    Document doc = Jsoup.parse(html == null ? "" : html, base);
    return extractDocument(doc, base);
  }

  /** For callers that already hold a parsed document. */
  public ExtractedPage extractDocument(Document doc, String url) {
    Walk walk = new Walk();
    walk.traverse(doc);
    walk.flush();
    Meta meta = walk.meta;
    JsonLd ld = readJsonLd(walk.jsonLd);

    String title = firstNonBlank(meta.ogTitle, ld.headline, walk.firstH1, cleanTitle(walk.titleTag));
    title = TextNormalizer.cleanParagraph(title);

    List<String> paragraphs = body(walk, title);
    if (ld.articleBody != null && !ld.articleBody.isBlank()) {
      List<String> fromLd = jsonLdParagraphs(ld.articleBody, title);
      int ldWords = words(fromLd);
      int domWords = words(paragraphs);
      if (ldWords > 0 && domWords * 2 < ldWords) {
        paragraphs = fromLd;
      }
    }

    String canonical = firstNonBlank(meta.canonical, meta.ogUrl);
    String language = languageTag(firstNonBlank(walk.htmlLang, meta.ogLocale, meta.contentLanguage));
    PublicationDate date = structuredDate(ld, meta, walk);
    if (date == null && PublicationDates.fromUrl(url) == null) {
      // the URL has no date either, so a dateline is the next most trusted source: read it from
      // the short lines around the body start, which the body itself leaves out
      date = datelineNearBody(walk);
    }
    return new ExtractedPage(
        title, Collections.unmodifiableList(paragraphs), canonical, language, date);
  }

  // ---------------------------------------------------------------- walk over the DOM

  /** Block-level tags: text on either side of one of these belongs to different blocks. */
  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
          "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
          "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre",
          "section", "summary", "table", "tbody", "thead", "tfoot", "td", "th", "tr", "ul",
          "caption", "menu", "legend", "br", "img", "picture", "video", "audio");

  /** Never article text, whatever they contain. */
  private static final Set<String> SKIP_TAGS =
      Set.of(
          "script", "style", "noscript", "template", "svg", "iframe", "button", "select", "input",
          "textarea", "canvas", "object", "embed", "audio", "video", "math", "map", "option",
          "datalist", "dialog");

  /** Page chrome by tag name; overridden like class hints when the element holds the body. */
  private static final Set<String> CHROME_TAGS =
      Set.of("nav", "footer", "aside", "header", "menu", "figure", "figcaption");

  /** Blocks that hold text, never other blocks' text: no candidates for the article container. */
  private static final Set<String> LEAF_BLOCKS =
      Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre",
          "figcaption", "caption", "th", "br", "hr", "img", "picture", "summary", "legend");

  private static final int TAG_BLOCK = 1;
  private static final int TAG_SKIP = 2;
  private static final int TAG_CHROME = 4;
  private static final int TAG_LEAF = 8;

  /** The sets above as bit flags: one map lookup per element instead of four set probes. */
  private static final Map<String, Integer> TAG_FLAGS = new HashMap<>();

  static {
    for (String t : BLOCK_TAGS) {
      TAG_FLAGS.merge(t, TAG_BLOCK, (a, b) -> a | b);
    }
    for (String t : SKIP_TAGS) {
      TAG_FLAGS.merge(t, TAG_SKIP, (a, b) -> a | b);
    }
    for (String t : CHROME_TAGS) {
      TAG_FLAGS.merge(t, TAG_CHROME, (a, b) -> a | b);
    }
    for (String t : LEAF_BLOCKS) {
      TAG_FLAGS.merge(t, TAG_LEAF, (a, b) -> a | b);
    }
  }

  private static final int HINT_NONE = 0;
  private static final int HINT_CHROME = 1;
  private static final int HINT_ARTICLE = 2;
  private static final int HINT_BODY = 3;
  /** Comments and discussion: chrome that only a whole-page wrapper can void. */
  private static final int HINT_DISCUSSION = 4;

  private static boolean isChrome(int hint) {
    return hint == HINT_CHROME || hint == HINT_DISCUSSION;
  }

  /** One element on the walk's path. */
  static final class Info {
    final Element el;
    final Info parent;
    final String tag;
    final int hint;
    final int depth;
    double prose;
    double chrome;
    int rawProse;
    int words;
    /** A card of a listing: a linked headline with its excerpt. */
    boolean teaser;
    int rawProseBlocks;
    boolean block;
    boolean leaf;
    boolean muted;

    Info(Element el, Info parent, String tag, int hint) {
      this.el = el;
      this.parent = parent;
      this.tag = tag;
      this.hint = hint;
      this.depth = parent == null ? 0 : parent.depth + 1;
    }
  }

  /** Kinds of block, from the nearest block-level tag that holds the text. */
  enum Kind {
    PARA,
    HEADING,
    ITEM,
    QUOTE,
    PRE,
    CELL,
    CAPTION,
    OTHER
  }

  /** Inline text between two block boundaries. */
  static final class Block {
    /** As found in the DOM; cleaned on first use of {@link #text()}. */
    private final String raw;
    private String text;
    final Info owner;
    final Kind kind;
    final int chars;
    final int linkChars;
    final int words;
    boolean chrome;
    boolean prose;
    boolean startsInLink;

    Block(String text, Info owner, Kind kind, int chars, int linkChars, int words) {
      this.raw = text;
      this.owner = owner;
      this.kind = kind;
      this.chars = chars;
      this.linkChars = linkChars;
      this.words = words;
    }

    /** The block's text, cleaned with {@link TextNormalizer#cleanParagraph}. */
    String text() {
      if (text == null) {
        text = TextNormalizer.cleanParagraph(raw);
      }
      return text;
    }

    double linkDensity() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }
  }

  static final class Meta {
    String ogTitle = "";
    String ogUrl = "";
    String canonical = "";
    String ogLocale = "";
    String contentLanguage = "";
    String metaDate = "";
    String itempropDate = "";
  }

  /** Meta names and properties that carry the publication date, most specific first. */
  private static final List<String> DATE_META =
      List.of(
          "article:published_time", "og:article:published_time", "article:published",
          "datepublished", "publishdate", "publish-date", "publish_date", "pubdate",
          "publication_date", "date.published", "dc.date.issued", "dcterms.issued",
          "dc.date.created", "dcterms.created", "dc.date", "sailthru.date", "parsely-pub-date",
          "article.published", "originalpublicationdate", "article_date_original", "date",
          "og:published_time", "cxenseparse:recs:publishtime");

  private static final Map<String, Integer> DATE_META_RANK = new HashMap<>();

  static {
    for (int i = 0; i < DATE_META.size(); i++) {
      DATE_META_RANK.put(DATE_META.get(i), i);
    }
  }

  /** The single pass over the DOM. Not thread-safe; one per page. */
  static final class Walk implements NodeFilter {
    final Meta meta = new Meta();
    final Hints.Cache hints = Hints.localCache();
    final List<String> jsonLd = new ArrayList<>(2);
    final List<Block> blocks = new ArrayList<>(256);
    final List<String[]> times = new ArrayList<>(4);
    String titleTag = "";
    String firstH1 = "";
    String htmlLang = "";
    int metaDateRank = Integer.MAX_VALUE;
    int firstBodyBlock = -1;
    Info top;
    int anchorDepth;
    int chromeDepth;
    final StringBuilder buf = new StringBuilder(256);
    int bufChars;
    int bufLinkChars;
    boolean bufStartsInLink;
    int bufWords;
    int bufIdeographs;
    boolean bufInWord;
    StringBuilder h1Text;

    /**
     * Depth-first walk calling head and tail like {@link NodeTraversor#filter}, without its
     * checks for nodes removed during the walk (this walk never changes the DOM).
     */
    void traverse(Node root) {
      Node node = root;
      int depth = 0;
      while (node != null) {
        FilterResult r = head(node, depth);
        if (r == FilterResult.CONTINUE) {
          if (node.childNodeSize() > 0) {
            node = node.childNode(0);
            depth++;
            continue;
          }
          tail(node, depth);
        }
        Node next = node == root ? null : node.nextSibling();
        while (next == null && node != root) {
          node = node.parentNode();
          depth--;
          tail(node, depth);
          next = node == root ? null : node.nextSibling();
        }
        if (node == root && next == null) {
          break;
        }
        node = next;
      }
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        if (top != null && top.muted) {
          return FilterResult.CONTINUE;
        }
        String s = t.getWholeText();
        int nonSpace = scanText(s);
        if (nonSpace > 0) {
          buf.append(s);
        } else if (bufChars > 0) {
          buf.append(' '); // indentation between tags: one space keeps words apart
          bufInWord = false;
        }
        if (bufChars == 0 && nonSpace > 0) {
          bufStartsInLink = anchorDepth > 0;
        }
        bufChars += nonSpace;
        if (anchorDepth > 0) {
          bufLinkChars += nonSpace;
        }
        if (h1Text != null) {
          h1Text.append(s);
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element el)) {
        return FilterResult.SKIP_ENTIRELY; // comments, doctype
      }
      String tag = el.normalName();
      switch (tag) {
        case "script" -> {
          String type = el.attr("type");
          if (type.contains("ld+json")) {
            jsonLd.add(el.data());
          }
          return FilterResult.SKIP_ENTIRELY;
        }
        case "meta" -> {
          readMeta(el);
          return FilterResult.SKIP_ENTIRELY;
        }
        case "link" -> {
          if (meta.canonical.isEmpty() && el.attr("rel").equalsIgnoreCase("canonical")) {
            meta.canonical = el.absUrl("href");
          }
          return FilterResult.SKIP_ENTIRELY;
        }
        case "title" -> {
          if (titleTag.isEmpty()) {
            titleTag = el.text();
          }
          return FilterResult.SKIP_ENTIRELY;
        }
        case "head" -> {
          push(el, tag, HINT_CHROME);
          return FilterResult.CONTINUE;
        }
        case "html" -> {
          htmlLang = el.attr("lang");
          if (htmlLang.isEmpty()) {
            htmlLang = el.attr("xml:lang");
          }
        }
        case "time" -> {
          String dt = el.attr("datetime");
          if (!dt.isEmpty()) {
            times.add(new String[] {dt, chromeDepth > 0 ? "chrome" : "", el.hasAttr("pubdate") ? "pubdate" : ""});
          }
        }
        default -> {}
      }
      Integer tagFlags = TAG_FLAGS.get(tag);
      int flags = tagFlags == null ? 0 : tagFlags;
      if ((flags & TAG_SKIP) != 0) {
        return FilterResult.SKIP_ENTIRELY;
      }
      int hint;
      if (el.attributesSize() == 0) {
        hint = (flags & TAG_CHROME) != 0 ? HINT_CHROME
            : tag.equals("article") || tag.equals("main") ? HINT_ARTICLE : HINT_NONE;
      } else {
        // one pass over the attributes instead of a lookup per name
        String cls = "";
        String id = "";
        String role = "";
        String prop = "";
        String style = "";
        for (Attribute a : el.attributes()) {
          switch (a.getKey()) {
            case "class" -> cls = a.getValue();
            case "id" -> id = a.getValue();
            case "role" -> role = a.getValue();
            case "itemprop" -> prop = a.getValue();
            case "style" -> style = a.getValue();
            case "hidden" -> {
              return FilterResult.SKIP_ENTIRELY;
            }
            default -> {}
          }
        }
        if (!style.isEmpty() && hiddenStyle(style)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (!prop.isEmpty() && prop.equalsIgnoreCase("datePublished") && meta.itempropDate.isEmpty()) {
          meta.itempropDate = firstNonBlank(el.attr("content"), el.attr("datetime"), el.text());
        }
        hint = (flags & TAG_CHROME) != 0 ? HINT_CHROME : hint(tag, prop, role, cls, id);
      }
      boolean block = (flags & TAG_BLOCK) != 0;
      if (block) {
        flush();
      }
      if (tag.equals("a")) {
        anchorDepth++;
      }
      if (tag.equals("h1") && firstH1.isEmpty() && h1Text == null) {
        h1Text = new StringBuilder();
      }
      boolean inheritedMute = top != null && top.muted && !block;
      push(el, tag, hint);
      top.block = block;
      top.leaf = (flags & TAG_LEAF) != 0;
      // the text of an inline credit, date or pop-up card is left out without splitting the
      // sentence around it; block elements inside it are judged on their own
      top.muted = inheritedMute || isChrome(hint) && !block && !tag.equals("a");
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element) {
        Info closing = top;
        if (closing.block) {
          flush();
        }
        String tag = closing.tag;
        if (tag.equals("a")) {
          anchorDepth--;
        } else if (tag.equals("h1") && h1Text != null) {
          firstH1 = h1Text.toString();
          h1Text = null;
        }
        if (isChrome(closing.hint)) {
          chromeDepth--;
        }
        top = closing.parent;
      }
      return FilterResult.CONTINUE;
    }

    private void push(Element el, String tag, int hint) {
      top = new Info(el, top, tag, hint);
      if (isChrome(hint)) {
        chromeDepth++;
      }
    }

    /**
     * Counts a text node's visible chars and adds its words to the block's count, in one pass;
     * a word split over two text nodes ("<b>Harb</b>our") counts once.
     */
    private int scanText(String s) {
      int nonSpace = 0;
      boolean inWord = bufInWord;
      for (int i = 0, n = s.length(); i < n; i++) {
        char c = s.charAt(i);
        if (c <= ' ' || c == '\u00A0') {
          inWord = false;
          continue;
        }
        nonSpace++;
        boolean wordChar = c < 128
            ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            : Character.isLetterOrDigit(c);
        if (wordChar) {
          if (c >= 0x3040 && (Character.isIdeographic(c) || c <= 0x30FF)) {
            bufIdeographs++;
            inWord = false;
          } else if (!inWord) {
            bufWords++;
            inWord = true;
          }
        } else if (c != '\'' && c != '-') {
          inWord = false;
        }
      }
      bufInWord = inWord;
      return nonSpace;
    }

    void flush() {
      bufInWord = false;
      if (bufChars == 0) {
        buf.setLength(0);
        bufLinkChars = 0;
        bufWords = 0;
        bufIdeographs = 0;
        return;
      }
      String text = buf.toString();
      buf.setLength(0);
      Info owner = top;
      int words = bufWords + bufIdeographs / 2;
      Block b = new Block(text, owner, kindOf(owner), bufChars, bufLinkChars, words);
      b.startsInLink = bufStartsInLink;
      blocks.add(b);
      bufChars = 0;
      bufLinkChars = 0;
      bufWords = 0;
      bufIdeographs = 0;
    }

    private void readMeta(Element el) {
      // one pass over the attributes (the parser lower-cases their names)
      String property = "";
      String name = "";
      String itemprop = "";
      String httpEquiv = "";
      String content = "";
      for (Attribute a : el.attributes()) {
        switch (a.getKey()) {
          case "property" -> property = a.getValue();
          case "name" -> name = a.getValue();
          case "itemprop" -> itemprop = a.getValue();
          case "http-equiv" -> httpEquiv = a.getValue();
          case "content" -> content = a.getValue();
          default -> {}
        }
      }
      String key = !property.isEmpty() ? property : !name.isEmpty() ? name : itemprop;
      if (key.isEmpty()) {
        if (httpEquiv.equalsIgnoreCase("content-language")) {
          meta.contentLanguage = content;
        }
        return;
      }
      key = key.toLowerCase(Locale.ROOT);
      switch (key) {
        case "og:title" -> meta.ogTitle = content;
        case "og:url" -> {
          // usually absolute already; resolving against the base URL is costly
          if (content.startsWith("https://") || content.startsWith("http://")) {
            meta.ogUrl = content;
          } else {
            String abs = el.absUrl("content");
            meta.ogUrl = abs.isEmpty() ? content : abs;
          }
        }
        case "og:locale" -> meta.ogLocale = content;
        default -> {
          Integer rank = DATE_META_RANK.get(key);
          if (rank != null && rank < metaDateRank && PublicationDates.parse(content) != null) {
            meta.metaDate = content;
            metaDateRank = rank;
          }
        }
      }
    }

    private int hint(String tag, String prop, String role, String cls, String id) {
      if (!prop.isEmpty() && prop.equalsIgnoreCase("articleBody")) {
        return HINT_BODY;
      }
      if (!role.isEmpty()) {
        switch (role.toLowerCase(Locale.ROOT)) {
          case "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog",
              "menu", "menubar", "toolbar", "search", "tablist" -> {
            return HINT_CHROME;
          }
          case "main", "article" -> {
            return HINT_ARTICLE;
          }
          default -> {}
        }
      }
      int byTag = tag.equals("article") || tag.equals("main") ? HINT_ARTICLE : HINT_NONE;
      if (cls.isEmpty() && id.isEmpty()) {
        return byTag;
      }
      int cached = hints.classify(cls, id); // same codes as HINT_*
      return cached == HINT_NONE ? byTag : cached;
    }
  }

  private static boolean hiddenStyle(String style) {
    int i = style.indexOf("none");
    if (i < 0) {
      i = style.indexOf("hidden");
      if (i < 0) {
        return false;
      }
    }
    String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return compact.contains("display:none") || compact.contains("visibility:hidden");
  }

  static Kind kindOf(Info owner) {
    for (Info i = owner; i != null; i = i.parent) {
      switch (i.tag) {
        case "p":
          return Kind.PARA;
        case "h1", "h2", "h3", "h4", "h5", "h6":
          return Kind.HEADING;
        case "li", "dt", "dd":
          return Kind.ITEM;
        case "blockquote":
          return Kind.QUOTE;
        case "pre":
          return Kind.PRE;
        case "td", "th":
          return Kind.CELL;
        case "figcaption", "caption":
          return Kind.CAPTION;
        default:
          if (i.block) {
            return Kind.OTHER;
          }
      }
    }
    return Kind.OTHER;
  }

  // ---------------------------------------------------------------- scoring

  /** A block with at least this many words and few links reads as prose. */
  private static final int PROSE_WORDS = 10;

  private static final double PROSE_MAX_LINK_DENSITY = 0.35;
  private static final double KEEP_MAX_LINK_DENSITY = 0.5;

  /** A chrome hint counts only on elements holding less than this share of the page's prose. */
  private static final double CHROME_OVERRIDE_SHARE = 0.5;

  /**
   * Comment threads often hold more prose than the article; their hint is void only on an element
   * that wraps nearly all the page ("page has-comments").
   */
  private static final double DISCUSSION_OVERRIDE_SHARE = 0.9;

  /** Blocks looked at before the body's first block for a dateline. */
  private static final int DATELINE_WINDOW = 12;

  private static PublicationDate datelineNearBody(Walk walk) {
    int start = walk.firstBodyBlock < 0 ? 0 : walk.firstBodyBlock;
    int from = Math.max(0, start - DATELINE_WINDOW);
    int to = Math.min(walk.blocks.size(), start + 3);
    for (int i = from; i < to; i++) {
      Block b = walk.blocks.get(i);
      if (b.words > 14) {
        continue;
      }
      LocalDate d = PublicationDates.find(b.text(), 0, b.text().length());
      if (d != null) {
        return new PublicationDate(d, "text");
      }
    }
    return null;
  }

  /**
   * Marks teaser cards: the smallest element around a linked headline (other than the page's own)
   * that also holds more text, the excerpt. Article bodies rarely link their sub-headings;
   * "more stories" listings always do.
   */
  private static void markTeasers(List<Block> blocks, String title) {
    String titleKey = letters(title);
    for (Block b : blocks) {
      if (b.kind != Kind.HEADING || b.words < 2 || b.linkDensity() < 0.8) {
        continue;
      }
      if (!titleKey.isEmpty() && similarTitle(letters(b.text()), titleKey)) {
        continue;
      }
      Info heading = b.owner;
      while (heading != null && !heading.tag.startsWith("h")) {
        heading = heading.parent;
      }
      if (heading == null) {
        continue;
      }
      Info card = heading.parent;
      for (int up = 0; card != null && up < 4; up++, card = card.parent) {
        if (card.words > b.words + 8) {
          card.teaser = true;
          break;
        }
      }
    }
  }

  /** Lower-case letters and digits only, for comparing headings with the title. */
  static String letters(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /** A heading that repeats the page title, possibly without the title's " — Site" tail. */
  static boolean similarTitle(String heading, String title) {
    if (heading.isEmpty() || title.isEmpty()) {
      return false;
    }
    return heading.equals(title)
        || heading.length() >= 8 && (title.startsWith(heading) || heading.startsWith(title));
  }

  static List<String> body(Walk walk, String title) {
    List<Block> blocks = walk.blocks;
    if (blocks.isEmpty()) {
      return new ArrayList<>();
    }
    // raw prose per element, hints ignored
    int totalProse = 0;
    for (Block b : blocks) {
      if (looksLikeProse(b)) {
        totalProse += b.words;
        for (Info i = b.owner; i != null; i = i.parent) {
          i.words += b.words;
          i.rawProse += b.words;
          i.rawProseBlocks++;
        }
      } else {
        for (Info i = b.owner; i != null; i = i.parent) {
          i.words += b.words;
        }
      }
    }
    markTeasers(blocks, title);
    // the nearest hint above a block decides; a chrome hint is void on an element that holds most
    // of the page's prose in several paragraphs (whole-page wrappers named "has-sidebar" etc.)
    for (Block b : blocks) {
      boolean chrome = false;
      for (Info i = b.owner; i != null; i = i.parent) {
        if (i.hint == HINT_BODY) {
          break;
        }
        if ((i.hint == HINT_CHROME || i.teaser)
                && (i.rawProse < CHROME_OVERRIDE_SHARE * totalProse || i.rawProseBlocks < 2)
            || i.hint == HINT_DISCUSSION && i.rawProse < DISCUSSION_OVERRIDE_SHARE * totalProse) {
          chrome = true;
          break;
        }
      }
      if (!chrome && !surelyDropped(b)
          && (Boilerplate.isStockPhrase(b.text(), b.words) || isExcerpt(b))) {
        chrome = true;
      }
      b.chrome = chrome;
      double ld = b.linkDensity();
      if (chrome || tooManyLinks(b)) {
        for (Info i = b.owner; i != null; i = i.parent) {
          i.chrome += b.words;
        }
      } else if (looksLikeProse(b)) {
        b.prose = true;
        double weight = b.words * (1 - ld);
        for (Info i = b.owner; i != null; i = i.parent) {
          i.prose += weight;
        }
      }
    }
    Info best = null;
    double bestScore = 0;
    for (Block b : blocks) {
      if (!b.prose) {
        continue;
      }
      for (Info i = b.owner; i != null; i = i.parent) {
        if (!i.block || i.leaf) {
          continue; // a paragraph or an inline element is no container
        }
        double score = i.prose - CHROME_PENALTY * i.chrome;
        if (i.hint == HINT_ARTICLE || i.hint == HINT_BODY) {
          score *= 1.05;
        }
        if (best == null || score > bestScore || (score == bestScore && i.depth > best.depth)) {
          best = i;
          bestScore = score;
        }
      }
    }
    List<String> out = new ArrayList<>();
    if (best == null) {
      return out;
    }
    String titleKey = letters(title);
    boolean proseSeen = false;
    Info skip = null;
    for (int k = 0; k < blocks.size(); k++) {
      Block b = blocks.get(k);
      if (!isInside(b.owner, best)) {
        continue;
      }
      if (skip != null) {
        if (isInside(b.owner, skip)) {
          continue;
        }
        skip = null;
      }
      if (b.kind == Kind.HEADING && proseSeen && b.linkDensity() < 0.5
          && Boilerplate.endsArticle(b.text(), b.words)) {
        // "Related stories", "You may also like": a box inside the body is skipped, a heading
        // in the body's own flow ends the article
        skip = sectionBox(b.owner, best);
        if (skip == null) {
          break;
        }
        continue;
      }
      if (b.chrome || b.words == 0) {
        continue;
      }
      if (b.words <= 3 && b.kind != Kind.CELL && !hasLetter(b.text())) {
        continue; // a bare time, count or page number ("16:05", "3/12") outside a table
      }
      proseSeen |= b.prose;
      if (walk.firstBodyBlock < 0 && b.prose) {
        walk.firstBodyBlock = k;
      }
      double ld = b.linkDensity();
      boolean linkHeavy = b.kind == Kind.PARA ? ld > PARA_MAX_LINK_DENSITY && b.words < LONG_WORDS || ld > 0.9
          : tooManyLinks(b) || (b.kind == Kind.ITEM && ld > 0.3 && b.words < 12);
      if (linkHeavy) {
        continue;
      }
      if (b.kind == Kind.HEADING ? similarTitle(letters(b.text()), titleKey)
          : !b.prose && letters(b.text()).equals(titleKey)) {
        continue;
      }
      if (!b.prose && Boilerplate.isByline(b.text(), b.words)) {
        continue;
      }
      out.add(b.text());
    }
    return out;
  }

  /** How much a word of chrome inside an element offsets a word of prose. */
  private static final double CHROME_PENALTY = 1.0;

  /** Inside the article, a paragraph of a sentence or more may link most of its words. */
  private static final double PARA_MAX_LINK_DENSITY = 0.8;

  /** Long blocks may carry more links: digests and explainers link every other phrase. */
  private static final int LONG_WORDS = 25;

  private static final double LONG_MAX_LINK_DENSITY = 0.65;

  /** The largest element around a heading, inside the container, that holds little of its prose. */
  private static Info sectionBox(Info heading, Info container) {
    Info box = null;
    for (Info i = heading; i != null && i != container; i = i.parent) {
      if (i.prose <= 0.3 * container.prose) {
        box = i;
      } else {
        break;
      }
    }
    // the heading element alone is no box
    if (box != null && box.tag.length() == 2 && box.tag.charAt(0) == 'h') {
      return null;
    }
    return box;
  }

  private static boolean looksLikeProse(Block b) {
    double ld = b.linkDensity();
    return b.words >= PROSE_WORDS && ld <= PROSE_MAX_LINK_DENSITY
        || b.words >= LONG_WORDS && ld <= LONG_MAX_LINK_DENSITY;
  }

  /** Link lists the body leaves out anyway; no need to read their text for stock phrases. */
  private static boolean surelyDropped(Block b) {
    return b.kind == Kind.PARA ? b.linkDensity() > 0.9 : tooManyLinks(b);
  }

  /** A teaser's cut-off excerpt: linked headline, text, trailing ellipsis. */
  private static boolean isExcerpt(Block b) {
    if (!b.startsInLink || b.words > 120 || b.kind == Kind.PARA || b.kind == Kind.QUOTE) {
      return false;
    }
    String t = b.text();
    int n = t.length();
    return n > 3 && (t.endsWith("...") || t.endsWith("\u2026") || t.endsWith("[\u2026]") || t.endsWith("[...]"));
  }

  private static boolean tooManyLinks(Block b) {
    double ld = b.linkDensity();
    return ld > LONG_MAX_LINK_DENSITY || ld > KEEP_MAX_LINK_DENSITY && b.words < LONG_WORDS;
  }

  private static boolean isInside(Info node, Info container) {
    for (Info i = node; i != null; i = i.parent) {
      if (i == container) {
        return true;
      }
      if (i.depth < container.depth) {
        return false;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- JSON-LD

  static final class JsonLd {
    String headline;
    String articleBody;
    String datePublished;
  }

  private static JsonLd readJsonLd(List<String> scripts) {
    JsonLd out = new JsonLd();
    for (String s : scripts) {
      try {
        JsonNode root = JSON.readTree(s.trim());
        visitJsonLd(root, out, 0);
      } catch (Exception e) {
        // malformed JSON-LD is common; the DOM still has the article
      }
    }
    return out;
  }

  private static void visitJsonLd(JsonNode n, JsonLd out, int depth) {
    if (n == null || depth > 6) {
      return;
    }
    if (n.isArray()) {
      for (JsonNode c : n) {
        visitJsonLd(c, out, depth + 1);
      }
      return;
    }
    if (!n.isObject()) {
      return;
    }
    boolean article = isArticleType(n.get("@type"));
    if (article) {
      if (out.headline == null && n.hasNonNull("headline")) {
        out.headline = n.get("headline").asText();
      }
      if (n.hasNonNull("articleBody")) {
        String body = n.get("articleBody").asText();
        if (out.articleBody == null || body.length() > out.articleBody.length()) {
          out.articleBody = body;
        }
      }
    }
    if ((article || out.datePublished == null) && n.hasNonNull("datePublished")) {
      String d = n.get("datePublished").asText();
      if (PublicationDates.parse(d) != null && (article || out.datePublished == null)) {
        if (out.datePublished == null || article) {
          out.datePublished = d;
        }
      }
    }
    JsonNode graph = n.get("@graph");
    if (graph != null) {
      visitJsonLd(graph, out, depth + 1);
    }
    JsonNode main = n.get("mainEntity");
    if (main != null) {
      visitJsonLd(main, out, depth + 1);
    }
  }

  private static boolean isArticleType(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticleType(t)) {
          return true;
        }
      }
      return false;
    }
    String t = type.asText();
    return t.endsWith("Article") || t.equals("BlogPosting") || t.equals("LiveBlogPosting")
        || t.equals("Report") || t.equals("SocialMediaPosting") || t.equals("Review");
  }

  private static List<String> jsonLdParagraphs(String body, String title) {
    List<String> out = new ArrayList<>();
    if (body.indexOf('<') >= 0 && body.indexOf('>') > 0) {
      Document frag = Jsoup.parseBodyFragment(body);
      Walk w = new Walk();
      w.traverse(frag.body());
      w.flush();
      for (Block b : w.blocks) {
        out.add(b.text());
      }
      return out;
    }
    for (String line : body.split("\n")) {
      String p = TextNormalizer.cleanParagraph(line);
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- metadata

  private static PublicationDate structuredDate(JsonLd ld, Meta meta, Walk walk) {
    LocalDate d = PublicationDates.parse(ld.datePublished);
    if (d != null) {
      return new PublicationDate(d, "json-ld", PublicationDates.instant(ld.datePublished));
    }
    d = PublicationDates.parse(meta.metaDate);
    String raw = meta.metaDate;
    if (d == null) {
      d = PublicationDates.parse(meta.itempropDate);
      raw = meta.itempropDate;
    }
    if (d != null) {
      return new PublicationDate(d, "meta", PublicationDates.instant(raw));
    }
    // a <time pubdate>, else the first <time> outside page chrome
    LocalDate first = null;
    for (String[] t : walk.times) {
      LocalDate td = PublicationDates.parse(t[0]);
      if (td == null) {
        continue;
      }
      if (!t[2].isEmpty()) {
        return new PublicationDate(td, "time", PublicationDates.instant(t[0]));
      }
      if (first == null && t[1].isEmpty()) {
        first = td;
      }
    }
    return first == null ? null : new PublicationDate(first, "time");
  }

  /** "en-US" -> "en", "de_DE" -> "de". */
  static String languageTag(String raw) {
    if (raw == null) {
      return "";
    }
    String s = raw.trim();
    int comma = s.indexOf(',');
    if (comma >= 0) {
      s = s.substring(0, comma).trim();
    }
    int cut = 0;
    while (cut < s.length() && Character.isLetter(s.charAt(cut))) {
      cut++;
    }
    s = s.substring(0, cut).toLowerCase(Locale.ROOT);
    return s.length() >= 2 && s.length() <= 3 ? s : "";
  }

  /** Drops a " | Site name" or " - Site name" tail from a title tag. */
  static String cleanTitle(String t) {
    if (t == null) {
      return "";
    }
    String s = t.trim();
    for (String sep : new String[] {" | ", " - ", " — ", " – ", " :: "}) {
      int i = s.lastIndexOf(sep);
      if (i > 15) {
        s = s.substring(0, i);
      }
    }
    return s;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return "";
  }

  static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static int countNonSpace(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > ' ' && c != '\u00A0') {
        n++;
      }
    }
    return n;
  }

  /** Words: runs of letters or digits. Han and kana count one word per two chars. */
  static int countWords(String s) {
    int words = 0;
    int ideographs = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (c >= 0x3040 && Character.isIdeographic(c) || (c >= 0x3040 && c <= 0x30FF)) {
          ideographs++;
          inWord = false;
          continue;
        }
        if (!inWord) {
          words++;
          inWord = true;
        }
      } else if (c != '\'' && c != '-') {
        inWord = false;
      }
    }
    return words + ideographs / 2;
  }

  private static int words(List<String> paragraphs) {
    int n = 0;
    for (String p : paragraphs) {
      n += countWords(p);
    }
    return n;
  }
}
