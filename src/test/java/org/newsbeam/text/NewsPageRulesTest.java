package org.newsbeam.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules of the WCXB margin pass (branch wcxb2): how news templates put things into the article's
 * flow that are not the article. Each rule on a small page of our own, with a near miss.
 */
class NewsPageRulesTest {
  private final ContentExtractor extractor = new ContentExtractor();

  private static String paras(int n) {
    return paras(0, n);
  }

  private static String paras(int from, int n) {
    return PageSamples.paragraphs(from, n);
  }

  private static String shell(String inner) {
    return "<html><head><title>Story</title></head><body>"
        + "<nav><a href='/a'>Home</a> <a href='/b'>News</a> <a href='/c'>Sport</a></nav>" + inner
        + "</body></html>";
  }

  private static long count(List<String> ps, String line) {
    return ps.stream().filter(p -> p.equals(line)).count();
  }

  private static boolean has(List<String> ps, String needle) {
    return PageSamples.has(ps, needle);
  }

  private List<String> body(String html) {
    return PageSamples.mainBody(extractor, html);
  }

  @Test
  void lineRenderedTwiceSideBySideIsPrintedOnce() {
    // one copy of the standfirst for narrow screens, one for wide ones, next to each other
    String dek = "Three bridges will close for repairs";
    List<String> ps = body(shell("<article><p class='dek-mobile'>" + dek + "</p><p class='dek-desktop'>"
        + dek + "</p>" + paras(4) + "</article>"));
    assertEquals(1, count(ps, dek), ps.toString());
  }

  @Test
  void repeatedTableCellsAndRepeatsApartStay() {
    // near misses: a table repeats values row by row; a line repeated later in the text is not a
    // second rendering of the one before it
    String table = "<table><tr><td>Route open on weekdays</td></tr><tr><td>Route open on weekdays</td></tr>"
        + "<tr><td>Closed on Sunday</td></tr></table>";
    String line = "Traffic will be diverted nightly";
    List<String> ps = body(shell("<article>" + paras(2) + table + "<p>" + line + "</p>" + paras(2)
        + "<p>" + line + "</p>" + "</article>"));
    assertEquals(2, count(ps, "Route open on weekdays"), ps.toString());
    assertEquals(2, count(ps, line), ps.toString());
    assertTrue(has(ps, PageSamples.sentence(1)), ps.toString());
  }

  @Test
  void signUpBoxFinePrintInsideTheArticleStaysOut() {
    String box = "<div class='x7'><p>Get the morning briefing</p>"
        + "<p>By clicking Join, you confirm you are 16 or older and agree to our terms and privacy notice.</p>"
        + "<p>Thanks for signing up!</p></div>";
    List<String> ps = body(shell("<article>" + paras(3) + box + paras(3, 3) + "</article>"));
    assertFalse(has(ps, "you confirm you are 16"), ps.toString());
    assertFalse(has(ps, "Thanks for signing up"), ps.toString());
    assertEquals(6, ps.stream().filter(p -> p.startsWith("The council said")).count(), ps.toString());
  }

  @Test
  void signUpNoticeNeedsTheConsentOrTheThanks() {
    assertTrue(Boilerplate.isSignUpNotice("by subscribing you agree to receive our emails."));
    assertTrue(Boilerplate.isSignUpNotice("thank you for subscribing to the evening edition."));
    // near misses: sentences of a story that open the same way
    assertFalse(Boilerplate.isSignUpNotice("by signing up early, residents saved forty pounds on the course."));
    assertFalse(Boilerplate.isSignUpNotice("by clicking through the archive, the team found the original map."));
  }

  @Test
  void shoppingDisclosureStaysOutAndSentencesAboutCommissionsStay() {
    String note = "We may earn a commission when you buy through links on this page, at no cost to you.";
    String story = "The regional commission said sellers who earn a commission on each sale must now"
        + " register with the county before the summer fair opens.";
    List<String> ps = body(shell("<article><p><em>" + note + "</em></p>" + paras(4) + "<p>" + story
        + "</p></article>"));
    assertFalse(has(ps, "We may earn a commission"), ps.toString());
    assertTrue(has(ps, "The regional commission said"), ps.toString());
  }

