package org.newsbeam.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoilerplateTest {
  private static boolean stock(String s) {
    return Boilerplate.isStockPhrase(s, ContentExtractor.countWords(s));
  }

  private static boolean byline(String s) {
    return Boilerplate.isByline(s, ContentExtractor.countWords(s));
  }

  @Test
  void stockLines() {
    assertTrue(stock("Advertisement"));
    assertTrue(stock("ADVERTISEMENT"));
    assertTrue(stock("Read more: Harbour wall plans approved"));
    assertTrue(stock("Sign up for our daily briefing"));
    assertTrue(stock("Have a tip? Email the newsroom at tips@example.org."));
    assertTrue(stock("Get the latest updates in your inbox. Subscribe to our newsletters."));
    assertTrue(stock("© 2025 Coastal Courier. All rights reserved."));
  }

  @Test
  void sentencesAboutTheseThingsStay() {
    assertFalse(stock("The council spent four thousand pounds on advertisement boards along the promenade last year."));
    assertFalse(stock("Readers who subscribe to the paper's print edition will see the change next week."));
    assertFalse(stock("Share prices fell."));
    assertFalse(stock("The fake invoices landed in your inbox looking like real bills."));
  }

  @Test
  void bylinesAndMetaLines() {
    assertTrue(byline("By Morwenna Tregarthen, Local Affairs Reporter"));
    assertTrue(byline("Published 12 March 2025"));
    assertTrue(byline("Updated 10:45 GMT, 12 March 2025"));
    assertTrue(byline("05/10/2018 - Posted by Ana Souza - Category: Health"));
    assertFalse(byline("By the end of the week the harbour will be closed to ferries while divers inspect the wall."));
    assertFalse(byline("Councillors voted on Tuesday."));
    assertFalse(byline("By noon, it was over."));
    assertTrue(byline("By Jane Roe and Ann Doe, Reuters"));
  }

  @Test
  void sectionHeadings() {
    assertTrue(Boilerplate.endsArticle("Related stories", 2));
    assertTrue(Boilerplate.endsArticle("You may also like", 4));
    assertTrue(Boilerplate.endsArticle("Leia também", 2));
    assertTrue(Boilerplate.endsArticle("Читайте также", 2));
    assertFalse(Boilerplate.endsArticle("Related post: Pickled sprouts", 4), "a link inside the body");
    assertFalse(Boilerplate.endsArticle("What residents asked for", 4));
  }
}
