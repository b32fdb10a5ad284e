package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsbeam.ingest.RawRecord;
import org.newsbeam.study.StudyLoader;
import org.newsbeam.text.PageSamples;

/** HTML records that are not articles are skipped with reason "not-an-article"; articles are not. */
class NotAnArticleSkipTest {
  private final PageAnalyzer analyzer =
      new PageAnalyzer(StudyLoader.resolve(StudyLoader.DEFAULT_STUDY, Paths.get("")));

  private PageAnalyzer.Outcome analyze(String[] page) {
    return analyzer.analyze(new RawRecord("f.html", "", page[0], page[1], true, "", "", "", ""));
  }

  @Test
  void pagesOfOtherTypesAreSkippedAndArticlesAnalysed() {
    Map<String, List<String[]>> samples = PageSamples.byType();
    for (String type : List.of("home", "listing", "forum", "product")) {
      PageAnalyzer.Outcome o = analyze(samples.get(type).get(0));
      assertNull(o.page(), type);
      assertEquals("not-an-article", o.skipKind(), type);
    }
    PageAnalyzer.Outcome article = analyze(samples.get("article").get(0));
    assertNotNull(article.page());
    assertNull(article.skipKind());
  }
}
