package org.newsbeam.study;

/** A study folder that cannot be used; the message names the file and, where known, the line. */
public class StudyException extends RuntimeException {
  public StudyException(String message) {
    super(message);
  }

  public StudyException(String message, Throwable cause) {
    super(message, cause);
  }

  public static StudyException at(String file, int line, String what) {
    return new StudyException(line > 0 ? file + ":" + line + ": " + what : file + ": " + what);
  }
}
