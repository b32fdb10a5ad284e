package org.newsbeam.aggregate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsbeam.extract.ActorMention;
import org.newsbeam.extract.EventMention;
import org.newsbeam.extract.PageAnalysis;
import org.newsbeam.extract.ParagraphAnalysis;
import org.newsbeam.extract.SentenceAnalysis;

/**
 * What one article contributes to the counts: actor mentions, sentences per actor and per pair,
 * places, and its event mentions with their position. Plain Java so the counting rules are
 * tested without a runner.
 */
public final class ArticleFacts {
  /** An event mention with the sentence that reports it and where it stands in the article. */
  public record PlacedEvent(int paragraph, int sentence, int index, String sentenceText, EventMention event) {}

  public final Map<String, Integer> actorMentions = new TreeMap<>();
  public final Map<String, Integer> actorSentences = new TreeMap<>();
  public final Map<String, Boolean> actorListed = new TreeMap<>();
  public final Map<String, Integer> pairSentences = new TreeMap<>();
  /** Per pair, the first sentence of the article naming both (the pair's example). */
  public final Map<String, String> pairExample = new TreeMap<>();
  public final Map<String, Integer> placeMentions = new TreeMap<>();
  public final List<PlacedEvent> events = new ArrayList<>();
  public int sentences;

  /** Separator of the two names in a pair key; a char no name contains. */
  public static final char PAIR_SEPARATOR = '\u001F';

  public static ArticleFacts of(PageAnalysis page) {
    ArticleFacts f = new ArticleFacts();
    List<ParagraphAnalysis> paragraphs = page.paragraphs();
    for (int p = 0; p < paragraphs.size(); p++) {
      List<SentenceAnalysis> sentences = paragraphs.get(p).sentences();
      for (int s = 0; s < sentences.size(); s++) {
        SentenceAnalysis sa = sentences.get(s);
        f.sentences++;
        Set<String> distinct = new LinkedHashSet<>();
        for (ActorMention m : sa.actors()) {
          f.actorMentions.merge(m.actor(), 1, Integer::sum);
          f.actorListed.putIfAbsent(m.actor(), m.listed());
          distinct.add(m.actor());
        }
        for (String a : distinct) {
          f.actorSentences.merge(a, 1, Integer::sum);
        }
        List<String> names = new ArrayList<>(distinct);
        names.sort(null);
        if (onlyUnreal(sa.events())) {
          names = List.of(); // co-mentions count asserted talk only
        }
        for (int i = 0; i < names.size(); i++) {
          for (int j = i + 1; j < names.size(); j++) {
            String key = pairKey(names.get(i), names.get(j));
            f.pairSentences.merge(key, 1, Integer::sum);
            if (sa.text() != null) {
              f.pairExample.putIfAbsent(key, sa.text());
            }
          }
        }
        for (String loc : sa.locations()) {
          f.placeMentions.merge(loc, 1, Integer::sum);
        }
        List<EventMention> ev = sa.events();
        for (int e = 0; e < ev.size(); e++) {
          f.events.add(new PlacedEvent(p, s, e, sa.text(), ev.get(e)));
        }
      }
    }
    return f;
  }

  /**
   * A sentence whose every event is negated ("rejected reports that Putin would visit Turkey")
   * asserts no relation between the actors it names. A hypothetical one ("Trump plans to meet
   * Putin") still ties them together, so it counts.
   */
  static boolean onlyUnreal(List<EventMention> events) {
    if (events.isEmpty()) {
      return false;
    }
    for (EventMention e : events) {
      if (e.certainty() != org.newsbeam.extract.Certainty.NEGATED) {
        return false;
      }
    }
    return true;
  }

  public static String pairKey(String a, String b) {
    return a.compareTo(b) <= 0 ? a + PAIR_SEPARATOR + b : b + PAIR_SEPARATOR + a;
  }

  public static String[] splitPair(String key) {
    int i = key.indexOf(PAIR_SEPARATOR);
    return new String[] {key.substring(0, i), key.substring(i + 1)};
  }
}
