package org.newsbeam.aggregate;

import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;
import org.newsbeam.extract.Certainty;

/**
 * Reports of one event type on one day: asserted reports (and the quantity they give), the other
 * certainties counted apart, and the distinct articles and sites behind them.
 */
public record EventStats(
    long reports, long negated, long hypothetical, long claimed, long quantity, Set<String> articles, Set<String> sites)
    implements Serializable {

  public static EventStats ofReport(Certainty c, long quantity, String articleId, String site) {
    boolean asserted = c == Certainty.ASSERTED;
    return new EventStats(
        asserted ? 1 : 0,
        c == Certainty.NEGATED ? 1 : 0,
        c == Certainty.HYPOTHETICAL ? 1 : 0,
        c == Certainty.CLAIMED ? 1 : 0,
        asserted && quantity > 0 ? quantity : 0,
        asserted ? new TreeSet<>(Set.of(articleId)) : new TreeSet<>(),
        asserted ? new TreeSet<>(Set.of(site)) : new TreeSet<>());
  }

  public EventStats plus(EventStats o) {
    Set<String> a = new TreeSet<>(articles);
    a.addAll(o.articles);
    Set<String> s = new TreeSet<>(sites);
    s.addAll(o.sites);
    return new EventStats(reports + o.reports, negated + o.negated, hypothetical + o.hypothetical,
        claimed + o.claimed, quantity + o.quantity, a, s);
  }
}
