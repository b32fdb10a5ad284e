package org.newsbeam.aggregate;

import java.io.Serializable;
import java.util.List;
import org.newsbeam.extract.Certainty;
import org.newsbeam.extract.EventRecordReader;
import org.newsbeam.study.Place;

/**
 * One report of an event: an event mention with the article it stands in. Many reports (across
 * articles, sites and snapshots) can tell of one event.
 *
 * @param order position in the article (paragraph, sentence, mention, weapon), as a sort key
 * @param detail when, with which weapon (one per report: an act naming several weapons gives a
 *     report each), casualties and place, as the sentence tells them
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
    String trigger,
    EventRecordReader.Detail detail)
    implements Serializable {
  public Report {
    actors = List.copyOf(actors);
  }

  /** A report whose sentence tells nothing beyond type, actors and count. */
  public Report(String type, String date, String articleId, String url, String site, String order, List<String> actors,
      String source, String target, long quantity, Certainty certainty, String sentence, String trigger) {
    this(type, date, articleId, url, site, order, actors, source, target, quantity, certainty, sentence, trigger,
        new EventRecordReader.Detail("", "", quantity, date, org.newsbeam.extract.EventDates.PUBLISHED, -1, -1, new Place("", "", "")));
  }

  public String weapon() {
    return detail.weapon();
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
