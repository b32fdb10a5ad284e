package org.newsbeam.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.newsbeam.extract.PageAnalysis;
import org.newsbeam.extract.ParagraphAnalysis;
import org.newsbeam.pipeline.NewsbeamPipeline;
import org.newsbeam.study.StudySettings;

/** FoldArticles on the DirectRunner: snapshots, site chrome and syndicated copies. */
class FoldArticlesTest {
  static ParagraphAnalysis para(long fp, int words) {
    return new ParagraphAnalysis(fp, words, List.of());
  }

  static PageAnalysis page(String url, String site, String published, String crawled, ParagraphAnalysis... ps) {
    return new PageAnalysis("src/" + url.hashCode() + crawled, "", url, site, published, "meta", crawled, "t " + url, List.of(ps));
  }

  static Map<String, Article> run(List<PageAnalysis> pages) {
    return run(pages, 0);
  }

  /** With {@code buckets} > 0, keys and each site's URLs spread over that many buckets. */
  static Map<String, Article> run(List<PageAnalysis> pages, int buckets) {
    Buckets.Options options = PipelineOptionsFactory.as(Buckets.Options.class);
    options.setKeyBuckets(buckets);
    Pipeline p = Pipeline.create(options);
    NewsbeamPipeline.registerCodersForTests(p);
    PCollection<Article> out = p.apply(Create.of(pages)).apply(new FoldArticles(StudySettings.defaults()));
    List<Article> seen = new ArrayList<>();
    PAssert.that(out).satisfies(it -> {
      it.forEach(Collector.SEEN::add);
      return null;
    });
    Collector.SEEN.clear();
    p.run().waitUntilFinish();
    seen.addAll(Collector.SEEN);
    return seen.stream().collect(Collectors.toMap(a -> a.page().url(), a -> a, (a, b) -> a, TreeMap::new));
  }

  /** PAssert runs its check inside the pipeline; the DirectRunner shares this JVM. */
  static final class Collector {
    static final List<Article> SEEN = java.util.Collections.synchronizedList(new ArrayList<>());
  }

