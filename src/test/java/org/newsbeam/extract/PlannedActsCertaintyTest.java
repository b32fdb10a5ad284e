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
}
