package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsbeam.text.Token;
import org.newsbeam.text.Tokenizer;

/** Random word salad built from the lexicon's own words must never break the matcher. */
class EventMatcherRobustnessTest {
  private static final String[] WORDS = {
    "shot", "down", "downed", "intercepted", "drones", "drone", "missiles", "cruise", "launched",
    "fired", "hit", "struck", "talks", "with", "spoke", "met", "captured", "withdrew", "deployed",
    "troops", "exchanged", "prisoners", "visit", "sanctions", "pledged", "tanks", "send", "sent",
    "and", "or", "of", "the", "its", "it", "they", "were", "was", "by", "from", "said", "claimed",
    "according", "to", "not", "no", "would", "if", "including", "which", "who", "whom", "after",
    "40", "1,200", "58", "2023", "3.5", "a", "dozen", "dozens", "twenty-five", "hundred", "$",
    "%", ",", ";", ":", ".", "\"", "Russia", "Ukraine's", "May", "Will", "attack", "drone attack"
  };

  @Test
  void randomSentencesNeverFail() {
    EventMatcher matcher = new EventMatcher(EventFixtures.lexicon());
    Random random = new Random(20261127L);
    int events = 0;
    for (int round = 0; round < 3000; round++) {
      StringBuilder b = new StringBuilder();
      int len = 1 + random.nextInt(40);
      for (int i = 0; i < len; i++) {
        b.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
      }
      List<Token> tokens = Tokenizer.tokenize(b.toString());
      List<ActorMention> actors = new ArrayList<>();
      int i = 0;
      while (i < tokens.size()) {
        if (random.nextInt(6) == 0) {
          int end = Math.min(tokens.size(), i + 1 + random.nextInt(3));
          actors.add(new ActorMention("A" + i, "", i, end, true));
          i = end;
        } else {
          i++;
        }
      }
      if (random.nextInt(10) == 0) {
        java.util.Collections.shuffle(actors, random); // callers should not, but must not break us
      }
      List<EventMention> found = matcher.match(tokens, actors);
      Set<String> names = actors.stream().map(ActorMention::actor).collect(Collectors.toSet());
      for (EventMention e : found) {
        assertTrue(e.quantity() >= -1, e::toString);
        assertTrue(names.containsAll(e.actors()), e::toString);
        assertTrue(e.source().isEmpty() || e.actors().contains(e.source()), e::toString);
        assertTrue(e.target().isEmpty() || e.actors().contains(e.target()), e::toString);
        assertTrue(e.source().isEmpty() || !e.source().equals(e.target()), e::toString);
      }
      events += found.size();
    }
    assertTrue(events > 100, "the salad should fire now and then: " + events);
  }

  @Test
  void sameInputSameOutput() {
    EventMatcher matcher = new EventMatcher(EventFixtures.lexicon());
    List<Token> tokens = Tokenizer.tokenize("Russia fired 112 drones and four cruise missiles overnight; 70 drones were downed.");
    List<ActorMention> actors = List.of(new ActorMention("Russia", "Russia", 0, 1, true));
    assertEquals(matcher.match(tokens, actors), matcher.match(tokens, actors));
  }

  @Test
  void spansOutsideTheSentenceAreIgnored() {
    EventMatcher matcher = new EventMatcher(EventFixtures.lexicon());
    List<Token> tokens = Tokenizer.tokenize("Russia fired 40 drones.");
    List<ActorMention> actors =
        List.of(new ActorMention("Russia", "Russia", 0, 1, true), new ActorMention("Ghost", "", 7, 9, true));
    EventMention e = matcher.match(tokens, actors).get(0);
    assertEquals(List.of("Russia"), e.actors());
    assertEquals(40, e.quantity());
  }
}
