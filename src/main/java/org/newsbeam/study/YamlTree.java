package org.newsbeam.study;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML document read into a tree that remembers the line of every value, so that every check
 * of a study file can name the line an analyst has to fix. Scalars are kept as their text (no
 * YAML 1.1 type guessing: "NO" stays the country code, "2025-01-20" stays a date string).
 */
final class YamlTree {
  private YamlTree() {}

  private static final YAMLFactory FACTORY = new YAMLFactory();

  /** A value: a {@code Map<String, Node>}, a {@code List<Node>}, a String, or null (YAML null). */
  record Node(Object value, int line, Map<String, Integer> keyLines) {
    boolean isMap() {
      return value instanceof Map;
    }

    boolean isList() {
      return value instanceof List;
    }

    boolean isScalar() {
      return value instanceof String;
    }

    boolean isNull() {
      return value == null;
    }

    @SuppressWarnings("unchecked")
    Map<String, Node> map() {
      return (Map<String, Node>) value;
    }

    @SuppressWarnings("unchecked")
    List<Node> list() {
      return (List<Node>) value;
    }

    String text() {
      return (String) value;
    }

    int keyLine(String key) {
      Integer l = keyLines == null ? null : keyLines.get(key);
      return l == null ? line : l;
    }

    String kind() {
      if (isMap()) {
        return "a mapping (key: value)";
      }
      if (isList()) {
        return "a list";
      }
      return isNull() ? "empty" : "a single value";
    }
  }

  /**
   * Parses one document. An empty document gives an empty mapping at line 1.
   *
   * @throws StudyException on a YAML syntax error or a key given twice, naming file and line
   */
  static Node parse(String file, String text) {
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return new Node(new LinkedHashMap<String, Node>(), 1, Map.of());
      }
      return read(p, file);
    } catch (JsonProcessingException e) {
      // Jackson reports where its reader stopped; SnakeYAML knows the offending spot and the
      // construct it was inside, which is what an analyst needs ("the list opened on line 6").
      if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
        String what = m.getProblem() == null ? "cannot parse" : m.getProblem();
        if (m.getContext() != null && m.getContextMark() != null) {
          what += " (" + m.getContext() + " on line " + (m.getContextMark().getLine() + 1) + ")";
        }
        throw StudyException.at(file, m.getProblemMark().getLine() + 1, "YAML syntax error: " + what);
      }
      JsonLocation loc = e.getLocation();
      int line = loc == null ? 0 : loc.getLineNr();
      throw StudyException.at(file, line, "YAML syntax error: " + shortMessage(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new StudyException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static Node read(JsonParser p, String file) throws IOException {
    JsonToken t = p.currentToken();
    int line = p.currentTokenLocation().getLineNr();
    switch (t) {
      case START_OBJECT:
        {
          Map<String, Node> m = new LinkedHashMap<>();
          Map<String, Integer> keyLines = new LinkedHashMap<>();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            int keyLine = p.currentTokenLocation().getLineNr();
            p.nextToken();
            Node v = read(p, file);
            if (m.containsKey(key)) {
              throw StudyException.at(
                  file, keyLine, "key '" + key + "' given twice (first on line " + keyLines.get(key) + ")");
            }
            m.put(key, v);
            keyLines.put(key, keyLine);
          }
          return new Node(m, line, keyLines);
        }
      case START_ARRAY:
        {
          List<Node> l = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            l.add(read(p, file));
          }
          return new Node(l, line, null);
        }
      case VALUE_NULL:
        return new Node(null, line, null);
      default:
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
          // an alias would silently stand for its anchor's name: "*drone" would read as "drone"
          throw StudyException.at(
              file,
              line,
              "'*" + p.getText() + "' reads as a YAML alias; studies do not use aliases, and a '*' may only end a word");
        }
        return new Node(p.getText(), line, null);
    }
  }

  /** SnakeYAML messages span several lines with a caret drawing; keep the gist. */
  private static String shortMessage(String m) {
    if (m == null) {
      return "cannot parse";
    }
    StringBuilder out = new StringBuilder();
    for (String part : m.split("\\R")) {
      String s = part.strip();
      if (s.isEmpty() || s.startsWith("in 'reader'") || s.startsWith("in 'string'") || s.equals("^")) {
        continue;
      }
      if (s.chars().allMatch(c -> c == '^' || c == ' ')) {
        continue;
      }
      if (out.length() > 0) {
        out.append("; ");
      }
      out.append(s);
    }
    return out.length() == 0 ? "cannot parse" : out.toString();
  }
}
