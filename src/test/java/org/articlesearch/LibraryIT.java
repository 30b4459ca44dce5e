package org.articlesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * article-search as a library, the way another project gets it: the built jar and pom installed
 * into a fresh local repository, and a separate Maven project whose only dependency is the README's
 * coordinates and whose only source is the README's example class, copied from README.md here so the
 * two cannot drift. It must compile, run and print what the README says, and its classpath must hold
 * nothing of the server, the CLI or the bench.
 *
 * <p>The new project's local repository is a temporary folder. It finds what this build already has in
 * this build's own local repository, given to it as a {@code file://} repository ahead of Maven Central,
 * and only what this build never needed (a plugin or two on a fresh machine) comes from Maven Central.
 */
class LibraryIT {
    private static final Path LIBRARY_JAR = Path.of(System.getProperty("project.library.jar", "target/article-search-0.1.0-SNAPSHOT.jar"));
    private static final Path POM = Path.of(System.getProperty("project.pom", "pom.xml"));
    private static final Path README = Path.of(System.getProperty("project.readme", "README.md"));
    private static final Path LOCAL_REPOSITORY = Path.of(System.getProperty("maven.local.repository",
            System.getProperty("user.home") + "/.m2/repository"));
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

    /** Group ids of the server's, the CLI's and the bench's dependencies. */
    private static final List<String> NOT_FOR_A_LIBRARY = List.of("io.javalin", "org.eclipse.jetty", "info.picocli", "me.tongfei",
            "org.jline", "org.slf4j", "org.jetbrains.kotlin", "jakarta.servlet");

    @TempDir
    Path dir;

    record Run(int exit, String out) {
    }

    @Test
    void theReadmeExampleBuildsAndRunsInAProjectThatDependsOnlyOnTheLibrary() throws Exception {
        String readme = Files.readString(README);
        String section = section(readme, "## Use it as a library");
        String dependency = block(section, "xml");
        String example = block(section, "java");
        String pkg = match(example, "(?m)^package\\s+([\\w.]+);");
        String cls = match(example, "(?m)^public\\s+(?:final\\s+)?class\\s+(\\w+)");
        assertTrue(dependency.contains("<artifactId>article-search</artifactId>"), dependency);

        Path repository = dir.resolve("repository");
        Path settings = dir.resolve("settings.xml");
        // This build's local repository first, as a file repository, so what the build already has is not
        // downloaded again; Maven Central after it, for the plugins the example's build needs and this one
        // did not (a fresh CI machine has only what this build fetched).
        Files.writeString(settings, """
                <settings>
                  <localRepository>%s</localRepository>
                  <profiles>
                    <profile>
                      <id>this-build</id>
                      <repositories>
                        <repository><id>this-build</id><url>%s</url></repository>
                      </repositories>
                      <pluginRepositories>
                        <pluginRepository><id>this-build</id><url>%s</url></pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles><activeProfile>this-build</activeProfile></activeProfiles>
                </settings>
                """.formatted(repository, LOCAL_REPOSITORY.toUri(), LOCAL_REPOSITORY.toUri()));

        // What `mvn install` installs: the library jar (not the runnable one) with the project's pom.
        assertTrue(Files.isRegularFile(LIBRARY_JAR), "the library jar was built: " + LIBRARY_JAR);
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(LIBRARY_JAR.toFile())) {
            assertTrue(jar.stream().noneMatch(e -> e.getName().startsWith("org/articlesearch/bench/")), "the bench is not in the library jar");
            assertTrue(jar.getEntry("org/articlesearch/ArticleSearch.class") != null && jar.getEntry("module-info.class") != null,
                    "the facade and its module descriptor are");
        }
        Run installed = maven(dir, settings, "org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file",
                "-Dfile=" + LIBRARY_JAR.toAbsolutePath(), "-DpomFile=" + POM.toAbsolutePath());
        assertEquals(0, installed.exit(), installed.out());

