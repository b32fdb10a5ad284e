package org.newsbeam.study;

import java.io.Serializable;

/**
 * An event type of a study.
 *
 * @param id short id written to CSVs ("air_defence_interception")
 * @param label human name ("Air-defence interception")
 */
public record EventType(String id, String label) implements Serializable {}
