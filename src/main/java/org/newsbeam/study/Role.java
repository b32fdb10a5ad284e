package org.newsbeam.study;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A title that points at different actors over time: "the US president" is Joe Biden until
 * 2025-01-19 and Donald Trump from 2025-01-20. Resolved by the article's date.
 *
 * @param aliases how the role is written ("US president", "the American president")
 * @param holders who held it, over which dates
 */
public record Role(List<String> aliases, List<RoleHolder> holders) implements Serializable {
  public Role {
    aliases = List.copyOf(aliases);
    holders = List.copyOf(holders);
  }

  /**
   * The holder on that day. With no date known, the holder whose term is open (the current one),
   * if there is exactly one.
   */
  public Optional<String> holderOn(LocalDate day) {
    if (day == null) {
      List<RoleHolder> open = holders.stream().filter(h -> h.to() == null).toList();
      return open.size() == 1 ? Optional.of(open.get(0).actor()) : Optional.empty();
    }
    return holders.stream().filter(h -> h.holds(day)).map(RoleHolder::actor).findFirst();
  }
}
