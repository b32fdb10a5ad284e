package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsbeam.extract.EventFixtures.events;
import static org.newsbeam.extract.EventFixtures.only;

import org.junit.jupiter.api.Test;

/**
 * Acts a report tells as ahead without a modal right before them: a present progressive with a
 * time ahead, and the purpose infinitive of a verb under a modal. Our own sentences, with the
 * default study's cues.
 */
class PlannedActsCertaintyTest {
  private static Certainty of(String sentence, String type, String... actors) {
    return only(events(sentence, actors), type).certainty();
  }

  @Test
  void aProgressiveWithATimeAheadIsAPlan() {
    assertEquals(Certainty.HYPOTHETICAL, of("The Finnish president is flying to Kyiv to discuss the truce later on Tuesday.", "visit"));
    assertEquals(Certainty.HYPOTHETICAL, of("Both foreign ministers are travelling to Geneva tomorrow.", "visit"));
    assertEquals(Certainty.ASSERTED, of("The Finnish president is flying to Kyiv for the second time this year.", "visit"),
        "under way: no time ahead");
    assertEquals(Certainty.ASSERTED, of("The Finnish president arrived in Kyiv on Tuesday and addresses parliament later today.", "visit"),
        "a past act before a time ahead");
  }

  @Test
  void thePurposeOfAVerbUnderAModalIsAsFutureAsTheVerb() {
    assertEquals(Certainty.HYPOTHETICAL,
        of("The Dutch government said it would sign a new defence cooperation agreement with Ukraine to supply more than 200 air defence missiles.",
            "military_aid", "Ukraine", "Ukraine"));
    assertEquals(Certainty.ASSERTED,
        of("The Dutch government signed a new defence cooperation agreement with Ukraine last month to supply more than 200 air defence missiles.",
            "military_aid", "Ukraine", "Ukraine"), "no modal: the agreement was signed");
    assertEquals(Certainty.ASSERTED,
        of("The minister would later say that Oslo had signed a new long-term defence deal to supply 30 tanks.", "military_aid"),
        "the modal's verb has a clause of its own");
  }

  @Test
  void aheadOfAfterTheActIsItsTimeNotAPlan() {
    assertEquals(Certainty.ASSERTED,
        of("The chancellor confirmed on Monday that she had spoken with Erdogan ahead of the Brussels summit.", "talks",
            "Erdogan", "Recep Tayyip Erdogan"));
    assertEquals(Certainty.HYPOTHETICAL,
        of("Ahead of the summit, the chancellor said she would speak with Erdogan.", "talks", "Erdogan", "Recep Tayyip Erdogan"));
  }
  @Test
  void aModalReachesAVerbJoinedToItsOwnByAnd() {
    assertEquals(Certainty.HYPOTHETICAL,
        of("The Swedish defence minister said Stockholm would \"station more patrol ships in the Baltic\" and take over air policing of Estonia.",
            "troop_deployment"));
    assertEquals(Certainty.HYPOTHETICAL,
        of("The Austrian chancellor will fly to Kyiv on Friday and meet with Zelensky there.", "talks", "Austrian", "Austria", "Zelensky", "Volodymyr Zelensky"));
    assertEquals(Certainty.ASSERTED,
        of("Sweden said it would need more ships, and Denmark extended air policing over Estonia on Monday.", "troop_deployment"),
        "a comma and a new subject: the second verb has a clause of its own");
    assertEquals(Certainty.ASSERTED,
        of("The Austrian chancellor said she would retire from politics at the end of the year and met with Zelensky in Kyiv on Friday.", "talks", "Austrian", "Austria", "Zelensky", "Volodymyr Zelensky"),
        "a past verb after the 'and' is no longer the modal's");
  }

  @Test
  void aBracketedAsideDoesNotPutTheActOutOfAModalsReach() {
    assertEquals(Certainty.HYPOTHETICAL,
        of("Officials said the accord would include a $20bn (about 18bn euros) arms deal with Kyiv.", "military_aid"));
    assertEquals(Certainty.ASSERTED,
        of("The ministry would later confirm that Kyiv had signed a $20bn (about 18bn euros) arms deal with Washington.", "military_aid"),
        "without the aside the act is still far from the modal, past a clause of its own");
  }
  @Test
  void aNegationBeforeAnActThatGivesTheTimeDeniesAnotherVerb() {
    assertEquals(Certainty.HYPOTHETICAL, of("Zelensky will not dine out during the Geneva summit on Friday.", "talks"),
        "the summit is ahead; dining out is what is denied");
    assertEquals(Certainty.NEGATED, of("Zelensky will not attend the Geneva summit on Friday.", "talks"));
  }

  @Test
  void talksAJourneyInThePresentIsForLieAhead() {
    assertEquals(Certainty.HYPOTHETICAL,
        of("The message is clear as Finnish diplomats arrive in Geneva for a new round of truce negotiations with Moscow.", "talks",
            "Moscow", "Russia"));
    assertEquals(Certainty.ASSERTED,
        of("Finnish diplomats arrived in Geneva for a new round of truce negotiations with Moscow on Monday.", "talks",
            "Moscow", "Russia"), "a past journey says nothing of the talks being ahead");
  }
}
