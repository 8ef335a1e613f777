package cloud.marketplace.sandbox.bank;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.marketplace.sandbox.wechatpay.SandboxPartnerTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

class BankControllerTest extends SandboxPartnerTest {

    @Test
    void aTransferShowsOnBothStatements() {
        ResponseEntity<String> created = controls().post().uri("/sandbox/bank/transfers").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("fromAccountNumber", "6222000000000001", "toAccountNumber", "6222000000000002", "amountFen", 53,
                        "memo", "测试")).retrieve().toEntity(String.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);

        JsonNode from = read(controls().get().uri("/sandbox/bank/accounts/6222000000000001/statement").retrieve().body(String.class));
        JsonNode to = read(controls().get().uri("/sandbox/bank/accounts/6222000000000002/statement").retrieve().body(String.class));
        assertThat(from.get("balanceFen").asLong()).isEqualTo(-53);
        assertThat(to.get("entries").get(0).get("amountFen").asLong()).isEqualTo(53);
        assertThat(to.get("entries").get(0).get("memo").asString()).isEqualTo("测试");
    }

    @Test
    void aTransferOfNothingIsRefused() {
        ResponseEntity<String> refused = controls().post().uri("/sandbox/bank/transfers").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("fromAccountNumber", "1", "toAccountNumber", "2", "amountFen", 0)).retrieve().toEntity(String.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
    }
}
