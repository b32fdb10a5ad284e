package org.newsbeam.aggregate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short stable id for an article: "art-" and the first 12 hex digits of the SHA-1 of its
 * canonical URL ("art-5fb02b18b5d5").
 *
 * <p>The prefix keeps the id text in a spreadsheet: bare hex digits are all digits one time in
 * 280 ("004711235813" loses its zeros and turns into a number), or digits, an "e" and digits
 * ("12e456789012" becomes 1.2E+456789013). An id that starts with letters and a hyphen is never
 * a number or a date, so it needs no quoting, no apostrophe and no import setting, and it reads
 * the same in every tool; it also says what it identifies, like the events' "ev-" ids.
 */
public final class ArticleId {
  private ArticleId() {}

  public static final String PREFIX = "art-";

  public static String of(String canonicalUrl) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-1").digest(canonicalUrl.getBytes(StandardCharsets.UTF_8));
      return PREFIX + HexFormat.of().formatHex(h, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
