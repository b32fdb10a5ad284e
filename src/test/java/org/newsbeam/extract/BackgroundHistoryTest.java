package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbeam.ingest.RawRecord;
import org.newsbeam.study.StudyLoader;

/**
 * Acts recalled in passing from years before the article are background, not reports
 * ({@link BackgroundHistory}). Our own articles, published on 2 June 2025, through {@link PageAnalyzer}.
 */
class BackgroundHistoryTest {
  private static final PageAnalyzer ANALYZER = new PageAnalyzer(StudyLoader.resolve("ukraine-war", Paths.get("")));

  private static long count(String type, String... paragraphs) {
    RawRecord r = new RawRecord("a.txt", "", "https://example.org/news/2", String.join("\n\n", paragraphs), false,
        "", "2025-06-02", "", "");
    List<String> out = new ArrayList<>();
    for (ParagraphAnalysis p : ANALYZER.analyze(r).page().paragraphs()) {
      for (SentenceAnalysis s : p.sentences()) {
        for (EventMention m : s.events()) {
          out.add(m.type());
        }
      }
    }
    return out.stream().filter(type::equals).count();
  }

  @Test
  void anActDatedYearsBackRightAfterItsPhraseIsBackground() {
    assertEquals(0, count("ground_advance", "Ukrainian forces liberated the village of Hrakove in 2021, officials recalled."));
    assertEquals(0, count("ground_advance",
        "The town fell in the spring of 2019 and was recaptured by the army later that year."));
    assertEquals(0, count("missile_strike",
        "Veterans still talk of the floods of 2018 and of a Russian missile strike on the dam the following year."));
  }

  @Test
  void aRecentYearOrAYearOfAnotherActLeavesTheReport() {
    assertEquals(1, count("ground_advance", "Ukrainian forces liberated the village of Hrakove in 2024, officials said."),
        "the year before publication is recent");
    assertEquals(1, count("ground_advance",
        "Ukrainian forces liberated the village of Hrakove last week, three years after it was first occupied in 2022."),
        "the old year dates another act, after a comma");
    assertEquals(1, count("missile_strike",
        "A Russian missile attack on the harbour killed six people, the deadliest since the war began in 2022."),
        "the old year dates the war, after 'since'");
  }

  @Test
  void aDateThatOpensTheSentenceIsTheStorysOwn() {
    assertEquals(1, count("ground_advance", "In 2021, Ukrainian forces liberated the village of Hrakove after a week of fighting."));
  }
}
