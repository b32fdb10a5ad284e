package org.newsbeam.aggregate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A short stable id for an article: the first 12 hex digits of the SHA-1 of its canonical URL. */
public final class ArticleId {
  private ArticleId() {}

  public static String of(String canonicalUrl) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-1").digest(canonicalUrl.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
