package org.sepakat.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.schedule.boundary.ReviewSchedules;
import org.sepakat.shared.entity.Capability;

/**
 * X-4: the capability table the pages read ({@link Capability}) and the {@code @RolesAllowed} of
 * the operations that exercise each capability say the same. Every write operation of the REST API
 * belongs to exactly one capability, so a new one cannot be added without deciding which.
 */
class CapabilityTableTest {

    /** The operations ("Class#method") that exercise each capability. */
    private static final Map<Capability, List<String>> OPERATIONS = new EnumMap<>(Map.ofEntries(
            Map.entry(
                    Capability.EDIT_CUSTOMERS,
                    List.of(
                            "CustomerResource#create",
                            "CustomerResource#update",
                            "CustomerResource#delete",
                            "CustomerResource#activate",
                            "CustomerResource#deactivate",
                            "CustomerResource#appointManager",
                            "CustomerResource#withdrawManager",
                            "CustomerResource#subscribe",
                            "CustomerResource#unsubscribe",
                            "ContactResource#create",
                            "ContactResource#update",
                            "ContactResource#delete",
                            "ContactResource#assignRole",
                            "ContactResource#removeRole")),
            Map.entry(
                    Capability.EDIT_SERVICES,
                    List.of(
                            "ServiceResource#create",
                            "ServiceResource#update",
                            "ServiceResource#launch",
                            "ServiceResource#retire")),
            Map.entry(
                    Capability.EDIT_SLAS,
                    List.of(
                            "SlaResource#create",
                            "SlaResource#update",
                            "SlaResource#agree",
                            "SlaResource#activate",
                            "SlaResource#revise",
                            "SlaResource#retire",
                            "CalendarResource#create",
                            "CalendarResource#update")),
            Map.entry(
                    Capability.REVIEW_REPORTS,
                    List.of("ReportResource#run", "ReportResource#review", "ReviewJobResource#start")),
            Map.entry(Capability.EDIT_STAFF, List.of("StaffResource#update")),
            Map.entry(
                    Capability.EDIT_SUPPLIERS,
                    List.of(
                            "SupplierResource#create",
                            "SupplierResource#update",
                            "SupplierResource#delete",
                            "SupplierResource#activate",
                            "SupplierResource#deactivate",
                            "SupplierResource#appoint",
                            "SupplierResource#withdraw",
                            "SupplierContactResource#create",
                            "SupplierContactResource#update",
                            "SupplierContactResource#delete",
                            "SupplierInterfaceResource#create",
                            "SupplierInterfaceResource#update",
                            "SupplierInterfaceResource#delete",
                            "SupplierAgreementResource#create",
                            "SupplierAgreementResource#update",
                            "SupplierAgreementResource#delete",
                            "SupplierAgreementResource#agree",
                            "SupplierAgreementResource#activate",
                            "SupplierAgreementResource#revise",
                            "SupplierAgreementResource#terminate",
                            "SupplierAgreementResource#notice",
                            "SupplierAgreementResource#renewal",
                            "AgreementAttachmentResource#upload",
                            "AgreementAttachmentResource#uploadOtherwise",
                            "AgreementAttachmentResource#delete")),
            Map.entry(
                    Capability.READ_SUPPLIERS,
                    List.of(
                            "SupplierResource#list",
                            "SupplierResource#get",
                            "SupplierContactResource#list",
                            "SupplierContactResource#get",
                            "SupplierInterfaceResource#list",
                            "SupplierInterfaceResource#get",
                            "SupplierAgreementResource#list",
                            "SupplierAgreementResource#get",
                            "SupplierAgreementResource#versions",
                            "SupplierAgreementResource#version",
                            "SupplierAgreementResource#compare",
                            "AgreementAttachmentResource#list",
                            "AgreementAttachmentResource#download")),
            Map.entry(
                    Capability.EDIT_IMPROVEMENTS,
                    List.of(
                            "ImprovementResource#create",
                            "ImprovementResource#update",
                            "ImprovementResource#start",
                            "ImprovementResource#complete",
                            "ImprovementResource#reject")),
            Map.entry(Capability.MAP_UNDERPINNING, List.of("UnderpinningResource#replace")),
            Map.entry(Capability.TREAT_RISKS, List.of("RiskResource#treat", "RiskResource#close")),
            Map.entry(
                    Capability.EDIT_SERVICE_DATA,
                    List.of(
                            "ServiceRecordResource#receive", "ServiceRecordResource#receiveTicket",
                            "ServiceRecordResource#receiveOutage", "ServiceRecordResource#receiveKpiValue")),
            Map.entry(
                    Capability.READ_SERVICE_DATA,
                    List.of(
                            "ServiceRecordResource#tickets",
                            "ServiceRecordResource#outages",
                            "ServiceRecordResource#kpiValues",
                            "ServiceRecordResource#ticket",
                            "ServiceRecordResource#outage",
                            "ServiceRecordResource#kpiValue")),
            Map.entry(
                    Capability.READ_SCHEDULES,
                    List.of(
                            "ReviewJobResource#list",
                            "ReviewJobResource#get",
                            "ReviewSchedules#list",
                            "ReviewSchedules#find")),
            Map.entry(
                    Capability.EDIT_SCHEDULES,
                    List.of(
                            "ReviewSchedules#create",
                            "ReviewSchedules#update",
                            "ReviewSchedules#delete",
                            "ReviewSchedules#runNow")),
            Map.entry(Capability.SEARCH_HISTORY, List.of("HistoryResource#search")),
            Map.entry(Capability.EDIT_OWN_PROFILE, List.of("MeResource#update")),
            Map.entry(
                    Capability.MANAGE_SIGN_INS,
                    List.of(
                            "SignInFailuresResource#counts",
                            "SignInFailuresResource#liftUser",
                            "SignInFailuresResource#liftAddress"))));

