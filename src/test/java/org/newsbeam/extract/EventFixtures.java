package org.newsbeam.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsbeam.study.CertaintyCues;
import org.newsbeam.study.EventLexicon;
import org.newsbeam.study.EventPattern;
import org.newsbeam.study.EventType;
import org.newsbeam.study.StudyLoader;
import org.newsbeam.text.Token;
import org.newsbeam.text.Tokenizer;

/** A small lexicon of the war study's eleven event types, and helpers to make actor mentions. */
final class EventFixtures {
  private EventFixtures() {}

  /** The default study's own lexicon: tests through it check its entries as well as the matcher. */
  static final EventMatcher DEFAULT_STUDY =
      new EventMatcher(StudyLoader.resolve("ukraine-war", java.nio.file.Paths.get("")).events());

  /** The events the default study finds in one sentence naming the given actors. */
  static List<EventMention> events(String sentence, String... actors) {
    return match(DEFAULT_STUDY, sentence, actors);
  }

  static long count(List<EventMention> events, String type) {
    return events.stream().filter(e -> e.type().equals(type)).count();
  }

  static EventLexicon lexicon() {
    List<EventType> types =
        List.of(
            new EventType("air_defence_interception", "Air-defence interception"),
            new EventType("drone_strike", "Drone strike"),
            new EventType("missile_strike", "Missile strike"),
            new EventType("talks", "Talks"),
            new EventType("ground_advance", "Ground advance"),
            new EventType("withdrawal", "Withdrawal"),
            new EventType("troop_deployment", "Troop deployment"),
            new EventType("prisoner_exchange", "Prisoner exchange"),
            new EventType("visit", "Visit"),
            new EventType("sanctions", "Sanctions"),
            new EventType("military_aid", "Military aid"));
    List<EventPattern> patterns = new ArrayList<>();
    int[] line = {0};
    java.util.function.BiConsumer<String, Object[]> add =
        (type, a) -> {
          @SuppressWarnings("unchecked")
          List<String> triggers = (List<String>) a[0];
          @SuppressWarnings("unchecked")
          List<String> objects = (List<String>) a[1];
          patterns.add(new EventPattern(type, triggers, objects, (Integer) a[2], "events.yaml", ++line[0]));
        };
    add.accept(
        "air_defence_interception",
        new Object[] {
          List.of("shot down", "shoot down", "intercept*", "downed", "destroyed", "neutrali*"),
          List.of("drone*", "missile*", "uav*", "shahed*"),
          8
        });
    add.accept(
        "drone_strike",
        new Object[] {
          List.of("launched", "fired", "attacked with", "hit", "struck", "sent"),
          List.of("drone*", "uav*", "shahed*"),
          6
        });
    add.accept("drone_strike", new Object[] {List.of("drone attack*", "drone strike*"), List.of(), 0});
    add.accept(
        "missile_strike",
        new Object[] {List.of("launch*", "fired", "hit", "struck"), List.of("missile*", "rocket*"), 6});
    add.accept("missile_strike", new Object[] {List.of("missile attack*", "missile strike*"), List.of(), 0});
    add.accept(
        "talks",
        new Object[] {
          List.of("talks", "talks with", "negotiat*", "spoke with", "met with", "phone call with"),
          List.of(),
          0
        });
    add.accept(
        "ground_advance",
        new Object[] {List.of("captured", "took control of", "seized", "advanced on"), List.of(), 0});
    add.accept("withdrawal", new Object[] {List.of("withdrew", "pulled out", "retreated"), List.of(), 0});
    add.accept(
        "troop_deployment",
        new Object[] {List.of("deployed", "sent"), List.of("troops", "soldiers", "forces"), 5});
    add.accept(
        "prisoner_exchange",
        new Object[] {List.of("exchanged", "swap*"), List.of("prisoner*", "pows", "captives"), 6});
    add.accept(
        "visit", new Object[] {List.of("visit", "visited", "visits", "visiting", "arrived in", "travelled to"), List.of(), 0});
    add.accept("sanctions", new Object[] {List.of("sanctions", "sanctioned"), List.of(), 0});
    add.accept(
        "military_aid",
        new Object[] {
          List.of("pledged", "delivered", "supplied", "sent", "send"),
          List.of("tank*", "weapons", "ammunition", "shells", "air defence systems", "howitzers"),
          6
        });
    CertaintyCues cues =
        new CertaintyCues(
            List.of(
                "not", "did not", "didn't", "never", "denied", "rejected reports", "no",
                "neither confirmed nor denied"),
            List.of(
                "would", "could", "may", "might", "will", "plans to", "planned to", "is likely to",
                "ready for", "if", "expected to"),
            List.of("claimed", "claims", "alleged", "alleges", "according to"));
    return new EventLexicon(types, patterns, cues);
  }

  /** The mention of an actor written as {@code surface} (first occurrence) in the tokens. */
  static ActorMention actor(List<Token> tokens, String surface, String canonical) {
    List<Token> words = Tokenizer.tokenize(surface);
    outer:
    for (int i = 0; i + words.size() <= tokens.size(); i++) {
      for (int k = 0; k < words.size(); k++) {
        if (!tokens.get(i + k).text().equals(words.get(k).text())) {
          continue outer;
        }
      }
      return new ActorMention(canonical, surface, i, i + words.size(), true);
    }
    throw new AssertionError("no \"" + surface + "\" in " + tokens);
  }

  /** Events of a sentence; actors given as surface, canonical name pairs. */
  static List<EventMention> match(EventMatcher matcher, String sentence, String... actors) {
    List<Token> tokens = Tokenizer.tokenize(sentence);
    List<ActorMention> mentions = new ArrayList<>();
    for (int i = 0; i < actors.length; i += 2) {
      mentions.add(actor(tokens, actors[i], actors[i + 1]));
    }
    mentions.sort(java.util.Comparator.comparingInt(ActorMention::start));
    return matcher.match(tokens, mentions);
  }

  /** The one event of that type; fails unless there is exactly one. */
  static EventMention only(List<EventMention> events, String type) {
    List<EventMention> of = events.stream().filter(e -> e.type().equals(type)).toList();
    org.junit.jupiter.api.Assertions.assertEquals(1, of.size(), () -> "one " + type + " in " + events);
    return of.get(0);
  }
}
