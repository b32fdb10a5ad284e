package org.newsbeam.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsbeam.ingest.RawRecord;
import org.newsbeam.study.Study;
import org.newsbeam.text.CanonicalUrl;
import org.newsbeam.text.ContentExtractor;
import org.newsbeam.text.ExtractedPage;
import org.newsbeam.text.Fingerprint;
import org.newsbeam.text.LanguageGuess;
import org.newsbeam.text.PublicationDate;
import org.newsbeam.text.PublicationDates;
import org.newsbeam.text.SentenceSplitter;
import org.newsbeam.text.TextNormalizer;
import org.newsbeam.text.Token;
import org.newsbeam.text.Tokenizer;

/**
 * Analyses one record where it is read: main text, date, canonical URL, then per paragraph the
 * sentences with their actors, places and events. The result is small; the text itself goes no
 * further (only sentences that an output row quotes keep their words).
 *
 * <p>Not thread-safe in use of per-article state; create one per worker (cheap after the
 * matchers are built, which are shared and immutable).
 */
public final class PageAnalyzer {
  /**
   * A page, or why the record is not an article: the kind as the run summary counts it, and a
   * detail for skipped.csv (what kind of page, which language, and the URL when there is one).
   */
  public record Outcome(PageAnalysis page, String skipKind, String skipDetail) {
    public Outcome(PageAnalysis page, String skipKind) {
      this(page, skipKind, "");
    }

    static Outcome skip(String kind, String detail, String url) {
      return new Outcome(null, kind, url == null || url.isBlank() ? detail : detail + ": " + url);
    }
  }

  private final ContentExtractor extractor = new ContentExtractor();
  private final ActorMatcher actors;
  private final ActorDiscovery discovery;
  private final EventMatcher events;

  public PageAnalyzer(Study study) {
    this(Matchers.of(study));
  }

  private PageAnalyzer(Matchers m) {
    this(m.actors, m.discovery, m.events);
  }

  /**
   * The compiled matchers of a study, built once per JVM and shared by every worker thread: they
   * are immutable, and building them is the costly part of setting up a worker.
   */
  static final class Matchers {
    private static final java.util.Map<Study, Matchers> CACHE = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
    final ActorMatcher actors;
    final ActorDiscovery discovery;
    final EventMatcher events;

    private Matchers(Study study) {
      actors = new ActorMatcher(study.actors());
      discovery = new ActorDiscovery(study.actors());
      events = new EventMatcher(study.events());
    }

    static Matchers of(Study study) {
      synchronized (CACHE) {
        return CACHE.computeIfAbsent(study, Matchers::new);
      }
    }
  }

  public PageAnalyzer(ActorMatcher actors, ActorDiscovery discovery, EventMatcher events) {
    this(actors, discovery, events, EventTrace.NONE);
  }

  private PageAnalyzer(ActorMatcher actors, ActorDiscovery discovery, EventMatcher events, EventTrace trace) {
    this.actors = actors;
    this.discovery = discovery;
    this.events = events;
    this.trace = trace;
  }

  private final EventTrace trace;

  /** The same analyser, telling {@code trace} what the event rules decided (for {@code explain}). */
  public PageAnalyzer tracing(EventTrace trace) {
    return new PageAnalyzer(actors, discovery, events, trace);
  }

  public Outcome analyze(RawRecord r) {
    String title = TextNormalizer.cleanParagraph(r.title());
    List<String> paragraphs;
    String url = r.url();
    String language = "";
    PublicationDate structured = null;
    if (r.html()) {
      ExtractedPage page = extractor.extract(r.body(), r.url());
      if (!page.isArticle()) {
        return Outcome.skip("not-an-article", page.pageType().label() + " page", r.url()); // a listing, forum thread, product or front page
      }
      paragraphs = page.paragraphs();
      if (!page.canonicalUrl().isBlank()) {
        url = page.canonicalUrl();
      }
      if (title.isEmpty()) {
        title = TextNormalizer.cleanParagraph(page.title());
      }
      language = page.language();
      structured = page.structuredDate();
    } else {
      paragraphs = plainParagraphs(r.body());
    }
    if (!paragraphs.isEmpty() && !title.isEmpty() && paragraphs.get(0).equals(title)) {
      paragraphs = paragraphs.subList(1, paragraphs.size());
    }
    if (paragraphs.isEmpty()) {
      return Outcome.skip("no-article-text", r.html() ? "no article text found in the page" : "empty body", url);
    }
    String lang = languageOf(language, paragraphs);
    if (!lang.equals("en") && !lang.equals("unknown")) {
      return Outcome.skip("non-english:" + lang, "language " + lang + (language.isBlank() ? ", guessed from the text" : ", page declares " + language), url);
    }
    String canonical = CanonicalUrl.canonicalize(url);
    String site;
    if (canonical.isEmpty()) {
      canonical = "file:" + r.source() + (r.location().isEmpty() ? "" : "#" + r.location());
      site = r.site().isEmpty() ? folderOf(r.source()) : r.site();
    } else {
      site = CanonicalUrl.site(canonical);
      if (site.isEmpty()) {
        site = r.site();
      }
    }
    PublicationDate date = PublicationDates.choose(structured, url, paragraphs, r.published(), r.crawled());
    LocalDate day = date == null ? null : date.date();

    ActorMatcher.ArticleContext ctx = actors.newArticle(day);
    ActorDiscovery.Found found = discovery.newArticle();
    List<ParagraphAnalysis> analysed = new ArrayList<>(paragraphs.size());
    List<ArticleEvents.Sentence> read = new ArrayList<>();
    for (String p : paragraphs) {
      analysed.add(analyzeParagraph(p, ctx, found, read));
    }
    analysed = withArticleEvents(analysed, read, day);
    return new Outcome(
        new PageAnalysis(r.source(), r.location(), canonical, site, day == null ? "" : day.toString(),
            date == null ? "" : date.source(), r.crawled(), title, analysed, date == null ? "" : date.instant()),
        null);
  }

