package org.newsbeam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private static final String PAGE =
      "<html><head><link rel=canonical href=\"https://news.example/wall\"></head><body>"
          + "<nav><a href=/>Home</a> <a href=/news>News</a></nav><article>"
          + "<p>The council voted on Tuesday to rebuild the harbour wall, which storms damaged in two"
          + " successive winters.</p><p>Work starts in September and should take eighteen months"
          + " to finish, the council said.</p></article></body></html>";

  @Test
  void writesOneEntryPerPage(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("plain.html"), PAGE);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("zipped.html.gz")))) {
      out.write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("notes.txt"), "not a page");
    Path json = dir.resolve("out/result.json");

    int rc = ExtractCommand.run(new String[] {"--input=" + dir + "/*", "--output=" + json});

    assertEquals(0, rc);
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertEquals(2, root.size());
    for (String name : new String[] {"plain", "zipped"}) {
      JsonNode e = root.get(name);
      assertEquals("https://news.example/wall", e.get("url").asText());
      String body = e.get("articleBody").asText();
      assertTrue(body.startsWith("The council voted on Tuesday"), body);
      assertTrue(body.contains("\nWork starts in September"), body);
      assertFalse(body.contains("Home"), body);
      assertEquals("main", e.get("method").asText());
      assertEquals("article", e.get("pageType").asText());
    }
  }

  @Test
  void explainAddsTheContainerAndTheMethod(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("wall.html"), PAGE);
    Path json = dir.resolve("out.json");

    assertEquals(0, ExtractCommand.run(new String[] {"--input=" + dir + "/*.html", "--output=" + json, "--explain"}));

    JsonNode lines = new ObjectMapper().readTree(json.toFile()).get("wall").get("explain");
    assertTrue(lines.isArray() && lines.size() >= 2, String.valueOf(lines));
    assertTrue(lines.get(0).asText().startsWith("container article"), String.valueOf(lines));
    assertEquals("method main, page type article, 2 paragraphs", lines.get(lines.size() - 1).asText());
  }

  @Test
  void reportsSkippedPagesWithTheirType(@TempDir Path dir) throws IOException {
    String[] listing = org.newsbeam.text.PageSamples.byType().get("listing").get(0);
    // the command has no page URL; the canonical link gives it
    Files.writeString(dir.resolve("topic.html"),
        listing[1].replace("<head>", "<head><link rel='canonical' href='" + listing[0] + "'>"));
    Path json = dir.resolve("out.json");

    assertEquals(0, ExtractCommand.run(new String[] {"--input=" + dir + "/*.html", "--output=" + json}));
    JsonNode e = new ObjectMapper().readTree(json.toFile()).get("topic");
    assertEquals("skipped", e.get("method").asText());
    assertEquals("listing", e.get("pageType").asText());
    assertEquals("", e.get("articleBody").asText());
  }

  @Test
  void globSelectsByPattern(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.html"), PAGE);
    Files.writeString(dir.resolve("b.htm"), PAGE);
    Path json = dir.resolve("result.json");
    assertEquals(0, ExtractCommand.run(new String[] {"--input=" + dir + "/*.htm", "--output=" + json}));
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertEquals(1, root.size());
    assertTrue(root.has("b"));
  }

  @Test
  void usageErrors(@TempDir Path dir) {
    assertEquals(2, ExtractCommand.run(new String[] {}));
    assertEquals(2, ExtractCommand.run(new String[] {"--input=x"}));
    assertEquals(1, ExtractCommand.run(new String[] {"--input=" + dir + "/*.html", "--output=" + dir + "/o.json"}));
  }
}
