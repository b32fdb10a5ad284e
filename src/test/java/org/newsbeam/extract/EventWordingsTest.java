package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsbeam.extract.EventFixtures.count;
import static org.newsbeam.extract.EventFixtures.events;
import static org.newsbeam.extract.EventFixtures.only;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings of the eleven acts that news reports use besides the obvious verbs (issue #11, recall
 * half): calls and conversations, withdrawals told in the passive, counts named without a verb,
 * and who intercepts when air defences are the subject.
 * Sentences are ours and run through the default study's own lexicon, so these tests check its
 * entries as well as the matcher.
 */
class EventWordingsTest {
  // --- talks -----------------------------------------------------------------------------------

  @Test
  void callsAndConversationsAreTalks() {
    EventMention spoken =
        only(events("The chancellor confirmed she had spoken with Erdogan on Friday.", "Erdogan", "Recep Tayyip Erdogan"), "talks");
    assertEquals("Recep Tayyip Erdogan", spoken.target());
    only(events("Macron said he had a long conversation with Erdogan about grain.", "Macron", "Emmanuel Macron",
        "Erdogan", "Recep Tayyip Erdogan"), "talks");
    only(events("Macron said he had had a \"frank conversation\" with Erdogan.", "Macron", "Emmanuel Macron",
        "Erdogan", "Recep Tayyip Erdogan"), "talks");
    only(events("US diplomats have had discussions with Kyiv and Moscow on a truce.", "Kyiv", "Ukraine", "Moscow", "Russia"), "talks");
    EventMention between =
        only(events("The plan stalled after a call between Rubio and Lavrov.", "Rubio", "Marco Rubio", "Lavrov", "Sergei Lavrov"), "talks");
    assertEquals("Marco Rubio", between.source());
    assertEquals("Sergei Lavrov", between.target());
    only(events("Trump changed course after an unscheduled call from Putin.", "Trump", "Donald Trump", "Putin", "Vladimir Putin"), "talks");
  }

  @Test
  void aMeetingNamedByItsRoomIsTalks() {
    EventMention room =
        only(events("Zelensky recalled an Oval Office meeting with Trump in February.", "Zelensky", "Volodymyr Zelensky", "Trump", "Donald Trump"),
            "talks");
    assertEquals("Volodymyr Zelensky", room.source());
    assertEquals("Donald Trump", room.target());
    only(events("Trump had a bruising bust-up with Zelensky in February.", "Trump", "Donald Trump", "Zelensky", "Volodymyr Zelensky"), "talks");
  }

  @Test
  void meetingAnOfficeHolderIsTalks() {
    EventMention m =
        only(events("Sandu flew to Brussels on Sunday to meet the Commission president.", "Sandu", "Maia Sandu"), "talks");
    assertEquals("Maia Sandu", m.source());
    only(events("Lavrov will meet his Chinese counterpart in Beijing.", "Lavrov", "Sergei Lavrov"), "talks");
    assertEquals(0, count(events("The factory struggled to meet the targets set by the ministry."), "talks"));
  }

  @Test
  void talksNamedOnlyAsAVisitsPurposeAreTheVisit() {
    List<EventMention> ms =
        events("A Turkish delegation is expected in Moscow next week to discuss the ceasefire plan.", "Turkish delegation", "Turkey");
    only(ms, "visit");
    assertEquals(0, count(ms, "talks"), "the agenda of the visit, not a second act");
    List<EventMention> met =
        events("The envoys flew to Geneva to meet with the other side's negotiators on Friday.");
    assertEquals(1, count(met, "talks"), "\"to meet with\" names the other side");
  }

  @Test
  void anIncludingPartEndsAtTheVerb() {
    only(events("A delegation including the foreign minister is expected in Kyiv on Monday."), "visit");
  }

  @Test
  void aConversationWordDoesNotJoinAnotherActsObject() {
    EventMention swap =
        only(events("Kyiv plans to swap 120 prisoners with Moscow next month.", "Kyiv", "Ukraine", "Moscow", "Russia"),
            "prisoner_exchange");
    assertEquals("Ukraine", swap.source());
    assertEquals("Russia", swap.target(), "\"with\" reads as a party's word, not as part of \"prisoners\"");
    assertEquals(120, swap.quantity());
  }

  @Test
  void conversationsInGeneralAreNoTalks() {
    assertEquals(0, count(events("Macron is always tense before such conversations with Erdogan.", "Macron", "Emmanuel Macron",
        "Erdogan", "Recep Tayyip Erdogan"), "talks"), "plural conversations are a habit, not one act");
  }

  // --- visits ----------------------------------------------------------------------------------

  @Test
  void returningToOnesOwnSeatOfGovernmentIsNoVisit() {
    // "since Trump returned to the White House" is his own office: no verb of going to a seat of
    // government is read as a visit without knowing whose seat it is
    assertEquals(0, count(events("Since Trump returned to the White House in January, aid has slowed.", "Trump", "Donald Trump",
        "White House", "US government"), "visit"));
  }

  // --- withdrawal and ground advance -----------------------------------------------------------

  @Test
  void withdrawalsInThePassiveAndAsNouns() {
    only(events("Moscow says Ukrainian units were forced out of the border district."), "withdrawal");
    only(events("The draft could include limited troop withdrawals from the south."), "withdrawal");
    only(events("The Kremlin still wants Ukrainian troops to leave the whole region."), "withdrawal");
    EventMention never = only(events("\"We will never withdraw from the region,\" the general said."), "withdrawal");
    assertEquals(Certainty.NEGATED, never.certainty());
    assertEquals(0, count(events("The government will withdraw from the treaty next year."), "withdrawal"),
        "withdrawing from a treaty is no retreat");
  }

