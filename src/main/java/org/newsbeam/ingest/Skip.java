package org.newsbeam.ingest;

import java.io.Serializable;

/**
 * A record that is not an article, counted by kind: a WARC request or metadata record, a
 * non-HTML payload, a page in another language, a page with no article text.
 */
public record Skip(String source, String location, String kind) implements Serializable {}
