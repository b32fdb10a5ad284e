package org.newsbeam.extract;

/**
 * A pattern firing before merging: its trigger and object spans in the sentence's tokens
 * (obj* are -1 without an object phrase), its clause and quantity. {@code elided}: the object
 * is named earlier and the number stands alone ("70 were downed"); {@code anaphoric}: the object
 * is a pronoun for an earlier clause's objects ("will not send them").
 */
record EventCandidate(
    int pattern,
    String type,
    int trigStart,
    int trigEnd,
    int objStart,
    int objEnd,
    int clause,
    long quantity,
    boolean elided,
    boolean anaphoric) {
  EventCandidate(int pattern, String type, int trigStart, int trigEnd, int objStart, int objEnd, int clause, long quantity, boolean elided) {
    this(pattern, type, trigStart, trigEnd, objStart, objEnd, clause, quantity, elided, false);
  }

  boolean hasObject() {
    return objStart >= 0;
  }

  int rank() {
    return (quantity >= 0 ? 4 : 0) + (hasObject() ? 2 : 0) + (elided ? 1 : 0);
  }

  boolean triggerOverlaps(EventCandidate o) {
    return trigStart < o.trigEnd && o.trigStart < trigEnd;
  }
}
