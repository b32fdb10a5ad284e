package org.newsbeam.output;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** newsbeam's version: the jar's manifest, else the version Maven wrote into the build's resources. */
public final class NewsbeamVersion {
  private NewsbeamVersion() {}

  static final String RESOURCE = "/newsbeam/version.properties";

  public static String get() {
    String v = NewsbeamVersion.class.getPackage().getImplementationVersion();
    if (v != null && !v.isBlank()) {
      return v;
    }
    try (InputStream in = NewsbeamVersion.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String fromBuild = p.getProperty("version", "");
        if (!fromBuild.isBlank() && !fromBuild.contains("${")) {
          return fromBuild;
        }
      }
    } catch (IOException e) {
      // fall through: say it is a development build
    }
    return "development build";
  }
}