  @Test
  void chromeOnManyPagesOfASiteGoesButARepeatWithinOnePageStays() {
    long chrome = 999;
    List<PageAnalysis> pages = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      pages.add(page("https://a.example/" + i, "a.example", "2025-03-0" + (i + 1), "", para(100 + i, 30), para(chrome, 9)));
    }
    // an article paragraph repeated on one page, and a page of another site with the same chrome text
    pages.add(page("https://a.example/rep", "a.example", "2025-03-09", "", para(555, 20), para(555, 20), para(chrome, 9)));
    pages.add(page("https://b.example/x", "b.example", "2025-03-09", "", para(700, 20), para(chrome, 9)));
    Map<String, Article> out = run(pages);
    assertEquals(8, out.size());
    for (int i = 0; i < 6; i++) {
      Article a = out.get("https://a.example/" + i);
      assertEquals(List.of(100L + i), a.page().paragraphs().stream().map(ParagraphAnalysis::fingerprint).toList());
      assertEquals(1, a.chromeParagraphs());
    }
    assertEquals(List.of(555L, 555L), out.get("https://a.example/rep").page().paragraphs().stream().map(ParagraphAnalysis::fingerprint).toList());
    // one page of site b carries it: not chrome there
    assertEquals(List.of(700L, chrome), out.get("https://b.example/x").page().paragraphs().stream().map(ParagraphAnalysis::fingerprint).toList());
  }

  @Test
  void snapshotsFoldIntoTheUnionOfTheirParagraphs() {
    Map<String, Article> out = run(List.of(
        page("https://live.example/blog", "live.example", "2025-03-11", "2025-03-11T08:00:00Z", para(1, 20), para(2, 20)),
        page("https://live.example/blog", "live.example", "2025-03-11", "2025-03-11T18:00:00Z", para(4, 20), para(3, 20), para(2, 20)),
        page("https://live.example/blog", "live.example", "2025-03-11", "2025-03-11T12:00:00Z", para(3, 20), para(2, 20))));
    Article a = out.get("https://live.example/blog");
    assertEquals(3, a.snapshots());
    assertEquals(List.of(4L, 3L, 2L, 1L), a.page().paragraphs().stream().map(ParagraphAnalysis::fingerprint).toList());
    assertEquals("2025-03-11T18:00:00Z", a.page().crawled());
  }

  @Test
  void syndicatedCopyPointsToTheEarlierOriginal() {
    Map<String, Article> out = run(List.of(
        page("https://orig.example/story", "orig.example", "2025-03-19", "", para(11, 30), para(12, 30), para(13, 30)),
        page("https://copy.example/story", "copy.example", "2025-03-20", "", para(11, 30), para(12, 30), para(13, 30), para(14, 9)),
        page("https://other.example/s", "other.example", "2025-03-19", "", para(11, 30), para(21, 30), para(22, 30))));
    assertEquals("https://orig.example/story", out.get("https://copy.example/story").duplicateOf());
    assertEquals("", out.get("https://orig.example/story").duplicateOf());
    assertTrue(out.get("https://other.example/s").duplicateOf().isEmpty(), "one shared paragraph of three is not a copy");
  }

  @Test
  void onOneDayTheEarlierMomentIsTheOriginal() {
    List<ParagraphAnalysis> body = List.of(para(31, 30), para(32, 30));
    Map<String, Article> out = run(List.of(
        new PageAnalysis("s1", "", "https://a-wire.example/x", "a-wire.example", "2025-03-19", "json-ld", "", "t", body,
            "2025-03-19T16:30:00Z"),
        new PageAnalysis("s2", "", "https://z-ledger.example/x", "z-ledger.example", "2025-03-19", "meta", "", "t", body,
            "2025-03-19T12:00:00Z")));
    assertEquals("https://z-ledger.example/x", out.get("https://a-wire.example/x").duplicateOf());
    assertEquals("", out.get("https://z-ledger.example/x").duplicateOf());
  }

  @Test
  void aTemplateParagraphNeitherMakesNorHidesACopy() {
    long template = 4242; // stock background prose carried by many articles
    List<PageAnalysis> pages = new ArrayList<>();
    for (int i = 0; i < Copies.MAX_GROUP + 5; i++) {
      pages.add(page("https://many.example/" + i, "many" + i + ".example", "2025-04-01", "", para(5000 + i, 30), para(template, 30)));
    }
    // a reprint of three of the original's paragraphs plus the stock one: 3 of 4 would be 0.75
    pages.add(page("https://orig.example/s", "orig.example", "2025-04-02", "", para(61, 30), para(62, 30), para(63, 30), para(template, 30)));
    pages.add(page("https://reprint.example/s", "reprint.example", "2025-04-03", "", para(61, 30), para(62, 30), para(63, 30), para(template, 30)));
    pages.add(page("https://partial.example/s", "partial.example", "2025-04-03", "", para(61, 30), para(71, 30), para(72, 30), para(template, 30)));
    Map<String, Article> out = run(pages);
    assertEquals("https://orig.example/s", out.get("https://reprint.example/s").duplicateOf());
    assertEquals("", out.get("https://partial.example/s").duplicateOf(), "one shared paragraph of three is still not a copy");
    for (int i = 0; i < Copies.MAX_GROUP + 5; i++) {
      assertEquals("", out.get("https://many.example/" + i).duplicateOf(), "sharing only the stock paragraph is not copying");
    }
  }

  @Test
  void aWholeBodyOfCommonParagraphsReprintedIsACopy() {
    // every paragraph of the story also stands in many other articles (stock lines), but the two
    // articles carry exactly the same ones
    List<PageAnalysis> pages = new ArrayList<>();
    for (int i = 0; i < Copies.MAX_GROUP + 5; i++) {
      pages.add(page("https://a" + i + ".example/x", "a" + i + ".example", "2025-05-01", "", para(81, 30), para(9000 + i, 30)));
      pages.add(page("https://b" + i + ".example/x", "b" + i + ".example", "2025-05-01", "", para(82, 30), para(9500 + i, 30)));
    }
    pages.add(page("https://first.example/s", "first.example", "2025-05-02", "", para(81, 30), para(82, 30)));
    pages.add(page("https://again.example/s", "again.example", "2025-05-03", "", para(82, 30), para(81, 30)));
    Map<String, Article> out = run(pages);
    assertEquals("https://first.example/s", out.get("https://again.example/s").duplicateOf());
    assertEquals("", out.get("https://first.example/s").duplicateOf());
    assertEquals("", out.get("https://a0.example/x").duplicateOf());
  }

  static List<Long> fingerprints(Article a) {
    return a.page().paragraphs().stream().map(ParagraphAnalysis::fingerprint).toList();
  }

  @Test
  void chromeOfABigSiteGoesFromArticlesInEveryBucketOfItsUrls() {
    long banner = 777; // a subscription box on every page of the site
    long footer = 778; // a line on most of its pages
    List<PageAnalysis> pages = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      List<ParagraphAnalysis> ps = new ArrayList<>(List.of(para(banner, 12), para(20_000 + i, 40)));
      if (i % 4 != 0) {
        ps.add(para(footer, 6));
      }
      pages.add(page("https://big.example/news/" + i, "big.example", "2025-06-01", "", ps.toArray(ParagraphAnalysis[]::new)));
    }
    // an article of the same site without any of the chrome, and a site with no chrome at all
    pages.add(page("https://big.example/plain", "big.example", "2025-06-02", "", para(30_000, 40), para(30_001, 35)));
    pages.add(page("https://small.example/one", "small.example", "2025-06-02", "", para(banner, 12), para(40_000, 40)));
    for (int buckets : new int[] {0, 3}) {
      Map<String, Article> out = run(pages, buckets);
      assertEquals(62, out.size());
      for (int i = 0; i < 60; i++) {
        Article a = out.get("https://big.example/news/" + i);
        assertEquals(List.of(20_000L + i), fingerprints(a), "buckets " + buckets + ", article " + i);
        assertEquals(i % 4 != 0 ? 2 : 1, a.chromeParagraphs());
      }
      Article plain = out.get("https://big.example/plain");
      assertEquals(List.of(30_000L, 30_001L), fingerprints(plain));
      assertEquals(0, plain.chromeParagraphs());
      assertEquals(List.of(banner, 40_000L), fingerprints(out.get("https://small.example/one")));
      assertEquals(0, out.get("https://small.example/one").chromeParagraphs());
    }
  }

  @Test
  void chromeThatOnlyAnOlderSnapshotCarriedGoesFromTheFoldedArticle() {
    long chrome = 888;
    List<PageAnalysis> pages = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      pages.add(page("https://d.example/" + i, "d.example", "2025-07-01", "", para(50_000 + i, 30), para(chrome, 10)));
    }
    pages.add(page("https://d.example/live", "d.example", "2025-07-01", "2025-07-01T08:00:00Z", para(60_001, 30), para(chrome, 10)));
    pages.add(page("https://d.example/live", "d.example", "2025-07-01", "2025-07-01T20:00:00Z", para(60_002, 30), para(60_001, 30)));
    Article live = run(pages).get("https://d.example/live");
    assertEquals(2, live.snapshots());
    assertEquals(List.of(60_002L, 60_001L), fingerprints(live));
    assertEquals(1, live.chromeParagraphs());
  }

  @Test
  void aCopyIsFoundWithoutTheSiteChromeAndMarkedOnItsCleanArticle() {
    long chrome = 999;
    List<PageAnalysis> pages = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      pages.add(page("https://e.example/" + i, "e.example", "2025-08-0" + (i + 1), "", para(70_000 + i, 30), para(chrome, 12)));
    }
    // the original carries its site's chrome, the reprint on another site does not: with the box
    // counted the original would share only 3 of its 4 paragraphs with the reprint
    pages.add(page("https://e.example/story", "e.example", "2025-08-10", "", para(71, 30), para(72, 30), para(73, 30),
        para(chrome, 12)));
    pages.add(page("https://f.example/story", "f.example", "2025-08-11", "", para(71, 30), para(72, 30), para(73, 30),
        para(74, 30)));
    Map<String, Article> out = run(pages, 2);
    Article original = out.get("https://e.example/story");
    Article copy = out.get("https://f.example/story");
    assertEquals(List.of(71L, 72L, 73L), fingerprints(original));
    assertEquals("", original.duplicateOf());
    assertEquals("https://e.example/story", copy.duplicateOf());
    assertEquals(List.of(71L, 72L, 73L, 74L), fingerprints(copy));
    assertEquals(1, original.chromeParagraphs());
    assertEquals(0, copy.chromeParagraphs());
  }
}
