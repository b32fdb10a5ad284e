package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbeam.ingest.RawRecord;
import org.newsbeam.study.StudyLoader;
import org.newsbeam.text.Token;
import org.newsbeam.text.Tokenizer;

/**
 * The article step (see {@link ArticleEvents}): one act is one report, however often an article
 * comes back to it. Whole articles of our own run through {@link PageAnalyzer} with the default
 * study.
 */
class ArticleEventsTest {
  private static final PageAnalyzer ANALYZER = new PageAnalyzer(StudyLoader.resolve("ukraine-war", Paths.get("")));

  /** Every event mention of an article, as "type|sentence" in article order. */
  private static List<String> reports(String... paragraphs) {
    RawRecord r = new RawRecord("a.txt", "", "https://example.org/news/1", String.join("\n\n", paragraphs), false,
        "", "2025-06-02", "", "");
    PageAnalysis page = ANALYZER.analyze(r).page();
    List<String> out = new ArrayList<>();
    for (ParagraphAnalysis p : page.paragraphs()) {
      for (SentenceAnalysis s : p.sentences()) {
        for (EventMention m : s.events()) {
          out.add(m.type() + "|" + m.quantity() + "|" + m.certainty() + "|" + s.text());
        }
      }
    }
    return out;
  }

  private static long count(List<String> reports, String type) {
    return reports.stream().filter(r -> r.startsWith(type + "|")).count();
  }

  @Test
  void aDefiniteReferenceBackIsTheSameAct() {
    List<String> r = reports(
        "Russia fired 40 drones at the port of Izmail overnight, the air force said.",
        "Residents of the harbour district laid flowers at the site of the drone attack on Tuesday.",
        "Officials met on Monday, but nobody mentioned the drone attack.");
    assertEquals(1, count(r, "drone_strike"), r::toString);
  }

  @Test
  void theFirstReportOfAnActIsKeptWhateverItsWords() {
    List<String> r = reports("The drone attack on the port of Izmail damaged two grain silos, the governor said.");
    assertEquals(1, count(r, "drone_strike"), r::toString);
  }

  @Test
  void aNamedActOfItsOwnIsNoReferenceBack() {
    List<String> r = reports(
        "Russia launched a massive drone attack on Kharkiv overnight, officials said.",
        "The Izmail drone attack destroyed a warehouse, the regional governor said.");
    assertEquals(2, count(r, "drone_strike"), r::toString);
  }

  @Test
  void aSubjectReferenceThatChangesCertaintyIsAReportOfItsOwn() {
    List<String> r = reports(
        "Ukraine fired four missiles at a depot in Crimea on Sunday, officials in Kyiv said.",
        "Moscow claimed the missiles had hit a market nearby.");
    assertEquals(2, count(r, "missile_strike"), r::toString);
    assertTrue(r.get(1).contains("|CLAIMED|"), r::toString);
  }

  @Test
  void aReferenceAsObjectIsTakenAsGivenWhateverTheVerbSays() {
    List<String> r = reports(
        "Negotiators from both sides held talks in Riyadh on Monday.",
        "Both army chiefs are not expected to join the talks again before May.");
    assertEquals(1, count(r, "talks"), r::toString);
  }

  @Test
  void aNamedOperationNamedAgainIsTheSameAct() {
    List<String> r = reports(
        "Ukraine said Operation Spiderweb struck three airfields on Sunday.",
        "Analysts say Operation Spiderweb will change how both sides guard their bases.");
    assertEquals(1, count(r, "drone_strike") + count(r, "missile_strike"), r::toString);
  }

  @Test
  void aSingleWeaponsHitToldAsACircumstanceIsPartOfTheAttack() {
    List<String> r = reports(
        "Russia launched 120 drones at Ukraine overnight, the air force said.",
        "In Sumy, a man was killed after a drone struck his house.",
        "Rescuers searched a school hit by a drone in the north of the city.");
    assertEquals(1, count(r, "drone_strike"), r::toString);
  }

