package org.newsbeam.aggregate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsbeam.extract.PageAnalysis;
import org.newsbeam.extract.ParagraphAnalysis;
import org.newsbeam.study.StudySettings;

/**
 * From analysed pages to stories: snapshots of one URL folded into one article, site chrome
 * dropped, syndicated copies marked. Only small per-paragraph results travel; no page text is
 * shuffled.
 */
public class FoldArticles extends PTransform<PCollection<PageAnalysis>, PCollection<Article>> {
  private final StudySettings settings;

  public FoldArticles(StudySettings settings) {
    this.settings = settings;
  }

  @Override
  public PCollection<Article> expand(PCollection<PageAnalysis> pages) {
    PCollection<Article> folded =
        pages
            .apply("Key by URL", ParDo.of(new KeyByUrl()))
            .apply("Group snapshots", Buckets.group())
            .apply("Fold snapshots", ParDo.of(new FoldSnapshotsFn()));

    PCollectionView<Map<String, Long>> sitePages =
        folded
            .apply("Site of article", ParDo.of(new SiteOf()))
            .apply("Count site pages", Count.perKey())
            .apply("Site pages view", View.asMap());

    PCollectionView<Map<String, Iterable<Long>>> chrome =
        folded
            .apply("Paragraphs of site", ParDo.of(new SiteParagraphs()))
            .apply("Count paragraph pages", Buckets.combine(Long::sum))
            .apply("Keep recurring", ParDo.of(new KeepChrome(settings, sitePages)).withSideInputs(sitePages))
            .apply("Chrome view", View.asMultimap());

    PCollection<Article> clean =
        folded.apply("Drop site chrome", ParDo.of(new DropChrome(chrome)).withSideInputs(chrome));

    PCollectionView<Map<String, String>> copies =
        clean.apply("Find syndicated copies", new FindCopies()).apply("Copies view", View.asMap());

    return clean.apply("Mark copies", ParDo.of(new MarkCopies(copies)).withSideInputs(copies));
  }

  static class KeyByUrl extends DoFn<PageAnalysis, KV<String, PageAnalysis>> {
    @ProcessElement
    public void process(@Element PageAnalysis p, OutputReceiver<KV<String, PageAnalysis>> out) {
      out.output(KV.of(p.url(), p));
    }
  }

  static class FoldSnapshotsFn extends DoFn<KV<String, Iterable<PageAnalysis>>, Article> {
    private final Counter folded = Metrics.counter(FoldArticles.class, "snapshots_folded");

    @ProcessElement
    public void process(@Element KV<String, Iterable<PageAnalysis>> e, OutputReceiver<Article> out) {
      Article a = Snapshots.fold(e.getValue());
      folded.inc(a.snapshots() - 1);
      out.output(a);
    }
  }

