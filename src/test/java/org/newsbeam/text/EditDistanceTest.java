package org.newsbeam.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EditDistanceTest {
  @Test
  void countsInsertionsDeletionsAndSubstitutions() {
    assertEquals(0, EditDistance.between("Shmyhal", "Shmyhal"));
    assertEquals(1, EditDistance.between("Shmyhal", "Shmygal"));
    assertEquals(1, EditDistance.between("aliases", "alises"));
    assertEquals(3, EditDistance.between("", "abc"));
    assertEquals(2, EditDistance.between("Vitali", "Vitaliy") + EditDistance.between("Vitaly", "Vitali"));
  }

  @Test
  void withinAnswersAsTheFullDistanceDoes() {
    assertTrue(EditDistance.within("governer", "governor", 1));
    assertTrue(EditDistance.within("minster", "minister", 1));
    assertFalse(EditDistance.within("moscow", "mother", 1));
    assertTrue(EditDistance.within("shmygal", "shmyhal", 1));
    assertFalse(EditDistance.within("abc", "", 2));
    assertTrue(EditDistance.within("", "", 0));
    // shared first and last letters that overlap: "aaa" against "aaaa" is one insertion
    assertTrue(EditDistance.within("aaa", "aaaa", 1));
    assertFalse(EditDistance.within("aaa", "aaaaa", 1));
    // random short words over a small alphabet, where near misses and overlaps are common
    Random random = new Random(15);
    for (int k = 0; k < 20_000; k++) {
      String a = word(random);
      String b = random.nextBoolean() ? edit(a, random) : word(random);
      int d = EditDistance.between(a, b);
      for (int max = 0; max <= 3; max++) {
        assertEquals(d <= max, EditDistance.within(a, b, max), a + " / " + b + " within " + max);
      }
    }
  }

  private static String word(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(9);
    for (int i = 0; i < n; i++) {
      sb.append("abcd".charAt(random.nextInt(4)));
    }
    return sb.toString();
  }

  /** One to three random insertions, deletions or substitutions. */
  private static String edit(String w, Random random) {
    StringBuilder sb = new StringBuilder(w);
    for (int e = random.nextInt(3) + 1; e > 0; e--) {
      int op = random.nextInt(3);
      if (op == 0 || sb.length() == 0) {
        sb.insert(random.nextInt(sb.length() + 1), "abcd".charAt(random.nextInt(4)));
      } else if (op == 1) {
        sb.deleteCharAt(random.nextInt(sb.length()));
      } else {
        sb.setCharAt(random.nextInt(sb.length()), "abcd".charAt(random.nextInt(4)));
      }
    }
    return sb.toString();
  }
}
