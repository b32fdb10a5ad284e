package org.newsbeam.extract;

import java.util.Locale;

/** How sure a report of an event is, as the sentence puts it. */
public enum Certainty {
  ASSERTED,
  NEGATED,
  HYPOTHETICAL,
  CLAIMED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
