package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbeam.study.Actor;
import org.newsbeam.study.ActorDictionary;
import org.newsbeam.study.ActorType;
import org.newsbeam.study.Role;
import org.newsbeam.study.RoleHolder;
import org.newsbeam.text.TextNormalizer;
import org.newsbeam.text.Tokenizer;

class ActorMatcherTest {
  static final ActorDictionary DICT =
      new ActorDictionary(
          List.of(
              new Actor("Vladimir Putin", ActorType.PERSON, "RU", List.of("Putin"), "Putin"),
              new Actor("Donald Trump", ActorType.PERSON, "US", List.of("Trump"), "Trump"),
              new Actor("Joe Biden", ActorType.PERSON, "US", List.of(), "Biden"),
              new Actor("Rustem Umerov", ActorType.PERSON, "UA", List.of(), "Umerov"),
              new Actor("United States", ActorType.COUNTRY, "US", List.of("US", "U.S.", "America"), ""),
              new Actor("Russian government", ActorType.GOVERNMENT, "RU", List.of("the Kremlin", "Kremlin"), ""),
              new Actor("Ukrainian military", ActorType.MILITARY, "UA", List.of("Ukraine's air force", "Ukrainian forces"), ""),
              new Actor("Russian military", ActorType.MILITARY, "RU", List.of("Russian troops", "Russian forces"), ""),
              new Actor("NATO", ActorType.ORGANISATION, "", List.of("Nato"), "")),
          List.of(new Role(List.of("US president", "American president"),
              List.of(new RoleHolder("Joe Biden", LocalDate.parse("2021-01-20"), LocalDate.parse("2025-01-19")),
                  new RoleHolder("Donald Trump", LocalDate.parse("2025-01-20"), null)))),
          List.of("Kharkiv", "Moscow", "Bryansk"),
          java.util.Map.of("Bryansk region", "Bryansk"),
          java.util.Map.of("Moscow", "Russian government"));

  final ActorMatcher matcher = new ActorMatcher(DICT);

  List<String> actors(String sentence, ActorMatcher.ArticleContext ctx) {
    return matcher.match(Tokenizer.tokenize(TextNormalizer.cleanParagraph(sentence)), ctx).actors().stream()
        .map(ActorMention::actor).toList();
  }

  List<String> actors(String sentence) {
    return actors(sentence, matcher.newArticle(LocalDate.parse("2025-03-01")));
  }

  @Test
  void wholeWordsOnly() {
    assertEquals(List.of(), actors("Rasputin was a mystic."));
    assertEquals(List.of("Vladimir Putin"), actors("Putin spoke."));
  }

  @Test
  void caseKeepsUsApartFromUs() {
    assertEquals(List.of(), actors("Let us talk about it."));
    assertEquals(List.of("United States"), actors("The US sent aid."));
    assertEquals(List.of("United States"), actors("The U.S. sent aid."));
  }

  @Test
  void possessivesAndCurlyApostrophes() {
    assertEquals(List.of("Vladimir Putin", "Ukrainian military"), actors("Putin’s threat did not deter Ukraine‘s air force."));
  }

  @Test
  void longestMatchWins() {
    assertEquals(List.of("Russian military"), actors("Russian troops advanced."));
    assertEquals(List.of("Russian government"), actors("The Kremlin said no."));
  }

  @Test
  void rolesResolveByDate() {
    assertEquals(List.of("Joe Biden"), actors("The US president spoke.", matcher.newArticle(LocalDate.parse("2024-06-01"))));
    assertEquals(List.of("Donald Trump"), actors("The US president spoke.", matcher.newArticle(LocalDate.parse("2025-06-01"))));
  }

  @Test
  void roleAndNameTogetherAreOneMention() {
    List<ActorMention> m = matcher.match(Tokenizer.tokenize("US President Donald Trump met Putin."),
        matcher.newArticle(LocalDate.parse("2025-06-01"))).actors();
    assertEquals(2, m.size());
    assertEquals("Donald Trump", m.get(0).actor());
    assertEquals("US President Donald Trump", m.get(0).surface());
  }

  @Test
  void surnameNeedsAFullMentionFirst() {
    ActorMatcher.ArticleContext ctx = matcher.newArticle(LocalDate.parse("2025-03-01"));
    assertEquals(List.of(), actors("Umerov left early.", ctx));
    assertEquals(List.of("Rustem Umerov"), actors("Defence Minister Rustem Umerov arrived.", ctx));
    assertEquals(List.of("Rustem Umerov"), actors("Umerov left early.", ctx));
    assertEquals(List.of("Rustem Umerov"), actors("Mr Umerov said so.", ctx));
  }

  @Test
  void titledSurnameOfAUniqueSurnameMatchesAtOnce() {
    assertEquals(List.of("Joe Biden"), actors("President Biden spoke."));
    assertEquals(List.of("Rustem Umerov"), actors("Mr. Umerov spoke."));
  }

