package cloud.marketplace.sandbox.bank;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The banks of everyone involved, as one ledger: every transfer shows on the statements of both
 * accounts. Partners pay into providers' accounts (Tenpay's micro-deposit) and learn of what
 * providers remit (WeChat Pay's account verification) as {@link TransferListener}s.
 */
@Component
public class SandboxBank {

    /** One line of an account's statement; {@code amountFen} is positive for money in, negative for money out. */
    public record Entry(String transferId, Instant at, long amountFen, String counterpartyAccountNumber,
                        String counterpartyName, String memo) {
    }

    /** A completed transfer between two accounts. */
    public record Transfer(String transferId, Instant at, String fromAccountNumber, String fromName, String toAccountNumber,
                           String toName, long amountFen, String memo) {
    }

    /** A partner that wants to know of transfers (e.g. the remittance it asked a provider to make). */
    public interface TransferListener {
        void transferred(Transfer transfer);
    }

    private final Map<String, List<Entry>> statements = new ConcurrentHashMap<>();
    private final ObjectProvider<TransferListener> listeners;
    private final Clock clock;

    SandboxBank(ObjectProvider<TransferListener> listeners, Clock clock) {
        this.listeners = listeners;
        this.clock = clock;
    }

    public Transfer transfer(String fromAccountNumber, String fromName, String toAccountNumber, String toName, long amountFen,
                             String memo) {
        if (amountFen <= 0) {
            throw new IllegalArgumentException("a transfer moves a positive amount");
        }
        Transfer transfer = new Transfer("T" + UUID.randomUUID().toString().replace("-", "").substring(0, 20), clock.instant(),
                fromAccountNumber, fromName, toAccountNumber, toName, amountFen, memo);
        statement(fromAccountNumber).add(new Entry(transfer.transferId(), transfer.at(), -amountFen, toAccountNumber, toName, memo));
        statement(toAccountNumber).add(new Entry(transfer.transferId(), transfer.at(), amountFen, fromAccountNumber, fromName, memo));
        listeners.orderedStream().forEach(listener -> listener.transferred(transfer));
        return transfer;
    }

    public List<Entry> statementOf(String accountNumber) {
        return List.copyOf(statements.getOrDefault(accountNumber, new ArrayList<>()));
    }

    private List<Entry> statement(String accountNumber) {
        return statements.computeIfAbsent(accountNumber, number -> new CopyOnWriteArrayList<>());
    }
}
