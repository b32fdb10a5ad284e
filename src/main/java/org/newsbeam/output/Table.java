package org.newsbeam.output;

import java.util.List;

/** The CSV tables newsbeam writes, with their header rows. Column names are part of the contract. */
public enum Table {
  ARTICLES("articles.csv", "article_id", "url", "site", "published", "title", "words", "date_source",
      "duplicate_of", "snapshots", "source", "location"),
  ACTORS("actors.csv", "actor", "type", "country", "mentions", "articles", "first_seen", "last_seen", "listed"),
  CO_MENTIONS("co_mentions.csv", "actor_a", "actor_b", "sentences", "articles", "npmi", "articles_together",
      "npmi_articles"),
  EVENT_COUNTS("event_counts.csv", "date", "event_type", "weapon", "reports", "articles", "sources", "quantity",
      "events", "negated", "hypothetical", "claimed", "claimed_events"),
  EVENTS("events.csv", "article_id", "url", "published", "event_type", "actors", "quantity", "sentence",
      "source", "target", "certainty", "event_id", "trigger", "weapon"),
  EVENT_RECORDS("event_records.csv", "event_id", "event_date", "date_precision", "event_type", "weapon", "quantity",
      "fatalities", "injured", "place", "admin1", "country", "source_actor", "target", "certainty", "reports",
      "articles", "sites", "first_reported", "last_reported", "example_sentence", "example_url"),
  LOCATIONS("locations.csv", "location", "mentions", "articles"),
  CANDIDATE_ACTORS("candidate_actors.csv", "name", "title", "mentions", "articles", "example_sentence"),
  ACTOR_DAILY("actor_daily.csv", "date", "actor", "mentions", "articles"),
  ARTICLE_ACTORS("article_actors.csv", "article_id", "url", "published", "actor", "mentions", "listed"),
  REJECTS("rejects.csv", "source", "location", "reason");

  private final String fileName;
  private final List<String> columns;

  Table(String fileName, String... columns) {
    this.fileName = fileName;
    this.columns = List.of(columns);
  }

  public String fileName() {
    return fileName;
  }

  public List<String> columns() {
    return columns;
  }

  public String header() {
    return String.join(",", columns);
  }
}
