package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbeam.ingest.RawRecord;
import org.newsbeam.study.StudyLoader;
import org.newsbeam.text.Tokenizer;

/**
 * A sentence that goes on with the last speaker's statement keeps that statement's claim
 * ({@link CarriedClaims}). Our own articles through {@link PageAnalyzer} with the default study.
 */
class CarriedClaimsTest {
  private static final PageAnalyzer ANALYZER = new PageAnalyzer(StudyLoader.resolve("ukraine-war", Paths.get("")));

  /** The certainty of each interception of the article, in order. */
  private static List<Certainty> interceptions(String... paragraphs) {
    RawRecord r = new RawRecord("a.txt", "", "https://example.org/news/3", String.join("\n\n", paragraphs), false,
        "", "2025-06-02", "", "");
    List<Certainty> out = new ArrayList<>();
    for (ParagraphAnalysis p : ANALYZER.analyze(r).page().paragraphs()) {
      for (SentenceAnalysis s : p.sentences()) {
        for (EventMention m : s.events()) {
          if (m.type().equals("air_defence_interception")) {
            out.add(m.certainty());
          }
        }
      }
    }
    return out;
  }

  @Test
  void aContinuationOfAClaimIsAClaim() {
    assertEquals(List.of(Certainty.CLAIMED, Certainty.CLAIMED), interceptions(
        "The Russian defence ministry claimed its air defences shot down 12 Ukrainian drones over Belgorod overnight.",
        "It added that 30 more Ukrainian drones were destroyed over the Black Sea in a second wave before dawn."));
    assertEquals(List.of(Certainty.CLAIMED, Certainty.CLAIMED), interceptions(
        "The Russian defence ministry claimed its air defences shot down 12 Ukrainian drones over Belgorod overnight.",
        "Residents of the city posted videos of the explosions.",
        "He also said that 30 more Ukrainian drones were destroyed over the Black Sea in a second wave before dawn."),
        "one sentence between");
  }

  @Test
  void aContinuationOfAPlainReportOrAnotherSpeakerStaysAsserted() {
    assertEquals(List.of(Certainty.ASSERTED, Certainty.ASSERTED), interceptions(
        "The Russian defence ministry said its air defences shot down 12 Ukrainian drones over Belgorod overnight.",
        "It added that 30 more Ukrainian drones were destroyed over the Black Sea in a second wave before dawn."),
        "the statement continued was no claim");
    assertEquals(List.of(Certainty.CLAIMED, Certainty.ASSERTED), interceptions(
        "The Russian defence ministry claimed its air defences shot down 12 Ukrainian drones over Belgorod overnight.",
        "Ukraine's air force said 30 Russian drones were destroyed over the Black Sea in a second wave before dawn."),
        "a new speaker");
    assertEquals(List.of(Certainty.CLAIMED, Certainty.ASSERTED), interceptions(
        "The Russian defence ministry claimed its air defences shot down 12 Ukrainian drones over Belgorod overnight.",
        "Residents of the city posted videos of the explosions.",
        "Schools in the region stayed closed on Monday.",
        "It added that 30 more Ukrainian drones were destroyed over the Black Sea in a second wave before dawn."),
        "too far from the claim to go on with it");
  }

  @Test
  void continuationOpenings() {
    assertTrue(CarriedClaims.continuation(Tokenizer.tokenize("It added that the drones came from the east.")));
    assertTrue(CarriedClaims.continuation(Tokenizer.tokenize("She went on to say that talks would resume.")));
    assertFalse(CarriedClaims.continuation(Tokenizer.tokenize("It said that the drones came from the east.")),
        "a plain 'said' may open a new statement");
  }
}
