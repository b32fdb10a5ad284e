package org.newsbeam.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Assembles report.html: one self-contained page (styles, Apache ECharts, the page's script and
 * the data inlined), which opens from disk with no network.
 */
final class ReportPage {
  private ReportPage() {}

  static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.5.0/echarts.min.js";
  private static final String DIR = "/newsbeam/report/";

  static String html(ObjectNode data) throws JsonProcessingException {
    String page = resource(DIR + "report.html");
    return page
        .replace("/*REPORT_CSS*/", resource(DIR + "report.css"))
        .replace("/*ECHARTS_JS*/", script(resource(ECHARTS)))
        .replace("/*REPORT_JS*/", script(resource(DIR + "report.js")))
        .replace("/*REPORT_DATA*/", json(data));
  }

  /**
   * The data as JSON that can stand inside a script element: every '<', '>' and '&' is written as
   * a \\u escape, so no text from an article can close the element or open markup, and the line
   * separators JavaScript once read as line ends are escaped too.
   */
  static String json(ObjectNode data) throws JsonProcessingException {
    ObjectMapper om = new ObjectMapper();
    om.getFactory().setCharacterEscapes(new ScriptSafe());
    return om.writeValueAsString(data);
  }

  /** Library code inlined into a script element must not contain its end tag. */
  static String script(String js) {
    return js.replaceAll("(?i)</(script)", "<\\\\/$1");
  }

  private static String resource(String path) {
    try (InputStream in = ReportPage.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path + " (is the jar complete?)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class ScriptSafe extends CharacterEscapes {
    private final int[] escapes;

    ScriptSafe() {
      escapes = CharacterEscapes.standardAsciiEscapesForJSON();
      escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028) {
        return new com.fasterxml.jackson.core.io.SerializedString("\\u2028");
      }
      if (ch == 0x2029) {
        return new com.fasterxml.jackson.core.io.SerializedString("\\u2029");
      }
      return null;
    }
  }
}