    @Test
    @DisplayName("Each capability's operations allow exactly the capability's roles")
    void operationsAllowTheCapabilitysRoles() throws Exception {
        Map<String, Method> methods = operations();
        List<String> wrong = new ArrayList<>();
        assertThat(OPERATIONS.keySet())
                .as("capabilities without an operation here")
                .containsAll(Set.of(Capability.values()));
        OPERATIONS.forEach((capability, names) -> names.forEach(name -> {
            Method method = methods.get(name);
            if (method == null) {
                wrong.add(name + ": no such operation");
            } else if (!rolesOf(method).equals(capability.roles())) {
                wrong.add(name + " allows " + new TreeSet<>(rolesOf(method)) + ", " + capability + " is "
                        + new TreeSet<>(capability.roles()));
            }
        }));
        assertThat(wrong).isEmpty();
    }

    @Test
    @DisplayName("Every write operation of the REST API belongs to one capability")
    void everyWriteBelongsToACapability() throws Exception {
        Set<String> listed = new TreeSet<>();
        OPERATIONS.values().forEach(listed::addAll);
        Set<String> writes = new TreeSet<>();
        operations().forEach((name, method) -> {
            if (method.isAnnotationPresent(POST.class)
                    || method.isAnnotationPresent(PUT.class)
                    || method.isAnnotationPresent(DELETE.class)) {
                writes.add(name);
            }
        });
        assertThat(writes)
                .as("write operations, each to be listed under its capability")
                .isNotEmpty();
        assertThat(listed).as("write operations listed under no capability").containsAll(writes);
    }

    private static Set<String> rolesOf(Method method) {
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        return roles == null ? Set.of() : Set.of(roles.value());
    }

    /** Every REST operation of this module's resources and every public method of the boundaries named above. */
    private static Map<String, Method> operations() throws IOException, URISyntaxException, ClassNotFoundException {
        Map<String, Method> operations = new TreeMap<>();
        for (Class<?> type : resources()) {
            for (Method method : type.getDeclaredMethods()) {
                if (Stream.of(GET.class, POST.class, PUT.class, DELETE.class).anyMatch(method::isAnnotationPresent)) {
                    operations.put(type.getSimpleName() + "#" + method.getName(), method);
                }
            }
        }
        for (Method method : ReviewSchedules.class.getDeclaredMethods()) {
            operations.putIfAbsent(ReviewSchedules.class.getSimpleName() + "#" + method.getName(), method);
        }
        return operations;
    }

    private static List<Class<?>> resources() throws IOException, URISyntaxException, ClassNotFoundException {
        var classes = Paths.get(ApiApplication.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        var root = classes.resolve("org/sepakat/api");
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (java.nio.file.Path file :
                    files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file)
                        .toString()
                        .replace(java.io.File.separatorChar, '.')
                        .replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, CapabilityTableTest.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    resources.add(type);
                }
            }
        }
        return resources;
    }
}
