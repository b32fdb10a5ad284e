package org.newsbeam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.beans.Introspector;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HelpTest {
  @Test
  void everyNewsbeamOptionIsInTheGroupedHelp() {
    Set<String> listed = Help.RUN_GROUPS.stream().flatMap(g -> g.options().stream()).map(Help.Option::name)
        .collect(Collectors.toSet());
    for (Method m : NewsbeamOptions.class.getDeclaredMethods()) {
      if (m.getName().startsWith("get")) {
        String option = Introspector.decapitalize(m.getName().substring(3));
        assertTrue(listed.contains(option), "--" + option + " is missing from the help");
      }
    }
  }

  @Test
  void helpGroupsNewsbeamOptionsBeforeTheRunnersAndListsFlinks() {
    String text = print(Help::printRun);
    assertTrue(text.indexOf("--input=") < text.indexOf("--runner="), text);
    assertTrue(text.contains("--flinkMaster=") && text.contains("--parallelism="), text);
    assertTrue(text.lines().count() < 45, "help fits on one screen: " + text.lines().count() + " lines");
  }

  @Test
  void commandsAnswerHelpWithTheirUsageAndExitZero() {
    for (String command : new String[] {"extract", "evaluate", "generate"}) {
      PrintStream old = System.out;
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      int code;
      try {
        code = Main.run(new String[] {command, "--help"});
      } finally {
        System.setOut(old);
      }
      assertEquals(0, code, command);
      assertTrue(buf.toString(StandardCharsets.UTF_8).startsWith("usage: java -jar newsbeam.jar " + command), buf.toString());
    }
  }

  @Test
  void oneOfBeamsInterfacesIsPrintedInFull() {
    String text = print(out -> Help.printInterface("FlinkPipelineOptions", out));
    assertTrue(text.contains("--flinkMaster"), text);
  }

  private static String print(java.util.function.Consumer<PrintStream> f) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    f.accept(new PrintStream(buf, true, StandardCharsets.UTF_8));
    return buf.toString(StandardCharsets.UTF_8);
  }
}
