package org.newsbeam.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One spelling per article URL, so that the same story shared with tracking parameters, over
 * http, with or without "www." counts once. Hand-written parsing: java.net.URI rejects much of
 * what scrapers collect, and this must never throw.
 */
public final class CanonicalUrl {
  private CanonicalUrl() {}

  /** Query parameters that only say where a reader came from, never which article it is. */
  private static final Set<String> TRACKING =
      Set.of(
          "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "twclid", "igshid", "ocid",
          "cmpid", "cmp", "ref", "ref_src", "ref_url", "referrer", "src", "smid",
          "smtyp", "mc_cid", "mc_eid", "_ga", "_gl", "icid", "ito", "intcmp", "int_cmp", "ncid",
          "mbid", "rss", "share", "sharetype", "spref", "at_medium",
          "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4", "s_cid", "wt.mc_id",
          "trk", "taid", "guccounter", "guce_referrer", "guce_referrer_sig", "xtor",
          "__twitter_impression");

  private static final String[] TRACKING_PREFIXES = {"utm_", "ns_", "pk_", "mtm_", "hsa_", "vero_"};

  public static String canonicalize(String url) {
    if (url == null) {
      return "";
    }
    String s = url.trim();
    if (s.isEmpty()) {
      return "";
    }
    try {
      return canonicalizeOrNull(s, s);
    } catch (RuntimeException e) {
      return s;
    }
  }

  private static String canonicalizeOrNull(String s, String fallback) {
    int schemeEnd = s.indexOf("://");
    if (schemeEnd <= 0 || !isScheme(s, schemeEnd)) {
      return fallback;
    }
    String scheme = s.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
    if (scheme.equals("http")) {
      scheme = "https";
    }
    String rest = s.substring(schemeEnd + 3);
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      rest = rest.substring(0, hash);
    }
    int pathStart = indexOfAny(rest, '/', '?');
    String authority = pathStart < 0 ? rest : rest.substring(0, pathStart);
    String pathAndQuery = pathStart < 0 ? "" : rest.substring(pathStart);
    String host = hostOf(authority);
    if (host.isEmpty()) {
      return fallback;
    }
    int q = pathAndQuery.indexOf('?');
    String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    String query = q < 0 ? "" : pathAndQuery.substring(q + 1);
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    StringBuilder out = new StringBuilder(s.length());
    out.append(scheme).append("://").append(host).append(path);
    String kept = cleanQuery(query);
    if (!kept.isEmpty()) {
      out.append('?').append(kept);
    }
    return out.toString();
  }

  /** Host lower-cased, without user info, default port or "www.". */
  private static String hostOf(String authority) {
    int at = authority.lastIndexOf('@');
    String hostPort = at >= 0 ? authority.substring(at + 1) : authority;
    String host = hostPort;
    String port = "";
    int colon = hostPort.lastIndexOf(':');
    if (colon >= 0 && hostPort.indexOf(']') < colon) {
      host = hostPort.substring(0, colon);
      port = hostPort.substring(colon + 1);
    }
    host = host.toLowerCase(Locale.ROOT);
    while (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    if (!port.isEmpty() && !port.equals("80") && !port.equals("443")) {
      host = host + ":" + port;
    }
    return host;
  }

  private static String cleanQuery(String query) {
    if (query.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String pair : query.split("[&;]")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
      if (isTracking(name)) {
        continue;
      }
      kept.add(pair);
    }
    kept.sort(null);
    return String.join("&", kept);
  }

  static boolean isTracking(String name) {
    if (TRACKING.contains(name)) {
      return true;
    }
    for (String p : TRACKING_PREFIXES) {
      if (name.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /** The site an article belongs to: host without "www." ("" if the URL has none). */
  public static String site(String url) {
    if (url == null) {
      return "";
    }
    String s = url.trim();
    int schemeEnd = s.indexOf("://");
    String rest;
    if (schemeEnd > 0 && isScheme(s, schemeEnd)) {
      rest = s.substring(schemeEnd + 3);
    } else if (s.startsWith("//")) {
      rest = s.substring(2);
    } else {
      return "";
    }
    int end = indexOfAny(rest, '/', '?');
    int hash = rest.indexOf('#');
    if (hash >= 0 && (end < 0 || hash < end)) {
      end = hash;
    }
    String authority = end < 0 ? rest : rest.substring(0, end);
    String host = hostOf(authority);
    int colon = host.lastIndexOf(':');
    if (colon >= 0 && host.indexOf(']') < colon) {
      host = host.substring(0, colon);
    }
    return host;
  }

  private static boolean isScheme(String s, int end) {
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      boolean ok = Character.isLetter(c) || (i > 0 && (Character.isDigit(c) || c == '+' || c == '-' || c == '.'));
      if (!ok || c > 127) {
        return false;
      }
    }
    return true;
  }

  private static int indexOfAny(String s, char a, char b) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == a || c == b) {
        return i;
      }
    }
    return -1;
  }
}
