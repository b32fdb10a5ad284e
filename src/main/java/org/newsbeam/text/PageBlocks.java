package org.newsbeam.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The one walk over a page's DOM that {@link ContentExtractor} starts from: it cuts the page into
 * text blocks (inline text between two block boundaries) with their characters, link characters,
 * words and owning element, gives each element its hint (chrome, article, body, discussion,
 * hidden) from tag, class, id, role and itemprop, and collects meta tags, JSON-LD and
 * {@code <time>} elements on the way.
 */
final class PageBlocks {
  private PageBlocks() {}

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
      Set.of("nav", "footer", "aside", "header", "menu", "figure", "figcaption", "form");

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

  static final int HINT_NONE = 0;
  static final int HINT_CHROME = 1;
  static final int HINT_ARTICLE = 2;
  static final int HINT_BODY = 3;
  /** Comments and discussion: chrome that only a whole-page wrapper can void. */
  static final int HINT_DISCUSSION = 4;
  /** Chrome named only by builder or ad-slot words ("widget", "ad-container"); see {@link Hints#WEAK_CHROME}. */
  static final int HINT_WEAK_CHROME = 5;

  /** nav, footer, aside, header, menu, figure, figcaption. */
  static boolean isChromeTag(String tag) {
    Integer flags = TAG_FLAGS.get(tag);
    return flags != null && (flags & TAG_CHROME) != 0;
  }

