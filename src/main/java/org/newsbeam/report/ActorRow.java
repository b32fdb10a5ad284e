package org.newsbeam.report;

/** One row of actors.csv, as the report shows it. */
record ActorRow(String name, String type, String country, long mentions, long articles, String firstSeen,
    String lastSeen, boolean listed) {

  static ActorRow of(TableRows.Row r) {
    return new ActorRow(r.get("actor"), r.get("type"), r.get("country"), r.count("mentions"), r.count("articles"),
        r.get("first_seen"), r.get("last_seen"), !"false".equals(r.get("listed")));
  }

  /** Most mentioned first; ties by articles, then by name, so the choice is stable. */
  static final java.util.Comparator<ActorRow> BY_MENTIONS =
      java.util.Comparator.comparingLong(ActorRow::mentions).reversed()
          .thenComparing(java.util.Comparator.comparingLong(ActorRow::articles).reversed())
          .thenComparing(ActorRow::name);

  /** Most articles first, for the network's nodes. */
  static final java.util.Comparator<ActorRow> BY_ARTICLES =
      java.util.Comparator.comparingLong(ActorRow::articles).reversed()
          .thenComparing(java.util.Comparator.comparingLong(ActorRow::mentions).reversed())
          .thenComparing(ActorRow::name);
}
