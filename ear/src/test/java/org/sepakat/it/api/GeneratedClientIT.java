package org.sepakat.it.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.it.client.ApiClient;
import org.sepakat.it.client.ApiException;
import org.sepakat.it.client.api.ContactsApi;
import org.sepakat.it.client.api.CustomersApi;
import org.sepakat.it.client.api.ServiceLevelAgreementsApi;
import org.sepakat.it.client.api.ServicesCatalogueApi;
import org.sepakat.it.client.api.StaffApi;
import org.sepakat.it.client.model.Comparison;
import org.sepakat.it.client.model.ContactDto;
import org.sepakat.it.client.model.CoveredServiceDto;
import org.sepakat.it.client.model.CustomerDto;
import org.sepakat.it.client.model.CustomerKind;
import org.sepakat.it.client.model.CustomerStatus;
import org.sepakat.it.client.model.ExceptionsData;
import org.sepakat.it.client.model.LimitData;
import org.sepakat.it.client.model.MeasurementPeriod;
import org.sepakat.it.client.model.OverLimitRule;
import org.sepakat.it.client.model.PageDtoCustomerDto;
import org.sepakat.it.client.model.ProblemDetail;
import org.sepakat.it.client.model.ReviewCadence;
import org.sepakat.it.client.model.ServiceDto;
import org.sepakat.it.client.model.SlaDto;
import org.sepakat.it.client.model.SlaStatus;
import org.sepakat.it.client.model.StaffDto;
import org.sepakat.it.client.model.StaffRef;
import org.sepakat.it.client.model.TargetData;
import org.sepakat.it.client.model.TargetMetric;
import org.sepakat.it.client.model.WorkloadMetric;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.DeployedEar;
import org.sepakat.it.support.Unique;

/**
 * A black-box test through a Java client generated at build time from the API description
 * (openapi-generator, ear/pom.xml): if the description left out a field, a type or an answer, this
 * client could not do what an integrator would do with it.
 */
class GeneratedClientIT extends DeployedEar {

    private static ApiClient as(String user) {
        ApiClient client = new ApiClient();
        client.setHttpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
        client.updateBaseUri(DeployedEar.baseUrl().replaceAll("/$", ""));
        String token =
                Base64.getEncoder().encodeToString((user + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + token));
        return client;
    }