  @Test
  void aHitReportedInItsOwnRightIsKept() {
    List<String> r = reports(
        "Russia launched 120 drones at Ukraine overnight, the air force said.",
        "Elsewhere, the mayor of Odesa said a drone had struck a fuel depot in the port.");
    assertEquals(2, count(r, "drone_strike"), r::toString);
  }

  @Test
  void countedHitsOnTargetsInGeneralStayInsideTheLaunchedCount() {
    List<String> r = reports(
        "Russia launched 120 drones and 10 missiles overnight, the air force said.",
        "It added that 14 drones and three missiles struck targets in five regions.");
    assertEquals(1, count(r, "drone_strike"), r::toString);
    assertEquals(1, count(r, "missile_strike"), r::toString);
  }

  @Test
  void aLocalTallyIsASubCountOfTheNationalOne() {
    List<String> r = reports(
        "Russia's defence ministry said air defences shot down 80 Ukrainian drones overnight.",
        "The mayor of the capital said 9 drones flying towards the city were shot down.",
        "According to the regional head, 11 drones were destroyed over Belgorod.");
    assertEquals(1, count(r, "air_defence_interception"), r::toString);
    assertTrue(r.get(0).contains("|80|"), r::toString);
  }

  @Test
  void aLocalTallyAloneIsKept() {
    List<String> r = reports("The mayor of the capital said 9 drones flying towards the city were shot down.");
    assertEquals(1, count(r, "air_defence_interception"), r::toString);
  }

  @Test
  void definitePhrasesAreReadFromTheTokens() {
    List<Token> t = Tokenizer.tokenize("Candles burned at the scene of the cruise missile attack.");
    assertTrue(ActPhrases.definitePhrase(t, 9, 10));
    assertTrue(ActPhrases.presupposed(t, 9));
    List<Token> u = Tokenizer.tokenize("The army attacked the town.");
    assertTrue(!ActPhrases.definitePhrase(u, 2, 3));
  }

  @Test
  void aCountOverOnePlaceByANationalBodyOrTheOtherSideIsItsOwnReport() {
    List<String> r = reports(
        "Ukraine's air force said it shot down 70 Russian drones overnight.",
        "Russia's defence ministry claimed its forces had intercepted 25 Ukrainian drones over the Kursk region.",
        "Twelve drones were shot down over Odesa, Ukraine's air force said.",
        "Another 9 drones were shot down over Sumy.");
    assertEquals(4, count(r, "air_defence_interception"), r::toString);
  }

  @Test
  void aDefiniteSubjectOfAVerbIsNoReferenceBack() {
    List<String> r = reports(
        "Negotiators from both sides held talks in Riyadh on Monday.",
        "The Turkish foreign minister held talks with the Iranian envoy in Ankara on Tuesday.");
    assertEquals(2, count(r, "talks"), r::toString);
  }

  @Test
  void aPlaceTheEarlierReportNamedIsNoNameOfAnotherAct() {
    List<String> r = reports(
        "Trump and Putin will hold talks in Istanbul on Friday, the White House said.",
        "Diplomats spent the week on the preparations for the Istanbul summit.");
    assertEquals(1, count(r, "talks"), r::toString);
    List<String> other = reports(
        "Trump and Putin will hold talks in Istanbul on Friday, the White House said.",
        "Officials recalled the deal struck at the Riyadh summit between the two foreign ministers on Tuesday.");
    assertEquals(2, count(other, "talks"), "a place the earlier report did not name: another act, " + other);
    List<String> elsewhere = reports(
        "Russia launched a large drone attack on Kharkiv overnight, while a school in Izmail was also damaged.",
        "The Izmail drone attack left two people injured, the regional governor said.");
    assertEquals(2, count(elsewhere, "drone_strike"), "the place is in another clause of the earlier sentence: " + elsewhere);
  }
}
