package org.newsbeam.report;

/** One row of actors.csv, as the report shows it. */
record ActorRow(String name, String type, String country, long mentions, long articles, String firstSeen,
    String lastSeen, boolean listed) {

  static ActorRow of(TableRows.Row r) {
    return new ActorRow(r.get("actor"), r.get("type"), r.get("country"), r.count("mentions"), r.count("articles"),
        r.get("first_seen"), r.get("last_seen"), !"false".equals(r.get("listed")));
  }

  /** The fields the actor table and the network share, written into a JSON object of the page. */
  com.fasterxml.jackson.databind.node.ObjectNode writeTo(com.fasterxml.jackson.databind.node.ObjectNode o) {
    o.put("name", name);
    o.put("type", type);
    o.put("country", country);
    o.put("mentions", mentions);
    o.put("articles", articles);
    o.put("listed", listed);
    return o;
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
