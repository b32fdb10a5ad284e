package org.newsbeam.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.util.SerializableUtils;
import org.junit.jupiter.api.Test;
import org.newsbeam.aggregate.Article;
import org.newsbeam.aggregate.CandidateStats;
import org.newsbeam.aggregate.EventStats;
import org.newsbeam.extract.ActorMention;
import org.newsbeam.extract.Certainty;
import org.newsbeam.extract.DiscoveredActor;
import org.newsbeam.extract.EventMention;
import org.newsbeam.extract.PageAnalysis;
import org.newsbeam.extract.ParagraphAnalysis;
import org.newsbeam.extract.SentenceAnalysis;

class RecordCoderTest {
  static Article article() {
    SentenceAnalysis quoted = new SentenceAnalysis(
        "Ukraine's air force said it shot down 40 Russian drones.",
        List.of(new ActorMention("Ukrainian military", "Ukraine's air force", 0, 4, true),
            new ActorMention("Russian military", "Russian drones", 9, 11, true)),
        List.of("Kharkiv"),
        List.of(new EventMention("air_defence_interception", "shot down",
            List.of("Ukrainian military", "Russian military"), "Ukrainian military", "Russian military", 40,
            Certainty.CLAIMED)),
        List.of(new DiscoveredActor("Maxim Ryzhenkov", "foreign minister")));
    SentenceAnalysis plain = new SentenceAnalysis(null, List.of(), List.of(), List.of(), List.of());
    PageAnalysis page = new PageAnalysis("archive/a.html", "", "https://a.example/x", "a.example", "2025-03-11",
        "meta", "", "Drones downed", List.of(new ParagraphAnalysis(-42L, 12, List.of(quoted, plain))),
        "2025-03-11T08:00:00Z");
    return new Article(page, 2, "", 1);
  }

  static <T> T roundTrip(Coder<T> coder, T value) throws Exception {
    return CoderUtils.decodeFromByteArray(coder, CoderUtils.encodeToByteArray(coder, value));
  }

  @Test
  void nestedRecordsNullsEnumsAndListsComeBackEqual() throws Exception {
    Article a = article();
    assertEquals(a, roundTrip(RecordCoder.of(Article.class), a));
  }

  @Test
  void muchSmallerThanJavaSerialisation() throws Exception {
    Article a = article();
    int compact = CoderUtils.encodeToByteArray(RecordCoder.of(Article.class), a).length;
    int java = CoderUtils.encodeToByteArray(SerializableCoder.of(Article.class), a).length;
    assertTrue(compact * 3 < java, compact + " bytes against " + java);
  }

  @Test
  void mapsAndSetsKeepTheirOrderAndAreNotDeterministicKeys() throws Exception {
    Map<String, Long> titles = new TreeMap<>(Map.of("foreign minister", 3L, "envoy", 1L));
    CandidateStats c = new CandidateStats(4, 2, titles, "k", "He said so.");
    CandidateStats back = roundTrip(RecordCoder.of(CandidateStats.class), c);
    assertEquals(c, back);
    assertEquals(List.of("envoy", "foreign minister"), List.copyOf(back.titles().keySet()));
    assertThrows(Coder.NonDeterministicException.class, () -> RecordCoder.of(CandidateStats.class).verifyDeterministic());
    EventStats e = EventStats.ofReport(Certainty.ASSERTED, true, true, 70, "a1", "a.example");
    assertEquals(e, roundTrip(RecordCoder.of(EventStats.class), e));
    assertEquals(Set.of("a1"), roundTrip(RecordCoder.of(EventStats.class), e).articles());
  }

  @Test
  void theCoderItselfSerialisesForTheRunner() throws Exception {
    RecordCoder<Article> coder = SerializableUtils.clone(RecordCoder.of(Article.class));
    assertEquals(article(), roundTrip(coder, article()));
    new ObjectOutputStream(new ByteArrayOutputStream()).writeObject(coder);
  }

  @Test
  void onlyRecords() {
    assertThrows(IllegalArgumentException.class, () -> RecordCoder.of((Class) String.class));
  }
}
