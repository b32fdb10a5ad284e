package org.newsbeam.study;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Who held a role over which dates. {@code from} and {@code to} are inclusive; null means open.
 */
public record RoleHolder(String actor, LocalDate from, LocalDate to) implements Serializable {
  public boolean holds(LocalDate day) {
    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }
}
