package org.newsbeam.study;

import java.io.Serializable;
import java.util.List;

/**
 * A weapon of the study: what an act used or what was intercepted ("Shahed drones", "cruise
 * missiles").
 *
 * @param name as written to event_records.csv and event_counts.csv
 * @param kindOf the general weapon this one is a kind of ("drones" for "Shahed drones"), or ""
 * @param words terms in the event lexicon's term language that name it
 * @param types event type ids it is read for
 */
public record Weapon(String name, String kindOf, List<String> words, List<String> types) implements Serializable {
  public Weapon {
    kindOf = kindOf == null ? "" : kindOf;
    words = List.copyOf(words);
    types = List.copyOf(types);
  }

  /**
   * Whether reports naming weapons {@code a} and {@code b} can tell of one act: the same weapon,
   * one a kind of the other, or either unnamed ("").
   */
  public static boolean compatible(String a, String aKindOf, String b, String bKindOf) {
    if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
      return true;
    }
    return a.equals(bKindOf) || b.equals(aKindOf);
  }
}