  static class SiteOf extends DoFn<Article, KV<String, String>> {
    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<String, String>> out) {
      out.output(KV.of(a.page().site(), a.page().url()));
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

  static class KeepChrome extends DoFn<KV<KV<String, Long>, Long>, KV<String, Long>> {
    private final StudySettings settings;
    private final PCollectionView<Map<String, Long>> sitePages;

    KeepChrome(StudySettings settings, PCollectionView<Map<String, Long>> sitePages) {
      this.settings = settings;
      this.sitePages = sitePages;
    }

    /** The side input, read once per bundle: the DirectRunner rebuilds the map on every read. */
    private transient Map<String, Long> pagesBySite;

    @StartBundle
    public void startBundle() {
      pagesBySite = null;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      KV<KV<String, Long>, Long> e = c.element();
      if (pagesBySite == null) {
        pagesBySite = c.sideInput(sitePages);
      }
      Long pages = pagesBySite.get(e.getKey().getKey());
      if (pages != null && ChromeRule.isChrome(e.getValue(), pages, settings)) {
        c.output(e.getKey());
      }
    }
  }

  static class DropChrome extends DoFn<Article, Article> {
    private final PCollectionView<Map<String, Iterable<Long>>> chrome;
    private final Counter dropped = Metrics.counter(FoldArticles.class, "chrome_paragraphs");

    DropChrome(PCollectionView<Map<String, Iterable<Long>>> chrome) {
      this.chrome = chrome;
    }

    /**
     * The side input and each site's chrome as a set, built once per bundle: the DirectRunner
     * rebuilds the side input's map on every read.
     */
    private transient Map<String, Iterable<Long>> chromeBySite;

    private transient Map<String, Set<Long>> bySite;

    @StartBundle
    public void startBundle() {
      chromeBySite = null;
      bySite = new java.util.HashMap<>();
    }

    @ProcessElement
    public void process(ProcessContext c) {
      Article a = c.element();
      if (chromeBySite == null) {
        chromeBySite = c.sideInput(chrome);
      }
      Set<Long> fps = bySite.computeIfAbsent(a.page().site(), site -> {
        Iterable<Long> siteChrome = chromeBySite.get(site);
        Set<Long> set = new HashSet<>();
        if (siteChrome != null) {
          siteChrome.forEach(set::add);
        }
        return set;
      });
      if (fps.isEmpty()) {
        c.output(a);
        return;
      }
      List<ParagraphAnalysis> kept = new ArrayList<>();
      for (ParagraphAnalysis p : a.page().paragraphs()) {
        if (!fps.contains(p.fingerprint())) {
          kept.add(p);
        }
      }
      int removed = a.page().paragraphs().size() - kept.size();
      dropped.inc(removed);
      c.output(a.withPage(a.page().withParagraphs(kept), removed));
    }
  }

  static class MarkCopies extends DoFn<Article, Article> {
    private final PCollectionView<Map<String, String>> copies;

    MarkCopies(PCollectionView<Map<String, String>> copies) {
      this.copies = copies;
    }

    /** The side input, read once per bundle: the DirectRunner rebuilds the map on every read. */
    private transient Map<String, String> originals;

    @StartBundle
    public void startBundle() {
      originals = null;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      Article a = c.element();
      if (originals == null) {
        originals = c.sideInput(copies);
      }
      String original = originals.get(a.page().url());
      c.output(original == null ? a : a.withDuplicateOf(original));
    }
  }

  /**
   * Pairs of articles on different URLs that share most of their substantial paragraphs
   * (containment of the smaller at least {@link Copies#MIN_SHARE}). Output: copy URL to the URL of
   * the earliest article it copies.
   */
  static class FindCopies extends PTransform<PCollection<Article>, PCollection<KV<String, String>>> {
    @Override
    public PCollection<KV<String, String>> expand(PCollection<Article> articles) {
      PCollectionTuple shared = articles
          .apply("Substantial paragraphs", ParDo.of(new DocsByParagraph()))
          .apply("Group by paragraph", Buckets.group())
          .apply("Pairs sharing it",
              ParDo.of(new PairsSharing()).withOutputTags(PairsSharing.PAIRS, TupleTagList.of(PairsSharing.TEMPLATE)));
      PCollectionView<Map<String, Long>> template = shared.get(PairsSharing.TEMPLATE)
          .apply("Template paragraphs per article", Buckets.combine(Long::sum))
          .apply("Template view", View.asMap());
      PCollection<KV<String, Copies.Doc>> byPairs = shared.get(PairsSharing.PAIRS)
          .apply("Count shared", Buckets.combine(Copies::sumShared))
          .apply("Keep copies", ParDo.of(new KeepCopies(template)).withSideInputs(template));
      // a whole body reprinted elsewhere, however common each of its paragraphs is
      PCollection<KV<String, Copies.Doc>> byBody = articles
          .apply("Whole bodies", ParDo.of(new DocsByBody()))
          .apply("Group by body", Buckets.group())
          .apply("Reprints of the earliest", ParDo.of(new SameBody()));
      return PCollectionList.of(byPairs).and(byBody)
          .apply("Both ways", Flatten.pCollections())
          .apply("Earliest original", Buckets.combine(Copies::earlier))
          .apply("Original URL", ParDo.of(new OriginalUrl()));
    }
  }

  static class DocsByParagraph extends DoFn<Article, KV<Long, Copies.Doc>> {
    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<Long, Copies.Doc>> out) {
      Set<Long> fps = Copies.substantial(a.page().paragraphs());
      if (fps.isEmpty()) {
        return;
      }
      Copies.Doc doc = Copies.Doc.of(a.page(), fps.size());
      for (Long fp : fps) {
        out.output(KV.of(fp, doc));
      }
    }
  }

