package cloud.marketplace.sandbox.realname;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** What the sandbox's company registry was told about particular companies (by credit code). */
@Component
class RealNameRegistry {

    enum Outcome { VERIFIED, FAIL }

    record Instruction(Outcome outcome, String reason) {
    }

    private final Map<String, Instruction> instructions = new ConcurrentHashMap<>();

    void instruct(String creditCode, Instruction instruction) {
        instructions.put(creditCode, instruction);
    }

    Optional<Instruction> instructionFor(String creditCode) {
        return Optional.ofNullable(instructions.get(creditCode));
    }

    /** VERIFIED for any company with a valid credit code, unless told to fail it. */
    Verdict verify(String companyName, String creditCode) {
        Optional<Instruction> told = instructionFor(creditCode);
        if (told.isPresent() && told.get().outcome() == Outcome.FAIL) {
            return new Verdict(false, null, told.get().reason() == null ? "企业信息与登记信息不一致" : told.get().reason());
        }
        if (!CreditCodes.isValid(creditCode)) {
            return new Verdict(false, null, "统一社会信用代码校验失败");
        }
        return new Verdict(true, companyName, null);
    }

    record Verdict(boolean verified, String companyName, String reason) {
    }
}
