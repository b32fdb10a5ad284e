package org.newsbeam.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbeam.aggregate.CountCoMentions.PairStats;
import org.newsbeam.extract.ActorMention;
import org.newsbeam.extract.PageAnalysis;
import org.newsbeam.extract.ParagraphAnalysis;
import org.newsbeam.extract.SentenceAnalysis;

/** A co-mention's example sentence: the first in the earliest article, whatever the combining order. */
class CoMentionExampleTest {
  static SentenceAnalysis sentence(String text, String... actors) {
    List<ActorMention> m = new ArrayList<>();
    for (int i = 0; i < actors.length; i++) {
      m.add(new ActorMention(actors[i], actors[i], i * 3, i * 3 + 2, true));
    }
    return new SentenceAnalysis(text, m, List.of(), List.of(), List.of());
  }

  @Test
  void theArticlesFirstSentenceNamingBothIsItsExample() {
    PageAnalysis page = new PageAnalysis("f.jsonl", "line 1", "https://w.example/a", "w.example", "2025-03-02", "scraper", "",
        "t", List.of(new ParagraphAnalysis(1, 20, List.of(
            sentence("Tusk spoke about the budget.", "Donald Tusk"),
            sentence("Tusk later phoned Macron about the summit.", "Donald Tusk", "Emmanuel Macron"),
            sentence("Macron told Tusk that he would attend.", "Emmanuel Macron", "Donald Tusk")))));
    ArticleFacts f = ArticleFacts.of(page);
    String key = ArticleFacts.pairKey("Donald Tusk", "Emmanuel Macron");
    assertEquals(2, f.pairSentences.get(key));
    assertEquals("Tusk later phoned Macron about the summit.", f.pairExample.get(key));
  }

  @Test
  void theEarliestArticleWinsInAnyOrder() {
    PairStats late = new PairStats(2, 1, 1, CountCoMentions.exampleOrder("2025-05-01", "https://a.example/x"),
        "A later sentence.", "https://a.example/x");
    PairStats early = new PairStats(1, 1, 1, CountCoMentions.exampleOrder("2025-04-30", "https://z.example/y"),
        "An earlier sentence.", "https://z.example/y");
    PairStats undated = new PairStats(1, 1, 1, CountCoMentions.exampleOrder("", "https://0.example/z"),
        "An undated sentence.", "https://0.example/z");
    PairStats none = new PairStats(0, 0, 1);
    List<PairStats> all = List.of(late, early, undated, none);
    for (List<PairStats> order : List.of(all, List.of(none, undated, early, late), List.of(undated, late, none, early))) {
      PairStats sum = order.get(0);
      for (PairStats s : order.subList(1, order.size())) {
        sum = sum.plus(s);
      }
      assertEquals("An earlier sentence.", sum.exampleSentence(), order.toString());
      assertEquals("https://z.example/y", sum.exampleUrl());
      assertEquals(4, sum.sentences());
      assertEquals(4, sum.articlesTogether());
    }
    // the same day: the URL decides
    PairStats sameDay = new PairStats(1, 1, 1, CountCoMentions.exampleOrder("2025-04-30", "https://b.example/q"),
        "Same day, other site.", "https://b.example/q");
    assertEquals("https://b.example/q", early.plus(sameDay).exampleUrl());
    assertEquals("https://b.example/q", sameDay.plus(early).exampleUrl());
    assertFalse(undated.plus(none).exampleSentence().isEmpty(), "an undated article still gives an example");
  }
}
