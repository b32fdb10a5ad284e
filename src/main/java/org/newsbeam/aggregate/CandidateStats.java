package org.newsbeam.aggregate;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * One discovered person over the corpus: mentions, articles, the titles the text gave them (with
 * how many articles gave each) and one example sentence, the earliest article's.
 */
public record CandidateStats(long mentions, long articles, Map<String, Long> titles, String exampleKey, String example)
    implements Serializable {
  public CandidateStats plus(CandidateStats o) {
    Map<String, Long> t = new TreeMap<>(titles);
    o.titles.forEach((k, v) -> t.merge(k, v, Long::sum));
    boolean mine = exampleKey.compareTo(o.exampleKey) <= 0;
    return new CandidateStats(mentions + o.mentions, articles + o.articles, t, mine ? exampleKey : o.exampleKey,
        mine ? example : o.example);
  }

  /** The title most articles gave; ties to the alphabetically first. */
  public String title() {
    String best = "";
    long n = 0;
    for (Map.Entry<String, Long> e : titles.entrySet()) {
      if (e.getValue() > n) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }
}
