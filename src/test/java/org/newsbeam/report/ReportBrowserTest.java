package org.newsbeam.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbeam.pipeline.SampleRun;

/**
 * report.html opened in headless Chromium, as an analyst opens it: the sample run's report renders
 * without a script error and shows its CSVs' figures; article text stays text.
 */
class ReportBrowserTest {
  static final Path SCREENSHOTS = Paths.get("target", "report-screenshots");

  @TempDir Path tmp;

  @Test
  void sampleRunReportShowsTheTablesFigures() throws Exception {
    Path run = SampleRun.output();
    RunReport.write(run.toString());
    Path html = run.resolve(RunReport.FILE);
    Document d = ReportChecks.rendered(Chromium.dumpDom(html).dom());
    int compared = ReportChecks.figuresEqualTheTables(d, run);
    assertTrue(compared > 100, "figures compared: " + compared);
    Chromium.screenshot(html, SCREENSHOTS.resolve("sample-run.png"), 1400, 3000);
  }

  @Test
  void articleTextIsShownAsTextAndNeverRuns() throws Exception {
    Path run = RunFixture.write(tmp.resolve("run"), true);
    RunReport.write(run.toString());
    Document d = ReportChecks.rendered(Chromium.dumpDom(run.resolve(RunReport.FILE)).dom());
    assertNotEquals("pwned", d.title());
    assertTrue(d.select("img").isEmpty(), "no element from article text");
    assertTrue(d.select("i, b").isEmpty(), "no markup from article text");
    // the error handler, the data, ECharts and the page script: nothing from the data
    assertEquals(4, d.select("script").size(), "only the page's own scripts");
    assertTrue(d.selectFirst("#day-panel").text().contains("</script><img src=x"), "the hostile sentence is shown as text");
    for (Element a : d.select("a[href]")) {
      assertFalse(a.attr("href").toLowerCase().startsWith("javascript:"), "no script link: " + a);
    }
    // the weapon column of this run's event_counts.csv gives the split toggle
    assertFalse(d.selectFirst("#split-toggle").hasAttr("hidden"));
    assertEquals(2, d.select("#split-toggle button").size());
    ReportChecks.figuresEqualTheTables(d, run);
  }
}