  @Test
  void placesAreNotActors() {
    ActorMatcher.Matches m = matcher.match(Tokenizer.tokenize("Drones hit Kharkiv and the Bryansk region, officials in Moscow said."),
        matcher.newArticle(null));
    assertEquals(List.of(), m.actors());
    assertEquals(List.of("Kharkiv", "Bryansk", "Moscow"), m.locations());
  }

  @Test
  void aCapitalThatActsIsItsGovernment() {
    assertEquals(List.of("Russian government"), actors("Moscow rejected the proposal."));
    assertEquals(List.of("Russian government"), actors("Moscow has repeatedly said it wants guarantees."));
    assertEquals(List.of("Russian government"), actors("Moscow's demands were unchanged."));
    assertEquals(List.of(), actors("Drones were shot down over Moscow."));
    assertEquals(List.of(), actors("Witkoff flew to Moscow and said little."));
  }

  @Test
  void mixedCaseAliasMatchesCapitals() {
    assertEquals(List.of("NATO", "NATO"), actors("NATO and Nato are one."));
  }

  @Test
  void costDoesNotDependOnOtherNames() {
    // a sentence with no name walks at most one trie level per token
    assertEquals(List.of(), actors("the the the the"));
  }

  @Test
  void anUndatedArticleResolvesNoRole() {
    // the country is still named; no one holds the office on an unknown day
    assertEquals(List.of("United States"), actors("The US president spoke.", matcher.newArticle(null)));
  }

  @Test
  void aWrittenNameBeatsTheRole() {
    ActorMatcher.ArticleContext ctx = matcher.newArticle(LocalDate.parse("2025-06-01"));
    assertEquals(List.of(), actors("The former US president Barack Obama spoke at the summit.", ctx));
    assertEquals(List.of(), actors("An American president would never sign it.", ctx));
    assertEquals(List.of("Joe Biden"), actors("US President Joe Biden spoke in 2021.", ctx));
  }

  static final ActorDictionary SHORT_NAMES =
      new ActorDictionary(
          List.of(
              new Actor("Petr Pavel", ActorType.PERSON, "CZ", List.of("President Pavel"), "Pavel"),
              new Actor("Xi Jinping", ActorType.PERSON, "CN", List.of("Xi"), "Xi"),
              new Actor("Donald Trump", ActorType.PERSON, "US", List.of("Trump"), "Trump"),
              new Actor("Vladimir Putin", ActorType.PERSON, "RU", List.of("Putin"), "Putin")),
          List.of(), List.of(), java.util.Map.of(), java.util.Map.of());

  @Test
  void aListedSurnameInsideAnotherNameIsNotThatPerson() {
    ActorMatcher m = new ActorMatcher(SHORT_NAMES);
    java.util.function.Function<String, List<String>> run = s -> m.match(
        Tokenizer.tokenize(TextNormalizer.cleanParagraph(s)), m.newArticle(LocalDate.parse("2025-06-01"))).actors()
        .stream().map(ActorMention::actor).toList();
    assertEquals(List.of(), run.apply("The app's founder Pavel Varga was questioned."));
    assertEquals(List.of(), run.apply("In 1993 Defence Minister Pavel Kovar resigned."));
    assertEquals(List.of("Petr Pavel"), run.apply("President Pavel met the Czech delegation."));
    assertEquals(List.of(), run.apply("She had met Ivana Trump in New York."));
    assertEquals(List.of("Donald Trump"), run.apply("She had met Trump in New York."));
    assertEquals(List.of("Donald Trump", "Vladimir Putin"), run.apply("A Trump Putin summit was mooted."));
    // labels and hyphened titles before a name are not first names
    assertEquals(List.of("Donald Trump"), run.apply("Yesterday the Republican Trump camp said no."));
    assertEquals(List.of("Vladimir Putin"), run.apply("Then Commander-in-Chief Putin ordered it."));
    // a misspelt first name with the listed one's initial is still the listed person
    assertEquals(List.of("Donald Trump"), run.apply("Aides to Donal Trump said so."));
  }

  @Test
  void aWordInCapitalsIsNoPersonsName() {
    ActorMatcher m = new ActorMatcher(SHORT_NAMES);
    ActorMatcher.ArticleContext ctx = m.newArticle(LocalDate.parse("2025-06-01"));
    assertEquals(List.of(), m.match(Tokenizer.tokenize("CHAPTER XI: THE WINTER"), ctx).actors());
    assertEquals(1, m.match(Tokenizer.tokenize("Xi arrived in Moscow."), ctx).actors().size());
  }

  @Test
  void aTitleInAppositionBelongsToThePerson() {
    assertEquals(List.of("Joe Biden"),
        actors("Reporters asked Joe Biden, the US commander-in-chief, about the plan.", matcher.newArticle(LocalDate.parse("2024-06-01"))));
    assertEquals(List.of("Joe Biden", "United States"),
        actors("Joe Biden, the US said, would not attend.", matcher.newArticle(LocalDate.parse("2024-06-01"))));
  }
}
