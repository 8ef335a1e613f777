package cloud.marketplace.onboarding.support;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.marketplace.platform.test.TestTokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;

/** The provider's steps through the API, for tests that need a provider at some point of its journey. */
public final class Journey {

    private final Api api;
    private final LocalDate today;

    public Journey(Api api, LocalDate today) {
        this.api = api;
        this.today = today;
    }

    public static String newProvider() {
        return "p-" + UUID.randomUUID();
    }

    public Companies.Company verify(String provider) {
        Companies.Company company = Companies.next();
        Api.Answer answer = api.post("/api/onboarding/real-name-verification", TestTokens.provider(provider), Map.of(
                "companyName", company.name(), "creditCode", company.creditCode(),
                "legalRepresentativeName", company.legalRepresentative()));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return company;
    }

    public String start(String provider) {
        Api.Answer answer = api.post("/api/onboarding/applications", TestTokens.provider(provider), null);
        assertThat(answer.status()).as(answer.toString()).isIn(200, 201);
        return answer.text("id");
    }

    /** Agreements in force, accepted in their current versions. */
    public List<Map<String, Object>> allAgreements() {
        List<Map<String, Object>> accepted = new ArrayList<>();
        api.get("/api/onboarding/agreements", null).json().forEach(a ->
                accepted.add(Map.of("code", a.path("code").asString(), "version", a.path("version").asString())));
        return accepted;
    }

    /** A form meeting every entry condition, for the given company. */
    public Map<String, Object> completeForm(Companies.Company company, List<Long> categoryIds) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("agreements", allAgreements());
        form.put("businessLicenseNumber", company.creditCode());
        form.put("establishedOn", today.minusYears(3).toString());
        form.put("registeredCapitalFen", 50_000_000L);
        form.put("technicalStaff", 6);
        form.put("supportStaff", 4);
        form.put("supportSchedule", Map.of("daysPerWeek", 5, "hoursPerDay", 8));
        form.put("categoryIds", categoryIds);
        form.put("contact", Map.of("name", "李四", "mobile", "13800138000", "email", "li.si@example.cn"));
        return form;
    }

    public void fill(String provider, String id, Map<String, Object> form) {
        Api.Answer answer = api.put("/api/onboarding/applications/" + id, TestTokens.provider(provider), form);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    public void attachLicense(String provider, String id, byte[] image) {
        Api.Answer answer = api.upload("/api/onboarding/applications/" + id + "/business-license",
                TestTokens.provider(provider), image, "license.png", MediaType.IMAGE_PNG);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    /** Verified, filled, licence attached, submitted: the application id. */
    public String submitted(String provider) {
        Companies.Company company = verify(provider);
        String id = start(provider);
        fill(provider, id, completeForm(company, List.of(101L, 102L)));
        attachLicense(provider, id, Images.png());
        Api.Answer answer = api.post("/api/onboarding/applications/" + id + "/submit", TestTokens.provider(provider), null);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return id;
    }

    /** A provider whose application an operator approved: the application id. */
    public String approved(String provider) {
        String id = submitted(provider);
        Api.Answer answer = api.post("/api/onboarding/applications/" + id + "/approve", TestTokens.operator(), null);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return id;
    }
}
