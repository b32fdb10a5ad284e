package org.newsbeam.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A cheap guess at a text's language from its script and its most frequent function words. Good
 * enough to route articles (a paragraph or more of text); not meant for single sentences in
 * closely related languages.
 */
public final class LanguageGuess {
  private LanguageGuess() {}

  private static final String[] LATIN_LANGS = {"en", "de", "fr", "es", "it", "pt", "pl", "nl"};

  /** Frequent short words, chosen to be distinctive between the languages listed. */
  private static final String[][] LATIN_STOPWORDS = {
    // en
    {"the", "and", "of", "to", "is", "that", "was", "for", "with", "on", "are", "as", "it", "by",
      "this", "be", "from", "at", "have", "has", "were", "which", "their", "they", "said", "but",
      "not", "will", "would", "been", "who", "an", "or", "its", "had", "after", "we", "he", "she"},
    // de
    {"der", "die", "und", "das", "ist", "nicht", "mit", "von", "den", "sich", "des", "auf", "für",
      "ein", "eine", "dem", "im", "auch", "es", "wird", "werden", "nach", "bei", "aus", "wie",
      "einer", "sind", "hat", "noch", "zu", "wurde", "über", "sie", "aber", "oder", "durch"},
    // fr
    {"le", "la", "les", "et", "des", "de", "est", "une", "du", "dans", "qui", "que", "pour", "pas",
      "sur", "au", "avec", "sont", "ont", "mais", "ce", "cette", "aux", "été", "par", "il", "elle",
      "leur", "selon", "ne", "plus", "nous", "ses", "où"},
    // es
    {"el", "los", "las", "del", "de", "que", "por", "una", "con", "para", "es", "como", "más", "pero",
      "sus", "fue", "ha", "han", "este", "esta", "entre", "también", "sobre", "según", "muy",
      "cuando", "y", "se", "lo", "al", "hay", "sin"},
    // it
    {"il", "di", "che", "della", "per", "non", "una", "sono", "del", "gli", "nel", "alla", "con",
      "anche", "dei", "delle", "questo", "ha", "è", "si", "più", "ma", "come", "dal", "degli",
      "nella", "stato", "essere", "le", "un"},
    // pt
    {"o", "os", "de", "que", "não", "uma", "com", "para", "do", "da", "dos", "das", "em", "no", "na",
      "por", "mais", "foi", "ao", "como", "mas", "também", "são", "pelo", "pela", "seu", "sua",
      "já", "está", "e", "um"},
    // pl
    {"i", "w", "nie", "na", "się", "z", "że", "do", "to", "jest", "jak", "ale", "po", "od", "za",
      "przez", "dla", "oraz", "jego", "już", "być", "tym", "które", "który", "też", "tak", "był",
      "jej", "czy", "co"},
    // nl
    {"de", "het", "een", "en", "van", "niet", "dat", "zijn", "op", "met", "voor", "ook", "maar",
      "werd", "naar", "bij", "deze", "wordt", "hij", "zij", "nog", "uit", "heeft", "geen", "dan"}
  };

  private static final Map<String, int[]> LATIN_INDEX = new HashMap<>();

  static {
    for (int lang = 0; lang < LATIN_STOPWORDS.length; lang++) {
      for (String w : LATIN_STOPWORDS[lang]) {
        int[] langs = LATIN_INDEX.computeIfAbsent(w, k -> new int[0]);
        int[] grown = java.util.Arrays.copyOf(langs, langs.length + 1);
        grown[langs.length] = lang;
        LATIN_INDEX.put(w, grown);
      }
    }
  }

  /** No stopword is longer; longer words need no look-up. */
  private static final int MAX_STOPWORD;

  static {
    int longest = 0;
    for (String[] words : LATIN_STOPWORDS) {
      for (String w : words) {
        longest = Math.max(longest, w.length());
      }
    }
    MAX_STOPWORD = longest;
  }

  private static boolean isLetter(char c) {
    return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
  }

  /** Letters only Ukrainian (not Russian) uses, and the reverse. */
  private static boolean ukrainianLetter(char c) {
    return c == 'і' || c == 'ї' || c == 'є' || c == 'ґ' || c == 'І' || c == 'Ї' || c == 'Є' || c == 'Ґ';
  }

  private static boolean russianLetter(char c) {
    return c == 'ы' || c == 'э' || c == 'ъ' || c == 'ё' || c == 'Ы' || c == 'Э' || c == 'Ё';
  }

  /** How much of the text to read: the guess settles long before the end of an article. */
  private static final int MAX_CHARS = 4000;

  public static String guess(String text) {
    if (text == null || text.isEmpty()) {
      return "unknown";
    }
    int n = Math.min(text.length(), MAX_CHARS);
    int latin = 0, cyrillic = 0, uk = 0, ru = 0, greek = 0, arabic = 0, hebrew = 0, han = 0,
        kana = 0, hangul = 0, other = 0;
    int[] hits = new int[LATIN_LANGS.length];
    int words = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!isLetter(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n) {
        char d = text.charAt(i);
        if (d < 0x250) {
          // Basic Latin to Latin Extended-B: no script lookup needed
          if (!isLetter(d)) {
            break;
          }
          latin++;
        } else {
          if (!Character.isLetter(d)) {
            break;
          }
          switch (Character.UnicodeScript.of(d)) {
            case LATIN -> latin++;
            case CYRILLIC -> {
              cyrillic++;
              if (ukrainianLetter(d)) {
                uk++;
              } else if (russianLetter(d)) {
                ru++;
              }
            }
            case GREEK -> greek++;
            case ARABIC -> arabic++;
            case HEBREW -> hebrew++;
            case HAN -> han++;
            case HIRAGANA, KATAKANA -> kana++;
            case HANGUL -> hangul++;
            default -> other++;
          }
        }
        i++;
      }
      words++;
      if (i - start <= MAX_STOPWORD) {
        int[] langs = LATIN_INDEX.get(text.substring(start, i).toLowerCase(Locale.ROOT));
        if (langs != null) {
          for (int l : langs) {
            hits[l]++;
          }
        }
      }
    }
    int letters = latin + cyrillic + greek + arabic + hebrew + han + kana + hangul + other;
    if (letters == 0) {
      return "unknown";
    }
    if (cyrillic * 2 > letters) {
      if (uk == 0 && ru == 0) {
        return words >= 3 ? "ru" : "unknown";
      }
      return uk > ru ? "uk" : "ru";
    }
    if (kana > 0 && (kana + han) * 2 > letters) {
      return "ja";
    }
    if (han * 2 > letters) {
      return "zh";
    }
    if (hangul * 2 > letters) {
      return "ko";
    }
    if (arabic * 2 > letters) {
      return "ar";
    }
    if (hebrew * 2 > letters) {
      return "he";
    }
    if (greek * 2 > letters) {
      return "el";
    }
    if (latin * 2 <= letters) {
      return "unknown";
    }
    int best = -1;
    int second = 0;
    for (int l = 0; l < hits.length; l++) {
      if (best < 0 || hits[l] > hits[best]) {
        if (best >= 0) {
          second = Math.max(second, hits[best]);
        }
        best = l;
      } else {
        second = Math.max(second, hits[l]);
      }
    }
    // need some evidence and a lead over the runner-up; one or two stopwords prove nothing
    if (hits[best] < 2 || hits[best] * 10 < words || hits[best] <= second) {
      return "unknown";
    }
    return LATIN_LANGS[best];
  }
}
