package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsbeam.extract.EventFixtures.count;
import static org.newsbeam.extract.EventFixtures.events;

import org.junit.jupiter.api.Test;

/** Acts named without being told as having happened ({@link UnrealisedActs}). Our own sentences, default study. */
class UnrealisedActsTest {
  @Test
  void aPossibleActAWarningIsAboutReportsNothing() {
    assertEquals(0, count(events("Sirens warned people in Odesa of a potential drone attack after dark."), "drone_strike"));
    assertEquals(0, count(events("The governor warned of a possible missile strike on the port later in the week."), "missile_strike"));
    assertEquals(0, count(events("Officials issued a warning of an imminent drone attack on the capital."), "drone_strike"));
  }

  @Test
  void aWarningAboutAnActThatHappenedOrAnActWithoutPossibilityIsAReport() {
    assertEquals(1, count(events("The governor warned that Russia launched a massive drone attack on the port overnight."), "drone_strike"),
        "the warning reports an act that happened");
    assertEquals(1, count(events("Russia launched a potentially deadly drone attack on Odesa overnight, the governor said."), "drone_strike"),
        "a word of possibility with no warning");
    assertEquals(1, count(events("Officials warned residents, and a possible drone attack on the port was repelled at dawn."), "drone_strike"),
        "the warning's clause ends before the act");
  }
  @Test
  void anActThatIsStoppedReportsNothing() {
    assertEquals(0, count(events("Ukrainian units repelled Russian attempts to advance towards the village of Kurakhove."), "ground_advance"));
    assertEquals(0, count(events("The treaty was meant to stop Belarusian troops from being deployed near the border."), "troop_deployment"));
  }

  @Test
  void anAttemptNobodyStopsOrAStopBeforeTheActIsAReport() {
    assertEquals(1, count(events("Russian troops advanced towards the village of Kurakhove after Ukrainian units stopped shelling it."), "ground_advance"),
        "the stopping verb is in a clause after the act");
    assertEquals(1, count(events("Ukraine said it blocked the road, and Belarusian troops were deployed near the border on Monday."), "troop_deployment"),
        "no attempt or 'from' before the act");
  }
}
