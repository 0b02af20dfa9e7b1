package org.sepakat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules, written for any root package so that the main classes and the fixtures that break
 * them are checked by the same code. A component is a package directly under the root that has a
 * boundary, control or entity package.
 */
final class ComponentRules {

    private static final Set<String> LAYERS = Set.of("boundary", "control", "entity");

    /**
     * The shared kernel's packages every component may use: {@code shared.persistence} (the
     * persistence kernel) and {@code shared.terms} (the published model of a measurable agreement).
     */
    static final Set<String> KERNEL = Set.of("persistence", "terms");

    private ComponentRules() {}

    static Set<String> components(JavaClasses classes, String root) {
        Set<String> found = new TreeSet<>();
        for (JavaClass c : classes) {
            String[] rest = relative(root, c.getPackageName());
            if (rest.length >= 2 && LAYERS.contains(rest[1])) {
                found.add(rest[0]);
            }
        }
        return found;
    }

    /**
     * A class may use, of another component, its boundary, the shared kernel's packages
     * ({@link #KERNEL}, open to every component) and the types {@code published} allows
     * its component; nothing else, in particular no control and no other entity.
     */
    static ArchRule othersUseOnlyWhatIsPublished(JavaClasses classes, String root, PublishedTypes published) {
        Set<String> components = components(classes, root);
        return classes()
                .that()
                .resideInAPackage(root + "..")
                .should(
                        new ArchCondition<JavaClass>("use other components only through their boundary, " + root
                                + ".shared." + KERNEL + " or a published type") {
                            @Override
                            public void check(JavaClass origin, ConditionEvents events) {
                                String from = component(root, origin, components);
                                if (from == null) {
                                    return;
                                }
                                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                                    JavaClass target =
                                            dependency.getTargetClass().getBaseComponentType();
                                    String to = component(root, target, components);
                                    if (to != null
                                            && !to.equals(from)
                                            && !open(root, to, target)
                                            && !published.allows(from, topLevel(target))) {
                                        events.add(
                                                SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                                    }
                                }
                            }
                        })
                .allowEmptyShould(true);
    }

    static ArchRule controlNeverCallsBoundary(String root) {
        return noClasses()
                .that()
                .resideInAnyPackage(root + "..control..", root + ".shared.persistence..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + "..boundary..");
    }

    static ArchRule entitiesStandAlone(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + "..entity..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(root + "..boundary..", root + "..control..");
    }

    /**
     * The published model ({@code shared.terms}) depends on the JDK and on itself only: no JPA, no
     * component, not even the rest of shared, so every owner and reader can take it as it is.
     */
    static ArchRule publishedModelStandsAlone(String root) {
        return classes()
                .that()
                .resideInAPackage(root + ".shared.terms..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", root + ".shared.terms..");
    }

    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    private static boolean open(String root, String component, JavaClass target) {
        String[] rest = relative(root, target.getPackageName());
        return rest.length >= 2
                && ("boundary".equals(rest[1]) || "shared".equals(component) && KERNEL.contains(rest[1]));
    }

    private static String component(String root, JavaClass javaClass, Set<String> components) {
        String[] rest = relative(root, javaClass.getPackageName());
        return rest.length >= 1 && components.contains(rest[0]) ? rest[0] : null;
    }

    private static String[] relative(String root, String packageName) {
        return packageName.startsWith(root + ".")
                ? packageName.substring(root.length() + 1).split("\\.")
                : new String[0];
    }

    private static String topLevel(JavaClass javaClass) {
        String name = javaClass.getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }
}
