package org.newsbeam.study;

import java.util.ArrayList;
import java.util.List;

/** Problems found so far; all are reported at once so an analyst fixes them in one pass. */
final class StudyErrors {
  private static final int MAX = 50;
  final List<String> list = new ArrayList<>();

  void add(String file, int line, String what) {
    list.add(StudyException.at(file, line, what).getMessage());
  }

  void throwIfAny() {
    if (list.isEmpty()) {
      return;
    }
    if (list.size() == 1) {
      throw new StudyException(list.get(0));
    }
    StringBuilder sb = new StringBuilder(list.size() + " problems in the study:");
    for (int i = 0; i < Math.min(MAX, list.size()); i++) {
      sb.append('\n').append(list.get(i));
    }
    if (list.size() > MAX) {
      sb.append("\n... and ").append(list.size() - MAX).append(" more");
    }
    throw new StudyException(sb.toString());
  }
}
