package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsbeam.study.Study;
import org.newsbeam.study.StudyLoader;
import org.newsbeam.text.TextNormalizer;
import org.newsbeam.text.Token;
import org.newsbeam.text.Tokenizer;

/**
 * The default study's people on sentences of our own, over the whole war since 2014: who holds a
 * role on a day, and the separatist "republics". Tests the dictionary through the real matchers.
 */
class DefaultStudyActorsTest {
  private static ActorMatcher matcher;
  private static ActorDiscovery discovery;

  @BeforeAll
  static void load() {
    Study study = StudyLoader.loadResource("ukraine-war");
    matcher = new ActorMatcher(study.actors());
    discovery = new ActorDiscovery(study.actors());
  }

  static List<String> actors(String sentence, String day) {
    List<Token> tokens = Tokenizer.tokenize(TextNormalizer.cleanParagraph(sentence));
    ActorMatcher.Matches m = matcher.match(tokens, matcher.newArticle(day == null || day.isEmpty() ? null : LocalDate.parse(day)));
    List<String> out = new ArrayList<>();
    m.actors().forEach(a -> out.add(a.actor()));
    discovery.find(tokens, m.actors(), m.placeTokens(), discovery.newArticle()).mentions().forEach(a -> out.add(a.actor()));
    return out;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The Ukrainian president flew to Brussels.|2014-09-01|Petro Poroshenko",
        "The Ukrainian president flew to Brussels.|2014-04-01|Oleksandr Turchynov",
        "The US president spoke to reporters.|2014-09-01|Barack Obama",
        "The US president spoke to reporters.|2018-09-01|Donald Trump",
        "The British prime minister arrived.|2015-03-01|David Cameron",
        "The German chancellor arrived.|2015-03-01|Angela Merkel",
        "The French president arrived.|2015-03-01|Francois Hollande",
        "Ukraine's foreign minister arrived.|2016-05-01|Pavlo Klimkin",
        "Ukraine's prime minister arrived.|2015-05-01|Arseniy Yatsenyuk",
        "The Russian prime minister arrived.|2016-05-01|Dmitry Medvedev",
        "The NATO secretary general arrived.|2014-05-01|Anders Fogh Rasmussen",
        "The European Commission president arrived.|2016-05-01|Jean-Claude Juncker",
        "The US secretary of state arrived.|2015-05-01|John Kerry",
        "The self-proclaimed Donetsk People's Republic said it held the town.|2014-08-01|Donetsk People's Republic",
        "Fighters of the LPR shelled the road.|2015-01-20|Luhansk People's Republic",
      })
  void rolesSince2014(String sentence, String day, String expected) {
    assertEquals(List.of(expected), actors(sentence, day));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a written name beats the role; an undated article resolves no role
        "Former US president Barack Obama spoke at the dinner.|2025-05-01|Barack Obama",
        "US President Obama spoke at the dinner.|2025-05-01|Barack Obama",
        "The US president flew to Brussels.||United States",
        // another person of a listed surname or first name
        "Telegram founder Pavel Durov was questioned in Paris.|2024-08-25|Pavel Durov",
        "Viktor Hrebeniuk, the head of the village council, said the school was hit.|2023-05-01|Viktor Hrebeniuk",
        // spelling and first-name variants of a listed person
        "Prime Minister Denis Shmygal said the grid held.|2023-05-01|Denys Shmyhal",
        "The city mayor Vitaly Klitschko said the metro was open.|2023-05-01|Vitali Klitschko",
        "Macron's office said the call lasted an hour.|2023-05-01|Emmanuel Macron",
        // institutions are never people
        "The State Duma voted on Tuesday.|2023-05-01|State Duma",
        "Servant of the People lost its majority.|2023-05-01|Servant of the People",
      })
  void namesAndInstitutions(String sentence, String day, String expected) {
    assertEquals(List.of(expected), actors(sentence, day));
  }
}
