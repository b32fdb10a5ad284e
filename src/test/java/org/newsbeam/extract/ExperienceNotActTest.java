package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsbeam.extract.EventFixtures.count;
import static org.newsbeam.extract.EventFixtures.events;
import static org.newsbeam.extract.EventFixtures.only;

import org.junit.jupiter.api.Test;

/**
 * What has happened before, told as experience ("have exchanged captured soldiers before", "it is
 * unusual for Moscow to ..."), reports no act (see {@link ReportFilter#experience}). Our own sentences.
 */
class ExperienceNotActTest {
  @Test
  void aPerfectWithBeforeAtTheEndOfItsClauseIsExperience() {
    assertEquals(0, count(events("Although Kyiv and Moscow have exchanged captured soldiers before, journalists are rarely freed."),
        "prisoner_exchange"));
    assertEquals(0, count(events("The two foreign ministers have met several times."), "talks"));
    assertEquals(0, count(events("Both navies have intercepted drones in the past."), "air_defence_interception"));
  }

  @Test
  void aPerfectWithATimeIsOneAct() {
    EventMention swap = only(events("Kyiv and Moscow have exchanged 90 prisoners before the talks resumed."), "prisoner_exchange");
    assertEquals(90, swap.quantity());
    only(events("Kyiv and Moscow have exchanged prisoners, the ombudsman said."), "prisoner_exchange");
  }

  @Test
  void theActAfterItIsRareForIsGeneral() {
    assertEquals(0, count(events("It is rare for the two sides to hold talks in Minsk."), "talks"));
    only(events("It is rare, officials said, and the two sides held talks in Minsk on Friday."), "talks");
  }

  @Test
  void aGerundJudgedByAModalIsATopicNotAReport() {
    assertEquals(0, count(events("Sending conscripts back in exchange for captured journalists would be a mistake, the adviser said."),
        "troop_deployment"));
    assertEquals(0, count(events("\"Striking the dam with missiles could be a war crime,\" the envoy warned."), "missile_strike"));
    only(events("Launching 400 drones overnight, Russia pounded the capital."), "drone_strike");
    assertEquals(1, count(events("Sending 3,000 troops to the border in May was the minister's answer to the drills."),
        "troop_deployment"), "no modal: an act done");
  }
}
