package org.newsbeam.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsbeam.evaluate.Evaluation;
import org.newsbeam.evaluate.Gold;
import org.newsbeam.output.Table;

/** The whole pipeline on the DirectRunner over sample-data/, checked against the hand-made gold. */
class NewsbeamPipelineTest {

  @Test
  void everyTableHasItsColumns() throws Exception {
    Path out = SampleRun.output();
    for (Table t : Table.values()) {
      assertTrue(Files.exists(out.resolve(t.fileName())), t.fileName());
      assertEquals(t.columns(), SampleRun.header(out, t.fileName()), t.fileName());
    }
    assertEquals(List.of("actor", "type", "country", "mentions", "articles", "first_seen", "last_seen"),
        SampleRun.header(out, "actors.csv").subList(0, 7));
    assertEquals(List.of("actor_a", "actor_b", "sentences", "articles", "npmi"),
        SampleRun.header(out, "co_mentions.csv").subList(0, 5));
    assertEquals(List.of("published", "event_type", "weapon", "reports", "articles", "sites", "quantity"),
        SampleRun.header(out, "event_counts.csv").subList(0, 7));
    assertEquals(List.of("article_id", "url", "published", "event_type", "actors", "quantity", "sentence"),
        SampleRun.header(out, "events.csv").subList(0, 7));
    assertEquals(List.of("article_id", "url", "site", "published", "title", "words"),
        SampleRun.header(out, "articles.csv").subList(0, 6));
    assertEquals(List.of("file", "location", "reason"), SampleRun.header(out, "rejects.csv"));
  }

  @Test
  void countsReconcileWithTheArchive() throws Exception {
    Path out = SampleRun.output();
    JsonNode c = new ObjectMapper().readTree(out.resolve("run_summary.json").toFile()).get("counters");
    Gold gold = Gold.load(SampleRun.GOLD);
    assertEquals(gold.records().size(), c.get("records").asLong() - c.get("skipped").asLong(),
        "every gold record is a page or a reject; WARC requests and metadata are the skips");
    assertEquals(c.get("records").asLong(), c.get("pages").asLong() + c.get("skipped").asLong() + c.get("rejected").asLong());
    assertEquals(c.get("pages").asLong(), c.get("articles").asLong() + c.get("snapshots_folded").asLong());
    long goldArticles = gold.records().stream().filter(r -> r.kind().equals("article") || r.kind().equals("duplicate")).count();
    assertEquals(goldArticles, c.get("articles").asLong());
    assertEquals(SampleRun.table(out, "articles.csv").size(), c.get("articles").asLong());
    assertEquals(SampleRun.table(out, "rejects.csv").size(), c.get("rejected").asLong());
  }

  @Test
  void everyCoMentionQuotesASentenceOfAnArticleNamingBoth() throws Exception {
    Path out = SampleRun.output();
    Map<String, String> published = new java.util.HashMap<>();
    for (Map<String, String> a : SampleRun.table(out, "articles.csv")) {
      published.put(a.get("url"), a.get("published"));
    }
    java.util.Set<String> named = new java.util.HashSet<>();
    for (Map<String, String> a : SampleRun.table(out, "article_actors.csv")) {
      named.add(a.get("url") + "|" + a.get("actor"));
    }
    List<Map<String, String>> pairs = SampleRun.table(out, "co_mentions.csv");
    assertFalse(pairs.isEmpty());
    for (Map<String, String> p : pairs) {
      String url = p.get("example_url");
      if (p.get("sentences").equals("0")) { // named in one article, never in one sentence: nothing to quote
        assertEquals("", url, p.toString());
        continue;
      }
      assertTrue(published.containsKey(url), p.toString());
      assertTrue(named.contains(url + "|" + p.get("actor_a")) && named.contains(url + "|" + p.get("actor_b")), p.toString());
      assertFalse(p.get("example_sentence").isBlank(), p.toString());
    }
  }

  @Test
  void rejectsNameSourceLocationAndReason() throws Exception {
    List<Map<String, String>> rejects = SampleRun.table(SampleRun.output(), "rejects.csv");
    assertTrue(rejects.stream().anyMatch(r -> r.get("file").endsWith("news.jsonl") && r.get("location").equals("line 4")
        && r.get("reason").contains("JSON")), rejects.toString());
  }

  @Test
  void eachStoryCountsOnce() throws Exception {
    List<Map<String, String>> articles = SampleRun.table(SampleRun.output(), "articles.csv");
    Map<String, String> live = articles.stream().filter(a -> a.get("url").contains("live-jeddah-talks")).findFirst().orElseThrow();
    assertEquals("3", live.get("snapshots"));
    assertEquals(1, articles.stream().filter(a -> a.get("url").contains("live-jeddah-talks")).count());
    assertTrue(articles.stream().anyMatch(a -> !a.get("duplicate_of").isEmpty()), "the syndicated copy is marked");
  }

  @Test
  void reproducesTheGold() throws Exception {
    Evaluation ev = Evaluation.run(Gold.load(SampleRun.GOLD), SampleRun.output());
    ev.print(System.out, true);
    assertEquals(1.0, ev.agreements.get("records placed").rate(), "every record ends where the gold says");
    assertEquals(1.0, ev.agreements.get("article dates").rate(), "every article has the gold date");
    // the targets of the issue: actors P >= 0.95, R >= 0.90; event mentions P >= 0.90, R >= 0.85
    assertTrue(ev.scores.get("actors").precision() >= 0.95, "actor precision");
    assertTrue(ev.scores.get("actors").recall() >= 0.90, "actor recall");
    assertTrue(ev.scores.get("event mentions").precision() >= 0.90, "event precision");
    assertTrue(ev.scores.get("event mentions").recall() >= 0.85, "event recall");
    assertTrue(ev.scores.get("co-mention pairs").precision() >= 0.90, "pair precision");
    assertTrue(ev.scores.get("co-mention pairs").recall() >= 0.90, "pair recall");
    // the target: every matched event carries the gold quantity
    assertEquals(1.0, ev.agreements.get("event quantities").rate(), "event quantities are exact");
    // floors that keep what is reached today
    assertTrue(ev.agreements.get("event certainty").rate() >= 0.97, "event certainty");
    assertTrue(ev.agreements.get("event source/target").rate() >= 0.88, "event source and target");
  }

  @Test
  void curlyApostrophesDoNotHideActors() throws Exception {
    List<Map<String, String>> actors = SampleRun.table(SampleRun.output(), "actors.csv");
    assertFalse(actors.isEmpty());
    assertTrue(actors.stream().anyMatch(a -> a.get("actor").equals("Vladimir Putin")));
  }
}
