package org.newsbeam.aggregate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newsbeam.extract.PageAnalysis;
import org.newsbeam.extract.ParagraphAnalysis;
import org.newsbeam.study.StudySettings;

/**
 * From analysed pages to stories: snapshots of one URL folded into one article, site chrome
 * dropped, syndicated copies marked. No page text is shuffled.
 *
 * <p>Which paragraphs are a site's chrome and which articles are copies is decided on outlines
 * of the articles (URL, dates and each paragraph's fingerprint and length, no sentences). The
 * decisions then meet the pages in one join by URL, which folds the snapshots, drops the chrome
 * and marks the copy: the full pages are grouped once, as a plain fold would group them. Every
 * step meets its inputs in a join, none waits for a side input (see {@link Joins}). Chrome is
 * decided per site and part of the site's paragraphs, and meets the outlines per site and part of
 * the site's URLs, so a big site's work stays spread over {@link Buckets#count} parts.
 */
public class FoldArticles extends PTransform<PCollection<PageAnalysis>, PCollection<Article>> {
  static final TupleTag<Long> SITE_PAGES = new TupleTag<>("site pages");
  static final TupleTag<KV<Long, Long>> PARAGRAPH_PAGES = new TupleTag<>("paragraph pages");
  static final TupleTag<Article> OUTLINES = new TupleTag<>("outlines");
  static final TupleTag<List<Long>> CHROME = new TupleTag<>("chrome");
  static final TupleTag<PageAnalysis> SNAPSHOTS = new TupleTag<>("snapshots");
  static final TupleTag<Article> CLEAN_OUTLINE = new TupleTag<>("clean outline");
  static final TupleTag<String> ORIGINAL = new TupleTag<>("original");

  private final StudySettings settings;

  public FoldArticles(StudySettings settings) {
    this.settings = settings;
  }

  @Override
  public PCollection<Article> expand(PCollection<PageAnalysis> pages) {
    int parts = Buckets.count(pages.getPipeline().getOptions());
    KvCoder<String, Integer> sitePart = KvCoder.of(StringUtf8Coder.of(), VarIntCoder.of());

    PCollection<KV<String, PageAnalysis>> snapshots = pages.apply("Key by URL", ParDo.of(new KeyByUrl()));
    PCollection<Article> outlines = snapshots
        .apply("Outline", ParDo.of(new Outline()))
        .apply("Group outlines", Buckets.group())
        .apply("Fold outlines", ParDo.of(new FoldOutlines()));

    // which paragraphs recur on enough of their site's articles to be its chrome
    PCollection<KV<KV<String, Integer>, Long>> sitePages = outlines
        .apply("Site of article", ParDo.of(new SiteOf()))
        .apply("Count site pages", Buckets.combine(Long::sum))
        .apply("Site pages per part", ParDo.of(new EveryPart<Long>(parts)))
        .setCoder(KvCoder.of(sitePart, VarLongCoder.of()));
    PCollection<KV<KV<String, Integer>, KV<Long, Long>>> paragraphPages = outlines
        .apply("Paragraphs of site", ParDo.of(new SiteParagraphs()))
        .apply("Count paragraph pages", Buckets.combine(Long::sum))
        .apply("Part of paragraph", ParDo.of(new PartOfParagraph(parts)));
    PCollection<KV<String, List<Long>>> chrome = KeyedPCollectionTuple.of(SITE_PAGES, sitePages)
        .and(PARAGRAPH_PAGES, paragraphPages)
        .apply("Keep recurring", Joins.perKey(new KeepChrome(settings),
            TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs())))
        .apply("Group chrome of site", Buckets.group())
        .apply("Chrome set", ParDo.of(new SortedSet()));

    PCollection<Article> clean = KeyedPCollectionTuple
        .of(OUTLINES, outlines.apply("Part of article", ParDo.of(new PartOfArticle(parts))))
        .and(CHROME, chrome.apply("Chrome per part", ParDo.of(new EveryPart<List<Long>>(parts)))
            .setCoder(KvCoder.of(sitePart, ListCoder.of(VarLongCoder.of()))))
        .apply("Drop site chrome", Joins.perKey(new DropChrome(), TypeDescriptor.of(Article.class)));

