package org.newsbeam.aggregate;

import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;
import org.newsbeam.extract.Certainty;

/**
 * Reports of one event type on one day: asserted reports and the distinct articles and sites
 * behind them, the events first reported that day with their quantity, and the other certainties
 * counted apart.
 */
public record EventStats(
    long reports,
    long events,
    long quantity,
    long negated,
    long hypothetical,
    long claimed,
    Set<String> articles,
    Set<String> sites)
    implements Serializable {

  /**
   * @param firstOfEvent whether this report opens an event (its quantity is then the event's)
   */
  public static EventStats ofReport(Certainty c, boolean firstOfEvent, long eventQuantity, String articleId, String site) {
    boolean asserted = c == Certainty.ASSERTED;
    return new EventStats(
        asserted ? 1 : 0,
        firstOfEvent ? 1 : 0,
        firstOfEvent && eventQuantity > 0 ? eventQuantity : 0,
        c == Certainty.NEGATED ? 1 : 0,
        c == Certainty.HYPOTHETICAL ? 1 : 0,
        c == Certainty.CLAIMED ? 1 : 0,
        asserted ? new TreeSet<>(Set.of(articleId)) : new TreeSet<>(),
        asserted ? new TreeSet<>(Set.of(site)) : new TreeSet<>());
  }

  public EventStats plus(EventStats o) {
    Set<String> a = new TreeSet<>(articles);
    a.addAll(o.articles);
    Set<String> s = new TreeSet<>(sites);
    s.addAll(o.sites);
    return new EventStats(reports + o.reports, events + o.events, quantity + o.quantity, negated + o.negated,
        hypothetical + o.hypothetical, claimed + o.claimed, a, s);
  }
}
