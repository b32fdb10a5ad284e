package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbeam.study.StudyLoader;
import org.newsbeam.text.Token;
import org.newsbeam.text.Tokenizer;

/** Source, target and certainty rules, run through the default study's own lexicon. */
class EventRolesTest {
  private static final EventMatcher STUDY =
      new EventMatcher(StudyLoader.resolve("ukraine-war", Paths.get("")).events());

  private static List<EventMention> events(String sentence, String... actors) {
    List<Token> tokens = Tokenizer.tokenize(sentence);
    List<ActorMention> mentions = new ArrayList<>();
    for (int i = 0; i < actors.length; i += 2) {
      mentions.add(EventFixtures.actor(tokens, actors[i], actors[i + 1]));
    }
    mentions.sort(java.util.Comparator.comparingInt(ActorMention::start));
    return STUDY.match(tokens, mentions);
  }

  private static EventMention only(List<EventMention> events, String type) {
    List<EventMention> of = events.stream().filter(e -> e.type().equals(type)).toList();
    assertEquals(1, of.size(), () -> "one " + type + " in " + events);
    return of.get(0);
  }

  @Test
  void theOneWhoAsksForWeaponsIsTheTargetAndNothingIsGivenYet() {
    EventMention m =
        only(
            events(
                "Moldova has asked France and Italy for more Nasams systems before the winter.",
                "Moldova", "Moldova", "France", "France", "Italy", "Italy"),
            "military_aid");
    assertEquals("", m.source(), "the ones asked have given nothing yet");
    assertEquals("Moldova", m.target());
    assertEquals(Certainty.HYPOTHETICAL, m.certainty(), "\"asked\" is the request's own object, however far");
  }

  @Test
  void aGiverStaysTheSourceOfAid() {
    EventMention m =
        only(events("Norway sent three Nasams systems to Moldova.", "Norway", "Norway", "Moldova", "Moldova"), "military_aid");
    assertEquals("Norway", m.source());
    assertEquals("Moldova", m.target());
    assertEquals(Certainty.ASSERTED, m.certainty());
  }

  @Test
  void aSidesReportOfWhatItsOwnDronesHadDoneIsAClaim() {
    EventMention m =
        only(events("The navy said its drones had hit a tanker near the port.", "navy", "Navy"), "drone_strike");
    assertEquals(Certainty.CLAIMED, m.certainty());
    EventMention plain =
        only(events("The navy said its drones hit a tanker near the port.", "navy", "Navy"), "drone_strike");
    assertEquals(Certainty.ASSERTED, plain.certainty());
  }
}
