package org.newsbeam.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class FingerprintTest {
  @Test
  void equalForTriviallyDifferentFormatting() {
    long a = Fingerprint.of("The council voted, 7–2, to rebuild the wall.");
    assertEquals(a, Fingerprint.of("the council voted 7 2 to rebuild the wall"));
    assertEquals(a, Fingerprint.of("  THE COUNCIL VOTED (7-2) TO REBUILD THE WALL!  "));
    assertEquals(a, Fingerprint.of("The council\nvoted, 7\u00A0–\u00A02, to rebuild the wall …"));
    assertEquals(Fingerprint.of("The mayor’s plan"), Fingerprint.of("The mayor's plan"));
  }

  @Test
  void differentForDifferentWords() {
    assertNotEquals(Fingerprint.of("The council voted to rebuild the wall."), Fingerprint.of("The council voted to repair the wall."));
    assertNotEquals(Fingerprint.of("ab c"), Fingerprint.of("a bc"), "word boundaries count");
    assertNotEquals(Fingerprint.of("Seven votes"), Fingerprint.of("Seven vote"));
  }

  @Test
  void emptyTextIsStable() {
    assertEquals(Fingerprint.of(""), Fingerprint.of(" ... "));
    assertEquals(Fingerprint.of(""), Fingerprint.of(null));
  }
}
