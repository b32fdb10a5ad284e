package org.newsbeam.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Deeply nested HTML (broken generators, hostile pages) is read without running out of stack. */
class DeepNestingTest {
  @Test
  void fiftyThousandNestedDivs() {
    int depth = 50_000;
    StringBuilder html = new StringBuilder("<html><body>");
    html.append("<div>".repeat(depth));
    html.append("<p>Ukraine's air force said it shot down 40 of 58 Russian drones overnight over the Kharkiv region.</p>");
    html.append("</div>".repeat(depth));
    html.append("<article><p>Volodymyr Zelensky said partners had promised more air defence systems for the cities.</p></article>");
    html.append("</body></html>");
    ExtractedPage page = new ContentExtractor().extract(html.toString(), "https://example.org/deep");
    assertTrue(page.paragraphs().stream().anyMatch(p -> p.contains("Zelensky")), page.paragraphs().toString());
  }
}
