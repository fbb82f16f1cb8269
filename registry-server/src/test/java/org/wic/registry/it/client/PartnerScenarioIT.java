package org.wic.registry.it.client;

import org.junit.jupiter.api.Test;
import org.wic.registry.client.ApiClient;
import org.wic.registry.client.ApiException;
import org.wic.registry.client.api.ApplicationsApi;
import org.wic.registry.client.api.ChangeFeedApi;
import org.wic.registry.client.api.DuesApi;
import org.wic.registry.client.api.IdentityApi;
import org.wic.registry.client.api.MembersApi;
import org.wic.registry.client.api.ReferenceDataApi;
import org.wic.registry.client.api.StatisticsApi;
import org.wic.registry.client.api.TiersApi;
import org.wic.registry.client.api.WebhooksApi;
import org.wic.registry.client.model.Application;
import org.wic.registry.client.model.Approval;
import org.wic.registry.client.model.Change;
import org.wic.registry.client.model.ChangePage;
import org.wic.registry.client.model.Contact;
import org.wic.registry.client.model.Continent;
import org.wic.registry.client.model.Country;
import org.wic.registry.client.model.DuesRun;
import org.wic.registry.client.model.Invoice;
import org.wic.registry.client.model.IssuedApiKey;
import org.wic.registry.client.model.Member;
import org.wic.registry.client.model.MemberPage;
import org.wic.registry.client.model.MemberStatistics;
import org.wic.registry.client.model.NewApiKey;
import org.wic.registry.client.model.NewApplication;
import org.wic.registry.client.model.NewDuesRun;
import org.wic.registry.client.model.NewPayment;
import org.wic.registry.client.model.NewWebhook;
import org.wic.registry.client.model.Payment;
import org.wic.registry.client.model.StatusChange;
import org.wic.registry.client.model.SubscribedWebhook;
import org.wic.registry.client.model.Tier;
import org.wic.registry.client.model.WebhookDelivery;
import org.wic.registry.client.model.WebhookDeliveryPage;
import org.wic.registry.it.ContractCheckedHttpClient;
import org.wic.registry.it.Credentials;
import org.wic.registry.it.Identities;
import org.wic.registry.it.RegistryHttp;
import org.wic.registry.it.webhook.Receiver;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner's and the secretariat's work done with nothing but the Java client generated from the
 * OpenAPI document (registry-client): typed requests in, typed answers out, no JSON written by hand.
 * Its HTTP client is the contract-checked one, like every other black-box test's.
 */
class PartnerScenarioIT {

    private static final int THIS_YEAR = LocalDate.now(ZoneOffset.UTC).getYear();

    private final String batch = UUID.randomUUID().toString().substring(0, 8);
    private final ApiClient secretariat = client(credentials(Identities.admin()));
    private final ApiClient anonymous = client(request -> { });

