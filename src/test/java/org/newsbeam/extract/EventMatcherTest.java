package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsbeam.extract.EventFixtures.only;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
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
    return EventFixtures.match(MATCHER, sentence, actors);
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
    assertEquals("Russia", downed.target(), "the launcher of the downed drones");
    assertEquals(List.of("Russia"), downed.actors());
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
    assertEquals("Russia", down.target());
    assertEquals(List.of("Ukraine", "Russia"), down.actors());
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
    assertEquals(List.of("Vladimir Putin", "Turkey"), e.actors(), "the Kremlin only reports");
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

  @Test
  void wholeSetForAParticipleAfterTheObject() {
    List<EventMention> ev =
        events(
            "The Ukrainian military said air defences destroyed 45 of the 62 drones launched by Russia overnight.",
            "The Ukrainian military", "Ukrainian military", "Russia", "Russia");
    EventMention down = only(ev, "air_defence_interception");
    assertEquals(45, down.quantity());
    assertEquals("Ukrainian military", down.source());
    assertEquals("Russia", down.target());
    EventMention launch = only(ev, "drone_strike");
    assertEquals(62, launch.quantity());
    assertEquals("Russia", launch.source());
  }

  @Test
  void elidedNumberAfterTheTriggerOutranksAnEarlierObject() {
    EventMention e =
        only(events("Russia launched 50 drones and air defences shot down 40."), "air_defence_interception");
    assertEquals(40, e.quantity());
    EventMention which =
        only(events("Russia launched 40 drones at Odesa, 30 of which were intercepted."), "air_defence_interception");
    assertEquals(30, which.quantity());
  }

  @Test
  void speakerAfterACommaIsNotTheTarget() {
    EventMention e =
        only(
            events("\"We shot down 40 drones,\" the air force said.", "the air force", "Ukrainian military"),
            "air_defence_interception");
    assertEquals("", e.target());
    assertEquals("Ukrainian military", e.source(), "we is the speaker");
    assertEquals(List.of("Ukrainian military"), e.actors());
  }

  @Test
  void speakerBeforeAPassiveIsNotItsSubject() {
    EventMention e =
        only(
            events("Russia launched 40 drones at Odesa, which Ukraine says were all shot down.", "Russia", "Russia", "Ukraine", "Ukraine"),
            "air_defence_interception");
    assertEquals("Russia", e.target(), "the launcher, not the speaker");
    EventMention kyiv =
        only(events("Kyiv was struck by Russian missiles.", "Kyiv", "Kyiv city government", "Russian", "Russian military"), "missile_strike");
    assertEquals("Russian military", kyiv.source());
    assertEquals("Kyiv city government", kyiv.target());
  }

  @Test
  void cuesInARelativeAsideDoNotCount() {
    EventMention e =
        only(
            events("The air force, which did not give details, said it shot down 40 drones.", "The air force", "Ukrainian military"),
            "air_defence_interception");
    assertEquals(Certainty.ASSERTED, e.certainty());
    assertEquals("Ukrainian military", e.source());
  }

  @Test
  void clauseSplitAtCommaButAndColon() {
    List<EventMention> ev =
        events(
            "Overnight attack: Russia fired 40 drones at Odesa, but Ukraine said it had not shot down any missiles.",
            "Russia", "Russia", "Ukraine", "Ukraine");
    EventMention strike = only(ev, "drone_strike");
    assertEquals(Certainty.ASSERTED, strike.certainty());
    assertEquals(List.of("Russia"), strike.actors());
    assertEquals(40, strike.quantity());
    assertEquals(Certainty.NEGATED, only(ev, "air_defence_interception").certainty());
  }

  @Test
  void coordinatedActorsAreNotANewClause() {
    EventMention e =
        only(
            events("Russia, Ukraine and Turkey held talks in Istanbul.", "Russia", "Russia", "Ukraine", "Ukraine", "Turkey", "Turkey"),
            "talks");
    assertEquals(List.of("Russia", "Ukraine", "Turkey"), e.actors());
  }

  @Test
  void noActorAcrossASubordinator() {
    List<EventMention> ev =
        events("Russia could launch more missile strikes if talks fail, Peskov said.", "Russia", "Russia", "Peskov", "Dmitry Peskov");
    assertEquals("Russia", only(ev, "missile_strike").source());
    EventMention talks = only(ev, "talks");
    assertEquals("", talks.source());
    assertEquals(Certainty.HYPOTHETICAL, talks.certainty());
  }

  @Test
  void secondReportedStatementIsItsOwnClause() {
    List<EventMention> ev =
        events(
            "Ukraine's air force said Russia had attacked with 93 drones and that air defences had shot down 80.",
            "Ukraine's air force", "Ukrainian military", "Russia", "Russia");
    assertEquals(93, only(ev, "drone_strike").quantity());
    EventMention down = only(ev, "air_defence_interception");
    assertEquals(80, down.quantity());
    assertEquals("Ukrainian military", down.source(), "the air force reports its own interceptions, not Russia");
  }

  @Test
  void claimantMustBeNamedNextToTheCue() {
    assertEquals(
        Certainty.ASSERTED,
        only(events("Hundreds of drones hit Ukraine in May, according to an analysis by AFP.", "Ukraine", "Ukraine"), "drone_strike")
            .certainty());
    assertEquals(
        Certainty.CLAIMED,
        only(events("Ukrainian drones struck two Russian airbases, Kyiv claimed.", "Ukrainian", "Ukrainian military", "Russian", "Russian military", "Kyiv", "Ukraine"), "drone_strike")
            .certainty());
  }

  @Test
  void coordinatedObjectsWithTheirOwnNumbersAreSeparateMentions() {
    List<EventMention> ev = events("Air defences destroyed 34 missiles and 100 drones, it said.");
    assertEquals(
        List.of(34L, 100L),
        ev.stream().filter(e -> e.type().equals("air_defence_interception")).map(EventMention::quantity).toList());
    List<EventMention> before = events("Ukraine's air force said 718 of the drones and seven of the missiles were shot down.",
        "Ukraine's air force", "Ukrainian military");
    assertEquals(
        List.of(718L, 7L),
        before.stream().map(EventMention::quantity).toList());
    assertTrue(before.stream().allMatch(e -> e.source().equals("Ukrainian military")), before::toString);
    assertEquals(1, events("Ukraine shot down 40 drones and missiles.").size(), "no number, no second mention");
  }

  @Test
  void coordinationReachesAnObjectBeyondTheWindow() {
    List<EventMention> ev =
        events(
            "Russia launched 67 missiles, including 35 cruise missiles, and 194 drones in its largest attack this year.",
            "Russia", "Russia");
    assertEquals(67, only(ev, "missile_strike").quantity(), "the including share is part of the 67");
    assertEquals(194, only(ev, "drone_strike").quantity());
  }

  @Test
  void speakersAreNotParticipants() {
    List<EventMention> ev =
        events(
            "On the same night, Russia launched 472 drones and seven missiles at Ukraine, Ukraine's air force said.",
            "Russia", "Russia", "Ukraine", "Ukraine", "Ukraine's air force", "Ukrainian military");
    EventMention drones = only(ev, "drone_strike");
    assertEquals(List.of("Russia", "Ukraine"), drones.actors());
    assertEquals("Russia", drones.source());
    assertEquals("Ukraine", drones.target());
    assertEquals(7, only(ev, "missile_strike").quantity());

    EventMention hit =
        only(events("Ukraine said its drones had hit an oil refinery in the Bryansk region.", "Ukraine", "Ukraine"), "drone_strike");
    assertEquals("Ukraine", hit.source(), "its drones are the speaker's");
    assertEquals(List.of("Ukraine"), hit.actors());
  }

  @Test
  void interceptionsWithoutANamedInterceptorAreTheSpeakers() {
    EventMention e =
        only(
            events(
                "Overnight, Russia's defence ministry said 30 Ukrainian drones were intercepted, nine of them over the Bryansk region.",
                "Russia's defence ministry", "Russian government", "Ukrainian", "Ukrainian military"),
            "air_defence_interception");
    assertEquals(30, e.quantity());
    assertEquals("Russian government", e.source());
    assertEquals("Ukrainian military", e.target());
  }

  @Test
  void ownerOfTroopsIsTheSourceOfADeployment() {
    EventMention e =
        only(
            events(
                "About 11,000 soldiers from North Korea have been deployed to Russia's Kursk region, Volodymyr Zelensky said on Monday.",
                "North Korea", "North Korea", "Russia's", "Russia", "Volodymyr Zelensky", "Volodymyr Zelensky"),
            "troop_deployment");
    assertEquals(11000, e.quantity());
    assertEquals("North Korea", e.source());
    assertEquals("Russia", e.target());
    assertEquals(List.of("North Korea", "Russia"), e.actors());
  }

  @Test
  void relativeClausesTakeTheirAntecedent() {
    EventMention visit =
        only(
            events("Volodymyr Zelensky, who was visiting Turkey, said Ukraine would not recognise the deal.",
                "Volodymyr Zelensky", "Volodymyr Zelensky", "Turkey", "Turkey", "Ukraine", "Ukraine"),
            "visit");
    assertEquals("Volodymyr Zelensky", visit.source());
    assertEquals("Turkey", visit.target());
    EventMention met =
        only(
            events("Volodymyr Zelensky, whom Kellogg met with later in the week, said he was hopeful.",
                "Volodymyr Zelensky", "Volodymyr Zelensky", "Kellogg", "Keith Kellogg"),
            "talks");
    assertEquals("Keith Kellogg", met.source());
    assertEquals("Volodymyr Zelensky", met.target());
  }

  @Test
  void anArticleCountsOneOnlyInACountedList() {
    List<EventMention> ev = events("Russia had launched 85 drones and a ballistic missile.", "Russia", "Russia");
    assertEquals(85, only(ev, "drone_strike").quantity());
    assertEquals(1, only(ev, "missile_strike").quantity());
    assertEquals(-1, only(events("In Kharkiv, a drone hit an apartment block."), "drone_strike").quantity());
  }

  @Test
  void interceptionTargetsTheLauncherOfTheSameWeapons() {
    List<EventMention> ev =
        events("Russia fired 66 missiles and 145 drones at Ukraine overnight; 48 missiles and 64 drones were shot down.",
            "Russia", "Russia", "Ukraine", "Ukraine");
    List<EventMention> down = ev.stream().filter(e -> e.type().equals("air_defence_interception")).toList();
    assertEquals(2, down.size(), ev::toString);
    for (EventMention e : down) {
      assertEquals("Russia", e.target());
      assertEquals(List.of("Russia"), e.actors());
    }
    EventMention elided = only(events("Russia launched 90 drones overnight; 70 were downed.", "Russia", "Russia"), "air_defence_interception");
    assertEquals("Russia", elided.target());
    EventMention other =
        only(events("Russia fired 40 missiles at Kyiv; 30 drones were shot down over Odesa.", "Russia", "Russia"), "air_defence_interception");
    assertEquals("", other.target(), "missiles fired, drones downed: not the same weapons");
  }

  @Test
  void anActorAsTheObjectIsTheTarget() {
    EventLexicon lexicon =
        new EventLexicon(
            List.of(new EventType("sanctions", "Sanctions")),
            List.of(new EventPattern("sanctions", List.of("tariff*"), List.of("russia"), 5, "events.yaml", 1)),
            new CertaintyCues(List.of(), List.of("considering"), List.of()));
    List<Token> tokens = Tokenizer.tokenize("Trump said he was considering tariffs on Russia.");
    List<ActorMention> actors =
        List.of(EventFixtures.actor(tokens, "Trump", "Donald Trump"), EventFixtures.actor(tokens, "Russia", "Russia"));
    EventMention e = new EventMatcher(lexicon).match(tokens, actors).get(0);
    assertEquals("Donald Trump", e.source());
    assertEquals("Russia", e.target());
    assertEquals(Certainty.HYPOTHETICAL, e.certainty());
  }

  @Test
  void anAsideAboutEarlierObjectsGivesNoNumberOfItsOwn() {
    List<EventMention> ev =
        events("Iran launched more than 300 drones and missiles at Israel, most of which were intercepted.",
            "Iran", "Iran", "Israel", "Israel");
    EventMention down = only(ev, "air_defence_interception");
    assertEquals(-1, down.quantity());
    assertEquals("Iran", down.target());
    assertEquals(300, only(ev, "drone_strike").quantity());
  }

  @Test
  void allAndBothJoinCoordinatedObjects() {
    List<EventMention> ev = events("Air defence units shot down 18 of the 20 drones and all six missiles, the air force said.");
    assertEquals(List.of(18L, 6L), ev.stream().map(EventMention::quantity).toList());
  }

  @Test
  void numbersOfOtherNounsAndNeitherNor() {
    assertEquals(-1, only(events("A man aged 45 was hurt when Russian drones hit Kharkiv."), "drone_strike").quantity());
    assertEquals(
        Certainty.NEGATED,
        only(events("The Kremlin neither confirmed nor denied that Russian troops were deployed to Belarus.",
            "Kremlin", "Russian government", "Russian troops", "Russian military", "Belarus", "Belarus"), "troop_deployment").certainty());
  }
}
