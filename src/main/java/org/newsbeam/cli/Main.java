package org.newsbeam.cli;

/** Entry point of the newsbeam jar. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    System.out.println("newsbeam: under construction");
  }
}
