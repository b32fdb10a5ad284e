package org.newsbeam.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  @Test
  void splitsOnFullStops() {
    assertEquals(List.of("Russia fired drones overnight.", "Ukraine said most were downed."),
        SentenceSplitter.split("Russia fired drones overnight. Ukraine said most were downed."));
  }

  @Test
  void keepsHonorificsAndAbbreviations() {
    assertEquals(List.of("Mr. Trump spoke with Dr. Grossi and Gen. Syrskyi on Tuesday.", "They agreed."),
        SentenceSplitter.split("Mr. Trump spoke with Dr. Grossi and Gen. Syrskyi on Tuesday. They agreed."));
  }

  @Test
  void keepsDottedAcronymsAndDecimals() {
    assertEquals(List.of("The U.S. envoy said aid worth 3.5 billion dollars was approved by the U.N. Security Council."),
        SentenceSplitter.split("The U.S. envoy said aid worth 3.5 billion dollars was approved by the U.N. Security Council."));
  }

  @Test
  void dottedAcronymCanEndASentence() {
    assertEquals(List.of("The envoy flew to the U.S.", "The talks begin on Monday."),
        SentenceSplitter.split("The envoy flew to the U.S. The talks begin on Monday."));
  }

  @Test
  void keepsQuotationsWhole() {
    assertEquals(List.of("\"We will not give up. We will hold the line,\" Zelensky said.", "He left for Kyiv."),
        SentenceSplitter.split("\"We will not give up. We will hold the line,\" Zelensky said. He left for Kyiv."));
  }

  @Test
  void quoteClosingAfterFullStop() {
    assertEquals(List.of("Peskov said: \"There are no talks.\"", "Kyiv disagreed."),
        SentenceSplitter.split("Peskov said: \"There are no talks.\" Kyiv disagreed."));
  }

  @Test
  void initialsDoNotSplit() {
    assertEquals(List.of("J. D. Vance arrived in Munich.", "He met Zelensky."),
        SentenceSplitter.split("J. D. Vance arrived in Munich. He met Zelensky."));
  }

  @Test
  void questionAndExclamation() {
    assertEquals(List.of("Will the talks resume?", "Nobody knows!", "Wait."),
        SentenceSplitter.split("Will the talks resume? Nobody knows! Wait."));
  }

  @Test
  void lowerCaseAfterDotDoesNotSplit() {
    assertEquals(List.of("The vote was 5 vs. 3 in favour."), SentenceSplitter.split("The vote was 5 vs. 3 in favour."));
  }

  @Test
  void unbalancedQuotesStillSplit() {
    assertEquals(List.of("He said \"no deal.", "Then he left."), SentenceSplitter.split("He said \"no deal. Then he left."));
  }
}
