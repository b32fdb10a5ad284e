package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbeam.text.Token;
import org.newsbeam.text.Tokenizer;

/** Tracing tells what the rules decided without changing what they decide. */
class EventTraceTest {
  static final class Collected implements EventTrace {
    final List<String> reported = new ArrayList<>();
    final List<String> held = new ArrayList<>();

    @Override
    public void reported(List<Token> sentence, int trigStart, int trigEnd, String type, String pattern) {
      reported.add(type + " " + sentence.get(trigStart).norm() + " @" + pattern.substring(pattern.lastIndexOf('/') + 1));
    }

    @Override
    public void heldBack(List<Token> sentence, int trigStart, int trigEnd, String type, String rule) {
      held.add(type + " " + sentence.get(trigStart).norm() + ": " + rule);
    }
  }

  private static final List<String> SENTENCES = List.of(
      "Moscow fired 60 drones and 4 missiles at the port overnight, and 52 drones were shot down.",
      "The city has endured nightly missile attacks since the winter.",
      "It was the largest drone attack on the region this year.",
      "Officials are weighing capabilities such as long-range missile strikes.",
      "The two leaders met in Geneva on Monday and spoke by phone again on Thursday.",
      "Drone debris hit a roof in the suburb.",
      "Troops withdrew from the village after weeks of fighting.");

  @Test
  void theReportsAreTheSameWithAndWithoutATrace() {
    for (String s : SENTENCES) {
      List<Token> tokens = Tokenizer.tokenize(s);
      Collected trace = new Collected();
      List<EventMention> plain = EventFixtures.DEFAULT_STUDY.match(tokens, List.of());
      assertEquals(plain, EventFixtures.DEFAULT_STUDY.match(tokens, List.of(), trace), s);
      // each report comes with the pattern that made it
      assertTrue(trace.reported.size() >= plain.size(), s + ": " + trace.reported);
      for (String r : trace.reported) {
        assertTrue(r.matches("[a-z_]+ [a-z]+ @events\\.yaml:\\d+"), r);
      }
    }
  }

  @Test
  void aHeldBackTriggerNamesItsRule() {
    Collected habit = new Collected();
    EventFixtures.DEFAULT_STUDY.match(Tokenizer.tokenize(SENTENCES.get(1)), List.of(), habit);
    assertTrue(habit.held.stream().anyMatch(h -> h.startsWith("missile_strike") && h.contains("habit")), habit.held.toString());
    assertTrue(habit.reported.isEmpty(), habit.reported.toString());

    Collected back = new Collected();
    EventFixtures.DEFAULT_STUDY.match(Tokenizer.tokenize(SENTENCES.get(2)), List.of(), back);
    assertTrue(back.held.stream().anyMatch(h -> h.contains("said of an act reported before")), back.held.toString());

    Collected remains = new Collected();
    EventFixtures.DEFAULT_STUDY.match(Tokenizer.tokenize(SENTENCES.get(5)), List.of(), remains);
    assertTrue(remains.held.stream().anyMatch(h -> h.contains("remains of a weapon")), remains.held.toString());
  }

  @Test
  void theArticleStepNamesAReferenceBack() {
    List<ArticleEvents.Sentence> read = new ArrayList<>();
    for (String s : List.of("Russia launched 40 drones at the city on Tuesday.", "The drone attack damaged two houses.")) {
      List<Token> tokens = Tokenizer.tokenize(s);
      read.add(new ArticleEvents.Sentence(tokens, java.util.Set.of(), EventFixtures.DEFAULT_STUDY.match(tokens, List.of())));
    }
    Collected trace = new Collected();
    List<List<EventMention>> kept = ArticleEvents.refine(read, trace);
    assertEquals(ArticleEvents.refine(read), kept);
    assertEquals(0, kept.get(1).size());
    assertTrue(trace.held.stream().anyMatch(h -> h.contains("a reference back to an act the article reported before")), trace.held.toString());
  }
}
