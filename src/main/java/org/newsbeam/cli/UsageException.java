package org.newsbeam.cli;

/** A bad option or input found before the pipeline starts; the message says what and where. */
public class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
