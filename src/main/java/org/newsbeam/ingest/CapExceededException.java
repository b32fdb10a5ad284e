package org.newsbeam.ingest;

import java.io.IOException;

/** A read limit was reached; the message is the reject reason. */
final class CapExceededException extends IOException {
  CapExceededException(String reason) {
    super(reason);
  }
}