        Path project = dir.resolve("uses-article-search");
        Path source = project.resolve("src/main/java").resolve(pkg.replace('.', '/')).resolve(cls + ".java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, example);
        Files.writeString(project.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>example</groupId>
                  <artifactId>uses-article-search</artifactId>
                  <version>1</version>
                  <properties>
                    <maven.compiler.release>21</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <dependencies>
                %s
                  </dependencies>
                  <build>
                    <plugins>
                      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
                      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.14.1</version></plugin>
                      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-dependency-plugin</artifactId><version>3.9.0</version></plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(dependency));

        Run built = maven(project, settings, "compile", "dependency:build-classpath", "-Dmdep.outputFile=classpath.txt",
                "dependency:tree", "-DoutputFile=tree.txt");
        assertEquals(0, built.exit(), built.out());
        String tree = Files.readString(project.resolve("tree.txt"));
        List<String> classpath = Arrays.asList(Files.readString(project.resolve("classpath.txt")).strip().split(File.pathSeparator));

        assertTrue(tree.contains("org.articlesearch:article-search:jar:0.1.0-SNAPSHOT:compile"), tree);
        assertTrue(tree.contains("org.apache.lucene:lucene-core"), tree);
        assertTrue(tree.contains("org.jsoup:jsoup"), tree);
        for (String group : NOT_FOR_A_LIBRARY) {
            assertFalse(tree.contains(group), group + " is not for a library:\n" + tree);
            String path = "/" + group.replace('.', '/') + "/";
            assertTrue(classpath.stream().noneMatch(jar -> jar.replace(File.separatorChar, '/').contains(path)),
                    group + " on the classpath: " + classpath);
        }
        assertTrue(classpath.size() <= 12, "a handful of jars, not the server's 50: " + classpath);

        List<String> command = new ArrayList<>(List.of(JAVA, "--enable-native-access=ALL-UNNAMED", "-cp",
                project.resolve("target/classes") + File.pathSeparator + String.join(File.pathSeparator, classpath),
                pkg + "." + cls));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the example finished");
        assertEquals(0, p.exitValue(), out);
        // The README's comments say what it prints.
        assertEquals(List.of("Ana Ruiz: It was a perfect countdown", "3 documents", "0 hits after delete"), out.lines().toList());
        assertEquals(commentedOutput(example), out.lines().toList(), "the README's comments give the output");

        // The same class in a module of its own, on the module path: it compiles against the two exported
        // packages and runs alike; a class that reaches into the engine does not compile.
        Path modules = dir.resolve("as-module");
        Path moduleSource = modules.resolve("src").resolve(pkg.replace('.', '/')).resolve(cls + ".java");
        Files.createDirectories(moduleSource.getParent());
        Files.writeString(moduleSource, example);
        Path moduleInfo = Files.writeString(modules.resolve("src/module-info.java"), "module example.app { requires org.articlesearch; }\n");
        String modulePath = String.join(File.pathSeparator, classpath);
        Run compiled = javac(modules.resolve("classes"), modulePath, moduleInfo, moduleSource);
        assertEquals(0, compiled.exit(), compiled.out());
        Process m = new ProcessBuilder(JAVA, "--enable-native-access=ALL-UNNAMED", "--module-path",
                modules.resolve("classes") + File.pathSeparator + modulePath, "-m", "example.app/" + pkg + "." + cls)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        m.getOutputStream().close();
        String moduleOut = new String(m.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(m.waitFor(120, TimeUnit.SECONDS), "the example finished on the module path");
        assertEquals(0, m.exitValue(), moduleOut);
        assertEquals(out.lines().toList(), moduleOut.lines().toList(), "the same output on the module path");

        Path inside = Files.writeString(moduleSource.resolveSibling("ReachesInside.java"), "package " + pkg + ";\n"
                + "class ReachesInside { org.articlesearch.search.PassageSearcher searcher; }\n");
        Run refused = javac(modules.resolve("refused"), modulePath, moduleInfo, moduleSource, inside);
        assertTrue(refused.exit() != 0, "the engine's packages are not exported: " + refused.out());
        assertTrue(refused.out().contains("org.articlesearch.search") && refused.out().contains("does not export"), refused.out());
    }

    /** Compiles {@code sources} as a module against the jars of {@code modulePath}, with the JDK running the tests. */
    private static Run javac(Path out, String modulePath, Path... sources) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "-d", out.toString(), "--module-path", modulePath));
        for (Path s : sources) command.add(s.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "javac finished");
        return new Run(p.exitValue(), text);
    }

    /** The text of the section that starts with {@code heading}, up to the next "## ". */
    private static String section(String markdown, String heading) {
        int start = markdown.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "README has a section " + heading);
        int end = markdown.indexOf("\n## ", start + 1);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    /** The only fenced code block of {@code language} in {@code text}. */
    private static String block(String text, String language) {
        Matcher m = Pattern.compile("(?ms)^```" + language + "\\n(.*?)^```$").matcher(text);
        assertTrue(m.find(), "a ```" + language + " block");
        String code = m.group(1);
        assertFalse(m.find(), "only one ```" + language + " block");
        return code;
    }

    private static String match(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex + " in\n" + text);
        return m.group(1);
    }

    /** The {@code // …} comments of the example's println lines: what it says it prints. */
    private static List<String> commentedOutput(String example) {
        return example.lines().filter(l -> l.contains("System.out.println")).map(l -> l.replaceFirst(".*//\\s*", "").strip()).toList();
    }

    /** Runs this build's Maven on the JDK running the tests (21+, which the example needs), batch mode. */
    private static Run maven(Path workDir, Path settings, String... args) throws IOException, InterruptedException {
        String home = System.getProperty("maven.home");
        Path mvn = home == null ? Path.of("mvn") : Path.of(home, "bin", "mvn");
        List<String> command = new ArrayList<>(List.of(mvn.toString(), "-B", "-q", "-s", settings.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().remove("MAVEN_ARGS");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "mvn " + String.join(" ", args) + " finished");
        return new Run(p.exitValue(), out);
    }
}
