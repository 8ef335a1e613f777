package cloud.marketplace.billing.ledger;

import cloud.marketplace.contracts.events.IntegrationEvent;

/** An event read from the orders topic, with its registered {@code ce_type} name. */
record ReceivedEvent(String typeName, IntegrationEvent event) {
}