    @Test
    @DisplayName(
            "BRM-1, SLM-2..4: a customer, a service, a contact and an SLA made and read back through the generated client")
    void anIntegratorWorksThroughTheGeneratedClient() throws ApiException {
        ApiClient relman = as(DemoUsers.RELMAN);
        ApiClient slaman = as(DemoUsers.SLAMAN);
        CustomersApi customers = new CustomersApi(relman);
        // issue 11 §2: the list's filters and paging are parameters of the generated method
        List<StaffDto> found = new StaffApi(slaman)
                .staffList(0, 5, "username", DemoUsers.SLAMAN, null, null)
                .getItems();
        assertThat(found).extracting(StaffDto::getUsername).allMatch(name -> name.contains(DemoUsers.SLAMAN));
        long slamanId = found.stream()
                .filter(s -> DemoUsers.SLAMAN.equals(s.getUsername()))
                .findFirst()
                .orElseThrow()
                .getId();

        ServiceDto service = new ServicesCatalogueApi(slaman)
                .serviceCreate(new ServiceDto()
                        .code(Unique.code("GEN"))
                        .name("Generated service")
                        .owner(new StaffRef().id(slamanId)));
        assertThat(service.getOwner().getUsername()).isEqualTo(DemoUsers.SLAMAN);

        CustomerDto customer = customers.customerCreate(
                new CustomerDto().code(Unique.code("GEN")).name("PT Klien Baru").kind(CustomerKind.EXTERNAL));
        assertThat(customer.getStatus()).isEqualTo(CustomerStatus.PROSPECT);
        PageDtoCustomerDto listed =
                customers.customerList(0, 5, "-code", customer.getCode(), null, null, null, "EXTERNAL", "PROSPECT");
        assertThat(listed.getTotal()).isEqualTo(1L);
        assertThat(listed.getItems()).extracting(CustomerDto::getName).containsExactly("PT Klien Baru");
        assertThat(customers
                        .customerList(0, 5, null, customer.getCode(), null, null, null, "INTERNAL", null)
                        .getItems())
                .as("another kind")
                .isEmpty();
        customers.customerSubscribe(customer.getId(), service.getId());
        ContactDto contact = new ContactsApi(relman)
                .contactCreate(
                        customer.getId(), new ContactDto().name("Dewi Lestari").email("dewi@example.com"));
        assertThat(contact.getCustomerId()).isEqualTo(customer.getId());

        ServiceLevelAgreementsApi slas = new ServiceLevelAgreementsApi(slaman);
        SlaDto draft = slas.slaCreate(new SlaDto()
                .reference(Unique.code("SLA-GEN"))
                .title("Generated agreement")
                .customerId(customer.getId())
                .addServicesItem(new CoveredServiceDto().serviceId(service.getId()))
                .reviewCadence(ReviewCadence.QUARTERLY)
                .timeZone("Asia/Jakarta")
                .addTargetsItem(new TargetData()
                        .name("Satisfaction")
                        .metric(TargetMetric.CUSTOM_KPI)
                        .comparison(Comparison.AT_LEAST)
                        .threshold(new BigDecimal("4"))
                        .unit("points")
                        .period(MeasurementPeriod.QUARTER))
                .addLimitsItem(new LimitData()
                        .name("Incidents")
                        .metric(WorkloadMetric.TICKETS)
                        .maximum(100L)
                        .period(MeasurementPeriod.MONTH)
                        .overLimit(OverLimitRule.REPORT_ONLY))
                .exceptions(new ExceptionsData()
                        .excludedCategories(List.of("waiting for customer"))
                        .stated(true)));

        SlaDto read = slas.slaGet(draft.getId());
        assertThat(read.getStatus()).isEqualTo(SlaStatus.DRAFT);
        assertThat(read.getServices())
                .singleElement()
                .satisfies(s -> assertThat(s.getServiceCode()).isEqualTo(service.getCode()));
        assertThat(read.getTargets())
                .singleElement()
                .satisfies(t -> assertThat(t.getUnit()).isEqualTo("points"));
        assertThat(read.getExceptions().getExcludedCategories()).containsExactly("waiting for customer");
        assertThat(read.getMissingForAgreement()).isEmpty();
        assertThat(customers.customerGet(customer.getId()).getServices())
                .singleElement()
                .satisfies(s -> assertThat(s.getCode()).isEqualTo(service.getCode()));
    }

    @Test
    @DisplayName("X-4, BRM-4: refusals reach the generated client as described problems naming the field or the rule")
    void refusalsAreDescribedProblems() throws Exception {
        CustomersApi customers = new CustomersApi(as(DemoUsers.RELMAN));
        ApiException invalid = catchThrowableOfType(
                ApiException.class,
                () -> customers.customerCreate(
                        new CustomerDto().code("bad code!").name(" ").kind(CustomerKind.INTERNAL)));
        assertThat(invalid.getCode()).isEqualTo(400);
        ProblemDetail problem = new ObjectMapper().readValue(invalid.getResponseBody(), ProblemDetail.class);
        assertThat(problem.getViolations())
                .extracting(v -> v.getField())
                .anyMatch(f -> f.endsWith("code"))
                .anyMatch(f -> f.endsWith("name"));

        CustomerDto prospect = customers.customerCreate(new CustomerDto()
                .code(Unique.code("GEN"))
                .name("PT Tanpa Manajer")
                .kind(CustomerKind.INTERNAL));
        ApiException refused = catchThrowableOfType(
                ApiException.class,
                () -> customers.customerActivate(prospect.getId(), prospect.getVersion(), null, null));
        assertThat(refused.getCode()).isEqualTo(422);
        assertThat(new ObjectMapper()
                        .readValue(refused.getResponseBody(), ProblemDetail.class)
                        .getRule())
                .isEqualTo("BRM-4");

        ApiException forbidden = catchThrowableOfType(
                ApiException.class,
                () -> new ServicesCatalogueApi(as(DemoUsers.AUDITOR))
                        .serviceCreate(new ServiceDto().code(Unique.code("NO")).name("Not allowed")));
        assertThat(forbidden.getCode()).isEqualTo(403);
    }
}
