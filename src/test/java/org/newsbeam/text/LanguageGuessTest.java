package org.newsbeam.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageGuessTest {
  @Test
  void english() {
    assertEquals("en", LanguageGuess.guess("The council said on Tuesday that the new wall would be built from concrete and faced with granite, and that the work was expected to take eighteen months."));
  }

  @Test
  void german() {
    assertEquals("de", LanguageGuess.guess("Die Gemeinde hat am Montag eine neue Fähre in Dienst gestellt, die doppelt so viele Autos wie das alte Schiff aufnehmen kann und weniger Treibstoff verbraucht."));
  }

  @Test
  void russianAndUkrainian() {
    assertEquals("ru", LanguageGuess.guess("Городской совет во вторник решил построить новую стену у гавани, потому что старая была разрушена штормами."));
    assertEquals("uk", LanguageGuess.guess("Міська рада у вівторок вирішила збудувати нову стіну біля гавані, бо стару зруйнували шторми, і мешканці це підтримали."));
  }

  @Test
  void otherLatinLanguages() {
    assertEquals("fr", LanguageGuess.guess("Le conseil municipal a décidé mardi de reconstruire le mur du port, qui a été endommagé par les tempêtes de cet hiver et qui ne protège plus les maisons."));
    assertEquals("es", LanguageGuess.guess("El ayuntamiento decidió el martes reconstruir el muro del puerto, que fue dañado por las tormentas del invierno y que ya no protege las casas de los vecinos."));
    assertEquals("pt", LanguageGuess.guess("A câmara municipal decidiu na terça-feira reconstruir o muro do porto, que foi danificado pelas tempestades do inverno e já não protege as casas."));
    assertEquals("it", LanguageGuess.guess("Il consiglio comunale ha deciso martedì di ricostruire il muro del porto, che è stato danneggiato dalle tempeste e non protegge più le case della città."));
    assertEquals("pl", LanguageGuess.guess("Rada miasta zdecydowała we wtorek, że nowy mur w porcie zostanie zbudowany jeszcze w tym roku, ale mieszkańcy nie są z tego zadowoleni i chcą też nowej drogi."));
  }

  @Test
  void unknownWhenNoEvidence() {
    assertEquals("unknown", LanguageGuess.guess(""));
    assertEquals("unknown", LanguageGuess.guess("12345 ... !!!"));
    assertEquals("unknown", LanguageGuess.guess("Porthlenna Tregarthen"));
    assertEquals("unknown", LanguageGuess.guess(null));
  }

  @Test
  void theDeclaredLanguageStandsUnlessClearlyOutvoted() {
    String text = "07:46 Ursula von der Leyen plans to visit Washington next month. "
        + "Ms von der Leyen told reporters that a ceasefire was still possible.";
    assertEquals("de", LanguageGuess.guess(text), "on stopwords alone the names tip it");
    assertEquals("en", LanguageGuess.guess(text, "en"));
    assertEquals("en", LanguageGuess.guess(text, "en-GB"));
    String german = "Die Regierung hat am Montag mitgeteilt, dass die Gespräche in der nächsten Woche "
        + "fortgesetzt werden. Der Minister sagte, es gebe noch keine Einigung über die Frage.";
    assertEquals("de", LanguageGuess.guess(german, "en"), "a CMS default does not make German English");
  }
}
