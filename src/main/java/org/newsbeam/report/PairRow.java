package org.newsbeam.report;

/** One row of co_mentions.csv. */
record PairRow(String a, String b, long sentences, long articles, double npmi, long articlesTogether,
    double npmiArticles) {

  static PairRow of(TableRows.Row r) {
    return new PairRow(r.get("actor_a"), r.get("actor_b"), r.count("sentences"), r.count("articles"),
        r.decimal("npmi"), r.count("articles_together"), r.decimal("npmi_articles"));
  }

  /** Most sentences first, then the stronger association, then by names. */
  static final java.util.Comparator<PairRow> STRONGEST =
      java.util.Comparator.comparingLong(PairRow::sentences).reversed()
          .thenComparing(java.util.Comparator.comparingDouble(PairRow::npmi).reversed())
          .thenComparing(PairRow::a)
          .thenComparing(PairRow::b);

  String key() {
    return key(a, b);
  }

  static String key(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "\t" + b : b + "\t" + a;
  }
}
