package org.newsbeam.study;

import java.io.Serializable;

/**
 * Where a study's place lies, for records that locate an act.
 *
 * @param name the canonical place name
 * @param admin1 the first-level region (oblast, krai, state), or ""
 * @param country ISO 3166 code, or "" (seas)
 */
public record Place(String name, String admin1, String country) implements Serializable {
  public Place {
    admin1 = admin1 == null ? "" : admin1;
    country = country == null ? "" : country;
  }
}
