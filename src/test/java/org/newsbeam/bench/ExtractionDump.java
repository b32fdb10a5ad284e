package org.newsbeam.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.newsbeam.text.ContentExtractor;
import org.newsbeam.text.ExtractedPage;

/**
 * Everything {@link ContentExtractor} returns for every page of a benchmark, one page after
 * another in a plain text file: title, canonical URL, language, date, page type, method and the
 * paragraphs. Two builds' dumps compared byte for byte show that a speed change alters no output.
 *
 * <p>Usage: {@code ExtractionDump BENCHMARK_DIR OUT_FILE}. Not a unit test.
 */
public final class ExtractionDump {
  private ExtractionDump() {}

  public static void main(String[] args) throws IOException {
    RealPages pages = RealPages.loadOrExit(args[0]);
    ContentExtractor extractor = new ContentExtractor();
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Paths.get(args[1]), StandardCharsets.UTF_8))) {
      for (int i = 0; i < pages.size(); i++) {
        ExtractedPage p = extractor.extract(pages.htmls.get(i), pages.urls.get(i));
        out.println("== " + pages.ids.get(i));
        out.println("title " + p.title());
        out.println("canonical " + p.canonicalUrl());
        out.println("language " + p.language());
        out.println("date " + p.structuredDate());
        out.println("type " + p.pageType() + " method " + p.method());
        for (String para : p.paragraphs()) {
          out.println("| " + para);
        }
      }
    }
  }
}
