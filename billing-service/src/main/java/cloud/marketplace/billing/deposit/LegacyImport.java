package cloud.marketplace.billing.deposit;

import java.util.List;

/** What an import did: accounts credited, and providers whose identical legacy deposit was already there. */
public record LegacyImport(List<DepositAccount> imported, List<String> alreadyImported) {
}
