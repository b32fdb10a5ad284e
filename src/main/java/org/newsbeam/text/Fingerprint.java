package org.newsbeam.text;

/**
 * A 64-bit identity of a paragraph's words, for spotting the same paragraph reprinted by several
 * outlets or repeated on one page. Case, punctuation and spacing do not change it.
 */
public final class Fingerprint {
  private Fingerprint() {}

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  public static long of(String paragraph) {
    long h = FNV_OFFSET;
    boolean pendingSpace = false;
    boolean any = false;
    int n = paragraph == null ? 0 : paragraph.length();
    for (int i = 0; i < n; i++) {
      char c = paragraph.charAt(i);
      boolean ascii = c < 128;
      if (ascii ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          : Character.isLetterOrDigit(c)) {
        if (pendingSpace) {
          h = (h ^ ' ') * FNV_PRIME;
          pendingSpace = false;
        }
        char l = ascii ? (c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c) : Character.toLowerCase(c);
        h = (h ^ (l & 0xff)) * FNV_PRIME;
        h = (h ^ (l >>> 8)) * FNV_PRIME;
        any = true;
      } else if (c == '\'' || c == '\u2019' || c == '\u00AD' || c == '\u200B') {
        // apostrophes and invisible chars join, so "don't" == "dont" == "don’t"
        continue;
      } else if (any) {
        pendingSpace = true;
      }
    }
    return mix(h);
  }

  /** Final avalanche so that near-equal inputs spread over all 64 bits. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
