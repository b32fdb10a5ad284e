package org.newsbeam.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NotLanguageTest {
  static byte[] randomHighBytes(int n, long seed) {
    byte[] b = new byte[n];
    Random r = new Random(seed);
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (0x80 + r.nextInt(0x80));
    }
    return b;
  }

  @Test
  void aTxtOfRandomHighBytesIsRejectedAsNotLanguage() {
    for (long seed = 1; seed <= 5; seed++) {
      CollectingSink sink = new ArchiveReaderTest().read("junk.txt", randomHighBytes(20_000, seed));
      assertEquals(0, sink.records.size(), "seed " + seed);
      Reject r = sink.onlyReject();
      assertTrue(r.reason().startsWith("not language text: "), r.reason());
    }
  }

  @Test
  void aJsonLineWhoseTextIsJunkIsRejectedAndTheOthersKept() {
    String junk = new String(randomHighBytes(3000, 9), java.nio.charset.Charset.forName("windows-1252"));
    String lines = "{\"url\":\"https://example.org/1\",\"text\":\"The ministers met in Geneva on Friday and agreed to talk again next month.\"}\n"
        + "{\"url\":\"https://example.org/2\",\"text\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(junk) + "}\n";
    CollectingSink sink = new ArchiveReaderTest().read("feed.jsonl", lines.getBytes(StandardCharsets.UTF_8));
    assertEquals(1, sink.records.size());
    assertEquals(1, sink.rejects.size());
    assertEquals("line 2", sink.rejects.get(0).location());
  }

  @Test
  void proseInAnyScriptIsLanguage() {
    assertNull(NotLanguage.reason("Officials said on Monday that the talks would resume in Geneva, "
        + "after a pause of three weeks; the delegations (twelve people in all) arrived by train."));
    assertNull(NotLanguage.reason("Переговоры возобновятся в понедельник, сообщили официальные лица в Женеве после паузы."));
    assertNull(NotLanguage.reason("外交部发言人周一表示，双方将于下周在日内瓦恢复谈判，并讨论停火的具体安排和后续步骤。"));
    assertNull(NotLanguage.reason("Short."));
    assertNull(NotLanguage.reason("Casualties: 12 (2024-05-01), 7 (2024-05-02), 3 — per the U.S. State Dept. and e-mail reports."));
  }

  @Test
  void symbolsAndDigitsAreNotLanguage() {
    assertTrue(NotLanguage.reason("0x3f 0x2a 0x7e ### %%% 123456 7890 ++-- ==== //// \\\\ 9988 7766 5544 3322 1100").startsWith("too few letters"));
  }
}
