package org.newsbeam.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {
  private static final String URL = "https://live.example/blog";

  private static void write(Path dir, String name, String... lines) throws IOException {
    Files.write(dir.resolve(name), List.of(lines));
  }

  private static Gold.Event talks(String sentence) {
    return new Gold.Event("talks", null, "negated", "Ukraine", "Russia", List.of("Ukraine", "Russia"), sentence);
  }

  @Test
  void aLineRepeatedUnderTwoTimesMatchesItsClosestGoldSentence(@TempDir Path run) throws IOException {
    write(run, "articles.csv",
        "article_id,url,site,published,title,words,date_source,duplicate_of,snapshots,source,location",
        "a1," + URL + ",live.example,2025-05-01,Live,100,meta,,2,blog.html,");
    write(run, "rejects.csv", "file,location,reason");
    write(run, "article_actors.csv", "article_id,url,published,actor,mentions,listed");
    write(run, "co_mentions.csv", "actor_a,actor_b,sentences,articles,npmi,articles_together,npmi_articles");
    String events = "article_id,url,published,event_type,actors,quantity,sentence,source,target,certainty,event_id,trigger";
    write(run, "events.csv", events,
        "a1," + URL + ",2025-05-01,talks,Ukraine;Russia,,11:58 President Zelensky said Ukraine was not invited to any talks.,Ukraine,Russia,negated,e1,talks",
        "a1," + URL + ",2025-05-01,talks,Ukraine;Russia,,08:18 Zelensky said Ukraine was not invited to any talks.,Ukraine,Russia,negated,e1,talks");
    Gold gold = new Gold(List.of(new Gold.Record("blog.html", "", "article", URL, "2025-05-01", "", List.of(), List.of(),
        List.of(talks("Zelensky said Ukraine was not invited to any talks."),
            talks("President Zelensky said Ukraine was not invited to any talks.")))));
    Evaluation ev = Evaluation.run(gold, run);
    Evaluation.Score s = ev.scores.get("event mentions");
    assertEquals(2, s.tp(), ev.problems.toString());
    assertEquals(0, s.fp());
    assertEquals(0, s.fn());
  }
}
