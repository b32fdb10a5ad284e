package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  List<String> names(ActorDiscovery.Result r) {
    return r.discovered().stream().map(DiscoveredActor::name).toList();
  }

  @Test
  void aListedPersonsFirstNameStartsNewNames() {
    // Vladimir is Putin's first name, and an ordinary part of other people's names
    ActorDiscovery.Result r = find("Vladimir Hrytsak, head of the district council, said the bridge was closed.", discovery.newArticle());
    assertEquals(List.of("Vladimir Hrytsak"), names(r));
  }

  @Test
  void creditLinesNameTheirJournalists() {
    assertEquals(List.of("Aino Sarkela", "Bram Vos", "Imke Duin"),
        names(find("Reporting by Aino Sarkela and Bram Vos Writing by Imke Duin", discovery.newArticle())));
    assertEquals(List.of("Teodor Vlasak"), names(find("Teodor Vlasak contributed to this report.", discovery.newArticle())));
    assertEquals(List.of("Ilse Brandt"), names(find("Additional reporting by Ilse Brandt", discovery.newArticle())));
  }

  @Test
  void speechBeforeTheNameAndAccordingTo() {
    assertEquals(List.of("Tarmo Kask"), names(find("\"We will rebuild,\" says Tarmo Kask.", discovery.newArticle())));
    assertEquals(List.of("Tarmo Kask"), names(find("The dam held, according to Tarmo Kask.", discovery.newArticle())));
    assertEquals(List.of("Tarmo Kask"), names(find("The dam held, according to energy analyst Tarmo Kask.", discovery.newArticle())));
  }

  @Test
  void aGivenNameBeforeASurnameIsAPerson() {
    assertEquals(List.of("Mykola Hrytsenko"), names(find("Mykola Hrytsenko was waiting by the gate.", discovery.newArticle())));
    assertEquals(List.of("Iryna Savchuk"), names(find("Nearby, Iryna Savchuk was sweeping up glass.", discovery.newArticle())));
  }

  @Test
  void aLoneGivenNameWithACue() {
    assertEquals(List.of("Olena"), names(find("\"The windows blew in,\" said Olena, 64, a retired nurse.", discovery.newArticle())));
    assertEquals(List.of("Liubov"), names(find("She kept calling her grandmother Liubov.", discovery.newArticle())));
    assertEquals(List.of("Svitlana"), names(find("Another neighbour, Svitlana, told me she had slept in the corridor.", discovery.newArticle())));
    // a given name with nothing around it says nothing
    assertEquals(List.of(), names(find("Olena Street was closed.", discovery.newArticle())));
  }

  @Test
  void aHyphenedTitleAfterTheName() {
    assertEquals(List.of("Tarmo Kask"),
        names(find("Tarmo Kask, the ministry's ambassador-at-large, said the talks were over.", discovery.newArticle())));
  }

  @Test
  void anAgeMakesAPerson() {
    assertEquals(List.of("Aino Sarkela"), names(find("Aino Sarkela, 58, lost her kitchen.", discovery.newArticle())));
  }

  @Test
  void institutionsAreNoPeople() {
    assertEquals(List.of(), names(find("The director of the Obolon District Clinical Hospital said ten were treated.", discovery.newArticle())));
    assertEquals(List.of("Petro Hnatyuk"),
        names(find("Petro Hnatyuk, director of the Darnytsia City Clinical Hospital, said ten were treated.", discovery.newArticle())));
    assertEquals(List.of(), names(find("Nova Pravda Party said it would take part.", discovery.newArticle())));
    assertEquals(List.of(), names(find("Students of the Ostap Vyshnia National University said they would stay.", discovery.newArticle())));
  }

  @Test
  void aRankIsNoFirstName() {
    assertEquals(List.of("Hamish de Vries-Laan"), names(find("Col Hamish de Vries-Laan said the line would hold.", discovery.newArticle())));
  }

  @Test
  void theGivenNameAloneRefersBack() {
    ActorDiscovery.Found found = discovery.newArticle();
    find("Dmytro Khomenko was freed in August.", found);
    ActorDiscovery.Result r = find("Dmytro's father had waited for two years.", found);
    assertEquals(List.of(), r.discovered());
    assertEquals("Dmytro Khomenko", r.mentions().get(0).actor());
  }

  @Test
  void aMisspeltTitleBeforeAKnownSurnameRefersBack() {
    ActorDiscovery.Found found = discovery.newArticle();
    assertEquals(List.of("Oleh Marchuk"), names(find("Govenor Oleh Marchuk said the port was hit.", found)));
    ActorDiscovery.Result r = find("Later, Govenor Marchuk said the fire was out.", found);
    assertEquals(List.of(), r.discovered());
    assertEquals("Oleh Marchuk", r.mentions().get(0).actor());
    // a misspelt title before a listed surname leaves the listed person alone
    ActorDiscovery.Result listed = find("Later, Govenor Umerov said the fire was out.", discovery.newArticle());
    assertEquals(List.of(), listed.discovered());
  }

  @Test
  void variantsOfAListedPersonAreThatPerson() {
    // another first-name spelling, and a surname one letter apart
    for (String s : List.of("Rustam Umerov said the talks would resume.", "Defence Minister Rustem Umerow said the talks would resume.")) {
      ActorDiscovery.Result r = find(s, discovery.newArticle());
      assertEquals(List.of(), r.discovered(), s);
      assertEquals("Rustem Umerov", r.mentions().get(0).actor(), s);
      assertEquals(true, r.mentions().get(0).listed(), s);
    }
    // another first initial is another person
    assertEquals(List.of("Olga Umerova"), names(find("Olga Umerova said the talks would resume.", discovery.newArticle())));
  }

  @Test
  void aCompoundAdjectiveBeforeANounIsNoName() {
    ActorDiscovery.Result r = find("The navy said Swedish-built Visby corvettes had joined the patrol.", discovery.newArticle());
    assertTrue(r.discovered().isEmpty(), r.discovered()::toString);
    assertTrue(ActorDiscovery.compoundAdjective("kremlin-backed"));
    assertTrue(!ActorDiscovery.compoundAdjective("al-assad"));
  }
}
