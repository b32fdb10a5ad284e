package org.newsbeam.study;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsbeam.study.YamlTree.Node;
import org.newsbeam.text.EditDistance;

/** One study file being checked: its name for messages, and the errors of the whole study. */
record FileCheck(String file, StudyErrors errors) {
  void error(int line, String what) {
    errors.add(file, line, what);
  }

  /** The mapping's entries, after reporting keys that are not allowed; null if not a mapping. */
  Map<String, Node> map(Node n, String what, Set<String> allowed) {
    if (n == null || !n.isMap()) {
      error(n == null ? 0 : n.line(), what + " should be a mapping (key: value), found " + (n == null ? "nothing" : n.kind()));
      return null;
    }
    for (String k : n.map().keySet()) {
      if (!allowed.contains(k)) {
        String hint = closest(k, allowed);
        error(
            n.keyLine(k),
            "unknown key '"
                + k
                + "' in "
                + what
                + (hint != null ? " (did you mean '" + hint + "'?)" : "")
                + "; allowed: "
                + String.join(", ", new TreeSet<>(allowed)));
      }
    }
    return n.map();
  }

  /** The list's items; a single value counts as a one-item list; null/absent as empty. */
  List<Node> list(Node n, String what) {
    if (n == null || n.isNull()) {
      return List.of();
    }
    if (n.isScalar()) {
      return List.of(n);
    }
    if (!n.isList()) {
      error(n.line(), what + " should be a list, found " + n.kind());
      return List.of();
    }
    return n.list();
  }

  /** The stripped text of a single value; null (after reporting if required) when absent. */
  String text(Node parent, Map<String, Node> m, String key, String what, boolean required) {
    Node n = m.get(key);
    if (n == null || n.isNull() || (n.isScalar() && n.text().isBlank())) {
      if (required) {
        error(n == null ? parent.line() : n.line(), what + " has no '" + key + "'");
      }
      return null;
    }
    if (!n.isScalar()) {
      error(n.line(), "'" + key + "' of " + what + " should be a single value, found " + n.kind());
      return null;
    }
    return n.text().strip();
  }

  Integer integer(Map<String, Node> m, String key, int min, int max) {
    Node n = m.get(key);
    if (n == null || n.isNull()) {
      return null;
    }
    try {
      if (!n.isScalar()) {
        throw new NumberFormatException();
      }
      int v = Integer.parseInt(n.text().strip());
      if (v < min || v > max) {
        error(n.line(), "'" + key + "' is " + v + ", should be between " + min + " and " + max);
        return null;
      }
      return v;
    } catch (NumberFormatException e) {
      error(n.line(), "'" + key + "' should be a whole number between " + min + " and " + max + ", found '" + show(n) + "'");
      return null;
    }
  }

  static String show(Node n) {
    return n.isScalar() ? n.text() : n.kind();
  }

  /** The allowed word nearest to a typo, if it is near enough to be the one meant. */
  static String closest(String typo, Set<String> allowed) {
    String best = null;
    int bestD = Integer.MAX_VALUE;
    for (String a : allowed) {
      int d = EditDistance.between(typo.toLowerCase(Locale.ROOT), a);
      if (d < bestD) {
        bestD = d;
        best = a;
      }
    }
    return best != null && bestD <= Math.max(2, typo.length() / 4) ? best : null;
  }
}