    PCollection<KV<String, String>> copies = clean.apply("Find syndicated copies", new FindCopies());

    return KeyedPCollectionTuple.of(SNAPSHOTS, snapshots)
        .and(CLEAN_OUTLINE, clean.apply("Key outline by URL", ParDo.of(new KeyArticleByUrl())))
        .and(ORIGINAL, copies)
        .apply("Fold snapshots", Joins.perKey(new FoldSnapshots(), TypeDescriptor.of(Article.class)));
  }

  static class KeyByUrl extends DoFn<PageAnalysis, KV<String, PageAnalysis>> {
    @ProcessElement
    public void process(@Element PageAnalysis p, OutputReceiver<KV<String, PageAnalysis>> out) {
      out.output(KV.of(p.url(), p));
    }
  }

  /** A snapshot without its sentences and title: all that chrome and copies are decided on. */
  static class Outline extends DoFn<KV<String, PageAnalysis>, KV<String, PageAnalysis>> {
    @ProcessElement
    public void process(@Element KV<String, PageAnalysis> e, OutputReceiver<KV<String, PageAnalysis>> out) {
      PageAnalysis p = e.getValue();
      List<ParagraphAnalysis> ps = new ArrayList<>(p.paragraphs().size());
      for (ParagraphAnalysis q : p.paragraphs()) {
        ps.add(new ParagraphAnalysis(q.fingerprint(), q.words(), List.of()));
      }
      out.output(KV.of(e.getKey(), new PageAnalysis(p.source(), p.location(), p.url(), p.site(), p.published(),
          p.dateSource(), p.crawled(), "", ps, p.publishedAt())));
    }
  }

  static class FoldOutlines extends DoFn<KV<String, Iterable<PageAnalysis>>, Article> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<PageAnalysis>> e, OutputReceiver<Article> out) {
      out.output(Snapshots.fold(e.getValue()));
    }
  }

  static class SiteOf extends DoFn<Article, KV<String, Long>> {
    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<String, Long>> out) {
      out.output(KV.of(a.page().site(), 1L));
    }
  }

  /** One (site, fingerprint) per article and distinct paragraph. */
  static class SiteParagraphs extends DoFn<Article, KV<KV<String, Long>, Long>> {
    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<KV<String, Long>, Long>> out) {
      Set<Long> seen = new HashSet<>();
      for (ParagraphAnalysis p : a.page().paragraphs()) {
        if (seen.add(p.fingerprint())) {
          out.output(KV.of(KV.of(a.page().site(), p.fingerprint()), 1L));
        }
      }
    }
  }

  /** A value of a site, once for every part of the site. */
  static class EveryPart<V> extends DoFn<KV<String, V>, KV<KV<String, Integer>, V>> {
    private final int parts;

    EveryPart(int parts) {
      this.parts = parts;
    }

    @ProcessElement
    public void process(@Element KV<String, V> e, OutputReceiver<KV<KV<String, Integer>, V>> out) {
      for (int part = 0; part < parts; part++) {
        out.output(KV.of(KV.of(e.getKey(), part), e.getValue()));
      }
    }
  }

  /** A paragraph's count in the part of its site its fingerprint falls in. */
  static class PartOfParagraph extends DoFn<KV<KV<String, Long>, Long>, KV<KV<String, Integer>, KV<Long, Long>>> {
    private final int parts;

    PartOfParagraph(int parts) {
      this.parts = parts;
    }

    @ProcessElement
    public void process(@Element KV<KV<String, Long>, Long> e, OutputReceiver<KV<KV<String, Integer>, KV<Long, Long>>> out) {
      long fp = e.getKey().getValue();
      out.output(KV.of(KV.of(e.getKey().getKey(), Buckets.of(fp, parts)), KV.of(fp, e.getValue())));
    }
  }

  /** An article in the part of its site its URL falls in. */
  static class PartOfArticle extends DoFn<Article, KV<KV<String, Integer>, Article>> {
    private final int parts;

    PartOfArticle(int parts) {
      this.parts = parts;
    }

    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<KV<String, Integer>, Article>> out) {
      out.output(KV.of(KV.of(a.page().site(), Buckets.of(a.page().url(), parts)), a));
    }
  }

  /** The site's paragraphs in one part that are chrome, given the site's page count. */
  static class KeepChrome implements Joins.PerKey<KV<String, Integer>, KV<String, Long>> {
    private final StudySettings settings;

    KeepChrome(StudySettings settings) {
      this.settings = settings;
    }

    @Override
    public void join(KV<String, Integer> sitePart, Joins.Sides sides, Consumer<KV<String, Long>> out) {
      List<Long> pages = sides.get(SITE_PAGES);
      if (pages.isEmpty()) {
        return;
      }
      for (KV<Long, Long> paragraph : sides.get(PARAGRAPH_PAGES)) {
        if (ChromeRule.isChrome(paragraph.getValue(), pages.get(0), settings)) {
          out.accept(KV.of(sitePart.getKey(), paragraph.getKey()));
        }
      }
    }
  }

  static class SortedSet extends DoFn<KV<String, Iterable<Long>>, KV<String, List<Long>>> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<Long>> e, OutputReceiver<KV<String, List<Long>>> out) {
      TreeSet<Long> set = new TreeSet<>();
      e.getValue().forEach(set::add);
      out.output(KV.of(e.getKey(), new ArrayList<>(set)));
    }
  }

  /** The outlines of one part of a site without the site's chrome. */
  static class DropChrome implements Joins.PerKey<KV<String, Integer>, Article> {
    @Override
    public void join(KV<String, Integer> sitePart, Joins.Sides sides, Consumer<Article> out) {
      Set<Long> chrome = new HashSet<>();
      sides.get(CHROME).forEach(chrome::addAll);
      for (Article a : sides.get(OUTLINES)) {
        if (chrome.isEmpty()) {
          out.accept(a);
          continue;
        }
        List<ParagraphAnalysis> kept = ChromeRule.withoutChrome(a.page().paragraphs(), chrome);
        out.accept(a.withPage(a.page().withParagraphs(kept), a.page().paragraphs().size() - kept.size()));
      }
    }
  }

  static class KeyArticleByUrl extends DoFn<Article, KV<String, Article>> {
    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<String, Article>> out) {
      out.output(KV.of(a.page().url(), a));
    }
  }

  /**
   * One URL's snapshots folded into its article; the paragraphs its clean outline lost are the
   * site's chrome, and its original (if any) makes it a copy.
   */
  static class FoldSnapshots implements Joins.PerKey<String, Article> {
    private final Counter folded = Metrics.counter(FoldArticles.class, "snapshots_folded");
    private final Counter dropped = Metrics.counter(FoldArticles.class, "chrome_paragraphs");

    @Override
    public void join(String url, Joins.Sides sides, Consumer<Article> out) {
      List<PageAnalysis> snapshots = sides.get(SNAPSHOTS);
      List<Article> outline = sides.get(CLEAN_OUTLINE);
      if (snapshots.isEmpty() || outline.size() != 1) {
        throw new IllegalStateException(url + ": " + snapshots.size() + " snapshots and " + outline.size() + " outlines");
      }
      Article a = Snapshots.fold(snapshots);
      folded.inc(a.snapshots() - 1);
      if (outline.get(0).chromeParagraphs() > 0) {
        Set<Long> chrome = new HashSet<>();
        a.page().paragraphs().forEach(p -> chrome.add(p.fingerprint()));
        outline.get(0).page().paragraphs().forEach(p -> chrome.remove(p.fingerprint()));
        List<ParagraphAnalysis> kept = ChromeRule.withoutChrome(a.page().paragraphs(), chrome);
        int removed = a.page().paragraphs().size() - kept.size();
        dropped.inc(removed);
        a = a.withPage(a.page().withParagraphs(kept), removed);
      }
      List<String> original = sides.get(ORIGINAL);
      out.accept(original.isEmpty() ? a : a.withDuplicateOf(original.get(0)));
    }
  }
}
