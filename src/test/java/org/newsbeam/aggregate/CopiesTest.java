package org.newsbeam.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CopiesTest {
  private static Copies.Doc doc(String url, int paragraphs) {
    return new Copies.Doc(url, "2025-04-01", "", paragraphs);
  }

  @Test
  void mostOfTheShorterArticleMustStandInTheOther() {
    assertTrue(Copies.isCopy(new Copies.Shared(doc("a", 5), doc("b", 9), 4)));
    assertFalse(Copies.isCopy(new Copies.Shared(doc("a", 5), doc("b", 9), 3)));
  }

  @Test
  void templateParagraphsLeaveTheCount() {
    Copies.Shared s = new Copies.Shared(doc("a", 4), doc("b", 4), 3);
    assertFalse(Copies.isCopy(s), "3 of 4");
    assertTrue(Copies.isCopy(s, 1, 1), "3 of 3 once the stock paragraph is set aside");
    assertFalse(Copies.isCopy(new Copies.Shared(doc("a", 2), doc("b", 2), 0), 2, 2), "nothing but template: no evidence");
  }

  @Test
  void distinctByUrlAndEarlierFirst() {
    Copies.Doc late = new Copies.Doc("https://b.example/x", "2025-04-02", "", 3);
    Copies.Doc early = new Copies.Doc("https://z.example/x", "2025-04-01", "", 3);
    assertEquals(early, Copies.earlier(late, early));
    assertEquals(2, Copies.distinctSorted(List.of(late, early, late)).size());
  }
}
