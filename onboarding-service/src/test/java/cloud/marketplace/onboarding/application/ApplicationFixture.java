package cloud.marketplace.onboarding.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Applications with fixed data and a fixed clock, complete unless a test changes one thing. */
final class ApplicationFixture {

    static final Instant NOW = Instant.parse("2024-06-01T02:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2024-06-01");
    static final VerifiedCompany COMPANY = new VerifiedCompany("腾讯云计算（北京）有限责任公司", "91110108551385082Q", "张三");
    static final List<Agreement> IN_FORCE = List.of(
            new Agreement("PARTNER_COOPERATION", "2023-09", "《腾讯云产品合作伙伴合作协议》", "https://x/1"),
            new Agreement("QIANFAN_MARKETPLACE_ACCESS", "2023-09", "《腾讯千帆云市场接入协议》", "https://x/2"),
            new Agreement("MARKETPLACE_PROVIDER_ACCESS", "2024-11", "《腾讯云云市场服务商接入协议》", "https://x/3"),
            new Agreement("MARKETPLACE_MANAGEMENT_RULES", "2024-11", "《云市场管理规范》", "https://x/4"));
    static final LicenseFile LICENSE = new LicenseFile("image/png", 1024, "ab".repeat(32), NOW);

    static ApplicationForm completeForm() {
        return new ApplicationForm(allAccepted(), COMPANY.creditCode(), LocalDate.parse("2020-03-15"), 50_000_000L, 6, 4,
                new SupportSchedule(5, new BigDecimal("8")), List.of(101L, 102L),
                new Contact("李四", "13800138000", "li.si@example.cn"));
    }

    static List<AcceptedAgreement> allAccepted() {
        return IN_FORCE.stream().map(a -> new AcceptedAgreement(a.code(), a.version(), NOW)).toList();
    }

    static Application draft(ApplicationForm form) {
        Application application = Application.start("app-1", "p-1", COMPANY, NOW);
        application.fill(form, COMPANY, NOW);
        application.attachLicense(LICENSE, COMPANY, NOW);
        return application;
    }

    static Application submitted() {
        Application application = draft(completeForm());
        application.submit(COMPANY, context(TODAY), NOW);
        return application;
    }

    static SubmissionContext context(LocalDate today) {
        return new SubmissionContext(today, IN_FORCE, CategoryVerdict.allValid());
    }

    static SubmissionContext context(LocalDate today, Map<Long, String> invalidCategories) {
        return new SubmissionContext(today, IN_FORCE, new CategoryVerdict(invalidCategories));
    }

    static ApplicationForm with(ApplicationForm f, LocalDate establishedOn) {
        return new ApplicationForm(f.agreements(), f.businessLicenseNumber(), establishedOn, f.registeredCapitalFen(),
                f.technicalStaff(), f.supportStaff(), f.supportSchedule(), f.categoryIds(), f.contact());
    }

    static ApplicationForm withCapital(ApplicationForm f, Long fen) {
        return new ApplicationForm(f.agreements(), f.businessLicenseNumber(), f.establishedOn(), fen,
                f.technicalStaff(), f.supportStaff(), f.supportSchedule(), f.categoryIds(), f.contact());
    }

    static ApplicationForm withStaff(ApplicationForm f, Integer technical, Integer support) {
        return new ApplicationForm(f.agreements(), f.businessLicenseNumber(), f.establishedOn(), f.registeredCapitalFen(),
                technical, support, f.supportSchedule(), f.categoryIds(), f.contact());
    }

    static ApplicationForm withSupport(ApplicationForm f, SupportSchedule schedule) {
        return new ApplicationForm(f.agreements(), f.businessLicenseNumber(), f.establishedOn(), f.registeredCapitalFen(),
                f.technicalStaff(), f.supportStaff(), schedule, f.categoryIds(), f.contact());
    }

    static ApplicationForm withAgreements(ApplicationForm f, List<AcceptedAgreement> agreements) {
        return new ApplicationForm(agreements, f.businessLicenseNumber(), f.establishedOn(), f.registeredCapitalFen(),
                f.technicalStaff(), f.supportStaff(), f.supportSchedule(), f.categoryIds(), f.contact());
    }

    static ApplicationForm withCategories(ApplicationForm f, List<Long> categoryIds) {
        return new ApplicationForm(f.agreements(), f.businessLicenseNumber(), f.establishedOn(), f.registeredCapitalFen(),
                f.technicalStaff(), f.supportStaff(), f.supportSchedule(), categoryIds, f.contact());
    }

    static ApplicationForm withLicenseNumber(ApplicationForm f, String number) {
        return new ApplicationForm(f.agreements(), number, f.establishedOn(), f.registeredCapitalFen(),
                f.technicalStaff(), f.supportStaff(), f.supportSchedule(), f.categoryIds(), f.contact());
    }

    private ApplicationFixture() {
    }
}
