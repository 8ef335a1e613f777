package cloud.marketplace.sandbox.realname;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebMvcTest(RealNameController.class)
@Import(RealNameRegistry.class)
class RealNameControllerTest {

    @Autowired
    MockMvc mvc;

    private ResultActions verify(String companyName, String creditCode) throws Exception {
        return mvc.perform(post("/realname/v1/enterprise-verifications").contentType(MediaType.APPLICATION_JSON)
                .content("{\"companyName\": \"" + companyName + "\", \"creditCode\": \"" + creditCode
                        + "\", \"legalRepresentativeName\": \"张三\"}"));
    }

    @Test
    void verifiesAnyCompanyWhoseCreditCodeIsValid() throws Exception {
        verify("福建某某科技有限公司", "91350100M000100Y43")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verified").value(true))
                .andExpect(jsonPath("$.companyName").value("福建某某科技有限公司"));
    }

    @Test
    void refusesACompanyWhoseCreditCodeDoesNotCheck() throws Exception {
        verify("某公司", "91350100M000100Y44")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verified").value(false))
                .andExpect(jsonPath("$.reason").value("统一社会信用代码校验失败"));
        verify("某公司", "91350100M000010Y43").andExpect(jsonPath("$.verified").value(false));
    }

    @Test
    void failsACompanyItWasToldToFailAndVerifiesItAgainWhenToldSo() throws Exception {
        mvc.perform(put("/sandbox/realname/companies/91110000600037341L").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"FAIL\", \"reason\": \"法定代表人不一致\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("FAIL"));

        verify("北京某某有限公司", "91110000600037341L")
                .andExpect(jsonPath("$.verified").value(false))
                .andExpect(jsonPath("$.reason").value("法定代表人不一致"));
        mvc.perform(get("/sandbox/realname/companies/91110000600037341L")).andExpect(jsonPath("$.outcome").value("FAIL"));

        mvc.perform(put("/sandbox/realname/companies/91110000600037341L").contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\": \"VERIFIED\"}")).andExpect(status().isOk());
        verify("北京某某有限公司", "91110000600037341L").andExpect(jsonPath("$.verified").value(true));
    }

    @Test
    void refusesIncompleteRequestsWithAProblem() throws Exception {
        mvc.perform(put("/sandbox/realname/companies/91110000600037341L").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));
        verify("", "91350100M000100Y43").andExpect(status().isBadRequest());
    }
}
