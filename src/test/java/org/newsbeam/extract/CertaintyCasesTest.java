package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsbeam.extract.EventFixtures.events;
import static org.newsbeam.extract.EventFixtures.only;

import org.junit.jupiter.api.Test;

/** How sure a report is, with the default study's cues (see {@link CertaintyReader}). */
class CertaintyCasesTest {
  private static Certainty of(String sentence, String type, String... actors) {
    return only(events(sentence, actors), type).certainty();
  }

  @Test
  void quotationMarksInsideACueDoNotBreakIt() {
    assertEquals(Certainty.NEGATED, of("The ministry said peace talks with the rebels were on \"hold\" until spring.", "talks"));
  }

  @Test
  void aDenialOfASidesClaimLeavesTheActClaimed() {
    assertEquals(Certainty.CLAIMED, of("Kyiv rejected claims by Moscow to have captured the village of Lypky.", "ground_advance", "Kyiv", "Ukraine", "Moscow", "Russia"));
    assertEquals(Certainty.NEGATED, of("Kyiv denied that its troops had withdrawn from the town.", "withdrawal", "Kyiv", "Ukraine"));
  }

  @Test
  void aNegatedVerbAfterTheMeetingsOwnPhraseDeniesIt() {
    assertEquals(Certainty.NEGATED, of("The long awaited bilateral meeting with the Chinese premier collapsed on Friday.", "talks"));
    assertEquals(Certainty.NEGATED, of("Aides said a planned meeting with his Turkish counterpart in Ankara would be shelved for now.", "talks"));
  }

  @Test
  void aNegationWithASubjectOfItsOwnLeavesTheMeeting() {
    assertEquals(Certainty.ASSERTED, of("Envoys of both sides met on Tuesday but the talks failed to narrow their differences.", "talks"));
  }

  @Test
  void aPossibleTopicDoesNotMakeTheMeetingHypothetical() {
    assertEquals(Certainty.ASSERTED, of("Officials met with the envoys in Oslo last week to discuss possible terms of a peace plan.", "talks"));
  }

  @Test
  void aModalDoesNotReachAcrossASubordinateClause() {
    assertEquals(Certainty.ASSERTED, of("Both capitals hold positions they are not ready to give up as the talks with the mediators go on.", "talks"));
  }

  @Test
  void aDeadlineOrFaceThreatensTheAct() {
    assertEquals(Certainty.HYPOTHETICAL, of("Moscow was given ten days to agree a truce or face new sanctions on its banks.", "sanctions", "Moscow", "Russia"));
  }
}
