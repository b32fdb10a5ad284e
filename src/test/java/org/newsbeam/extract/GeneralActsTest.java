package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsbeam.extract.EventFixtures.count;
import static org.newsbeam.extract.EventFixtures.events;
import static org.newsbeam.extract.EventFixtures.only;

import org.junit.jupiter.api.Test;

/**
 * Acts in general report no event, within one sentence (see {@link ReportFilter}): plural acts
 * that nothing makes particular, attacks told in the habitual present, remains and remainders of
 * weapons, kinds given as examples, what a weapon can do, and a stance stated before. Run through
 * the default study's own lexicon. "The more ..., the more ..." ({@link Correlatives}) too.
 */
class GeneralActsTest {
  @Test
  void pluralActsWithNothingParticularAreActsInGeneral() {
    assertEquals(0, count(events("The garrison has held out for a year against shelling and heavy drone attacks throughout the siege."), "drone_strike"));
    assertEquals(0, count(events("The minister said long-range drone strikes were a card the army still held."), "drone_strike"));
    assertEquals(0, count(events("The port city must be shielded from future missile attacks, the mayor argued."), "missile_strike"));
    assertEquals(0, count(events("Fishermen take tourists on visits to the islands in summer."), "visit"));
  }

  @Test
  void pluralActsAnchoredInTimeOrMadeParticularAreReported() {
    assertEquals(1, count(events("Overnight drone attacks killed three people in the port city."), "drone_strike"));
    assertEquals(1, count(events("The capital suffered its largest drone attacks of the year."), "drone_strike"));
    assertEquals(1, count(events("The grid operator braced for further drone attacks on substations."), "drone_strike"));
    assertEquals(1, count(events("The air force warned of a threat of missile attacks on the capital."), "missile_strike"));
  }

  @Test
  void attacksInTheHabitualPresentAreNoReport() {
    assertEquals(0, count(events("\"They shell us with missiles all the time,\" the farmer said."), "missile_strike"));
    assertEquals(0, count(events("\"They always attack with drones and missiles together,\" she said."), "drone_strike"));
    assertEquals(0, count(events("\"We are attacking with drones wherever we can,\" the commander told reporters."), "drone_strike"));
  }

  @Test
  void anAttackGoingOnNowIsReported() {
    assertEquals(1, count(events("\"They are attacking the city with drones right now,\" the mayor wrote."), "drone_strike"));
  }

  @Test
  void remainsNamedBeforeTheWeaponAreNoInterception() {
    assertEquals(0, count(events("Police cordoned off the wreckage of a drone shot down near the plant."), "air_defence_interception"));
    assertEquals(1, count(events("Air defences shot down a drone near the plant."), "air_defence_interception"));
  }

  @Test
  void theRestOfACountIsNoInterception() {
    assertEquals(0, count(events("Nobody knew where the three drones that were not intercepted came down."), "air_defence_interception"));
  }

  @Test
  void aKindGivenAsAnExampleIsNoAct() {
    assertEquals(0, count(events("Ministers weighed other steps, such as fresh sanctions on shipping."), "sanctions"));
  }

  @Test
  void whatAWeaponCanDoIsNoStrike() {
    assertEquals(0, count(events("Kyiv wants cruise missiles that could strike airfields far behind the front.", "Kyiv", "Ukraine"), "missile_strike"));
  }

  @Test
  void aStanceStatedBeforeIsNoReport() {
    assertEquals(0, count(events("The chancellor had previously said she would only impose further sanctions if talks failed."), "sanctions"));
    assertEquals(1, count(events("The chancellor said she would impose further sanctions if talks failed."), "sanctions"));
  }

  @Test
  void aTimePhraseAboutAKnownMeetingGivesWayToTheMainClause() {
    EventMention m = only(events("After the summit, the president posted a note that he had begun arranging talks between the two leaders."), "talks");
    assertEquals("talks between", m.trigger());
  }

  @Test
  void privateMeetingsAndCallsAreNoTalks() {
    assertEquals(0, count(events("We met the soldier at a clinic in Lviv a week after his return."), "talks"));
    assertEquals(0, count(events("His first phone call was to his wife, who had waited two years."), "talks"));
    assertEquals(1, count(events("\"We met Erdogan in Ankara on Monday,\" the minister said.", "Erdogan", "Recep Tayyip Erdogan"), "talks"));
  }

  @Test
  void theMoreTheMoreStatesActsInGeneral() {
    assertEquals(0, count(events("The more missiles a barrage holds, the harder the air defence crews must work."), "missile_strike"));
    assertEquals(1, count(events("The more recent missile attack on the port killed three dock workers."), "missile_strike"),
        "no second half: the attack is one act");
  }
}