  /** Each article under the identity of its set of substantial paragraphs. */
  static class DocsByBody extends DoFn<Article, KV<Long, Copies.Doc>> {
    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<Long, Copies.Doc>> out) {
      Set<Long> fps = Copies.substantial(a.page().paragraphs());
      Long body = Copies.bodyKey(fps);
      if (body != null) {
        out.output(KV.of(body, Copies.Doc.of(a.page(), fps.size())));
      }
    }
  }

  /** Articles with the same body: every one but the earliest is a copy of it. */
  static class SameBody extends DoFn<KV<Long, Iterable<Copies.Doc>>, KV<String, Copies.Doc>> {
    @ProcessElement
    public void process(@Element KV<Long, Iterable<Copies.Doc>> e, OutputReceiver<KV<String, Copies.Doc>> out) {
      List<Copies.Doc> docs = Copies.distinctSorted(e.getValue());
      if (docs.size() < 2) {
        return;
      }
      Copies.Doc original = docs.stream().reduce(Copies::earlier).orElseThrow();
      for (Copies.Doc d : docs) {
        if (d != original) {
          out.output(KV.of(d.url(), original));
        }
      }
    }
  }

  /**
   * Pairs of articles sharing a paragraph; for a paragraph shared by more than {@link
   * Copies#MAX_GROUP} articles (template prose, not syndication), each article's URL instead.
   */
  static class PairsSharing extends DoFn<KV<Long, Iterable<Copies.Doc>>, KV<String, Copies.Shared>> {
    static final TupleTag<KV<String, Copies.Shared>> PAIRS = new TupleTag<>() {};
    static final TupleTag<KV<String, Long>> TEMPLATE = new TupleTag<>() {};

    @ProcessElement
    public void process(@Element KV<Long, Iterable<Copies.Doc>> e, MultiOutputReceiver out) {
      List<Copies.Doc> docs = Copies.distinctSorted(e.getValue());
      if (docs.size() > Copies.MAX_GROUP) {
        for (Copies.Doc d : docs) {
          out.get(TEMPLATE).output(KV.of(d.url(), 1L));
        }
        return;
      }
      for (int i = 0; i < docs.size(); i++) {
        for (int j = i + 1; j < docs.size(); j++) {
          Copies.Doc a = docs.get(i);
          Copies.Doc b = docs.get(j);
          out.get(PAIRS).output(KV.of(a.url() + "\u001F" + b.url(), new Copies.Shared(a, b, 1)));
        }
      }
    }
  }

  static class KeepCopies extends DoFn<KV<String, Copies.Shared>, KV<String, Copies.Doc>> {
    private final PCollectionView<Map<String, Long>> template;

    KeepCopies(PCollectionView<Map<String, Long>> template) {
      this.template = template;
    }

    /** The side input, read once per bundle: the DirectRunner rebuilds the map on every read. */
    private transient Map<String, Long> templateCounts;

    @StartBundle
    public void startBundle() {
      templateCounts = null;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      KV<String, Copies.Shared> e = c.element();
      Copies.Shared s = e.getValue();
      if (templateCounts == null) {
        templateCounts = c.sideInput(template);
      }
      if (Copies.isCopy(s, templateCounts.getOrDefault(s.a().url(), 0L), templateCounts.getOrDefault(s.b().url(), 0L))) {
        Copies.Doc original = Copies.EARLIER.compare(s.a(), s.b()) <= 0 ? s.a() : s.b();
        Copies.Doc copy = original == s.a() ? s.b() : s.a();
        c.output(KV.of(copy.url(), original));
      }
    }
  }

  static class OriginalUrl extends DoFn<KV<String, Copies.Doc>, KV<String, String>> {
    @ProcessElement
    public void process(@Element KV<String, Copies.Doc> e, OutputReceiver<KV<String, String>> out) {
      out.output(KV.of(e.getKey(), e.getValue().url()));
    }
  }
}
