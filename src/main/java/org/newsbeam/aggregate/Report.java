package org.newsbeam.aggregate;

import java.io.Serializable;
import java.util.List;
import org.newsbeam.extract.Certainty;

/**
 * One report of an event: an event mention with the article it stands in. Many reports (across
 * articles, sites and snapshots) can tell of one event.
 *
 * @param order position in the article (paragraph, sentence, mention), as a sort key
 */
public record Report(
    String type,
    String date,
    String articleId,
    String url,
    String site,
    String order,
    List<String> actors,
    String source,
    String target,
    long quantity,
    Certainty certainty,
    String sentence,
    String trigger)
    implements Serializable {
  public Report {
    actors = List.copyOf(actors);
  }

  /** Reports that say something happened: asserted, or claimed by one side. */
  public boolean isFactual() {
    return certainty == Certainty.ASSERTED || certainty == Certainty.CLAIMED;
  }

  /** Sort key: date, article, position. */
  public String key() {
    return date + "|" + articleId + "|" + order;
  }
}
