package org.sepakat.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Native SQL is invisible to imports, so the tables a component's SQL names are checked in the
 * sources: every string literal and text block of the main code, each file belonging to the
 * component of its package, and the SQL of every Liquibase changeSet (its sql, createView and
 * where blocks), each changeSet belonging to the component its id names or else to the owner of
 * the tables it changes. A component names only its own tables and the views others publish
 * ({@code <prefix>_<table>_pub}, created in db/changelog/014-published-views.xml by a changeSet whose
 * id names the owner, and not dropped since) and the few {@link #OPEN} tables. JPA mapping
 * annotations are literals too, so an entity mapped onto another component's table is caught as well. Table names split across concatenated literals would escape it; the code keeps
 * each name whole.
 */
class SqlOwnershipTest {

    /** Which component owns a table, by the start of its name: the one place this mapping is kept. */
    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("party_", "party"),
            Map.entry("sl_", "servicelevel"),
            Map.entry("sd_", "servicedata"),
            Map.entry("rv_", "measurement"),
            Map.entry("imp_", "improvement"),
            Map.entry("nt_", "notification"),
            Map.entry("sc_", "schedule"),
            Map.entry("si_", "signin"),
            Map.entry("sup_", "supplier"),
            Map.entry("rsk_", "risk"),
            Map.entry("shared_", "shared"),
            Map.entry("sepakat_ids", "shared"));

    /**
     * Tables every component may name, like the shared persistence kernel they belong to: the id
     * generator's table that each entity's {@code @TableGenerator} names.
     */
    static final Set<String> OPEN = Set.of("sepakat_ids");

    /**
     * Applied changeSets that name another component's table, by id, with the tables they may
     * name. Their checksums forbid editing them, and they ran once, at an upgrade, on the data as it
     * stood then; a new changeSet gets no entry here but reads through a published view.
     */
    static final Map<String, Set<String>> HISTORICAL = Map.of(
            // issue 10 §4 (changelog 012): the improvements raised by reviews before then were given the
            // customer of the report that raised them, read from the review's own table once; every
            // improvement raised since carries its customer from Improvements.raise
            "012-improvement-customer", Set.of("rv_period_report"));

    private static final String PUBLISHED = "_pub";
    private static final String FIXTURE_CHANGELOG = "org/sepakat/architecture/fixture/sql/changelog.xml";
    private static final Path MAIN = Path.of("src/main/java/org/sepakat");
    private static final Path FIXTURE = Path.of("src/test/java/org/sepakat/architecture/fixture/sql");
    private static final Path CHANGELOG = Path.of("src/main/resources/db/changelog");
    private static final Pattern NAME = Pattern.compile("\\b[a-z][a-z0-9]*_[a-z0-9_]+\\b");
    private static final Pattern TABLE = Pattern.compile("tableName=\"([a-z0-9_]+)\"");
    private static final Pattern VIEW = Pattern.compile(
            "<changeSet id=\"[^\"]*-([a-z]+)-publishes-[a-z0-9_]+\"[^>]*>\\s*<createView viewName=\"([a-z0-9_]+)\"");
    private static final Pattern DROPPED_VIEW = Pattern.compile("<dropView viewName=\"([a-z0-9_]+)\"");

    @Test
    @DisplayName("No component's SQL names another component's table; views it reads are published by their owner")
    void sqlNamesOnlyOwnTablesAndPublishedViews() {
        assertThat(violations(MAIN)).isEmpty();
    }

    @Test
    @DisplayName(
            "The check finds a foreign table, a foreign lock, an unpublished and a withdrawn view, and passes own tables, published views and comments")
    void fixtureBreaksTheRule() {
        assertThat(violations(FIXTURE))
                .containsExactlyInAnyOrder(
                        "measurement/ForeignSql.java: sd_ticket belongs to servicedata",
                        "measurement/ForeignSql.java: sl_agreement belongs to servicelevel",
                        "measurement/ForeignSql.java: sd_invented_pub is not a view published by servicedata",
                        "measurement/ForeignSql.java: sl_agreed_service_pub is not a view published by servicelevel");
    }

    @Test
    @DisplayName("No changeSet's SQL names another component's table, but for the historical migrations listed")
    void changelogSqlNamesOnlyOwnTablesAndPublishedViews() {
        List<Changelogs.ChangeSet> changeSets = Changelogs.read(Changelogs.MAIN);

        assertThat(changelogViolations(changeSets, HISTORICAL)).isEmpty();
        assertThat(changelogViolations(changeSets, Map.of()))
                .as("the historical entry is still needed")
                .containsExactly("db/changelog/012-customer-scope.xml#012-improvement-customer (improvement): "
                        + "rv_period_report belongs to measurement");
        assertThat(changeSets).extracting(Changelogs.ChangeSet::id).containsAll(HISTORICAL.keySet());
    }

    @Test
    @DisplayName(
            "The changelog check finds a foreign table in sql and in a where clause, an unpublished view and SQL of "
                    + "no or several owners, and passes own tables and published views")
    void changelogFixtureBreaksTheRule() {
        assertThat(changelogViolations(Changelogs.read(FIXTURE_CHANGELOG), Map.of()))
                .containsExactlyInAnyOrder(
                        FIXTURE_CHANGELOG
                                + "#fx-improvement-reads-reports (improvement): rv_period_report belongs to measurement",
                        FIXTURE_CHANGELOG + "#fx-update-where (servicedata): sl_agreement belongs to servicelevel",
                        FIXTURE_CHANGELOG
                                + "#fx-improvement-reads-unpublished-view (improvement): sd_invented_pub is not a view "
                                + "published by servicedata",
                        FIXTURE_CHANGELOG + "#fx-mixed (improvement, servicedata): cannot tell whose SQL this is",
                        FIXTURE_CHANGELOG + "#fx-anonymous (): cannot tell whose SQL this is");
    }

    @Test
    @DisplayName("Every table of the changelogs has an owner, and the SQL scan finds the measurement engine's reads")
    void everyTableHasAnOwner() throws IOException {
        Set<String> unowned = new TreeSet<>();
        for (Path file : files(CHANGELOG, ".xml")) {
            Matcher table = TABLE.matcher(Files.readString(file));
            while (table.find()) {
                if (owner(table.group(1)).isEmpty()) {
                    unowned.add(table.group(1));
                }
            }
        }
        assertThat(unowned).isEmpty();
        assertThat(namesBy(MAIN).get("measurement"))
                .contains("sd_ticket_pub", "sl_agreement_pub", "rv_run_item", "rv_run_service", "rv_run_category");
    }

    /**
     * What the SQL of these changeSets names of other components' tables, less what {@code allowed}
     * lets a changeSet (by id) name.
     */
    static List<String> changelogViolations(List<Changelogs.ChangeSet> changeSets, Map<String, Set<String>> allowed) {
        Map<String, String> views = publishedViews();
        List<String> found = new ArrayList<>();
        for (Changelogs.ChangeSet changeSet : changeSets) {
            Set<String> names = new TreeSet<>();
            changeSet.sql().forEach(sql -> names.addAll(tableNames(sql)));
            if (names.isEmpty()) {
                continue;
            }
            Set<String> components = components(changeSet);
            String where = changeSet.file() + "#" + changeSet.id() + " (" + String.join(", ", components) + "): ";
            if (components.size() != 1) {
                found.add(where + "cannot tell whose SQL this is");
                continue;
            }
            String component = components.iterator().next();
            for (String name : names) {
                Optional<String> owner = owner(name);
                if (owner.isEmpty()
                        || owner.get().equals(component)
                        || OPEN.contains(name)
                        || allowed.getOrDefault(changeSet.id(), Set.of()).contains(name)) {
                    continue;
                }
                if (!name.endsWith(PUBLISHED)) {
                    found.add(where + name + " belongs to " + owner.get());
                } else if (!owner.get().equals(views.get(name))) {
                    found.add(where + name + " is not a view published by " + owner.get());
                }
            }
        }
        return found;
    }

    /** The component a changeSet's id names, or else the owners of the tables and views it changes. */
    private static Set<String> components(Changelogs.ChangeSet changeSet) {
        Set<String> named = new TreeSet<>();
        for (String part : changeSet.id().split("-")) {
            if (OWNERS.containsValue(part)) {
                named.add(part);
            }
        }
        if (!named.isEmpty()) {
            return named;
        }
        Set<String> owners = new TreeSet<>();
        changeSet.tables().forEach(table -> owner(table).ifPresent(owners::add));
        changeSet
                .changes("createView")
                .forEach(view -> owner(view.getAttribute("viewName")).ifPresent(owners::add));
        return owners;
    }

    static List<String> violations(Path root) {
        Map<String, String> views = publishedViews();
        List<String> found = new ArrayList<>();
        for (Path file : files(root, ".java")) {
            if (root.relativize(file).getNameCount() < 2) {
                continue;
            }
            String component = root.relativize(file).getName(0).toString();
            for (String name : names(read(file))) {
                Optional<String> owner = owner(name);
                if (owner.isEmpty() || owner.get().equals(component) || OPEN.contains(name)) {
                    continue;
                }
                String where = root.relativize(file).toString().replace('\\', '/') + ": " + name;
                if (!name.endsWith(PUBLISHED)) {
                    found.add(where + " belongs to " + owner.get());
                } else if (!owner.get().equals(views.get(name))) {
                    found.add(where + " is not a view published by " + owner.get());
                }
            }
        }
        return found;
    }

    private static Map<String, Set<String>> namesBy(Path root) {
        Map<String, Set<String>> byComponent = new TreeMap<>();
        for (Path file : files(root, ".java")) {
            byComponent
                    .computeIfAbsent(root.relativize(file).getName(0).toString(), c -> new TreeSet<>())
                    .addAll(names(read(file)));
        }
        return byComponent;
    }

    static Optional<String> owner(String name) {
        return OWNERS.entrySet().stream()
                .filter(prefix -> name.startsWith(prefix.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** Published view → owner, from the changeSets that create them, less the views a later changeSet drops. */
    private static Map<String, String> publishedViews() {
        Map<String, String> views = new TreeMap<>();
        Set<String> dropped = new TreeSet<>();
        for (Path file : files(CHANGELOG, ".xml")) {
            Matcher view = VIEW.matcher(read(file));
            while (view.find()) {
                views.put(view.group(2), view.group(1));
            }
            Matcher drop = DROPPED_VIEW.matcher(read(file));
            while (drop.find()) {
                dropped.add(drop.group(1));
            }
        }
        views.keySet().removeAll(dropped);
        return views;
    }

    /** The names in string literals and text blocks that look like table names. */
    static Set<String> names(String source) {
        Set<String> names = new TreeSet<>();
        JavaLiterals.of(source).forEach(literal -> names.addAll(tableNames(literal)));
        return names;
    }

    private static Set<String> tableNames(String text) {
        Set<String> names = new TreeSet<>();
        Matcher name = NAME.matcher(text);
        while (name.find()) {
            names.add(name.group());
        }
        return names;
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
