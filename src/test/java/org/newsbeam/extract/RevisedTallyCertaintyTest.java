package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsbeam.extract.EventFixtures.events;
import static org.newsbeam.extract.EventFixtures.only;

import org.junit.jupiter.api.Test;

/** A first tally its source later revised is disputed: a claim (default study's cues, our own sentences). */
class RevisedTallyCertaintyTest {
  @Test
  void aTallyInitiallyReportedIsAClaim() {
    assertEquals(Certainty.CLAIMED,
        only(events("The defence ministry initially reported that 41 drones were shot down over five regions, before raising the figure."),
            "air_defence_interception").certainty());
    assertEquals(Certainty.ASSERTED,
        only(events("The defence ministry reported that 41 drones were shot down over five regions."), "air_defence_interception")
            .certainty(), "a neutral report verb alone is no claim");
  }
}
