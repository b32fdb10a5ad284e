package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsbeam.text.Token;
import org.newsbeam.text.Tokenizer;

/** When an act happened, from sentences of our own; the articles are published on Wednesday 11 June 2025. */
class EventDatesTest {
  private static final String PUBLISHED = "2025-06-11";

  private static EventDates.EventDate resolve(String sentence, String trigger, boolean future) {
    List<Token> tokens = Tokenizer.tokenize(sentence);
    int anchor = EventRecordReader.find(tokens, trigger)[0];
    return EventDates.resolve(tokens, anchor, PUBLISHED, future);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Russia launched 80 drones at Ukraine overnight, officials said.|launched|2025-06-11|day",
        "A missile hit a depot in Sumy yesterday.|hit|2025-06-10|day",
        "Drones struck the port late last night.|struck|2025-06-11|day",
        "The two ministers met in Geneva on Saturday.|met|2025-06-07|day",
        "Saturday's strike on the refinery started a large fire.|strike|2025-06-07|day",
        "Russian drones hit Kharkiv on Sunday night, the mayor wrote.|hit|2025-06-08|day",
        "Forces captured the village on 1 June after weeks of fighting.|captured|2025-06-01|day",
        "The envoys held talks on June 3 in Riyadh.|talks|2025-06-03|day",
        "The prisoners were exchanged on 28 December 2024.|exchanged|2024-12-28|day",
        "The exchange took place three days ago.|exchange|2025-06-08|day",
        "Ukraine withdrew from the town last week.|withdrew|2025-06-02|week",
        "The leaders spoke by phone earlier this week.|spoke|2025-06-09|week",
        "He met the president last month in Kyiv.|met|2025-05-01|month",
        "Sanctions were imposed in early March.|imposed|2025-03-01|month",
        "Russia fired 20 missiles at energy sites.|fired|2025-06-11|published",
      })
  void datesFromTheText(String sentence, String trigger, String date, String precision) {
    EventDates.EventDate d = resolve(sentence, trigger, false);
    assertEquals(date, d.date(), sentence);
    assertEquals(precision, d.precision(), sentence);
  }

  @Test
  void aTimeThatDatesTheSpeakingIsNotTheActs() {
    // "said on Monday" dates the statement; the strike is dated by "overnight"
    EventDates.EventDate d = resolve("The air force said on Monday that Russia had launched 90 drones overnight.", "launched", false);
    assertEquals(new EventDates.EventDate("2025-06-11", EventDates.DAY), d);
    EventDates.EventDate only = resolve("Russia launched 90 drones, the governor told reporters on Monday.", "launched", false);
    assertEquals(EventDates.PUBLISHED, only.precision());
  }

  @Test
  void theNearestTimeToTheActWins() {
    EventDates.EventDate d = resolve("After talks last month, the two sides swapped 300 prisoners on Tuesday.", "swapped", false);
    assertEquals(new EventDates.EventDate("2025-06-10", EventDates.DAY), d);
  }

  @Test
  void aPlannedActTakesTheNextSuchDay() {
    assertEquals("2025-06-13", resolve("The leaders will meet on Friday in Istanbul.", "meet", true).date());
    assertEquals("2025-06-12", resolve("The delegation is due to arrive tomorrow.", "arrive", true).date());
  }

  @Test
  void aDayAndMonthAfterPublicationIsLastYearsForAPastAct() {
    List<Token> tokens = Tokenizer.tokenize("The strike on 30 December killed two people.");
    EventDates.EventDate d = EventDates.resolve(tokens, 1, "2025-01-04", false);
    assertEquals("2024-12-30", d.date());
  }

  @Test
  void anUndatedArticleKeepsExplicitDatesOnly() {
    List<Token> tokens = Tokenizer.tokenize("The swap happened on 5 May 2025, a week after the drone attack yesterday.");
    assertEquals("2025-05-05", EventDates.resolve(tokens, 2, "", false).date());
    List<Token> relative = Tokenizer.tokenize("Drones hit the city yesterday.");
    assertEquals(new EventDates.EventDate("", EventDates.PUBLISHED), EventDates.resolve(relative, 1, "", false));
  }

  @Test
  void mayTheVerbIsNoMonth() {
    assertEquals(EventDates.PUBLISHED, resolve("Officials said more strikes may come in the coming days.", "strikes", false).precision());
  }

  @Test
  void aTimeInAnotherActsClauseIsNotTheActs() {
    EventDates.EventDate d = resolve(
        "Ninety drones were launched at the city, the heaviest attack since the invasion began in February 2022.", "launched", false);
    assertEquals(EventDates.PUBLISHED, d.precision());
    assertEquals("2025-06-11", resolve("The depot was hit after midnight.", "hit", false).date());
  }

  @Test
  void anAbbreviatedMonthWithItsFullStop() {
    assertEquals(new EventDates.EventDate("2025-05-26", EventDates.DAY),
        resolve("The largest strike came on May. 26, when drones hit the capital.", "strike", false));
    assertEquals("2024-12-26", resolve("Missiles hit the port on Dec. 26, officials said.", "hit", false).date());
  }
}
