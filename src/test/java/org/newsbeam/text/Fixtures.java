package org.newsbeam.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the hand-written HTML pages under src/test/resources/text/. */
final class Fixtures {
  private Fixtures() {}

  static String html(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/text/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
