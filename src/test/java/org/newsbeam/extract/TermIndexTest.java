package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbeam.study.CertaintyCues;
import org.newsbeam.study.EventPattern;
import org.newsbeam.study.StudyLoader;
import org.newsbeam.study.Study;
import org.newsbeam.text.Token;
import org.newsbeam.text.Tokenizer;

/**
 * The index must find exactly what trying every term at every token finds, in the order its
 * documentation gives: at one start, terms of an exact first word in the order they were added,
 * then prefix terms from the shortest prefix up.
 */
class TermIndexTest {
  /** Our own sentences, written to hit terms that share a common first word ("in", "to", "air"). */
  private static final List<String> SENTENCES =
      List.of(
          "Officials from both sides took part in talks in Geneva on Tuesday, and agreed to meet again in March.",
          "The delegations are due to meet with mediators in the Turkish capital to discuss a prisoner swap.",
          "Air defences shot down 31 of 40 drones overnight, the air force said, while two missiles got through.",
          "In a phone call, the two leaders discussed an exchange of prisoners and did not rule out further talks.",
          "Russia launched a barrage of cruise missiles and Shahed drones at energy sites in the west of the country.",
          "Troops withdrew from the village after heavy shelling, and the army said it was regrouping to the south.",
          "He said the talks could resume next week, according to a spokesman, but gave no date for a meeting.",
          "The government announced new sanctions on banks and imposed tariffs on steel imports in response.",
          "Forces advanced through fields north of the town and captured two positions, the ministry claimed.",
          "\"We are ready for talks,\" she said, \"but not under threat\", adding that no meeting was planned.",
          "In in in to to to air air air defence.",
          "a");

  private static List<Token> tok(String s) {
    return Tokenizer.tokenize(s);
  }

  @Test
  void findsWhatTryingEveryTermFindsOnTheDefaultStudy() {
    Study study = StudyLoader.resolve("ukraine-war", java.nio.file.Paths.get(""));
    List<TermPattern> triggers = new ArrayList<>();
    List<TermPattern> objects = new ArrayList<>();
    for (EventPattern p : study.events().patterns()) {
      p.triggers().forEach(t -> triggers.add(TermPattern.compile(t)));
      p.objects().forEach(t -> objects.add(TermPattern.compile(t)));
    }
    CertaintyCues c = study.events().cues();
    List<TermPattern> cues = new ArrayList<>();
    for (List<String> kind : List.of(c.negated(), c.hypothetical(), c.claimed())) {
      kind.forEach(t -> cues.add(TermPattern.compile(t)));
    }
    int hits = 0;
    for (List<TermPattern> terms : List.of(triggers, objects, cues)) {
      TermIndex<Integer> index = indexOf(terms);
      for (String s : SENTENCES) {
        List<Token> tokens = tok(s);
        List<String> expected = everyTerm(terms, tokens, 0, tokens.size());
        assertEquals(expected, shown(index.scan(tokens)), s);
        hits += expected.size();
        // a window inside the sentence, as place and weapon reading use it
        int from = Math.min(2, tokens.size());
        int to = Math.max(from, tokens.size() - 3);
        assertEquals(everyTerm(terms, tokens, from, to), shown(index.scan(tokens, from, to)), s + " [" + from + "," + to + ")");
      }
    }
    assertTrue(hits > 40, "the sentences hit many terms: " + hits);
  }

  @Test
  void termsSharingTheirFirstWordsKeepTheOrderTheyWereAdded() {
    List<TermPattern> terms =
        List.of(
            TermPattern.compile("in talks"),
            TermPattern.compile("in"),
            TermPattern.compile("in talk*"),
            TermPattern.compile("in talks with"),
            TermPattern.compile("in*"),
            TermPattern.compile("i*"),
            TermPattern.compile("in the"),
            TermPattern.compile("talks"));
    TermIndex<Integer> index = indexOf(terms);
    List<Token> tokens = tok("They were in talks with the envoy in the capital");
    List<String> found = shown(index.scan(tokens));
    assertEquals(everyTerm(terms, tokens, 0, tokens.size()), found);
    assertEquals(
        List.of("in talks#0@2-4", "in#1@2-3", "in talk*#2@2-4", "in talks with#3@2-5", "i*#5@2-3", "in*#4@2-3", "talks#7@3-4"),
        found.subList(0, 7));
  }

  private static TermIndex<Integer> indexOf(List<TermPattern> terms) {
    TermIndex<Integer> index = new TermIndex<>();
    for (int k = 0; k < terms.size(); k++) {
      index.add(terms.get(k), k);
    }
    return index;
  }

  /** Every term tried at every token, ordered as the index documents. */
  private static List<String> everyTerm(List<TermPattern> terms, List<Token> tokens, int from, int to) {
    List<String> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      List<Integer> exact = new ArrayList<>();
      List<Integer> prefix = new ArrayList<>();
      for (int k = 0; k < terms.size(); k++) {
        (terms.get(k).isPrefix(0) ? prefix : exact).add(k);
      }
      prefix.sort(Comparator.comparingInt(k -> terms.get(k).word(0).length())); // stable: adding order within a length
      List<Integer> order = new ArrayList<>(exact);
      order.addAll(prefix);
      for (int k : order) {
        int end = terms.get(k).matchAt(tokens, i);
        if (end > 0 && end <= to) {
          out.add(terms.get(k).text() + "#" + k + "@" + i + "-" + end);
        }
      }
    }
    return out;
  }

  private static List<String> shown(List<TermIndex.Hit<Integer>> hits) {
    List<String> out = new ArrayList<>();
    for (TermIndex.Hit<Integer> h : hits) {
      out.add(h.term().text() + "#" + h.value() + "@" + h.start() + "-" + h.end());
    }
    return out;
  }
}