  @Test
  void disclosureNeedsTheSiteAsEarnerOrItsOwnLinks() {
    assertTrue(Boilerplate.isDisclosure("This post contains affiliate links. See our policy.", 8));
    assertTrue(Boilerplate.isDisclosure("As an online shop partner I earn from qualifying purchases.", 10));
    assertTrue(Boilerplate.isDisclosure("If you buy through our links, we may earn a commission.", 11));
    // near misses: someone else earns; the publisher named in the third person; no links at all
    assertFalse(Boilerplate.isDisclosure("Streamers earn a commission when viewers buy games via affiliate links.", 11));
    assertFalse(Boilerplate.isDisclosure("The Gazette may receive a commission", 6));
    assertFalse(Boilerplate.isDisclosure("We earn our keep by reporting on the harbour every day.", 11));
  }

  @Test
  void newsSitesOwnNextStoriesEndTheBody() {
    String next = "<h3>In other news</h3><div class='c1'><a href='/n/1'>Ferry timetable changes from May</a>"
        + "<p>Passengers on the early crossing will leave twenty minutes sooner from next month</p></div>"
        + "<div class='c1'><a href='/n/2'>School roof repairs finished</a>"
        + "<p>Pupils return to the east wing after a term spent in temporary classrooms nearby</p></div>";
    List<String> ps = body(shell("<article>" + paras(5) + next + "</article>"));
    assertFalse(has(ps, "Passengers on the early crossing"), ps.toString());
    assertFalse(has(ps, "Pupils return to the east wing"), ps.toString());
    assertTrue(has(ps, PageSamples.sentence(4)), ps.toString());
  }

  @Test
  void sameHeadingOverASectionOfTheStoryReadsOn() {
    // near miss: a column's own section called "In other news" goes on in paragraphs
    List<String> ps = body(shell("<article>" + paras(4) + "<h3>In other news</h3>" + paras(4, 3)
        + "</article>"));
    assertTrue(has(ps, PageSamples.sentence(6)), ps.toString());
  }

  @Test
  void templateFillerTextStaysOut() {
    String filler = "<div class='promo'><h4>Head Line</h4><p>Lorem ipsum dolor sit amet, consectetur adipiscing"
        + " elit, sed do eiusmod tempor incididunt ut labore.</p><p>Lorem ipsum 2</p></div>";
    List<String> ps = body(shell("<article>" + paras(4) + filler + "</article>"));
    assertFalse(has(ps, "Lorem ipsum"), ps.toString());
    // near miss: a story about the filler text quotes it inside a sentence
    String story = "<p>Designers have used the words lorem ipsum as filler since the sixteenth century,"
        + " the museum said in its new guide to printing.</p>";
    ps = body(shell("<article>" + paras(4) + story + "</article>"));
    assertTrue(has(ps, "the words lorem ipsum as filler"), ps.toString());
  }

  private static String withAuthor(String head, String inner) {
    return "<html><head><title>Story</title>" + head + "</head><body><nav><a href='/a'>Home</a>"
        + " <a href='/b'>News</a></nav>" + inner + "</body></html>";
  }

  @Test
  void writersBoxUnderTheArticleStaysOut() {
    String ld = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Story\","
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"Maya Okafor\"}]}</script>";
    String box = "<div class='k2'><p>Maya Okafor</p><p>Contributing Writer</p><p>Maya Okafor is a reporter"
        + " who has covered transport and housing for the paper since 2019.</p></div>";
    List<String> ps = body(withAuthor(ld, "<article>" + paras(5) + box + "</article>"));
    assertFalse(has(ps, "is a reporter who has covered"), ps.toString());
    assertFalse(ps.contains("Contributing Writer"), ps.toString());
    assertFalse(ps.contains("Maya Okafor"), ps.toString());
    assertTrue(has(ps, PageSamples.sentence(4)), ps.toString());
  }