  static boolean isChrome(int hint) {
    return hint == HINT_CHROME || hint == HINT_DISCUSSION || hint == HINT_WEAK_CHROME;
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
    int chars;
    int linkChars;
    /** A card of a listing: a linked headline with its excerpt. */
    boolean teaser;
    int rawProseBlocks;
    boolean block;
    boolean leaf;
    boolean muted;
    /**
     * Hidden by the hidden attribute or an inline display:none / visibility:hidden: weighed like a
     * chrome hint, since scripts reveal articles, streamed-in page parts and collapsed sections.
     */
    boolean hidden;
    /**
     * One of several siblings of one class that hold the main text together ("topic-section",
     * "collapsible-item"): a chrome word in that class then names a part of the article.
     */
    boolean sharedMain;
    /** Hidden, and holding a copy of visible prose. */
    boolean copy;
    /** A teaser card or one of its ancestors ({@link PageCounts}). */
    boolean aroundCard;
    /** Prose words beneath outside teaser cards, while {@link PageCounts} sums them. */
    int freeProse;
    /** Already filed in a group of chrome-named siblings ({@link ChromeHints#markSharedMain}). */
    boolean grouped;

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
    String ogType = "";
    /** A product:price or og:price meta tag: the page sells something. */
    boolean price;
    /** article:published_time or the like: the page dates itself as an article. */
    boolean articleMeta;
    String contentLanguage = "";
    /** meta name=author: the writer's name, for telling their box from the article. */
    String author = "";
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
    /** Every element walked, parents before their children. */
    final List<Info> elements = new ArrayList<>(512);
    final List<String[]> times = new ArrayList<>(4);
    String titleTag = "";
    String firstH1 = "";
    String htmlLang = "";
    int metaDateRank = Integer.MAX_VALUE;
    int firstBodyBlock = -1;
    /** Lines saying how the body was found, for {@code extract --explain}; null when not asked. */
    List<String> trace;
    /** Filled by {@link BodyFinder}: linked-heading cards, their prose, all prose, discussion prose. */
    int cards;
    int cardProse;
    int totalProse;
    int discussionProse;
    /** Prose words outside page chrome and comments. */
    int contentProse;
    /** The most prose one element holds outside the teaser cards and without holding any. */
    int freeProse;
    /** itemprop=articleBody somewhere on the page. */
    boolean articleBodyHint;
    Info top;
    int anchorDepth;
    int chromeDepth;
    /** Open {@code <pre>} and {@code <code>} elements around the walk's position. */
    int codeDepth;
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
            String href = el.attr("href");
            meta.canonical = plainAbsoluteUrl(href) ? href : el.absUrl("href");
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
      boolean hiddenElement = false;
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
        boolean hidden = false;
        for (Attribute a : el.attributes()) {
          switch (a.getKey()) {
            case "class" -> cls = a.getValue();
            case "id" -> id = a.getValue();
            case "role" -> role = a.getValue();
            case "itemprop" -> prop = a.getValue();
            case "style" -> style = a.getValue();
            case "hidden" -> hidden = true;
            default -> {}
          }
        }
        hidden |= !style.isEmpty() && hiddenStyle(style);
        if (!prop.isEmpty() && prop.equalsIgnoreCase("datePublished") && meta.itempropDate.isEmpty()) {
          // the element's text only when neither attribute has the date: text() reads the subtree
          String attrDate = ContentExtractor.firstNonBlank(el.attr("content"), el.attr("datetime"));
          meta.itempropDate = attrDate.isEmpty() ? ContentExtractor.firstNonBlank(el.text()) : attrDate;
        }
        hint = (flags & TAG_CHROME) != 0 ? HINT_CHROME : hint(tag, prop, role, cls, id);
        if (codeDepth > 0) {
          hint = HINT_NONE; // in code, class words name syntax tokens ("hljs-comment", "token comment")
        }
        hiddenElement = hidden;
      }
      if (tag.equals("pre") || tag.equals("code")) {
        codeDepth++;
      }
      boolean block = (flags & TAG_BLOCK) != 0;
      if (!block && (isChrome(hint) || hiddenElement) && !tag.equals("a") && holdsBlocks(el)) {
        // a span wrapping headings and paragraphs (rich-text fields of page builders) is a
        // container: its hint is weighed like a div's instead of muting the loose text in it
        block = true;
      }
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
      top.hidden = hiddenElement;
      if (hiddenElement) {
        chromeDepth++;
      }
      top.block = block;
      top.leaf = (flags & TAG_LEAF) != 0;
      // the text of an inline credit, date or pop-up card is left out without splitting the
      // sentence around it; block elements inside it are judged on their own
      top.muted = inheritedMute || (isChrome(hint) || hiddenElement) && !block && !tag.equals("a");
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
        if (tag.equals("pre") || tag.equals("code")) {
          codeDepth--;
        }
        if (tag.equals("a")) {
          anchorDepth--;
        } else if (tag.equals("h1") && h1Text != null) {
          firstH1 = h1Text.toString();
          h1Text = null;
        }
        if (isChrome(closing.hint)) {
          chromeDepth--;
        }
        if (closing.hidden) {
          chromeDepth--;
        }
        top = closing.parent;
      }
      return FilterResult.CONTINUE;
    }

    private static final Set<String> NO_TEXT_BLOCKS = Set.of("br", "hr", "img", "picture", "video", "audio");

    /** Whether an element has a block-level child element that can hold text. */
    private static boolean holdsBlocks(Element el) {
      for (Element child : el.children()) {
        Integer f = TAG_FLAGS.get(child.normalName());
        if (f != null && (f & TAG_BLOCK) != 0 && !NO_TEXT_BLOCKS.contains(child.normalName())) {
          return true;
        }
      }
      return false;
    }

    private void push(Element el, String tag, int hint) {
      top = new Info(el, top, tag, hint);
      elements.add(top);
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
        case "og:type" -> meta.ogType = content.toLowerCase(Locale.ROOT);
        case "author" -> {
          if (meta.author.isEmpty()) {
            meta.author = content;
          }
        }
        case "product:price:amount", "og:price:amount", "product:price" -> meta.price = true;
        default -> {
          meta.articleMeta |= key.startsWith("article:");
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
        articleBodyHint = true;
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

  /**
   * An http(s) URL that resolving against any base gives back unchanged: lower-case scheme and
   * host, no user part, no control or space characters, no dot segments, only URL characters.
   * Such a link needs no {@code absUrl}, which parses three URLs and runs three regexes (and
   * throws twice on a page without a base URL).
   */
  static boolean plainAbsoluteUrl(String u) {
    int i;
    if (u.startsWith("https://")) {
      i = 8;
    } else if (u.startsWith("http://")) {
      i = 7;
    } else {
      return false;
    }
    int n = u.length();
    int hostStart = i;
    while (i < n) {
      char c = u.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-') {
        i++;
      } else {
        break;
      }
    }
    if (i == hostStart || u.charAt(hostStart) == '.' || u.charAt(i - 1) == '.') {
      return false;
    }
    if (i < n && u.charAt(i) == ':') {
      int portStart = ++i;
      while (i < n && u.charAt(i) >= '0' && u.charAt(i) <= '9') {
        i++;
      }
      if (i == portStart || i - portStart > 5) {
        return false;
      }
    }
    if (i < n && u.charAt(i) != '/' && u.charAt(i) != '?' && u.charAt(i) != '#') {
      return false;
    }
    boolean inPath = true;
    for (int k = i; k < n; k++) {
      char c = u.charAt(k);
      boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0 || c == '%' || !inPath && c == '?';
      if (c == '?' || c == '#') {
        inPath = false;
        plain = true;
        if (c == '#' && u.indexOf('#', k + 1) >= 0) {
          return false;
        }
      }
      if (!plain) {
        return false;
      }
      if (inPath && c == '.' && u.charAt(k - 1) == '/'
          && (k + 1 == n || u.charAt(k + 1) == '/' || u.charAt(k + 1) == '?' || u.charAt(k + 1) == '#'
              || u.charAt(k + 1) == '.' && (k + 2 == n || "/?#".indexOf(u.charAt(k + 2)) >= 0))) {
        return false; // a dot segment: "/./", "/../"
      }
    }
    return true;
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
}
