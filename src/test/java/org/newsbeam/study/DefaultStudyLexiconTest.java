package org.newsbeam.study;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsbeam.text.TextNormalizer;
import org.newsbeam.text.Token;
import org.newsbeam.text.Tokenizer;

/**
 * Checks the default study's event vocabulary on sentences of our own: the reports it must find
 * and the everyday sentences it must leave alone. Uses a plain reading of the pattern language
 * (see EventPattern), so it tests the data, not the extractor.
 */
class DefaultStudyLexiconTest {

  private static EventLexicon lexicon;

  @BeforeAll
  static void load() {
    lexicon = StudyLoader.loadResource("ukraine-war").events();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Ukraine's air force said it shot down 40 of the 52 drones Russia launched overnight.|air_defence_interception drone_strike",
        "Russian air defence systems destroyed 41 Ukrainian drones over the Bryansk region, the ministry said.|air_defence_interception",
        "Air defences were active over Kyiv for several hours.|air_defence_interception",
        "Two Iskander missiles were intercepted over the capital.|air_defence_interception",
        "Russia struck Kharkiv with two Iskander ballistic missiles on Tuesday.|missile_strike",
        "A missile attack on Odesa damaged port infrastructure.|missile_strike",
        "Russian drones hit an energy facility in the Sumy region.|drone_strike",
        "Ukraine launched a large drone attack on oil refineries overnight.|drone_strike",
        "Zelensky spoke by phone with Macron about security guarantees.|talks",
        "Witkoff met Putin in the Kremlin for five hours.|talks",
        "Delegations from both countries held talks in Istanbul.|talks",
        "Russia's defence ministry said its forces had taken control of the village.|ground_advance",
        "Russian forces captured the town after months of fighting.|ground_advance",
        "Ukrainian troops withdrew from Avdiivka to avoid being surrounded.|withdrawal",
        "North Korea deployed thousands of troops to the Kursk region.|troop_deployment",
        "Britain and France are ready to send troops as part of a reassurance force.|troop_deployment",
        "Russia and Ukraine carried out a prisoner swap, each returning 84 prisoners of war.|prisoner_exchange",
        "The two sides exchanged 390 prisoners on Friday.|prisoner_exchange",
        "Starmer travelled to Kyiv on Thursday.|visit",
        "Zelensky visited troops near Pokrovsk.|visit",
        "The EU adopted its 19th sanctions package against Russia.|sanctions",
        "Washington imposed an asset freeze on two oil companies.|sanctions",
        "Germany pledged four more IRIS-T air defence systems to Ukraine.|military_aid",
        "The US approved a new military aid package for Kyiv.|military_aid",
        "Norway will fund Patriot systems for Ukraine.|military_aid",
        "Kyiv asked Germany and Britain for more IRIS-T air defence systems.|military_aid",
        "Zelensky said he would travel to Washington on Monday.|visit",
        "Russia's defence ministry claimed its forces had recaptured two villages.|ground_advance",
        "Russian troops have advanced about 20 kilometres since the start of the month.|ground_advance",
        "Russian forces have taken three villages near Pokrovsk.|ground_advance",
        "The deployment of North Korean soldiers alarmed Seoul.|troop_deployment",
        "Trump broke off the meeting to phone Putin.|talks",
        "The US imposed sanctions on two Russian oil producers.|sanctions",
      })
  void findsReports(String sentence, String expected) {
    Set<String> fired = fire(sentence);
    for (String type : expected.split(" ")) {
      assertTrue(fired.contains(type), () -> type + " not found in: " + sentence + " (found " + fired + ")");
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Advanced air defence systems protect the capital.|ground_advance air_defence_interception",
        "Authorities seized Russian assets worth two billion euros.|ground_advance",
        "The strike left three soldiers dead.|withdrawal",
        "Soldiers on both sides exchanged fire near the river.|prisoner_exchange",
        "The company sent a letter to its shareholders.|troop_deployment military_aid",
        "He took a train to the city.|ground_advance",
        "The report was published in May.|talks visit",
        "Prices in Moscow rose sharply last year.|sanctions talks",
        "A Russian strike destroyed Ukrainian air defence systems near Dnipro.|air_defence_interception",
        "Thousands of people live in Russian-occupied territory.|ground_advance",
        "The ministry withdrew the draft law.|withdrawal",
        "The EU extended its travel ban on Russian officials.|visit",
        "Negotiators discussed a possible land swap.|prisoner_exchange",
        "Kallas said the EU would not lift any sanctions.|sanctions",
        "Fidan, who chaired the meeting, said it had ended well.|talks",
        "Lavrov said afterwards that the talks had been useful.|talks",
        "No drones entered Polish territory.|ground_advance",
        "Air defence units shot down 40 drones.|drone_strike",
      })
  void leavesOrdinarySentencesAlone(String sentence, String forbidden) {
    Set<String> fired = fire(sentence);
    for (String type : forbidden.split(" ")) {
      assertFalse(fired.contains(type), () -> type + " fired on: " + sentence);
    }
  }

  // --- a plain reading of the pattern language ---------------------------------------------------

  private static Set<String> fire(String sentence) {
    List<Token> tokens = Tokenizer.tokenize(TextNormalizer.cleanParagraph(sentence));
    Set<String> out = new TreeSet<>();
    for (EventPattern p : lexicon.patterns()) {
      List<Integer> triggers = positions(tokens, p.triggers());
      if (triggers.isEmpty()) {
        continue;
      }
      if (p.objects().isEmpty()) {
        out.add(p.type());
        continue;
      }
      List<Integer> objects = positions(tokens, p.objects());
      boolean near = false;
      for (int t : triggers) {
        for (int o : objects) {
          near |= o != t && Math.abs(o - t) <= p.window();
        }
      }
      if (near) {
        out.add(p.type());
      }
    }
    return out;
  }

  private static List<Integer> positions(List<Token> tokens, List<String> terms) {
    List<Integer> out = new ArrayList<>();
    for (String term : terms) {
      String[] words = term.split(" ");
      for (int i = 0; i + words.length <= tokens.size(); i++) {
        boolean all = true;
        for (int k = 0; k < words.length && all; k++) {
          all = matches(words[k], tokens.get(i + k).norm());
        }
        if (all) {
          out.add(i);
        }
      }
    }
    return out;
  }

  private static boolean matches(String word, String norm) {
    return word.endsWith("*") ? norm.startsWith(word.substring(0, word.length() - 1)) : norm.equals(word);
  }
}
