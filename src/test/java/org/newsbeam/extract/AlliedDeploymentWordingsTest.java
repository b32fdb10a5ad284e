package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsbeam.extract.EventFixtures.count;
import static org.newsbeam.extract.EventFixtures.events;
import static org.newsbeam.extract.EventFixtures.only;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How news words allies' forces sent to one another's defence (troop deployments that are not
 * "deployed troops"): shares in a joint mission, forces moved, a flank bolstered, a brigade
 * received, air policing; and two wordings of diplomacy: a return to meet someone, a meeting of
 * leaders. Our own sentences, through the default study's lexicon.
 */
class AlliedDeploymentWordingsTest {
  @Test
  void aShareInAJointMissionIsADeployment() {
    EventMention jets =
        only(events("Norway will contribute three F-35 jets to guard Romania's skies.", "Norway", "Norway"), "troop_deployment");
    assertEquals(3, jets.quantity());
    assertEquals(Certainty.HYPOTHETICAL, jets.certainty());
    only(events("Spain contributed a frigate and 200 sailors to the Baltic patrol."), "troop_deployment");
    assertEquals(0, count(events("The grant contributed to the rebuilding of the bridge."), "troop_deployment"));
    assertEquals(0, count(events("The new jets contributed to a rise in costs."), "military_aid"));
  }

  @Test
  void forcesMovedRightAfterTheVerbAreADeployment() {
    only(events("Sweden is moving its troops to the Finnish border this week."), "troop_deployment");
    only(events("The army moved forces to the northern border overnight."), "troop_deployment");
    List<EventMention> advance = events("Russian troops moved into the outskirts of the town.");
    only(advance, "ground_advance");
    assertEquals(0, count(advance, "troop_deployment"), "troops that move into a town advance");
  }

  @Test
  void aFlankBolsteredABrigadeReceivedAndAirPolicingAreDeployments() {
    EventMention flank =
        only(events("Italy and Greece have joined a new operation to strengthen the alliance's eastern flank."), "troop_deployment");
    assertEquals(Certainty.ASSERTED, flank.certainty());
    only(events("Latvia will receive a Swedish battalion next spring."), "troop_deployment");
    only(events("Britain will extend air policing over Estonia."), "troop_deployment");
    assertEquals(0, count(events("The city hosted talks between the two sides in May."), "troop_deployment"));
    assertEquals(0, count(events("The exporters will receive a subsidy to strengthen their position."), "troop_deployment"));
  }

  @Test
  void aReturnToMeetSomeoneIsAVisit() {
    only(events("The Finnish president returned to Brussels on Thursday to meet the Commission president for fresh talks."), "visit");
    assertEquals(0, count(events("Since the chancellor returned to the capital in January, aid has slowed."), "visit"),
        "a return with no meeting is as often an office taken back");
  }

  @Test
  void aMeetingOfLeadersIsTalksAMeetingOfCommandersIsNot() {
    only(events("A meeting of Nordic leaders in Oslo on Friday ended without a joint statement."), "talks");
    assertEquals(0, count(events("The missiles hit a meeting of Ukrainian commanders."), "talks"));
  }

  @Test
  void aConversationWithThePresidentIsStillTalks() {
    // an object term beginning with "with" would take the "with" of "a conversation with"
    only(events("Macron had a long conversation with the president on Friday.", "Macron", "Emmanuel Macron"), "talks");
  }
}
