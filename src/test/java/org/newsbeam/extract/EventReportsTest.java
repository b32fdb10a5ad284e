package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsbeam.extract.EventFixtures.count;
import static org.newsbeam.extract.EventFixtures.events;
import static org.newsbeam.extract.EventFixtures.only;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report is an act, not a word: habits, trends, remains of weapons, objects already reported and
 * talk about talks report no event (see {@link ReportFilter}). Sentences are run through the
 * default study's own lexicon, so these tests check its entries as well as the matcher.
 */
class EventReportsTest {
  @Test
  void talkAboutTalksWithNoPartiesAndNoAnchorReportsNoMeeting() {
    assertEquals(0, count(events("Both envoys say the negotiations must be carefully prepared."), "talks"));
    assertEquals(0, count(events("Our side must come to any negotiating table with a stronger hand, the general told them."), "talks"));
    assertEquals(0, count(events("Analysts say a lasting deal would need years of negotiations."), "talks"));
  }

  @Test
  void aMeetingWithATimeOrPlaceOrPartiesIsReported() {
    assertEquals(1, count(events("The negotiations resumed in Geneva on Tuesday."), "talks"));
    assertEquals(1, count(events("Negotiations were held behind closed doors."), "talks"));
    EventMention m =
        only(events("Erdogan met Orban to discuss a ceasefire.", "Erdogan", "Recep Tayyip Erdogan", "Orban", "Viktor Orban"), "talks");
    assertTrue(m.actors().contains("Recep Tayyip Erdogan") && m.actors().contains("Viktor Orban"));
  }

  @Test
  void aDemandThatIsMetIsNoMeeting() {
    assertEquals(0, count(events("Moscow says its conditions must be met before Monday.", "Moscow", "Russia"), "talks"));
  }

  @Test
  void rolesAndDiplomaticBreakthroughsAreNoActs() {
    assertEquals(0, count(events("Turkey presents itself as a neutral mediator in the war.", "Turkey", "Turkey"), "talks"));
    assertEquals(0, count(events("Diplomats hope the summer will bring a breakthrough."), "ground_advance"));
    assertEquals(0, count(events("Kyiv builds long-range drones in hidden workshops.", "Kyiv", "Ukraine"), "drone_strike"));
  }

  @Test
  void habitsAndTrendsOfAttacksAreNoAttack() {
    assertEquals(0, count(events("Schools in the region have been damaged by nightly drone attacks."), "drone_strike"));
    assertEquals(0, count(events("A surge in missile strikes has driven families back into the shelters."), "missile_strike"));
    assertEquals(0, count(events("The two armies continue to trade drone attacks along the river."), "drone_strike"));
  }

  @Test
  void oneNightsAttackStillCounts() {
    EventMention e = only(events("Russia launched 40 drones at Odesa in its nightly attack.", "Russia", "Russia"), "drone_strike");
    assertEquals(40, e.quantity());
  }

  @Test
  void theWeaponsRemainsAreNoStrike() {
    assertEquals(0, count(events("Falling drone debris hit the roof of a clinic in the suburb."), "drone_strike"));
    assertEquals(1, count(events("A drone hit the roof of a clinic in the suburb."), "drone_strike"));
  }

  @Test
  void objectsAlreadyReportedAreNoNewInterception() {
    assertEquals(0, count(events("The minister showed reporters pieces of the downed drones."), "air_defence_interception"));
  }

  @Test
  void aThreatOfAttacksIsHypothetical() {
    EventMention e = only(events("The air force warned of a threat of missile attacks on the capital."), "missile_strike");
    assertEquals(Certainty.HYPOTHETICAL, e.certainty());
    assertTrue(e.quantity() < 0);
  }

  @Test
  void talksInGeneralAreNoMeeting() {
    assertEquals(0, count(events("Moscow insists its aims will be reached through negotiations or by force.", "Moscow", "Russia"), "talks"));
    assertEquals(0, count(events("Officials expect the captured ground to give them leverage at any later peace talks with Moscow.", "Moscow", "Russia"), "talks"));
    assertEquals(0, count(events("Washington is frustrated by Moscow's failure to move forward with negotiations.", "Washington", "United States", "Moscow's", "Russia"), "talks"));
  }

