package cloud.marketplace.sandbox.bank;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The provider's bank: its statement, and the transfers it makes (WeChat Pay's remittance check when autopilot is off). */
@RestController
@RequestMapping("/sandbox/bank")
class BankController {

    private final SandboxBank bank;

    BankController(SandboxBank bank) {
        this.bank = bank;
    }

    @GetMapping("/accounts/{accountNumber}/statement")
    Statement statement(@PathVariable String accountNumber) {
        List<SandboxBank.Entry> entries = bank.statementOf(accountNumber);
        return new Statement(accountNumber, entries.stream().mapToLong(SandboxBank.Entry::amountFen).sum(), entries);
    }

    @PostMapping("/transfers")
    @ResponseStatus(HttpStatus.CREATED)
    SandboxBank.Transfer transfer(@Valid @RequestBody TransferRequest request) {
        return bank.transfer(request.fromAccountNumber(), request.fromName(), request.toAccountNumber(), null,
                request.amountFen(), request.memo());
    }

    record Statement(String accountNumber, long balanceFen, List<SandboxBank.Entry> entries) {
    }

    record TransferRequest(@NotBlank @Size(max = 40) String fromAccountNumber, @Size(max = 200) String fromName,
                           @NotBlank @Size(max = 40) String toAccountNumber, @NotNull @Positive Long amountFen,
                           @Size(max = 100) String memo) {
    }
}
