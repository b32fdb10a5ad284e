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
    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
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
}
