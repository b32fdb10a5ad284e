package org.newsbeam.output;

import java.util.List;

/**
 * The CSV tables newsbeam writes, with their header rows. Column names are part of the contract
 * (CODEBOOK.md) and one name means one thing in every table: {@code file} and {@code location}
 * say where a row came from (a path, and "line N" or "offset N" inside it), {@code place} is a
 * geographic place, {@code source_actor} the actor who acts, {@code site}/{@code sites} websites,
 * {@code published} the publication day.
 */
public enum Table {
  ARTICLES("articles.csv", "article_id", "url", "site", "published", "title", "words", "date_source",
      "duplicate_of", "snapshots", "file", "location"),
  ACTORS("actors.csv", "actor", "type", "country", "mentions", "articles", "first_seen", "last_seen", "listed"),
  CO_MENTIONS("co_mentions.csv", "actor_a", "actor_b", "sentences", "articles", "npmi", "articles_together",
      "npmi_articles", "example_sentence", "example_url"),
  EVENT_COUNTS("event_counts.csv", "published", "event_type", "weapon", "reports", "articles", "sites", "quantity",
      "events", "negated", "hypothetical", "claimed", "claimed_events"),
  EVENTS("events.csv", "article_id", "url", "published", "event_type", "actors", "quantity", "sentence",
      "source_actor", "target", "certainty", "event_id", "trigger", "weapon"),
  EVENT_RECORDS("event_records.csv", "event_id", "event_date", "date_precision", "event_type", "weapon", "quantity",
      "fatalities", "injured", "place", "admin1", "country", "source_actor", "target", "certainty", "reports",
      "articles", "sites", "first_reported", "last_reported", "example_sentence", "example_url"),
  PLACES("places.csv", "place", "mentions", "articles"),
  CANDIDATE_ACTORS("candidate_actors.csv", "name", "role", "mentions", "articles", "example_sentence"),
  ACTOR_DAILY("actor_daily.csv", "published", "actor", "mentions", "articles"),
  ARTICLE_ACTORS("article_actors.csv", "article_id", "url", "published", "actor", "mentions", "listed"),
  REJECTS("rejects.csv", "file", "location", "reason"),
  SKIPPED("skipped.csv", "file", "location", "reason", "detail");

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
