package org.articlesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers, checked on the compiled classes: the engine (ingest, split, index, search, and the facade
 * package over them) never reaches up into the server, the CLI or the bench, nor into the libraries only
 * they use, which a project depending on article-search does not get (pom.xml marks them optional); and
 * the facade's public methods speak only in the facade's own types and a short list of records.
 */
class LayeringTest {
    private static final String ROOT = "org/articlesearch/";

    /** The engine, bottom up: each layer may use itself and those before it. */
    private static final List<String> ENGINE = List.of("model", "ingest", "split", "index", "search", "solr", "");

    /** What only the server, the CLI and the bench use (optional dependencies, see pom.xml). */
    private static final List<String> APPLICATION_ONLY = List.of("org/articlesearch/server/", "org/articlesearch/cli/",
            "org/articlesearch/bench/", "io/javalin/", "org/eclipse/jetty/", "picocli/", "me/tongfei/", "org/jline/", "org/slf4j/",
            "kotlin/");

    /** References the rules forbid but the code still makes, "from -> to"; to be removed, not added to. */
    private static final Set<String> KNOWN_EXCEPTIONS = Set.of();

    /**
     * The API: every public type of the two packages module-info.java exports, named here so that
     * growing it is a decision. The facade's methods take and return only these and the JDK's.
     */
    private static final List<String> API = List.of("ArticleSearch", "ArticleView", "IndexStats", "Rebuild", "RebuildOptions",
            "RebuildOptions$Progress", "RebuildSummary", "SpeakerCount", "model.AlsoIn", "model.Article", "model.Block", "model.BlockKind",
            "model.Facets", "model.Hit", "model.Passage", "model.PassageType", "model.SearchRequest", "model.SearchResult",
            "model.SearchUnavailableException", "model.SkippedInput", "model.SortOrder");

    private static final Set<Class<?>> FACADE_TYPES = API.stream().map(LayeringTest::apiClass).collect(java.util.stream.Collectors.toSet());

