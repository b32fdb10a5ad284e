package org.newsbeam.text;

import static org.newsbeam.text.ChromeHints.hiddenHolds;
import static org.newsbeam.text.ChromeHints.hintHolds;

import org.newsbeam.text.PageBlocks.Block;
import org.newsbeam.text.PageBlocks.Info;

/** The lines `extract --explain` prints about the body: why a block was dropped, elements named. */
final class BodyTrace {
  private BodyTrace() {}

  /** Why a block was dropped: the element whose hint or hiding made it chrome, else its links. */
  static String dropReason(Block b, int totalProse) {
    for (Info i = b.owner; i != null; i = i.parent) {
      if (i.hidden && (hiddenHolds(i, totalProse) || i.copy)) {
        return (i.copy ? "hidden copy " : "hidden ") + describe(i);
      }
      if (hintHolds(i, totalProse)) {
        return HINT_NAMES[i.hint] + (i.teaser ? " teaser " : " ") + describe(i);
      }
    }
    if (b.chrome) {
      return "stock line or excerpt";
    }
    return String.format(java.util.Locale.ROOT, "link density %.2f", b.linkDensity());
  }

  private static final String[] HINT_NAMES = {"no hint", "chrome", "article", "body", "discussion", "weak chrome"};

  /** "div#main.entry.content", cut to a readable length. */
  static String describe(Info i) {
    StringBuilder s = new StringBuilder(i.tag);
    String id = i.el.id();
    if (!id.isEmpty()) {
      s.append('#').append(id);
    }
    String cls = i.el.className().trim();
    if (!cls.isEmpty()) {
      s.append('.').append(cls.replaceAll("\\s+", "."));
    }
    return clip(s.toString(), 80);
  }

  static String clip(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n) + "...";
  }
}
