package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsbeam.extract.EventFixtures.only;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbeam.study.CertaintyCues;
import org.newsbeam.study.EventLexicon;
import org.newsbeam.study.EventPattern;
import org.newsbeam.study.EventType;
import org.newsbeam.study.StudyException;
import org.newsbeam.study.StudyLoader;

/**
 * Count-only patterns ({@code use: count}): the count of what an event acts on, read for an event
 * another pattern found. Sentences are run through the default study's own lexicon, so these
 * tests check its entries as well as the matcher.
 */
class EventCountsTest {
  private static final EventMatcher STUDY =
      new EventMatcher(StudyLoader.resolve("ukraine-war", Paths.get("")).events());

  private static List<EventMention> events(EventMatcher m, String sentence, String... actors) {
    return EventFixtures.match(m, sentence, actors);
  }

  @Test
  void sanctionsCountTheVesselsOrCompaniesTheyAreOn() {
    EventMention ships =
        only(events(STUDY, "France announced sanctions on 75 further ships of the grey fleet.", "France", "France"), "sanctions");
    assertEquals(75, ships.quantity());
    EventMention listed =
        only(
            events(
                STUDY,
                "The bloc approved a new round of sanctions against Belarus, listing almost 60 more firms.",
                "Belarus", "Belarus"),
            "sanctions");
    assertEquals(60, listed.quantity(), "the listing names what the round is on");
    assertEquals("Belarus", listed.target());
    EventMention banks =
        only(events(STUDY, "Canada imposed sanctions on Iran's three biggest banks on Monday.", "Canada", "Canada", "Iran's", "Iran"), "sanctions");
    assertEquals(3, banks.quantity());
    assertEquals("Canada", banks.source());
  }

  @Test
  void aCountThatRefersBackIsNoNewCount() {
    EventMention m =
        only(events(STUDY, "Japan said it would impose similar sanctions on the four banks."), "sanctions");
    assertEquals(-1, m.quantity(), "\"the four banks\" were counted where they were first named");
    EventMention part =
        only(events(STUDY, "Norway imposed sanctions on two of the largest shipping firms."), "sanctions");
    assertEquals(2, part.quantity(), "\"two of the\" is a part, not a reference back");
  }

  @Test
  void countOnlyPatternsNeverReportAnEventOfTheirOwn() {
    assertTrue(events(STUDY, "Old sanctions listing 40 banks are still in force.").isEmpty());
    assertTrue(events(STUDY, "A storm hit 12 ships in the harbour.").isEmpty(), "no drone, no strike");
    assertTrue(events(STUDY, "About 500 soldiers entered the barracks for the parade.").isEmpty());
  }

  @Test
  void aStrikeCountsTheAircraftOrShipsItHitWhenItNamesNoNumberOfItsOwn() {
    EventMention jets =
        only(
            events(STUDY, "The navy said its drones had struck 12 enemy helicopters at two airfields.", "navy", "Navy"),
            "drone_strike");
    assertEquals(12, jets.quantity());
    EventMention own =
        only(events(STUDY, "Russia launched 30 drones that hit two cargo ships.", "Russia", "Russia"), "drone_strike");
    assertEquals(30, own.quantity(), "the strike's own count of drones comes first");
    EventMention missiles =
        only(events(STUDY, "Cruise missiles hit three warships in the port overnight."), "missile_strike");
    assertEquals(3, missiles.quantity());
    EventMention far =
        only(events(STUDY, "Drones struck the harbour where 12 vessels were moored."), "drone_strike");
    assertEquals(-1, far.quantity(), "vessels further off are no target of the strike");
    EventMention population =
        only(events(STUDY, "Norway imposed sanctions on Russia, a country of 140 million people."), "sanctions");
    assertEquals(-1, population.quantity());
    EventMention other =
        only(events(STUDY, "Canada imposed sanctions on Russia after drones hit 3 tankers.", "Canada", "Canada", "Russia", "Russia"), "sanctions");
    assertEquals(-1, other.quantity(), "the tankers belong to the act after \"after\"");
  }

