package org.newsbeam.study;

import java.io.Serializable;

/**
 * An event type of a study.
 *
 * @param id short id written to CSVs ("air_defence_interception")
 * @param label human name ("Air-defence interception")
 * @param placeIsVenue an actor named as the place of the event ("talks in Belarus") is only
 *     where it happens, not a party to it (lexicon key {@code place: venue}); for other types a
 *     place is what the act is done to ("strikes in Poland", "troops in Ukraine")
 */
public record EventType(String id, String label, boolean placeIsVenue) implements Serializable {
  public EventType(String id, String label) {
    this(id, label, false);
  }
}
