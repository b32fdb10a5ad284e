package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsbeam.study.CertaintyCues;
import org.newsbeam.study.EventLexicon;
import org.newsbeam.study.EventPattern;
import org.newsbeam.study.EventType;
import org.newsbeam.text.Token;
import org.newsbeam.text.Tokenizer;

class EventMatcherTest {
  private static final EventMatcher MATCHER = new EventMatcher(EventFixtures.lexicon());

  /** Events of a sentence; actors given as surface, canonical name pairs. */
  private static List<EventMention> events(String sentence, String... actors) {
    List<Token> tokens = Tokenizer.tokenize(sentence);
    List<ActorMention> mentions = new ArrayList<>();
    for (int i = 0; i < actors.length; i += 2) {
      mentions.add(EventFixtures.actor(tokens, actors[i], actors[i + 1]));
    }
    mentions.sort(java.util.Comparator.comparingInt(ActorMention::start));
    return MATCHER.match(tokens, mentions);
  }

  private static EventMention only(List<EventMention> events, String type) {
    List<EventMention> of = events.stream().filter(e -> e.type().equals(type)).toList();
    assertEquals(1, of.size(), () -> "one " + type + " in " + events);
    return of.get(0);
  }

  private static String types(List<EventMention> events) {
    return events.stream().map(EventMention::type).collect(Collectors.joining(","));
  }

  @Test
  void strikeOfDronesAndMissilesAndInterceptionInOneSentence() {
    List<EventMention> ev =
        events(
            "Russia fired 112 drones and four cruise missiles overnight; 70 drones were downed.",
            "Russia", "Russia");
    assertEquals("drone_strike,missile_strike,air_defence_interception", types(ev));
    EventMention drones = only(ev, "drone_strike");
    assertEquals(112, drones.quantity());
    assertEquals("Russia", drones.source());
    assertEquals("fired", drones.trigger());
    assertEquals(4, only(ev, "missile_strike").quantity());
    EventMention downed = only(ev, "air_defence_interception");
    assertEquals(70, downed.quantity());
    assertEquals(List.of(), downed.actors(), "Russia is in the other clause");
    assertEquals(Certainty.ASSERTED, downed.certainty());
  }

  @Test
  void partOfATotalCountsThePartThatWasDowned() {
    EventMention e =
        only(
            events(
                "Ukraine's air force said it shot down 40 of 58 Russian drones.",
                "Ukraine's air force", "Ukrainian military",
                "Russian", "Russian military"),
            "air_defence_interception");
    assertEquals(40, e.quantity());
    assertEquals("shot down", e.trigger());
    assertEquals("Ukrainian military", e.source());
    assertEquals("Russian military", e.target());
    assertEquals(List.of("Ukrainian military", "Russian military"), e.actors());
    assertEquals(Certainty.ASSERTED, e.certainty(), "said is not a claim");
  }

  @Test
  void adjectivesBetweenNumberAndObject() {
    assertEquals(
        23,
        only(events("23 Russian attack drones were shot down over Kyiv."), "air_defence_interception")
            .quantity());
  }

  @Test
  void elidedObjectTakesTheBareSubjectNumber() {
    List<EventMention> ev = events("Russia launched 90 drones overnight; 70 were downed.", "Russia", "Russia");
    assertEquals(90, only(ev, "drone_strike").quantity());
    assertEquals(70, only(ev, "air_defence_interception").quantity());
  }

  @Test
  void elidedObjectAfterANewSubject() {
    List<EventMention> ev =
        events("Russia launched 50 drones at Kyiv, and Ukraine shot down 40.", "Russia", "Russia", "Ukraine", "Ukraine");
    EventMention strike = only(ev, "drone_strike");
    assertEquals(50, strike.quantity());
    assertEquals(List.of("Russia"), strike.actors());
    EventMention down = only(ev, "air_defence_interception");
    assertEquals(40, down.quantity());
    assertEquals("Ukraine", down.source());
    assertEquals(List.of("Ukraine"), down.actors());
  }

  @Test
  void partOfPhraseDoesNotReplaceTheTotal() {
    EventMention e =
        only(
            events(
                "Russian air defences intercepted 30 Ukrainian drones overnight, nine of them over the Bryansk region.",
                "Russian air defences", "Russian military",
                "Ukrainian", "Ukrainian military"),
            "air_defence_interception");
    assertEquals(30, e.quantity());
    assertEquals("Russian military", e.source());
    assertEquals("Ukrainian military", e.target());
  }

  @Test
  void bareSubjectOutranksATotalNamedBefore() {
    assertEquals(
        40, only(events("Of the 58 drones, 40 were shot down."), "air_defence_interception").quantity());
    List<EventMention> ev = events("Russia launched 58 drones, 40 of them were shot down.", "Russia", "Russia");
    assertEquals(58, only(ev, "drone_strike").quantity());
    assertEquals(40, only(ev, "air_defence_interception").quantity());
  }