  @Test
  void anAdvanceCountsTheSoldiersOfAnAdvanceVerbWithoutObject() {
    EventMention m =
        only(
            events(STUDY, "Officials said about 250 enemy soldiers had infiltrated the suburbs overnight."),
            "ground_advance");
    assertEquals(250, m.quantity());
    EventMention none =
        only(events(STUDY, "Enemy troops have infiltrated the suburbs in small groups."), "ground_advance");
    assertEquals(-1, none.quantity());
  }

  @Test
  void anUnevenExchangeTakesTheFirstSidesCount() {
    EventMention m =
        only(
            events(
                STUDY,
                "The two sides swapped prisoners again, with 84 Ukrainians coming home and 70 Russian soldiers handed back.",
                "Ukrainians", "Ukraine"),
            "prisoner_exchange");
    assertEquals(84, m.quantity());
  }

  @Test
  void aRequestCountsTheWeaponsAskedFor() {
    EventMention m =
        only(events(STUDY, "Kyiv asked for four more Nasams systems before the winter.", "Kyiv", "Ukrainian government"), "military_aid");
    assertEquals(4, m.quantity());
  }

  @Test
  void theCountGoesOnlyToAnEventOfItsTypeInTheSameClause() {
    EventMatcher m = new EventMatcher(countLexicon());
    List<EventMention> ev = events(m, "Drones struck the port; later 5 ships sank.");
    EventMention strike = only(ev, "drone_strike");
    assertEquals(-1, strike.quantity(), "the ships sank in another clause");
    EventMention same = only(events(m, "Drones struck 5 ships in the port."), "drone_strike");
    assertEquals(5, same.quantity());
    assertEquals("struck", same.trigger(), "the mention keeps its own trigger");
  }

  private static EventLexicon countLexicon() {
    List<EventPattern> ps =
        List.of(
            new EventPattern("drone_strike", List.of("struck", "sank"), List.of("drone*"), 5, "t.yaml", 1),
            new EventPattern("drone_strike", List.of("struck", "sank"), List.of("ships"), 4, "t.yaml", 2, true));
    return new EventLexicon(
        List.of(new EventType("drone_strike", "Drone strike")), ps, new CertaintyCues(List.of(), List.of(), List.of()));
  }

  @Test
  void theLoaderReadsUseSubjectAndPlaceAndRejectsOtherValues(@TempDir Path dir) throws IOException {
    Path src = Paths.get("pipelines", "ukraine-war");
    for (String f : List.of(StudyLoader.STUDY_FILE, StudyLoader.ACTORS_FILE)) {
      Files.copy(src.resolve(f), dir.resolve(f));
    }
    String events = Files.readString(src.resolve(StudyLoader.EVENTS_FILE));
    Files.writeString(dir.resolve(StudyLoader.EVENTS_FILE), events);
    long countOnly = StudyLoader.load(dir).events().patterns().stream().filter(EventPattern::countOnly).count();
    assertTrue(countOnly >= 5, "count-only patterns of the default study: " + countOnly);

    String bad = events.replaceFirst("(?m)^    use: count$", "    use: counting");
    Files.writeString(dir.resolve(StudyLoader.EVENTS_FILE), bad);
    String msg = assertThrows(StudyException.class, () -> StudyLoader.load(dir)).getMessage();
    assertTrue(msg.contains("'use'") && msg.contains("counting"), msg);

    Files.writeString(dir.resolve(StudyLoader.EVENTS_FILE), events.replaceFirst("(?m)^    subject: target$", "    subject: asker"));
    msg = assertThrows(StudyException.class, () -> StudyLoader.load(dir)).getMessage();
    assertTrue(msg.contains("'subject'") && msg.contains("asker"), msg);

    Files.writeString(dir.resolve(StudyLoader.EVENTS_FILE), events.replace("place: venue", "place: town"));
    msg = assertThrows(StudyException.class, () -> StudyLoader.load(dir)).getMessage();
    assertTrue(msg.contains("'place'") && msg.contains("town"), msg);

    Files.writeString(dir.resolve(StudyLoader.EVENTS_FILE), events);
    org.newsbeam.study.EventLexicon lex = StudyLoader.load(dir).events();
    assertTrue(lex.types().stream().anyMatch(t -> t.id().equals("talks") && t.placeIsVenue()));
    assertTrue(lex.patterns().stream().anyMatch(EventPattern::subjectIsTarget));
  }
}
