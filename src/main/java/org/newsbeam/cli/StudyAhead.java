package org.newsbeam.cli;

import java.nio.file.Paths;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.newsbeam.study.PackedStudy;
import org.newsbeam.study.Study;
import org.newsbeam.study.StudyLoader;
import org.newsbeam.study.StudyOrigin;

/**
 * The run's study, loaded, hashed and packed on a second thread while Beam's options start up on
 * the first: both take a few tenths of a second of a one-article run, and the second core is idle
 * then. Errors come out where the run asks for the study, as if it had been loaded there.
 */
final class StudyAhead {
  /** A study with where it came from and the hash of its files. */
  record Loaded(StudyOrigin origin, Study study, String sha256) {}

  private final String pipeline;
  private final CompletableFuture<Loaded> loaded;

  private StudyAhead(String pipeline, CompletableFuture<Loaded> loaded) {
    this.pipeline = pipeline;
    this.loaded = loaded;
  }

  /** Starts loading the study that {@code --pipeline} names (the options' default without it). */
  static StudyAhead start(String[] args, String defaultPipeline) {
    String pipeline = OptionChecks.lastValue(args, "pipeline", defaultPipeline);
    CompletableFuture<Loaded> f = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        f.complete(load(pipeline));
      } catch (Throwable e) {
        f.completeExceptionally(e);
      }
    }, "newsbeam-study");
    t.setDaemon(true);
    t.start();
    return new StudyAhead(pipeline, f);
  }

  /** The study the options name: the one loaded ahead when it is that one, else loaded now. */
  static Loaded get(StudyAhead ahead, String pipeline) {
    if (ahead == null || !ahead.pipeline.equals(pipeline)) {
      return load(pipeline);
    }
    try {
      return ahead.loaded.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  static Loaded load(String pipeline) {
    StudyOrigin origin = StudyLoader.locate(pipeline, Paths.get(""));
    Study study = StudyLoader.load(origin);
    String sha256 = origin.sha256();
    PackedStudy.of(study); // the steps that carry it pack it again: then from memory
    return new Loaded(origin, study, sha256);
  }
}