  @Test
  void passiveVoiceSwapsSourceAndTarget() {
    EventMention e =
        only(
            events(
                "40 Russian drones were downed by Ukrainian air defence.",
                "Russian", "Russian military",
                "Ukrainian air defence", "Ukrainian military"),
            "air_defence_interception");
    assertEquals(40, e.quantity());
    assertEquals("Ukrainian military", e.source());
    assertEquals("Russian military", e.target());
  }

  @Test
  void weaponOwnerAsSubjectIsTheSource() {
    EventMention e =
        only(
            events("Russian drones struck Kyiv overnight.", "Russian", "Russian military", "Kyiv", "Kyiv city government"),
            "drone_strike");
    assertEquals("Russian military", e.source());
    assertEquals("Kyiv city government", e.target());
    assertEquals(-1, e.quantity());
  }

  @Test
  void talksListBothSides() {
    EventMention e = only(events("Zelensky spoke with Macron on Monday.", "Zelensky", "Volodymyr Zelensky", "Macron", "Emmanuel Macron"), "talks");
    assertEquals(List.of("Volodymyr Zelensky", "Emmanuel Macron"), e.actors());
    assertEquals("Volodymyr Zelensky", e.source());
    assertEquals("Emmanuel Macron", e.target());

    EventMention held =
        only(events("Zelensky and Macron held talks in Paris.", "Zelensky", "Volodymyr Zelensky", "Macron", "Emmanuel Macron"), "talks");
    assertEquals("Volodymyr Zelensky", held.source());
    assertEquals("Emmanuel Macron", held.target());

    EventMention between =
        only(events("Talks between Russia and Ukraine resumed in Istanbul.", "Russia", "Russia", "Ukraine", "Ukraine"), "talks");
    assertEquals("Russia", between.source());
    assertEquals("Ukraine", between.target());
  }

  @Test
  void overlappingTriggersOfOneTypeGiveOneMention() {
    List<EventMention> ev = events("Zelensky said Ukraine is ready for talks with Russia.", "Zelensky", "Volodymyr Zelensky", "Ukraine", "Ukraine", "Russia", "Russia");
    EventMention e = only(ev, "talks");
    assertEquals("talks with", e.trigger());
    assertEquals(Certainty.HYPOTHETICAL, e.certainty());
    assertEquals("Ukraine", e.source());
    assertEquals("Russia", e.target());
  }

  @Test
  void twoTriggersOnOneObjectGiveOneMention() {
    List<EventMention> ev = events("Air defences intercepted and destroyed 40 drones over Odesa.");
    assertEquals(1, ev.size(), ev::toString);
    assertEquals(40, ev.get(0).quantity());
    assertEquals("intercepted", ev.get(0).trigger());
  }

  @Test
  void negatedReportOfAVisit() {
    EventMention e =
        only(
            events(
                "The Kremlin rejected reports that Putin would visit Turkey.",
                "Kremlin", "Russian government", "Putin", "Vladimir Putin", "Turkey", "Turkey"),
            "visit");
    assertEquals(Certainty.NEGATED, e.certainty());
    assertEquals("Vladimir Putin", e.source());
    assertEquals("Turkey", e.target());
    assertEquals(List.of("Russian government", "Vladimir Putin", "Turkey"), e.actors());
  }

  @Test
  void negations() {
    assertEquals(
        Certainty.NEGATED,
        only(events("Ukraine denied that its forces had fired missiles at Belgorod.", "Ukraine", "Ukraine"), "missile_strike").certainty());
    assertEquals(
        Certainty.NEGATED,
        only(events("No drones were shot down over Kyiv."), "air_defence_interception").certainty());
    assertEquals(
        Certainty.NEGATED,
        only(events("The talks did not take place."), "talks").certainty());
    assertEquals(
        Certainty.ASSERTED,
        only(events("No casualties were reported after Russia fired 40 missiles at Kharkiv.", "Russia", "Russia"), "missile_strike").certainty(),
        "a bare no far from the event does not negate it");
  }

  @Test
  void hypotheticalCues() {
    assertEquals(
        Certainty.HYPOTHETICAL,
        only(events("Germany plans to send 40 tanks to Ukraine.", "Germany", "Germany", "Ukraine", "Ukraine"), "military_aid").certainty());
    assertEquals(
        Certainty.HYPOTHETICAL,
        only(events("If Russia launches more missiles, Kyiv will respond."), "missile_strike").certainty());
    assertEquals(
        Certainty.ASSERTED,
        only(events("In May, Russia fired 40 missiles at Kharkiv.", "Russia", "Russia"), "missile_strike").certainty(),
        "May is a month here");
  }