  ParagraphAnalysis analyzeParagraph(String paragraph, ActorMatcher.ArticleContext ctx, ActorDiscovery.Found found) {
    return analyzeParagraph(paragraph, ctx, found, new ArrayList<>());
  }

  /** As above, adding each sentence's tokens and mentions to {@code read} for the article step. */
  ParagraphAnalysis analyzeParagraph(
      String paragraph, ActorMatcher.ArticleContext ctx, ActorDiscovery.Found found, List<ArticleEvents.Sentence> read) {
    List<SentenceAnalysis> sentences = new ArrayList<>();
    int words = 0;
    for (String s : SentenceSplitter.split(paragraph)) {
      List<Token> tokens = Tokenizer.tokenize(s);
      for (Token t : tokens) {
        if (t.isWord() || t.shape() == Token.Shape.NUMBER) {
          words++;
        }
      }
      ActorMatcher.Matches m = actors.match(tokens, ctx);
      ActorDiscovery.Result d = discovery.find(tokens, m.actors(), m.placeTokens(), found);
      List<ActorMention> all = m.actors();
      if (!d.mentions().isEmpty()) {
        all = new ArrayList<>(m.actors());
        all.addAll(d.mentions());
        all.sort(java.util.Comparator.comparingInt(ActorMention::start));
      }
      trace.sentence(s, tokens);
      List<EventMention> ev = events.match(tokens, all, trace);
      read.add(new ArticleEvents.Sentence(tokens, m.placeTokens(), ev));
      // co_mentions.csv quotes a sentence naming two actors as the pair's example
      boolean quoted = !ev.isEmpty() || !d.discovered().isEmpty() || namesTwoActors(all);
      sentences.add(new SentenceAnalysis(quoted ? s : null, all, m.locations(), ev, d.discovered()));
    }
    return new ParagraphAnalysis(Fingerprint.of(paragraph), words, sentences);
  }

  /** The paragraphs with each sentence's mentions as the article step keeps them (see {@link ArticleEvents}). */
  private List<ParagraphAnalysis> withArticleEvents(
      List<ParagraphAnalysis> paragraphs, List<ArticleEvents.Sentence> read, LocalDate published) {
    List<List<EventMention>> kept = ArticleEvents.refine(read, published, trace);
    List<ParagraphAnalysis> out = new ArrayList<>(paragraphs.size());
    int n = 0;
    for (ParagraphAnalysis p : paragraphs) {
      List<SentenceAnalysis> ss = new ArrayList<>(p.sentences().size());
      for (SentenceAnalysis s : p.sentences()) {
        List<EventMention> ev = kept.get(n++);
        ss.add(ev.equals(s.events()) ? s : new SentenceAnalysis(s.text(), s.actors(), s.locations(), ev, s.discovered()));
      }
      out.add(new ParagraphAnalysis(p.fingerprint(), p.words(), ss));
    }
    return out;
  }

  /**
   * Paragraphs of plain text: blank lines separate paragraphs, and line breaks inside one are
   * wrapping ("Volodymyr\nZelensky" is one name). Text without blank lines has a paragraph a line.
   */
  static List<String> plainParagraphs(String body) {
    String text = body.replace("\r\n", "\n").replace('\r', '\n');
    boolean blankLines = text.contains("\n\n") || text.matches("(?s).*\n[ \t]+\n.*");
    String[] blocks = blankLines ? text.split("\n[ \t]*\n") : text.split("\n");
    List<String> out = new ArrayList<>();
    for (String b : blocks) {
      String p = TextNormalizer.cleanParagraph(b);
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  static boolean namesTwoActors(List<ActorMention> mentions) {
    for (ActorMention m : mentions) {
      if (!m.actor().equals(mentions.get(0).actor())) {
        return true;
      }
    }
    return false;
  }

  private static String languageOf(String declared, List<String> paragraphs) {
    StringBuilder sample = new StringBuilder();
    for (String p : paragraphs) {
      sample.append(p).append('\n');
      if (sample.length() > 3000) {
        break;
      }
    }
    String guessed = LanguageGuess.guess(sample.toString(), declared);
    if (!guessed.equals("unknown")) {
      return guessed;
    }
    if (!declared.isBlank()) {
      String d = declared.toLowerCase(Locale.ROOT);
      return d.length() >= 2 ? d.substring(0, 2) : d;
    }
    return "unknown";
  }

  private static String folderOf(String source) {
    String s = source.replace('\\', '/');
    int slash = s.lastIndexOf('/');
    if (slash <= 0) {
      return "local";
    }
    String dir = s.substring(0, slash);
    int prev = dir.lastIndexOf('/');
    return dir.substring(prev + 1);
  }
}
