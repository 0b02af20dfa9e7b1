package org.sepakat.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.architecture.Changelogs;
import org.sepakat.shared.persistence.fixture.Gadget;
import org.sepakat.shared.persistence.fixture.GadgetInserts;
import org.sepakat.shared.persistence.fixture.ScratchInserts;

/**
 * Every bulk insert writes a table of the entity it names, and exactly the columns that entity's
 * JPA mapping writes (less those it declares a new row leaves empty): a column renamed in the
 * entity and not in the list, or the reverse, fails here rather than in a review run. A working
 * table no entity maps is held the same way to the columns its Liquibase changelogs leave it.
 */
class BulkTablesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sepakat");

    private static final String FIXTURE_CHANGELOG = "org/sepakat/shared/persistence/fixture/changelog.xml";

    @Test
    @DisplayName("Every bulk table of the application matches the mapping of the entity it names, or its changelogs")
    void everyBulkTableMatchesItsMapping() {
        Found found = found(MAIN);
        Map<String, Set<String>> defined = Changelogs.tables(Changelogs.read(Changelogs.MAIN));

        assertThat(found.problems()).isEmpty();
        assertThat(found.tables())
                .extracting(BulkTable::table)
                .containsExactlyInAnyOrder(
                        "rv_period_report",
                        "rv_target_result",
                        "rv_limit_result",
                        "rv_exclusion",
                        "imp_opportunity",
                        "nt_notification",
                        "shared_history",
                        "rv_run_item",
                        "rv_run_service",
                        "rv_run_category",
                        "rv_timeline_slot",
                        "sd_ticket_version",
                        "sd_ticket_pause_version",
                        "sd_outage_version",
                        "sd_kpi_value_version");
        assertThat(found.tables())
                .allSatisfy(table -> assertThat(problems(table, defined))
                        .as(table.toString())
                        .isEmpty());
    }

    @Test
    @DisplayName("A working table drifting from its changelogs (a column renamed or added there) is reported")
    void workingTableDriftIsReported() {
        Map<String, Set<String>> defined = Changelogs.tables(Changelogs.read(FIXTURE_CHANGELOG));

        assertThat(defined).containsEntry("fx_scratch", Set.of("id", "alpha", "beta"));
        assertThat(problems(ScratchInserts.MATCHING, defined)).isEmpty();
        assertThat(problems(ScratchInserts.BEFORE_RENAME, defined))
                .anyMatch(p -> p.contains("writes a,"))
                .anyMatch(p -> p.contains("neither writes alpha"));
        assertThat(problems(ScratchInserts.UNDEFINED, defined))
                .singleElement()
                .asString()
                .contains("fx_scratches")
                .contains("no changelog defines");
    }

    @Test
    @DisplayName(
            "The mapping is read from ids, versions, columns, superclasses, embedded values, overrides, joins and collection tables")
    void mappingIsReadFromTheAnnotations() {
        assertThat(JpaMapping.tables(Gadget.class))
                .isEqualTo(Map.of(
                        "fx_gadget",
                                Set.of("id", "version", "gadget_name", "note", "size_width", "height_mm", "parent_id"),
                        "fx_gadget_part", Set.of("gadget_id", "part_order", "width", "height_mm"),
                        "fx_gadget_tag", Set.of("gadget_id", "tag")));
    }

    @Test
    @DisplayName("A bulk table drifting from its entity's mapping is reported, naming the column or table")
    void driftIsReported() {
        assertThat(problems(GadgetInserts.MATCHING)).isEmpty();
        assertThat(problems(GadgetInserts.PARTS)).isEmpty();
        assertThat(problems(GadgetInserts.RENAMED))
                .anyMatch(p -> p.contains("writes name"))
                .anyMatch(p -> p.contains("gadget_name"));
        assertThat(problems(GadgetInserts.FORGOTTEN)).singleElement().asString().contains("note");
        assertThat(problems(GadgetInserts.OTHER_TABLE))
                .singleElement()
                .asString()
                .contains("fx_gadgets");
    }

    @Test
    @DisplayName("A bulk table that is not a static constant is reported, so none escapes the check")
    void strayBulkTableIsReported() {
        Found found = found(new ClassFileImporter().importPackages("org.sepakat.shared.persistence.fixture"));

        assertThat(found.problems())
                .isNotEmpty()
                .allMatch(p -> p.contains("StrayBulkTable"))
                .anyMatch(p -> p.contains("must be a static constant"));
        assertThat(found.tables()).hasSize(8);
    }

    static List<String> problems(BulkTable bulk) {
        return problems(bulk, Map.of());
    }

    /**
     * What is wrong with a bulk table, compared with its entity's mapping or, for a working table,
     * with the columns {@code defined} by the changelogs; empty when it matches.
     */
    static List<String> problems(BulkTable bulk, Map<String, Set<String>> defined) {
        String where = bulk.toString().substring(0, bulk.toString().indexOf('→')) + "→ " + bulk.table();
        Set<String> mapped;
        String source = bulk.entity().isPresent() ? "the entity does not map" : "the changelogs do not define";
        if (bulk.entity().isPresent()) {
            Map<String, Set<String>> mapping = JpaMapping.tables(bulk.entity().get());
            mapped = mapping.get(lower(bulk.table()));
            if (mapped == null) {
                return List.of(where + ": the entity maps no such table, only " + mapping.keySet());
            }
        } else {
            mapped = defined.get(lower(bulk.table()));
            if (mapped == null) {
                return List.of(where + ": no changelog defines such a table");
            }
        }
        Set<String> written = lower(bulk.columns());
        Set<String> empty = lower(bulk.notWritten());
        List<String> problems = new ArrayList<>();
        for (String column : new TreeSet<>(written)) {
            if (!mapped.contains(column)) {
                problems.add(where + " writes " + column + ", which " + source);
            }
        }
        for (String column : new TreeSet<>(empty)) {
            if (!mapped.contains(column)) {
                problems.add(where + " leaves " + column + " empty, which " + source);
            }
        }
        for (String column : new TreeSet<>(mapped)) {
            if (!written.contains(column) && !empty.contains(column)) {
                problems.add(where + " neither writes " + column + " nor declares it not written");
            }
        }
        return problems;
    }

    private record Found(List<BulkTable> tables, List<String> problems) {}

    /**
     * The bulk tables of these classes, read from their static fields; a problem for each
     * {@code BulkTable.of} outside a static initializer and each class whose calls and constants
     * do not pair up, as those tables would escape the check.
     */
    private static Found found(JavaClasses classes) {
        List<BulkTable> tables = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (JavaClass type : classes) {
            List<JavaMethodCall> made = type.getMethodCallsFromSelf().stream()
                    .filter(call -> call.getTargetOwner().isEquivalentTo(BulkTable.class)
                            && (call.getName().equals("of") || call.getName().equals("working")))
                    .toList();
            made.stream()
                    .filter(call -> !call.getOrigin().getName().equals("<clinit>"))
                    .forEach(call -> problems.add(call.getDescription() + ": a bulk table must be a static constant"));
            List<JavaField> constants = type.getFields().stream()
                    .filter(field -> field.getRawType().isEquivalentTo(BulkTable.class)
                            && field.getModifiers().contains(JavaModifier.STATIC))
                    .toList();
            if (made.size() != constants.size()) {
                problems.add(type.getName() + " makes " + made.size() + " bulk tables but holds " + constants.size());
            }
            constants.forEach(field -> tables.add(value(field)));
        }
        return new Found(tables, problems);
    }

    private static BulkTable value(JavaField field) {
        try {
            Field reflected = Class.forName(field.getOwner().getName()).getDeclaredField(field.getName());
            reflected.setAccessible(true);
            return (BulkTable) reflected.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(field.getFullName(), e);
        }
    }

    private static Set<String> lower(Iterable<String> names) {
        Set<String> lower = new HashSet<>();
        names.forEach(name -> lower.add(lower(name)));
        return lower;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