  @Test
  void claimedOnlyWithAnExplicitClaimAttributedToSomeone() {
    EventMention claimed =
        only(
            events(
                "Russia's defence ministry claimed its forces had captured Robotyne.",
                "Russia's defence ministry", "Russian Ministry of Defence"),
            "ground_advance");
    assertEquals(Certainty.CLAIMED, claimed.certainty());
    assertEquals("Russian Ministry of Defence", claimed.source());

    assertEquals(
        Certainty.CLAIMED,
        only(
                events(
                    "Air defences shot down 30 drones over Belgorod, according to Russia's defence ministry.",
                    "Russia's defence ministry", "Russian Ministry of Defence"),
                "air_defence_interception")
            .certainty());
    assertEquals(
        Certainty.ASSERTED,
        only(events("Russia said its forces captured Robotyne.", "Russia", "Russia"), "ground_advance").certainty());
    assertEquals(
        Certainty.ASSERTED,
        only(events("The drone attack claimed the lives of five civilians."), "drone_strike").certainty());
    assertEquals(
        Certainty.ASSERTED,
        only(events("Ukraine claimed responsibility for the drone strike on the airfield.", "Ukraine", "Ukraine"), "drone_strike").certainty());
    assertEquals(
        Certainty.ASSERTED,
        only(events("Air defences shot down 30 drones, according to local media."), "air_defence_interception").certainty(),
        "according to nobody in particular is not one side's claim");
  }

  @Test
  void otherEventTypes() {
    EventMention swap =
        only(events("Russia and Ukraine exchanged 95 prisoners of war each.", "Russia", "Russia", "Ukraine", "Ukraine"), "prisoner_exchange");
    assertEquals(95, swap.quantity());
    assertEquals("Russia", swap.source());
    assertEquals("Ukraine", swap.target());

    EventMention aid = only(events("Germany pledged 40 Leopard tanks to Ukraine.", "Germany", "Germany", "Ukraine", "Ukraine"), "military_aid");
    assertEquals(40, aid.quantity());
    assertEquals("Germany", aid.source());
    assertEquals("Ukraine", aid.target());

    EventMention sanctions = only(events("The EU imposed new sanctions on Russia.", "EU", "European Union", "Russia", "Russia"), "sanctions");
    assertEquals("European Union", sanctions.source());
    assertEquals("Russia", sanctions.target());

    EventMention troops = only(events("Belarus deployed 5,000 troops to the border."), "troop_deployment");
    assertEquals(5000, troops.quantity());

    EventMention out = only(events("Russian troops withdrew from Kherson.", "Russian troops", "Russian military"), "withdrawal");
    assertEquals("Russian military", out.source());
    assertEquals("", out.target());
    assertEquals(-1, out.quantity());
  }

  @Test
  void numbersThatAreNotCounts() {
    assertEquals(-1, only(events("In 2023 Russian drones hit the port."), "drone_strike").quantity());
    assertEquals(-1, only(events("On 24 February Russian drones struck Kyiv."), "drone_strike").quantity());
    assertEquals(-1, only(events("Russia fired drones at 3 regions."), "drone_strike").quantity());
    assertEquals(-1, only(events("For 2 hours Russia fired drones at the city."), "drone_strike").quantity());
    assertEquals(-1, only(events("Russia launched dozens of drones."), "drone_strike").quantity());
    assertEquals(-1, only(events("Russia launched hundreds of drones."), "drone_strike").quantity());
    assertEquals(12, only(events("Russia launched a dozen drones."), "drone_strike").quantity());
    assertEquals(25, only(events("Russia launched twenty-five drones."), "drone_strike").quantity());
    assertEquals(1200, only(events("Russia launched 1,200 drones in May."), "drone_strike").quantity());
    assertEquals(250, only(events("Russia launched two hundred and fifty drones."), "drone_strike").quantity());
  }

  @Test
  void ordinarySentencesDoNotFire() {
    for (String s :
        List.of(
            "The drone footage was shown on national television.",
            "Wheat prices rose sharply on Tuesday.",
            "Russia launched a new offensive; drones were seen over Kharkiv.",
            "The company's anti-drone systems were tested at a range.",
            "The talk show on Channel 4 drew record ratings.",
            "The coach was fired after the defeat.",
            "Missile parts were displayed at the museum.")) {
      assertEquals(List.of(), events(s), s);
    }
  }

  @Test
  void emptyAndTriggerOnlySentences() {
    assertEquals(List.of(), MATCHER.match(List.of(), List.of()));
    assertEquals(List.of(), MATCHER.match(Tokenizer.tokenize("Interceptors were shown."), null));
  }

  @Test
  void badTermNamesItsFileAndLine() {
    EventLexicon bad =
        new EventLexicon(
            List.of(new EventType("x", "X")),
            List.of(new EventPattern("x", List.of("*"), List.of(), 3, "events.yaml", 12)),
            new CertaintyCues(List.of(), List.of(), List.of()));
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new EventMatcher(bad));
    assertTrue(e.getMessage().startsWith("events.yaml:12"), e.getMessage());
  }

  @Test
  void survivesJavaSerialization() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(MATCHER);
    }
    EventMatcher copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (EventMatcher) in.readObject();
    }
    List<Token> tokens = Tokenizer.tokenize("Russia fired 112 drones overnight.");
    assertEquals(MATCHER.match(tokens, List.of()), copy.match(tokens, List.of()));
    assertEquals(112, copy.match(tokens, List.of()).get(0).quantity());
  }
}
