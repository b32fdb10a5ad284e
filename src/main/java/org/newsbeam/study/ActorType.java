package org.newsbeam.study;

import java.util.Locale;

/** What kind of actor a dictionary entry is; written in lower case in files and CSVs. */
public enum ActorType {
  PERSON,
  GOVERNMENT,
  MILITARY,
  ORGANISATION,
  COUNTRY,
  GROUP;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses "person", "Person", "organization" (US spelling) and so on; null when unknown. */
  public static ActorType parse(String s) {
    if (s == null) {
      return null;
    }
    String k = s.trim().toUpperCase(Locale.ROOT);
    if (k.equals("ORGANIZATION")) {
      k = "ORGANISATION";
    }
    for (ActorType t : values()) {
      if (t.name().equals(k)) {
        return t;
      }
    }
    return null;
  }
}