  @Test
  void paragraphsAboutOtherPeopleOrTheWriterInPassingStay() {
    // near misses: someone else's profile line in the story; the writer named inside a sentence;
    // the writer's name as a byline above the story
    String meta = "<meta name='author' content='Maya Okafor (Gazette)'>";
    String other = "<p>Daniel Reyes is a ferry captain who has crossed the estuary twice a day for twenty years.</p>";
    String passing = "<p>Readers wrote to Maya Okafor after the first report to describe their own journeys.</p>";
    List<String> ps = body(withAuthor(meta, "<article><p>Maya Okafor</p>" + paras(3) + other + passing
        + paras(3, 2) + "</article>"));
    assertTrue(has(ps, "Daniel Reyes is a ferry captain"), ps.toString());
    assertTrue(has(ps, "Readers wrote to Maya Okafor"), ps.toString());
  }

  @Test
  void onlyFullNamesOfTheDeclaredWritersCount() {
    assertEquals(List.of("Maya Okafor"), AuthorCard.names(List.of("Maya Okafor (Gazette)", "Staff", "")));
    assertEquals(List.of(), AuthorCard.names(List.of("gazette newsroom", "Lauren")));
    List<String> w = List.of("Maya Okafor");
    assertEquals(AuthorCard.BIO, AuthorCard.part("Maya Okafor writes about trains.", 5, w, false));
    assertEquals(AuthorCard.BIO, AuthorCard.part("Maya Okafor (she/her) edits the weekend pages.", 7, w, false));
    assertEquals(AuthorCard.NONE, AuthorCard.part("Maya Okafor said the ferry was late.", 7, w, false));
    assertEquals(AuthorCard.ROLE, AuthorCard.part("Senior Editor, Travel", 3, w, true));
    assertEquals(AuthorCard.NONE, AuthorCard.part("Senior Editor, Travel", 3, w, false));
    // a bio's next paragraph: the first name or a pronoun; a story's next line opens otherwise
    assertTrue(AuthorCard.continuesBio("Maya holds a degree in urban planning.", 7, w));
    assertTrue(AuthorCard.continuesBio("She also teaches a night class in reporting.", 8, w));
    assertFalse(AuthorCard.continuesBio("Mayors of both towns met on Friday.", 7, w));
  }

  @Test
  void paywallNoticeEndsTheBodyBeforeTheOffer() {
    String offer = "<div class='gate'><p>This article is exclusive to members of the Gazette Plus club</p>"
        + "<ul><li>Unlimited reading on every device you own at home</li><li>Weekly briefings from our"
        + " city hall desk, sent every Friday morning</li></ul><p>Monthly</p><p>Pay four pounds a month,"
        + " cancel at any time from your account page online.</p></div>";
    List<String> ps = body(shell("<article>" + paras(4) + offer + "</article>"));
    assertFalse(has(ps, "exclusive to members"), ps.toString());
    assertFalse(has(ps, "Weekly briefings"), ps.toString());
    assertFalse(has(ps, "cancel at any time"), ps.toString());
    assertTrue(has(ps, PageSamples.sentence(3)), ps.toString());
  }

  @Test
  void storyAboutPaywallsIsNoNotice() {
    // near miss: reporting on a paywall, in a sentence that opens otherwise
    assertFalse(Boilerplate.isPaywall("The paper said readers who unlock this article pay once.", 10));
    assertFalse(Boilerplate.isPaywall("Become a paid subscriber, the letter urged, and the council"
        + " would publish every vote, every budget line and every planning decision for all residents"
        + " online within days.", 30));
    assertTrue(Boilerplate.isPaywall("You've reached your free article limit.", 6));
  }
}