    private static Class<?> apiClass(String name) {
        try {
            return Class.forName("org.articlesearch." + name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the API names a type that does not exist: " + name, e);
        }
    }

    @Test
    void theModuleExportsTheFacadeAndTheModelAndTheyHoldOnlyTheApi() throws IOException {
        java.lang.module.ModuleDescriptor module;
        try (var in = Files.newInputStream(classesDir().resolve("module-info.class"))) {
            module = java.lang.module.ModuleDescriptor.read(in);
        }
        assertEquals("org.articlesearch", module.name());
        assertEquals(Set.of("org.articlesearch", "org.articlesearch.model"),
                module.exports().stream().map(java.lang.module.ModuleDescriptor.Exports::source).collect(java.util.stream.Collectors.toSet()));
        assertTrue(module.exports().stream().noneMatch(java.lang.module.ModuleDescriptor.Exports::isQualified), module.exports().toString());
        assertTrue(module.opens().stream().allMatch(java.lang.module.ModuleDescriptor.Opens::isQualified), "nothing opened to everyone: " + module.opens());
        List<String> publicTypes = new ArrayList<>();
        for (String pkg : List.of("", "model/")) {
            try (Stream<Path> files = Files.list(classesDir().resolve(ROOT + pkg))) {
                for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = pkg.replace('/', '.') + f.getFileName().toString().replaceFirst("\\.class$", "");
                    if (name.endsWith("module-info") || name.endsWith("package-info")) continue;
                    Class<?> c = apiClass(name);
                    boolean visible = true;
                    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) visible &= Modifier.isPublic(k.getModifiers());
                    if (visible && !c.isAnonymousClass() && !c.isSynthetic()) publicTypes.add(name);
                }
            }
        }
        assertEquals(API.stream().sorted().toList(), publicTypes.stream().sorted().toList(),
                "the public types of the exported packages are the API listed here");
    }

    private static Path classesDir() {
        try {
            return Path.of(ArticleSearch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theEngineNeverUsesTheServerTheCliTheBenchOrTheirLibraries() throws IOException {
        Map<String, Set<String>> references = references();
        assertTrue(references.size() > 50, "the compiled classes were found: " + references.keySet());
        List<String> violations = new ArrayList<>();
        references.forEach((from, tos) -> {
            int layer = ENGINE.indexOf(packageOf(from));
            if (layer < 0) return; // server, cli, bench: the top, free to use the engine and each other
            for (String to : tos) {
                String forbidden = null;
                for (String app : APPLICATION_ONLY) {
                    if (to.startsWith(app)) forbidden = "uses " + app;
                }
                int toLayer = to.startsWith(ROOT) ? ENGINE.indexOf(packageOf(to)) : -1;
                if (toLayer > layer) forbidden = "reaches up from " + name(ENGINE.get(layer)) + " into " + name(ENGINE.get(toLayer));
                String edge = dotted(from) + " -> " + dotted(to);
                if (forbidden != null && !KNOWN_EXCEPTIONS.contains(edge)) violations.add(edge + " (" + forbidden + ")");
            }
        });
        assertEquals(List.of(), violations);
    }

    @Test
    void theFacadeTakesAndReturnsOnlyItsOwnTypesAndTheJdks() {
        List<String> violations = new ArrayList<>();
        for (Class<?> facade : List.of(ArticleSearch.class, Rebuild.class)) {
            List<Executable> members = new ArrayList<>();
            for (Method m : facade.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) members.add(m);
            }
            for (Constructor<?> c : facade.getDeclaredConstructors()) {
                if (Modifier.isPublic(c.getModifiers())) members.add(c);
            }
            for (Executable member : members) {
                List<Type> types = new ArrayList<>(List.of(member.getGenericParameterTypes()));
                types.addAll(List.of(member.getGenericExceptionTypes()));
                if (member instanceof Method m) types.add(m.getGenericReturnType());
                for (Type type : types) {
                    for (Class<?> used : classesIn(type)) {
                        if (!allowed(used)) violations.add(facade.getSimpleName() + "." + member.getName() + " uses " + used.getName());
                    }
                }
            }
            for (Field f : facade.getDeclaredFields()) {
                if (!Modifier.isPublic(f.getModifiers())) continue;
                for (Class<?> used : classesIn(f.getGenericType())) {
                    if (!allowed(used)) violations.add(facade.getSimpleName() + "." + f.getName() + " uses " + used.getName());
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theFacadesTypesShowOnlyFacadeTypesInTheirOwnPublicSignatures() {
        List<String> violations = new ArrayList<>();
        Set<Class<?>> seen = new java.util.HashSet<>();
        java.util.ArrayDeque<Class<?>> todo = new java.util.ArrayDeque<>(FACADE_TYPES);
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!seen.add(type)) continue;
            List<Type> used = new ArrayList<>();
            for (Method m : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || m.isBridge()) continue;
                used.add(m.getGenericReturnType());
                used.addAll(List.of(m.getGenericParameterTypes()));
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (Modifier.isPublic(c.getModifiers())) used.addAll(List.of(c.getGenericParameterTypes()));
            }
            for (Field f : type.getDeclaredFields()) {
                if (Modifier.isPublic(f.getModifiers())) used.add(f.getGenericType());
            }
            for (Type t : used) {
                for (Class<?> c : classesIn(t)) {
                    if (!allowed(c) && c != type) violations.add(type.getName() + " shows " + c.getName());
                }
            }
        }
        assertEquals(List.of(), violations.stream().distinct().toList());
    }

    /** Names {@code ServerOptions} only in a method descriptor and {@code ApiError} only in a generic signature. */
    interface OnlyInSignatures {
        void take(org.articlesearch.server.ServerOptions options);

        List<org.articlesearch.server.ApiError> errors();
    }

    @Test
    void theReaderSeesTypesNamedOnlyInDescriptorsAndSignatures() throws IOException {
        byte[] bytes;
        try (var in = LayeringTest.class.getResourceAsStream("LayeringTest$OnlyInSignatures.class")) {
            bytes = in.readAllBytes();
        }
        Set<String> refs = referencedClasses(bytes);
        assertTrue(refs.contains("org/articlesearch/server/ServerOptions"), refs.toString());
        assertTrue(refs.contains("org/articlesearch/server/ApiError"), refs.toString());
        assertTrue(references().get("org/articlesearch/cli/SearchCommand").contains("org/articlesearch/server/JsonWriter"),
                "a reference it must find, which the rules allow (the CLI is above the server)");
    }

    private static boolean allowed(Class<?> type) {
        if (type.isPrimitive() || FACADE_TYPES.contains(type)) return true;
        String name = type.getName();
        return name.startsWith("java.");
    }

    /** The classes a generic type names: the raw type, its arguments, bounds and components. */
    private static Set<Class<?>> classesIn(Type type) {
        Set<Class<?>> found = new java.util.LinkedHashSet<>();
        collect(type, found);
        return found;
    }

    private static void collect(Type type, Set<Class<?>> found) {
        switch (type) {
            case Class<?> c when c.isArray() -> collect(c.getComponentType(), found);
            case Class<?> c -> found.add(c);
            case ParameterizedType p -> {
                collect(p.getRawType(), found);
                for (Type a : p.getActualTypeArguments()) collect(a, found);
            }
            case GenericArrayType g -> collect(g.getGenericComponentType(), found);
            case WildcardType w -> {
                for (Type b : w.getUpperBounds()) collect(b, found);
                for (Type b : w.getLowerBounds()) collect(b, found);
            }
            case TypeVariable<?> v -> {
                for (Type b : v.getBounds()) collect(b, found);
            }
            default -> throw new IllegalArgumentException(type.toString());
        }
    }

    // --- Reading the compiled classes ---

    private static Map<String, Set<String>> cached;

    /** Every main class (internal name, nested classes under their top-level class) and what it references. */
    static synchronized Map<String, Set<String>> references() throws IOException {
        if (cached != null) return cached;
        Path classes;
        try {
            classes = Path.of(ArticleSearch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        assertTrue(Files.isDirectory(classes.resolve(ROOT)), "compiled classes in " + classes);
        Map<String, Set<String>> refs = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/').replaceFirst("\\.class$", "");
                if (name.endsWith("module-info") || name.endsWith("package-info")) continue;
                String top = name.replaceFirst("\\$.*", "");
                Set<String> to = refs.computeIfAbsent(top, k -> new TreeSet<>());
                for (String r : referencedClasses(Files.readAllBytes(file))) {
                    String rTop = r.replaceFirst("\\$.*", "");
                    if (!rTop.equals(top)) to.add(rTop);
                }
            }
        }
        cached = refs;
        return refs;
    }

    private static final Pattern DESCRIPTOR_CLASS = Pattern.compile("L([\\w/$]+)[;<]");

    /**
     * The classes a class file's constant pool names: its CONSTANT_Class entries, and the types in its
     * field and method descriptors and generic signatures (CONSTANT_Utf8 entries of the form {@code Lpkg/Name;}),
     * which name types even where no class constant does.
     */
    static Set<String> referencedClasses(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) throw new IOException("not a class file");
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        List<Integer> classNames = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNames.add(in.readUnsignedShort());
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++; // takes two entries
                }
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag + " at " + i);
            }
        }
        Set<String> names = new TreeSet<>();
        for (int index : classNames) {
            String name = utf8[index];
            if (name.startsWith("[")) {
                Matcher m = DESCRIPTOR_CLASS.matcher(name);
                while (m.find()) names.add(m.group(1));
            } else {
                names.add(name);
            }
        }
        for (String s : utf8) {
            if (s == null || !(s.startsWith("(") || s.startsWith("L") || s.startsWith("[") || s.startsWith("<"))) continue;
            Matcher m = DESCRIPTOR_CLASS.matcher(s);
            while (m.find()) names.add(m.group(1));
        }
        return names;
    }

    private static String packageOf(String internalName) {
        if (!internalName.startsWith(ROOT)) return null;
        String rest = internalName.substring(ROOT.length());
        int slash = rest.lastIndexOf('/');
        return slash < 0 ? "" : rest.substring(0, slash);
    }

    private static String name(String layer) {
        return layer.isEmpty() ? "the facade" : layer;
    }

    private static String dotted(String internalName) {
        return internalName.replace('/', '.');
    }
}