  @Test
  void talksThatHappenOrNameBothSidesStayMeetings() {
    assertEquals(1, count(events("Both delegations met for a second round of talks."), "talks"));
    assertEquals(1, count(events("Turkey offered to host future negotiations between Russia and Ukraine.",
        "Turkey", "Turkey", "Russia", "Russia", "Ukraine", "Ukraine"), "talks"));
    assertEquals(1, count(events("The Kremlin said such a meeting was not on the agenda.", "Kremlin", "Russian government"), "talks"));
  }

  private static Certainty certaintyOf(String type, String sentence, String... actors) {
    return only(events(sentence, actors), type).certainty();
  }

  @Test
  void pausedShelvedAndDismissedMeetingsAreNegated() {
    assertEquals(Certainty.NEGATED, certaintyOf("talks", "The Kremlin said peace talks with Kyiv were on hold.", "Kremlin", "Russian government", "Kyiv", "Ukraine"));
    assertEquals(Certainty.NEGATED, certaintyOf("talks", "Officials said the summit in Vienna had been shelved.", "Vienna", "Vienna"));
    assertEquals(Certainty.NEGATED,
        certaintyOf("talks", "The spokesman dismissed reports that the two presidents would meet in Geneva."));
  }

  @Test
  void aNegationInAnotherClauseDoesNotDenyTheAct() {
    assertEquals(Certainty.ASSERTED,
        certaintyOf("talks", "Both sides hold positions they do not accept as the talks with Moscow go on.", "Moscow", "Russia"));
  }

  @Test
  void threatsDemandsAndAttacksBracedForAreHypothetical() {
    assertEquals(Certainty.HYPOTHETICAL, certaintyOf("sanctions", "The president threatened sanctions against Iran.", "Iran", "Iran"));
    assertEquals(Certainty.HYPOTHETICAL,
        certaintyOf("withdrawal", "Moscow says Kyiv must withdraw its troops from the region.", "Moscow", "Russia", "Kyiv", "Ukraine"));
    assertEquals(Certainty.HYPOTHETICAL, certaintyOf("drone_strike", "Odesa braced for more drone attacks on the port.", "Odesa", "Odesa"));
  }

  @Test
  void assertionsBlameAndHearsayAreClaims() {
    assertEquals(Certainty.CLAIMED,
        certaintyOf("air_defence_interception", "Moscow asserted 50 drones had been intercepted over the city.", "Moscow", "Russia"));
    assertEquals(Certainty.CLAIMED,
        certaintyOf("air_defence_interception", "According to him, 12 drones were shot down near the port."));
    assertEquals(Certainty.CLAIMED, certaintyOf("drone_strike", "A depot fire was blamed by officials on a drone attack."));
  }

  @Test
  void aModelNameIsNoCount() {
    EventMention e = only(events("Russia also launched four Kh-22/32 missiles at the port.", "Russia", "Russia"), "missile_strike");
    assertEquals(4, e.quantity());
  }

  @Test
  void oneWeaponsHitInsideACountedAttackIsPartOfIt() {
    List<EventMention> ev =
        events("The school was hit by one missile, on a night when Russia fired 25 missiles at the region.", "Russia", "Russia");
    assertEquals(1, count(ev, "missile_strike"));
    assertEquals(25, only(ev, "missile_strike").quantity());
  }

  @Test
  void theDeadAndThingsAlreadyNamedAreNoCount() {
    assertTrue(only(events("The prisoner swap will also see the bodies of 900 soldiers returned home."), "prisoner_exchange").quantity() < 0);
    assertTrue(only(events("London sanctioned the same two oil companies on Friday.", "London", "United Kingdom"), "sanctions").quantity() < 0);
  }

  @Test
  void takingPartInDiscussionsAndFlyingInASwarmAreNoActs() {
    assertEquals(0, count(events("Kyiv insists on taking part in peace discussions.", "Kyiv", "Ukraine"), "talks"));
    assertEquals(0, count(events("The drones flew as a swarm over the fields."), "drone_strike"));
  }
}