  @Test
  void liberatingAndAdvancingThroughAreAdvances() {
    only(events("The general vowed his men would liberate every occupied village."), "ground_advance");
    only(events("The army's slow advance through the farmland has cost it dearly."), "ground_advance");
  }

  // --- prisoner exchange and military aid ------------------------------------------------------

  @Test
  void exchangesOfCiviliansAndCountsFurtherFromTheSwap() {
    only(events("A group of detainees was swapped for civilians held in Belarus."), "prisoner_exchange");
    EventMention back =
        only(events("Another 120 prisoners of war have come back home as part of an exchange with Russia.", "Russia", "Russia"),
            "prisoner_exchange");
    assertEquals(120, back.quantity());
  }

  @Test
  void givingMissilesOrPausingSuppliesIsAid() {
    only(events("The chancellor refused to give Kyiv the missiles it asked for.", "Kyiv", "Ukraine"), "military_aid");
    only(events("Washington briefly paused military supplies to Kyiv.", "Washington", "US government", "Kyiv", "Ukraine"), "military_aid");
    only(events("The two governments signed a $5bn arms deal on Monday."), "military_aid");
    assertEquals(0, count(events("Russia sent missiles into Kharkiv overnight.", "Russia", "Russia"), "military_aid"),
        "missiles sent are as often an attack");
    assertEquals(0, count(events("The army must fall back on its small supply of jets."), "military_aid"),
        "a supply is a stock, not a delivery");
  }

  @Test
  void oneVerbOnTwoUncountedWeaponsIsOneDelivery() {
    EventMention m =
        only(events("Tanks and howitzers recently supplied by Sweden joined the assault.", "Sweden", "Sweden"), "military_aid");
    assertEquals("Sweden", m.source());
  }

  // --- interception ----------------------------------------------------------------------------

  @Test
  void airDefencesRepellingAnAttackIntercept() {
    only(events("Air defence units began repelling the raid shortly after midnight."), "air_defence_interception");
    EventMention one =
        only(events("Air defence units repelled the overnight raid, destroying all 25 drones."), "air_defence_interception");
    assertEquals(25, one.quantity(), "the uncounted repelling is the counted interception told twice");
  }

  @Test
  void theInterceptorIsWhoeverOwnsTheAirDefences() {
    List<EventMention> ms =
        events("Moscow launched 80 drones overnight, and air defences shot down 65 of them, Kyiv's air force said.",
            "Moscow", "Russia", "Kyiv's air force", "Ukrainian military");
    EventMention downed = only(ms, "air_defence_interception");
    assertEquals("Ukrainian military", downed.source(), "the subject is the air defences, not the launcher");
    assertEquals("Russia", downed.target());
    assertEquals(65, downed.quantity());
    EventMention own =
        only(events("Kyiv's air defences shot down 65 drones.", "Kyiv's air defences", "Ukrainian military"), "air_defence_interception");
    assertEquals("Ukrainian military", own.source());
  }

  // --- counts ----------------------------------------------------------------------------------

  @Test
  void aCountFarFromItsVerbStillBinds() {
    EventMention total =
        only(events("Moscow launched overnight a total of 58 attack drones against Ukraine.", "Moscow", "Russia", "Ukraine", "Ukraine"),
            "drone_strike");
    assertEquals(58, total.quantity());
    assertEquals("Russia", total.source());
  }

  @Test
  void aCountWithoutAVerbIsAStrike() {
    List<EventMention> ms = events("Since dusk there have been almost 300 drones and 12 missiles over the country.");
    assertEquals(300, only(ms, "drone_strike").quantity(), "\"almost 300\" keeps its number");
    assertEquals(12, only(ms, "missile_strike").quantity());
    assertEquals(20, only(events("In the south there were 20 drones."), "drone_strike").quantity());
  }

  @Test
  void aCountThatIsAnotherActsObjectIsNoStrike() {
    List<EventMention> down = events("Air defences shot down a total of 40 drones.");
    assertEquals(40, only(down, "air_defence_interception").quantity());
    assertEquals(0, count(down, "drone_strike"), "the total is what was shot down");
    List<EventMention> passive = events("A total of 40 drones were shot down over the south.");
    assertEquals(40, only(passive, "air_defence_interception").quantity());
    assertEquals(0, count(passive, "drone_strike"));
  }

  @Test
  void aDashAsideNeitherCountsNorBreaksTheList() {
    List<EventMention> ms = events("Since dusk there have been almost 300 drones – most of them Shaheds – as well as 12 missiles.");
    assertEquals(300, only(ms, "drone_strike").quantity(), "the Shaheds describe the drones: no count of their own");
    assertEquals(12, only(ms, "missile_strike").quantity());
    List<EventMention> incl =
        events("Moscow launched 120 drones – including 80 Shaheds – and 6 missiles.", "Moscow", "Russia");
    assertEquals(120, only(incl, "drone_strike").quantity());
    assertEquals(6, only(incl, "missile_strike").quantity(), "an \"including\" share ends at its closing dash");
    List<EventMention> later =
        events("There were 50 drones and 4 missiles, the air force said – most aimed at the capital – on Sunday.");
    assertEquals(4, only(later, "missile_strike").quantity(), "a dash pair after the list leaves it alone");
  }

  @Test
  void anApproximateCountStillJoinsTheList() {
    List<EventMention> ms =
        events("The block was hit by one missile, on a night when Moscow fired nearly 400 drones and more than 20 missiles.",
            "Moscow", "Russia");
    EventMention missiles = only(ms, "missile_strike");
    assertEquals(20, missiles.quantity(), "the one missile that hit is one of the 20 fired");
    assertEquals(400, only(ms, "drone_strike").quantity());
  }
}
