package cloud.marketplace.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A new provider's whole journey on the real local stack, through the gateway only: real-name
 * verification, an application that first fails the entry conditions, approval, a product
 * refused while the listing prerequisites are missing, the store published, both merchant
 * accounts through every partner step, the deposit, the product listed, and an order billed with
 * the 10% fee.
 * The partner sandbox plays WeChat Pay, Tenpay, the payment channels, the provider's bank and
 * the marketplace's order system.
 */
class ProviderJourneyIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** An event through the broker to another service, on a loaded machine. */
    private static final Duration EVENT = Duration.ofMinutes(2);
    /** A partner's step as merchant-service's polling of the partner sees it. */
    private static final Duration PARTNER_STEP = Duration.ofMinutes(3);
    private static final List<String> ALL_BUT_APPROVAL = List.of("MERCHANT_ACTIVE", "DEPOSIT_PAID", "STORE_PUBLISHED");
    private static final long ORDER_FEN = 12_345;
    private static final long FEE_FEN = 1_235;
    private static final long SHARE_FEN = 11_110;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String providerId = "provider-journey-" + run;
    private final String companyName = "深圳旅程" + run.toUpperCase() + "科技有限公司";
    private final String legalRepresentative = "李建国";
    private final String creditCode = IdentityNumbers.creditCode();
    private final String idCardNumber = IdentityNumbers.idCardNumber();
    private final String corporateAccount = IdentityNumbers.bankAccountNumber();
    private final byte[] licence = Documents.licencePng();

    private final Gateway gateway = RunningStack.gateway();
    private final Gateway sandbox = new Gateway(RunningStack.get().sandboxUrl());
    private final String provider = gateway.token(providerId, "PROVIDER");
    private final String operator = gateway.token("operator-journey-" + run, "OPERATOR");

    private long categoryId;

    @Test
    void newProviderGoesFromRealNameVerificationToAListedProductAndEarnsItsShareOfAnOrder() {
        step("real-name verification", this::verifyRealName);
        String applicationId = step("application", this::applyFailingTheEntryConditionsThenMeetingThem);
        step("approval", () -> approve(applicationId));
        String productId = step("product refused", this::productRefusedWhileListingPrerequisitesAreMissing);
        step("store", this::publishStore);
        step("WeChat Pay merchant", this::openWechatPayMerchant);
        step("Tenpay merchant", this::openTenpayMerchant);
        step("deposit", this::payDeposit);
        step("product listed", () -> listProduct(productId));
        step("order billed", () -> completeOrderAndSeeTheFeeAndShare(productId));
        step("overview", this::overviewShowsEveryTaskDone);
    }

    /** Runs one step of the journey and prints how long it took (the stack is shared by loaded machines). */
    private static <T> T step(String name, Supplier<T> step) {
        long start = System.nanoTime();
        T result = step.get();
        System.out.printf("Journey step '%s': %.1f s%n", name, (System.nanoTime() - start) / 1e9);
        return result;
    }

    private static void step(String name, Runnable step) {
        step(name, () -> {
            step.run();
            return null;
        });
    }

    private void verifyRealName() {
        Gateway.Answer verified = gateway.post("/api/onboarding/real-name-verification", provider, Map.of(
                "companyName", companyName, "creditCode", creditCode, "legalRepresentativeName", legalRepresentative));

        assertThat(verified.status()).as("%s", verified).isEqualTo(200);
        assertThat(text(verified.json(), "status")).isEqualTo("VERIFIED");
        assertThat(text(verified.json(), "companyName")).isEqualTo(companyName);
    }

    private String applyFailingTheEntryConditionsThenMeetingThem() {
        List<JsonNode> agreements = ok(gateway.get("/api/onboarding/agreements", null)).json().valueStream().toList();
        JsonNode major = ok(gateway.get("/api/catalog/categories", null)).json().valueStream().findFirst().orElseThrow();
        List<Long> categoryIds = major.get("children").valueStream().limit(2).map(c -> c.get("id").asLong()).toList();
        categoryId = categoryIds.getFirst();
        assertThat(agreements).hasSizeGreaterThan(1);

        Gateway.Answer started = gateway.post("/api/onboarding/applications", provider, null);
        assertThat(started.status()).as("%s", started).isEqualTo(201);
        String id = text(started.json(), "id");
        assertThat(text(started.json(), "status")).isEqualTo("DRAFT");
        assertThat(text(started.json(), "companyName")).as("from the real-name verification").isEqualTo(companyName);

        // a young, small company with short support hours that skipped one agreement
        ok(gateway.put("/api/onboarding/applications/" + id, provider, applicationForm(agreements.subList(0, agreements.size() - 1),
                LocalDate.now(SHANGHAI).minusMonths(4), 20_000_000L, 4, 3, 6, categoryIds)));
        Gateway.Answer attached = ok(gateway.upload("/api/onboarding/applications/" + id + "/business-license", provider,
                "营业执照.png", "image/png", licence));
        assertThat(text(attached.json().path("businessLicense"), "sha256")).isEqualTo(sha256(licence));

        Gateway.Answer refused = gateway.post("/api/onboarding/applications/" + id + "/submit", provider, null);
        assertThat(refused.status()).as("%s", refused).isEqualTo(422);
        assertThat(text(refused.json(), "type")).endsWith("/entry-conditions-not-met");
        assertThat(refused.json().get("violations").valueStream().map(v -> text(v, "code") + "@" + text(v, "field")).toList())
                .as("every unmet condition at once").containsExactlyInAnyOrder(
                        "AGREEMENT_ACCEPTED@agreements", "COMPANY_AGE@establishedOn",
                        "REGISTERED_CAPITAL@registeredCapitalFen", "TEAM_SIZE@technicalStaff",
                        "SUPPORT_HOURS@supportSchedule.hoursPerDay");
        assertThat(text(ok(gateway.get("/api/onboarding/applications/" + id, provider)).json(), "status")).isEqualTo("DRAFT");

        ok(gateway.put("/api/onboarding/applications/" + id, provider, applicationForm(agreements, LocalDate.of(2016, 4, 18),
                100_000_000L, 12, 6, 8, categoryIds)));
        Gateway.Answer submitted = ok(gateway.post("/api/onboarding/applications/" + id + "/submit", provider, null));
        assertThat(text(submitted.json(), "status")).isEqualTo("SUBMITTED");
        return id;
    }

    private void approve(String applicationId) {
        JsonNode queue = ok(gateway.get("/api/onboarding/applications?status=SUBMITTED&size=100", operator)).json();
        assertThat(queue.get("items").valueStream().map(item -> text(item, "id"))).contains(applicationId);

        Gateway.Answer approved = ok(gateway.post("/api/onboarding/applications/" + applicationId + "/approve", operator, null));

        assertThat(text(approved.json(), "status")).isEqualTo("APPROVED");
    }

    /** As soon as catalog knows of the approval a product can be written, but not submitted: everything else is missing. */
    private String productRefusedWhileListingPrerequisitesAreMissing() {
        JsonNode eligibility = awaitAnswer("catalog learns of the approval", EVENT,
                () -> gateway.get("/api/catalog/eligibility", provider),
                answer -> answer.status() == 200 && !answer.json().path("approval").isNull()
                        && !answer.json().path("approval").isMissingNode()).json();
        assertThat(strings(eligibility.get("missing"))).containsExactlyElementsOf(ALL_BUT_APPROVAL);

        Gateway.Answer created = gateway.post("/api/catalog/products", provider, productContent());
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String productId = text(created.json(), "id");

        Gateway.Answer refused = gateway.post("/api/catalog/products/" + productId + "/submit", provider, null);
        assertThat(refused.status()).as("%s", refused).isEqualTo(422);
        assertThat(text(refused.json(), "type")).endsWith("/listing-prerequisites-missing");
        assertThat(strings(refused.json().get("missing"))).as("every missing step").containsExactlyElementsOf(ALL_BUT_APPROVAL);
        assertThat(text(ok(gateway.get("/api/catalog/products/" + productId, provider)).json(), "status")).isEqualTo("DRAFT");

        awaitAnswer("the overview shows a product in progress and the rest to do", EVENT,
                () -> gateway.get("/api/onboarding/overview", provider),
                answer -> answer.status() == 200 && tasks(answer).equals(Map.of("MERCHANT_ACCOUNT", "TODO", "STORE", "TODO",
                        "PRODUCT", "IN_PROGRESS", "DEPOSIT", "TODO")));
        return productId;
    }

    /**
     * WeChat Pay: review, the remittance check (the provider remits the asked amount with the asked
     * memo from its corporate account), the signing by QR, active. The sandbox is told to stop at the
     * remittance and at the signing so that each state is seen, and the signer's scan is a control call.
     */
    private void openWechatPayMerchant() {
        Set<String> seen = new LinkedHashSet<>();
        String applicationId;
        ok(sandbox.put("/sandbox/wechatpay/plan", null, Map.of("stopAt", "ACCOUNT_NEED_VERIFY")));
        try {
            Gateway.Answer started = awaitAnswer("merchant-service learns of the approval", EVENT,
                    () -> gateway.post("/api/merchants/wechat-applications", provider, null), answer -> answer.status() == 201);
            JsonNode draft = started.json();
            applicationId = text(draft, "id");
            assertThat(text(draft.path("company"), "name")).isEqualTo(companyName);
            assertThat(text(draft.path("company"), "businessLicenseNumber")).isEqualTo(creditCode);
            assertThat(text(draft.path("legalRepresentative"), "name")).as("pre-filled").isEqualTo(legalRepresentative);
            assertThat(documentKinds(draft)).as("the licence from onboarding").contains("BUSINESS_LICENSE");

            String path = "/api/merchants/wechat-applications/" + applicationId;
            Gateway.Answer filled = ok(gateway.put(path, provider, Map.of(
                    "superAdmin", superAdmin(), "legalRepresentative", legalRepresentativeForm(),
                    "settlementAccount", Map.of("bankName", "招商银行", "accountName", companyName,
                            "accountNumber", corporateAccount, "bankAddressCode", "440300"))));
            assertThat(text(filled.json().path("legalRepresentative"), "idNumber")).as("masked")
                    .isNotEqualTo(idCardNumber).isNotBlank();
            uploadIdCard(path);

            Gateway.Answer submitted = ok(gateway.post(path + "/submit", provider, null));
            assertThat(text(submitted.json(), "status")).isEqualTo("SUBMITTED");
            seen.add("SUBMITTED");
        } finally {
            ok(sandbox.put("/sandbox/wechatpay/plan", null, Map.of()));
        }
        String path = "/api/merchants/wechat-applications/" + applicationId;

        JsonNode verification = awaitStatus("WeChat Pay asks for the remittance", path, "ACCOUNT_VERIFICATION", seen)
                .path("accountVerification");
        long amountFen = verification.path("amountFen").asLong();
        assertThat(amountFen).isPositive();
        assertThat(Instant.parse(text(verification, "deadline"))).isAfter(Instant.now());
        String applymentId = text(ok(gateway.get(path, provider)).json(), "applymentId");
        ok(sandbox.put("/sandbox/wechatpay/applyments/" + applymentId + "/plan", null, Map.of("stopAt", "NEED_SIGN")));
        Gateway.Answer remitted = sandbox.post("/sandbox/bank/transfers", null, Map.of("fromAccountNumber", corporateAccount,
                "fromName", companyName, "toAccountNumber", text(verification, "toAccountNumber"), "amountFen", amountFen,
                "memo", text(verification, "memo")));
        assertThat(remitted.status()).as("%s", remitted).isEqualTo(201);

        JsonNode signing = awaitStatus("WeChat Pay asks for the signature", path, "SIGNING", seen);
        assertThat(text(signing, "signUrl")).startsWith("https://");
        ok(sandbox.post("/sandbox/wechatpay/applyments/" + applymentId + "/advance", null, null));

        JsonNode active = awaitStatus("the WeChat Pay merchant account opens", path, "ACTIVE", seen);
        assertThat(text(active, "merchantId")).isNotBlank();
        assertThat(seen).containsSubsequence("SUBMITTED", "ACCOUNT_VERIFICATION", "SIGNING", "ACTIVE");
    }

    /**
     * Tenpay: registration pre-filled from the WeChat Pay application, confirmation and document
     * review, the corporate bank account, the micro-deposit read off the bank statement, signing, active.
     */
    private void openTenpayMerchant() {
        Set<String> seen = new LinkedHashSet<>();
        String accountId;
        ok(sandbox.put("/sandbox/tenpay/plan", null, Map.of("stopAt", "SIGNING")));
        try {
            Gateway.Answer started = gateway.post("/api/merchants/tenpay-accounts", provider, null);
            assertThat(started.status()).as("%s", started).isEqualTo(201);
            JsonNode draft = started.json();
            accountId = text(draft, "id");
            assertThat(text(draft.path("superAdmin"), "name")).as("pre-filled from WeChat Pay").isEqualTo(legalRepresentative);
            assertThat(text(draft.path("legalRepresentative"), "idNumber")).as("pre-filled, masked").isNotBlank()
                    .isNotEqualTo(idCardNumber);
            assertThat(documentKinds(draft)).contains("BUSINESS_LICENSE");

            String path = "/api/merchants/tenpay-accounts/" + accountId;
            uploadIdCard(path);
            Gateway.Answer submitted = ok(gateway.post(path + "/submit", provider, null));
            assertThat(text(submitted.json(), "status")).isEqualTo("SUBMITTED");
            seen.add("SUBMITTED");
        } finally {
            ok(sandbox.put("/sandbox/tenpay/plan", null, Map.of()));
        }
        String path = "/api/merchants/tenpay-accounts/" + accountId;

        awaitStatus("Tenpay reviews the documents and waits for the bank account", path, "ACTIVATION", seen);
        ok(gateway.put(path + "/bank-account", provider, Map.of("accountType", "CORPORATE", "bankName", "招商银行",
                "branchCity", "深圳", "branchName", "招商银行深圳南山支行", "accountNumber", corporateAccount,
                "controllingPersonIsLegalRepresentative", true)));

        JsonNode awaiting = awaitStatus("Tenpay pays the micro-deposit", path, "AMOUNT_VERIFICATION", seen);
        assertThat(awaiting.path("amountVerification").path("attemptsLeft").asInt()).isEqualTo(3);
        List<JsonNode> paidIn = ok(sandbox.get("/sandbox/bank/accounts/" + corporateAccount + "/statement", null)).json()
                .get("entries").valueStream().filter(entry -> entry.get("amountFen").asLong() > 0).toList();
        assertThat(paidIn).as("the micro-deposit is the only money paid into the account").hasSize(1);
        Gateway.Answer verified = ok(gateway.post(path + "/amount-verification", provider,
                Map.of("amountFen", paidIn.getFirst().get("amountFen").asLong())));
        assertThat(text(verified.json(), "status")).isEqualTo("SIGNING");
        seen.add("SIGNING");
        assertThat(text(verified.json(), "signUrl")).isNotBlank();

        String tenpayAccountId = sandboxTenpayAccount();
        ok(sandbox.post("/sandbox/tenpay/accounts/" + tenpayAccountId + "/advance", null, null));
        JsonNode active = awaitStatus("the Tenpay merchant account opens", path, "ACTIVE", seen);
        assertThat(text(active, "merchantId")).isNotBlank();
        assertThat(seen).containsSubsequence("SUBMITTED", "ACTIVATION", "AMOUNT_VERIFICATION", "SIGNING", "ACTIVE");

        JsonNode mine = ok(gateway.get("/api/merchants/me", provider)).json();
        assertThat(mine.get("anyActive").asBoolean()).isTrue();
        assertThat(mine.get("channels").valueStream().filter(c -> c.get("active").asBoolean()).map(c -> text(c, "channel")))
                .containsExactlyInAnyOrder("WECHAT_PAY", "TENPAY");
        assertThat(mine.toString()).as("numbers masked").doesNotContain(corporateAccount).doesNotContain(idCardNumber);
    }

    private void publishStore() {
        ok(gateway.put("/api/onboarding/store", provider, Map.of("name", "旅程云" + run, "introduction",
                "旅程云提供云监控与运维自动化服务。", "customerService", Map.of("phone", "0755-86013388",
                        "email", "support@journey.example", "hours", "周一至周五 9:00-18:00"),
                "featuredProducts", List.of("旅程云监控"))));
        Gateway.Answer submitted = ok(gateway.post("/api/onboarding/store/submit", provider, null));
        assertThat(text(submitted.json().path("current"), "status")).isEqualTo("SUBMITTED");

        Gateway.Answer approved = ok(gateway.post("/api/onboarding/stores/" + providerId + "/approve", operator, null));

        assertThat(text(approved.json().path("published"), "status")).isEqualTo("PUBLISHED");
        JsonNode profile = ok(gateway.get("/api/onboarding/stores/" + providerId + "/profile", null)).json();
        assertThat(text(profile.path("profile"), "name")).isEqualTo("旅程云" + run);
    }

    /** WeChat Pay, with an Idempotency-Key; the sandbox's channel takes the payment and notifies billing. */
    private void payDeposit() {
        JsonNode due = awaitAnswer("billing opens the deposit account", EVENT,
                () -> gateway.get("/api/billing/deposit", provider), answer -> answer.status() == 200).json();
        assertThat(due.get("requiredFen").asLong()).isEqualTo(500_000);
        assertThat(due.get("paidFen").asLong()).isZero();
        assertThat(text(due, "status")).isEqualTo("UNPAID");

        Map<String, String> key = Map.of("Idempotency-Key", "deposit-" + run);
        Gateway.Answer payment = gateway.post("/api/billing/deposit/payments", provider, Map.of("method", "WECHAT_PAY"), key);
        assertThat(payment.status()).as("%s", payment).isEqualTo(201);
        String paymentId = text(payment.json(), "id");
        assertThat(payment.json().get("amountFen").asLong()).isEqualTo(500_000);
        assertThat(text(payment.json(), "status")).isEqualTo("PENDING");
        assertThat(text(payment.json(), "payUrl")).isNotBlank();
        Gateway.Answer replay = gateway.post("/api/billing/deposit/payments", provider, Map.of("method", "WECHAT_PAY"), key);
        assertThat(text(replay.json(), "id")).as("the same key pays once").isEqualTo(paymentId);

        JsonNode paid = awaitAnswer("the channel's notification completes the payment", EVENT,
                () -> gateway.get("/api/billing/deposit", provider),
                answer -> answer.status() == 200 && "PAID".equals(text(answer.json(), "status"))).json();
        assertThat(paid.get("paidFen").asLong()).isEqualTo(500_000);
        List<JsonNode> records = ok(gateway.get("/api/billing/deposit/payments", provider)).json().get("items")
                .valueStream().toList();
        assertThat(records).hasSize(1);
        assertThat(text(records.getFirst(), "id")).isEqualTo(paymentId);
        assertThat(text(records.getFirst(), "status")).isEqualTo("PAID");
    }

    private void listProduct(String productId) {
        awaitAnswer("catalog learns of the merchant account, the store and the deposit", EVENT,
                () -> gateway.get("/api/catalog/eligibility", provider),
                answer -> answer.status() == 200 && answer.json().get("missing").isEmpty());
        Gateway.Answer submitted = ok(gateway.post("/api/catalog/products/" + productId + "/submit", provider, null));
        assertThat(text(submitted.json(), "status")).isEqualTo("UNDER_REVIEW");

        JsonNode queue = ok(gateway.get("/api/catalog/products/under-review?size=100", operator)).json();
        assertThat(queue.get("items").valueStream().map(item -> text(item, "id"))).contains(productId);
        List<Map<String, Object>> checklist = ok(gateway.get("/api/catalog/products/review-standards", operator)).json()
                .valueStream().map(item -> Map.<String, Object>of("code", text(item, "code"), "passed", true)).toList();
        Gateway.Answer approved = ok(gateway.post("/api/catalog/products/" + productId + "/approve", operator,
                Map.of("checklist", checklist)));
        assertThat(text(approved.json(), "status")).isEqualTo("LISTED");

        JsonNode listed = ok(gateway.get("/api/catalog/products/" + productId, null)).json();
        assertThat(text(listed, "status")).isEqualTo("LISTED");
        assertThat(text(listed, "name")).isEqualTo("旅程云监控");
        JsonNode inCategory = ok(gateway.get("/api/catalog/products?categoryId=" + categoryId + "&size=100", null)).json();
        assertThat(inCategory.get("items").valueStream().map(item -> text(item, "id"))).contains(productId);
    }

    private void completeOrderAndSeeTheFeeAndShare(String productId) {
        Gateway.Answer order = sandbox.post("/sandbox/orders", null, Map.of("providerId", providerId, "productId", productId,
                "amountFen", ORDER_FEN));
        assertThat(order.status()).as("%s", order).isEqualTo(202);
        YearMonth month = YearMonth.from(Instant.parse(text(order.json(), "completedAt")).atZone(SHANGHAI));

        JsonNode statement = awaitAnswer("billing charges the commission", EVENT,
                () -> gateway.get("/api/billing/statements/" + month, provider),
                answer -> answer.status() == 200 && answer.json().path("orders").path("count").asLong() > 0).json();
        assertThat(statement.get("orders").get("count").asLong()).isEqualTo(1);
        assertThat(statement.get("orders").get("amountFen").asLong()).isEqualTo(ORDER_FEN);
        assertThat(statement.get("orders").get("feeFen").asLong()).as("10%, half-up to the fen").isEqualTo(FEE_FEN);
        assertThat(statement.get("orders").get("netFen").asLong()).isEqualTo(SHARE_FEN);
        assertThat(statement.get("feesFen").asLong()).isEqualTo(FEE_FEN);
        assertThat(statement.get("netFen").asLong()).isEqualTo(SHARE_FEN);

        JsonNode balance = ok(gateway.get("/api/billing/balance", provider)).json();
        assertThat(balance.get("totalFen").asLong()).isEqualTo(SHARE_FEN);
        assertThat(balance.get("pendingFen").asLong()).as("in the review window").isEqualTo(SHARE_FEN);
        assertThat(balance.get("withdrawableFen").asLong()).isZero();
    }

    private void overviewShowsEveryTaskDone() {
        awaitAnswer("the overview shows every task done", EVENT, () -> gateway.get("/api/onboarding/overview", provider),
                answer -> answer.status() == 200 && tasks(answer).equals(Map.of("MERCHANT_ACCOUNT", "DONE", "STORE", "DONE",
                        "PRODUCT", "DONE", "DEPOSIT", "DONE")));
    }

    // ---- forms and documents

    private Map<String, Object> applicationForm(List<JsonNode> agreements, LocalDate establishedOn, long registeredCapitalFen,
                                                int technicalStaff, int supportStaff, int supportHoursPerDay,
                                                List<Long> categoryIds) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("agreements", agreements.stream()
                .map(a -> Map.of("code", text(a, "code"), "version", text(a, "version"))).toList());
        form.put("businessLicenseNumber", creditCode);
        form.put("establishedOn", establishedOn.toString());
        form.put("registeredCapitalFen", registeredCapitalFen);
        form.put("technicalStaff", technicalStaff);
        form.put("supportStaff", supportStaff);
        form.put("supportSchedule", Map.of("daysPerWeek", 5, "hoursPerDay", supportHoursPerDay));
        form.put("categoryIds", categoryIds);
        form.put("contact", Map.of("name", "王芳", "mobile", "13912345678", "email", "bd@journey.example"));
        return form;
    }

    private Map<String, Object> productContent() {
        return Map.of("categoryId", categoryId, "name", "旅程云监控", "summary", "主机与应用的一站式监控告警",
                "description", "采集主机、容器与应用指标，按阈值与趋势告警，支持微信与短信通知。",
                "deliveryType", "SAAS",
                "pricePlans", List.of(Map.of("name", "标准版", "billingCycle", "MONTHLY", "amountFen", ORDER_FEN)),
                "contact", Map.of("name", "王芳", "phone", "0755-86013388", "email", "sales@journey.example"));
    }

    private Map<String, Object> superAdmin() {
        return Map.of("type", "LEGAL_REPRESENTATIVE", "name", legalRepresentative, "idNumber", idCardNumber,
                "mobile", "13800138000", "email", "admin@journey.example");
    }

    private Map<String, Object> legalRepresentativeForm() {
        return Map.of("idType", "MAINLAND_ID_CARD", "name", legalRepresentative, "idNumber", idCardNumber,
                "validFrom", "2020-01-01", "validUntil", "2040-01-01");
    }

    private void uploadIdCard(String applicationPath) {
        ok(gateway.upload(applicationPath + "/documents/ID_CARD_FRONT", provider, "id-front.jpg", "image/jpeg",
                Documents.idCardJpeg(new Color(0xDDE8F0))));
        ok(gateway.upload(applicationPath + "/documents/ID_CARD_BACK", provider, "id-back.jpg", "image/jpeg",
                Documents.idCardJpeg(new Color(0xF0E6D2))));
    }

    private String sandboxTenpayAccount() {
        return ok(sandbox.get("/sandbox/tenpay/accounts", null)).json().valueStream()
                .filter(account -> corporateAccount.equals(text(account, "bankAccountNumber")))
                .map(account -> text(account, "accountId")).findFirst()
                .orElseThrow(() -> new AssertionError("the sandbox's Tenpay holds no account for " + corporateAccount));
    }

    // ---- waiting and reading

    /** Polls a merchant form until it reaches {@code status}, noting every status seen on the way. */
    private JsonNode awaitStatus(String what, String path, String status, Set<String> seen) {
        return awaitAnswer(what, PARTNER_STEP, () -> {
            Gateway.Answer answer = gateway.get(path, provider);
            if (answer.status() == 200) {
                seen.add(text(answer.json(), "status"));
            }
            return answer;
        }, answer -> answer.status() == 200 && status.equals(text(answer.json(), "status"))).json();
    }

    /** Asks until the answer is the awaited one, within {@code atMost}; a timeout shows the last answer. */
    private static Gateway.Answer awaitAnswer(String what, Duration atMost, Supplier<Gateway.Answer> call,
                                              Predicate<Gateway.Answer> done) {
        AtomicReference<Gateway.Answer> last = new AtomicReference<>();
        try {
            return await(what).atMost(atMost).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions()
                    .until(() -> {
                        Gateway.Answer answer = call.get();
                        last.set(answer);
                        return answer;
                    }, done);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(what + ": not within " + atMost + "; last answer: " + last.get(), e);
        }
    }

    private static Gateway.Answer ok(Gateway.Answer answer) {
        assertThat(answer.status()).as("%s", answer).isBetween(200, 299);
        return answer;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asString();
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static List<String> documentKinds(JsonNode form) {
        return form.path("documents").valueStream().map(d -> text(d, "kind")).toList();
    }

    private static Map<String, String> tasks(Gateway.Answer overview) {
        Map<String, String> tasks = new LinkedHashMap<>();
        overview.json().get("tasks").valueStream().forEach(t -> tasks.put(text(t, "task"), text(t, "status")));
        return tasks;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
