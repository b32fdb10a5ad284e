package org.newsbeam.aggregate;

import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;
import org.newsbeam.extract.Certainty;

/**
 * Reports of one event type (and weapon) on one day: asserted reports and the distinct articles
 * and sites behind them, the events counted that day with their quantity, the other certainties
 * counted apart, and the events that only claims tell of.
 *
 * <p>An event that some report asserts counts in {@code events} and {@code quantity} on the day of
 * its first asserted report. An event told only by claims ("Russia's defence ministry claimed its
 * forces had captured ...") counts in {@code claimedEvents} on the day of its first report, and its
 * quantity in no sum: a claim is not evidence that the act happened.
 */
public record EventStats(
    long reports,
    long events,
    long quantity,
    long negated,
    long hypothetical,
    long claimed,
    long claimedEvents,
    Set<String> articles,
    Set<String> sites)
    implements Serializable {

  /**
   * @param carriesEvent whether this report carries its event in the counts (its quantity is then
   *     the event's)
   * @param eventAsserted whether a report asserts the event (false: claimed only)
   */
  public static EventStats ofReport(
      Certainty c, boolean carriesEvent, boolean eventAsserted, long eventQuantity, String articleId, String site) {
    boolean asserted = c == Certainty.ASSERTED;
    return new EventStats(
        asserted ? 1 : 0,
        carriesEvent && eventAsserted ? 1 : 0,
        carriesEvent && eventAsserted && eventQuantity > 0 ? eventQuantity : 0,
        c == Certainty.NEGATED ? 1 : 0,
        c == Certainty.HYPOTHETICAL ? 1 : 0,
        c == Certainty.CLAIMED ? 1 : 0,
        carriesEvent && !eventAsserted ? 1 : 0,
        asserted ? new TreeSet<>(Set.of(articleId)) : new TreeSet<>(),
        asserted ? new TreeSet<>(Set.of(site)) : new TreeSet<>());
  }

  /** An event alone, counted under a row other than its carrying report's (its own weapon). */
  public static EventStats ofEvent(boolean asserted, long quantity) {
    return new EventStats(0, asserted ? 1 : 0, asserted && quantity > 0 ? quantity : 0, 0, 0, 0, asserted ? 0 : 1,
        new TreeSet<>(), new TreeSet<>());
  }

  public EventStats plus(EventStats o) {
    Set<String> a = new TreeSet<>(articles);
    a.addAll(o.articles);
    Set<String> s = new TreeSet<>(sites);
    s.addAll(o.sites);
    return new EventStats(reports + o.reports, events + o.events, quantity + o.quantity, negated + o.negated,
        hypothetical + o.hypothetical, claimed + o.claimed, claimedEvents + o.claimedEvents, a, s);
  }
}
