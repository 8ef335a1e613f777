package cloud.marketplace.sandbox.autopilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(AutopilotController.class)
@TestPropertySource(properties = {"sandbox.autopilot.enabled=false", "sandbox.autopilot.step-delay-ms=250"})
class AutopilotControllerTest {

    @TestConfiguration
    @EnableConfigurationProperties(AutopilotProperties.class)
    @Import(Autopilot.class)
    static class AutopilotConfiguration {
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Autopilot autopilot;

    @Test
    void answersTheSettingsItStartedWith() throws Exception {
        mvc.perform(get("/sandbox/autopilot"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false))
                .andExpect(jsonPath("$.stepDelayMs").value(250));
    }

    @Test
    @DirtiesContext
    void changesTheSettingsThatThePartnersRead() throws Exception {
        mvc.perform(put("/sandbox/autopilot").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\": true, \"stepDelayMs\": 0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.stepDelayMs").value(0));

        assertThat(autopilot.settings()).isEqualTo(new AutopilotSettings(true, 0));
        mvc.perform(get("/sandbox/autopilot"))
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.stepDelayMs").value(0));
    }

    @Test
    void rejectsMissingAndOutOfRangeFieldsWithAValidationProblemListingEach() throws Exception {
        mvc.perform(put("/sandbox/autopilot").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"stepDelayMs\": -5}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://marketplace.example/problems/validation"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("enabled", "stepDelayMs")));

        assertThat(autopilot.settings()).isEqualTo(new AutopilotSettings(false, 250));
    }

    @Test
    void rejectsADelayLongerThanAnHour() throws Exception {
        mvc.perform(put("/sandbox/autopilot").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\": true, \"stepDelayMs\": 3600001}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stepDelayMs"));
    }

    @Test
    void rejectsABodyThatIsNotJsonOfTheRightShapeWithAProblem() throws Exception {
        mvc.perform(put("/sandbox/autopilot").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\": \"sometimes\", \"stepDelayMs\": 10}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://marketplace.example/problems/malformed-request"));
    }
}
