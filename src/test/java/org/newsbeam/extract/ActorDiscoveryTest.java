package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbeam.text.TextNormalizer;
import org.newsbeam.text.Token;
import org.newsbeam.text.Tokenizer;

class ActorDiscoveryTest {
  final ActorMatcher matcher = new ActorMatcher(ActorMatcherTest.DICT);
  final ActorDiscovery discovery = new ActorDiscovery(ActorMatcherTest.DICT);

  ActorDiscovery.Result find(String sentence, ActorDiscovery.Found found) {
    List<Token> tokens = Tokenizer.tokenize(TextNormalizer.cleanParagraph(sentence));
    ActorMatcher.Matches m = matcher.match(tokens, matcher.newArticle(LocalDate.parse("2025-03-01")));
    return discovery.find(tokens, m.actors(), m.placeTokens(), found);
  }

  @Test
  void titleBeforeTheName() {
    ActorDiscovery.Result r = find("Belarusian foreign minister Maxim Ryzhenkov said Minsk was ready.", discovery.newArticle());
    assertEquals(List.of(new DiscoveredActor("Maxim Ryzhenkov", "Belarusian foreign minister")), r.discovered());
  }

  @Test
  void titleWithAPhraseAndComma() {
    ActorDiscovery.Result r = find("China's special envoy for Eurasian affairs, Li Hui, toured Europe.", discovery.newArticle());
    assertEquals(List.of(new DiscoveredActor("Li Hui", "China's special envoy for Eurasian affairs")), r.discovered());
  }

  @Test
  void titleAfterTheName() {
    ActorDiscovery.Result r = find("Olena Kovalenko, the regional governor, said two people died.", discovery.newArticle());
    assertEquals(List.of(new DiscoveredActor("Olena Kovalenko", "regional governor")), r.discovered());
  }

  @Test
  void honorificAndSpeech() {
    ActorDiscovery.Result r = find("Ms Kovalenko told reporters the shelling had stopped.", discovery.newArticle());
    assertEquals("Kovalenko", r.discovered().get(0).name());
  }

  @Test
  void laterSurnameRefersBack() {
    ActorDiscovery.Found found = discovery.newArticle();
    find("Belarusian foreign minister Maxim Ryzhenkov arrived on Monday.", found);
    ActorDiscovery.Result r = find("Ryzhenkov met Putin.", found);
    assertEquals(List.of(), r.discovered());
    assertEquals("Maxim Ryzhenkov", r.mentions().get(0).actor());
  }

  @Test
  void noCueNoPerson() {
    assertEquals(List.of(), find("Grain Corridor Talks resumed in Istanbul.", discovery.newArticle()).discovered());
    assertEquals(List.of(), find("On Monday Russian Troops advanced.", discovery.newArticle()).discovered());
    assertEquals(List.of(), find("Putin said the Kremlin would respond.", discovery.newArticle()).discovered());
  }
}
