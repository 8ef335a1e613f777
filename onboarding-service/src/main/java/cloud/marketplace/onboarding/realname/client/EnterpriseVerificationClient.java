package cloud.marketplace.onboarding.realname.client;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** The enterprise-verification partner's HTTP API (the partner sandbox plays it in local mode). */
@FeignClient(name = "realname", url = "${marketplace.peers.realname-url}")
interface EnterpriseVerificationClient {

    @PostMapping("/realname/v1/enterprise-verifications")
    Answer verify(@RequestBody Request request);

    record Request(String companyName, String creditCode, String legalRepresentativeName) {
    }

    /** {@code verified} is a {@code Boolean} so that an answer without it is recognised as unreadable. */
    record Answer(Boolean verified, String companyName, String reason) {
    }
}
