package org.newsbeam.ingest;

import java.io.Serializable;

/**
 * A record or file that could not be used, and why. One row of rejects.csv.
 *
 * @param file the file
 * @param location line number, record offset, or "" for the whole file
 * @param reason short reason an analyst can act on ("malformed JSON: Unexpected character ...")
 */
public record Reject(String file, String location, String reason) implements Serializable {}