    @Test
    void aPartnerFollowsTheRegistryWithAKeyTheSecretariatIssued() throws Exception {
        List<String> admitted = List.of(admit("Aurora Networks " + batch), admit("Borealis Labs " + batch), admit("Cirrus Institute " + batch));

        IssuedApiKey issued = new IdentityApi(secretariat).createApiKey(null, new NewApiKey().name("Scenario partner " + batch)
                .expiresAt(Instant.now().plus(Duration.ofDays(30)).atOffset(ZoneOffset.UTC)));
        assertThat(issued.getKey()).startsWith(issued.getPrefix());
        ApiClient partner = client(request -> request.header("X-API-Key", issued.getKey()));

        // reference data
        ReferenceDataApi referenceData = new ReferenceDataApi(partner);
        assertThat(referenceData.listContinents().getItems()).extracting(Continent::getCode).contains("AF", "AS", "EU", "NA", "SA", "OC");
        List<Country> african = referenceData.listCountries("AF", null).getItems();
        assertThat(african).extracting(Country::getAlpha2).contains("KE", "NG", "ZA");
        assertThat(african).allSatisfy(country -> assertThat(country.getContinent()).isEqualTo("AF"));
        assertThat(referenceData.getCountry("KE").getName()).isEqualTo("Kenya");

        // the whole directory, two members a page, filtered by country, category and a word of the name
        MembersApi members = new MembersApi(partner);
        var found = new ArrayList<Member>();
        String cursor = null;
        int pages = 0;
        do {
            MemberPage page = members.listMembers("KE", null, null, "ENTERPRISE", null, batch, null, null, null, 2, cursor);
            found.addAll(page.getItems());
            cursor = page.getNextCursor();
            pages++;
        } while (cursor != null);
        assertThat(found).extracting(Member::getNumber).containsExactlyInAnyOrderElementsOf(admitted);
        assertThat(pages).isEqualTo(2);
        assertThat(found).allSatisfy(member -> {
            assertThat(member.getStatus()).isEqualTo(Member.StatusEnum.ACTIVE);
            assertThat(member.getCategory()).isEqualTo(Member.CategoryEnum.ENTERPRISE);
            assertThat(member.getJoinedOn()).isEqualTo(LocalDate.now(ZoneOffset.UTC));
        });
        Member first = members.getMember(admitted.get(0));
        assertThat(first.getLegalName()).isEqualTo("Aurora Networks " + batch);
        assertThat(first.getContacts()).as("a partner sees the public fields only").isNullOrEmpty();

        // the change feed from its start to its end, then again after a change
        ChangeFeedApi feed = new ChangeFeedApi(partner);
        var seen = new ArrayList<Change>();
        String after = "0";
        ChangePage changes;
        do {
            changes = feed.readChanges(after, "500");
            seen.addAll(changes.getItems());
            after = changes.getLastCursor();
        } while (!changes.getItems().isEmpty());
        assertThat(seen).filteredOn(change -> admitted.contains(change.getMemberNumber())).extracting(Change::getType)
                .containsOnly(Change.TypeEnum.MEMBER_CREATED).hasSize(3);

        try (var receiver = new Receiver()) {
            SubscribedWebhook webhook = new WebhooksApi(partner).createWebhook(null, new NewWebhook().url(receiver.url())
                    .events(List.of(NewWebhook.EventsEnum.MEMBER_STATUS_CHANGED, NewWebhook.EventsEnum.MEMBER_TIER_CHANGED)));
            assertThat(webhook.getSecret()).isNotBlank();

            String etag = new MembersApi(secretariat).getMemberWithHttpInfo(admitted.get(1)).getHeaders().get("etag").get(0);
            Member suspended = new MembersApi(secretariat).changeMemberStatus(admitted.get(1), etag,
                    new StatusChange().status(StatusChange.StatusEnum.SUSPENDED).reason("Scenario: dues unpaid"));
            assertThat(suspended.getStatus()).isEqualTo(Member.StatusEnum.SUSPENDED);

            List<Change> since = feed.readChanges(after, "500").getItems();
            assertThat(since).extracting(Change::getMemberNumber, Change::getType)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(admitted.get(1), Change.TypeEnum.MEMBER_STATUS_CHANGED));

            assertThat(receiver.await(request -> request.body().contains(admitted.get(1)), 1, Duration.ofSeconds(30))).hasSize(1);
            WebhookDelivery delivery = awaitDelivered(new WebhooksApi(partner), webhook.getId());
            assertThat(delivery.getEvent()).isEqualTo(WebhookDelivery.EventEnum.MEMBER_STATUS_CHANGED);
            assertThat(delivery.getResponseStatus()).isEqualTo(200);
        }

