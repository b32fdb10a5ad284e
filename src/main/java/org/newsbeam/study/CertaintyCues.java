package org.newsbeam.study;

import java.io.Serializable;
import java.util.List;

/**
 * Terms (same language as {@link EventPattern} terms) that change how sure a report is.
 *
 * @param negated "did not", "denied", "rejected reports that", "neither confirmed nor denied"
 * @param hypothetical "would", "could", "plans to", "is likely to", "ready for"
 * @param claimed "claimed", "according to", "said it had" (attributed, not acknowledged)
 */
public record CertaintyCues(List<String> negated, List<String> hypothetical, List<String> claimed)
    implements Serializable {
  public CertaintyCues {
    negated = List.copyOf(negated);
    hypothetical = List.copyOf(hypothetical);
    claimed = List.copyOf(claimed);
  }
}
