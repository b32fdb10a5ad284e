package org.newsbeam.aggregate;

import java.util.Map;
import java.util.function.Consumer;
import org.newsbeam.output.Csv;
import org.newsbeam.output.Table;
import org.newsbeam.output.TableRow;

/**
 * article_actors.csv: which actors each article names, and how often; joins articles.csv on
 * article_id. Written from {@link FactsOfArticle}.
 */
public final class ListArticleActors {
  private ListArticleActors() {}

  static void rows(Article a, ArticleFacts f, Csv csv, Consumer<TableRow> out) {
    String id = a.id();
    for (Map.Entry<String, Integer> e : f.actorMentions.entrySet()) {
      out.accept(new TableRow(Table.ARTICLE_ACTORS, a.page().published() + "|" + id + "|" + e.getKey(),
          csv.line(id, a.page().url(), a.page().published(), e.getKey(), e.getValue(), f.actorListed.get(e.getKey()))));
    }
  }
}