        MemberStatistics statistics = new StatisticsApi(anonymous).getMemberStatistics();
        assertThat(statistics.getMembers()).isGreaterThanOrEqualTo(2);
        assertThat(statistics.getCountries()).isPositive();
    }

    @Test
    void theSecretariatAdmitsAnApplicantRunsTheDuesAndRecordsAPayment() throws Exception {
        String number = admit("Delta Exchange " + batch);

        DuesApi dues = new DuesApi(secretariat);
        DuesRun run = dues.startDuesRun(null, new NewDuesRun().year(THIS_YEAR + 1));
        Instant end = Instant.now().plus(Duration.ofMinutes(5));
        while (run.getStatus() == DuesRun.StatusEnum.RUNNING && Instant.now().isBefore(end)) {
            Thread.sleep(500);
            run = dues.getDuesRun(String.valueOf(run.getId()));
        }
        assertThat(run.getStatus()).isEqualTo(DuesRun.StatusEnum.COMPLETED);
        assertThat(run.getYear()).isEqualTo(THIS_YEAR + 1);

        List<Invoice> invoices = dues.listInvoices(number, String.valueOf(THIS_YEAR + 1), null, null, null, null).getItems();
        assertThat(invoices).hasSize(1);
        Invoice invoice = invoices.get(0);
        assertThat(invoice.getStatus()).isEqualTo(Invoice.StatusEnum.OPEN);
        assertThat(invoice.getAmount().getValue()).isPositive();
        assertThat(invoice.getBalance()).isEqualTo(invoice.getAmount());
        assertThat(invoice.getDueOn()).isAfter(invoice.getIssuedOn());

        Payment payment = dues.recordPayment(invoice.getNumber(), null, new NewPayment().amount(invoice.getBalance())
                .method(NewPayment.MethodEnum.BANK_TRANSFER).receivedOn(LocalDate.now(ZoneOffset.UTC)).reference("Scenario " + batch));
        assertThat(payment.getAmount().getValue()).isEqualByComparingTo(invoice.getAmount().getValue());
        assertThat(payment.getMethod()).isEqualTo(Payment.MethodEnum.BANK_TRANSFER);

        Invoice paid = dues.getInvoice(invoice.getNumber());
        assertThat(paid.getStatus()).isEqualTo(Invoice.StatusEnum.PAID);
        assertThat(paid.getBalance().getValue()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    /** An applicant applies (anonymously); the secretariat reviews and approves: the new member's number. */
    private String admit(String legalName) throws ApiException {
        Application submitted = new ApplicationsApi(anonymous).submitApplication(null, new NewApplication().legalName(legalName)
                .category(NewApplication.CategoryEnum.ENTERPRISE).country("KE").website("https://" + batch + ".example")
                .requestedTier(tierFor(Tier.CategoriesEnum.ENTERPRISE)).motivation("To take part in the conference's work on digital cooperation.")
                .contact(new Contact().name("Amina Wanjiru").email("amina+" + batch + "@networks.example")));
        assertThat(submitted.getStatus()).isEqualTo(Application.StatusEnum.SUBMITTED);
        assertThat(submitted.getTrackingToken()).isNotBlank();

        ApplicationsApi applications = new ApplicationsApi(secretariat);
        String id = String.valueOf(submitted.getId());
        assertThat(applications.startReview(id).getStatus()).isEqualTo(Application.StatusEnum.UNDER_REVIEW);
        Application approved = applications.approveApplication(id, new Approval().tier(submitted.getRequestedTier()));
        assertThat(approved.getStatus()).isEqualTo(Application.StatusEnum.APPROVED);
        assertThat(approved.getMemberNumber()).startsWith("WIC-");
        return approved.getMemberNumber();
    }

    private String tierFor(Tier.CategoriesEnum category) throws ApiException {
        return new TiersApi(anonymous).listTiers().getItems().stream()
                .filter(tier -> Boolean.TRUE.equals(tier.getActive()) && tier.getCategories().contains(category))
                .map(Tier::getCode).findFirst().orElseThrow();
    }

    private static WebhookDelivery awaitDelivered(WebhooksApi webhooks, Long id) throws Exception {
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            WebhookDeliveryPage deliveries = webhooks.listWebhookDeliveries(String.valueOf(id), "DELIVERED", null, null);
            if (!deliveries.getItems().isEmpty() || Instant.now().isAfter(end)) {
                assertThat(deliveries.getItems()).as("deliveries").hasSize(1);
                return deliveries.getItems().get(0);
            }
            Thread.sleep(300);
        }
    }

    private static Consumer<HttpRequest.Builder> credentials(Credentials credentials) {
        return request -> request.header(credentials.header(), credentials.value());
    }

    /** The generated client on the test server, with the contract check, sending what {@code authentication} adds. */
    private static ApiClient client(Consumer<HttpRequest.Builder> authentication) {
        ApiClient client = new ApiClient(ContractCheckedHttpClient.builder(), ApiClient.createDefaultObjectMapper(), RegistryHttp.BASE.toString());
        client.setRequestInterceptor(authentication);
        return client;
    }
}
