--liquibase formatted sql

--changeset billing:003-ledger
-- Every movement of a provider's money is one immutable row; a balance is the sum of net_fen.
-- ORDER: gross = order amount, fee = platform fee, net = provider share.
-- REFUND: the same three, negative, in proportion. WITHDRAWAL and WITHDRAWAL_REVERSAL: net only.
CREATE TABLE ledger_entry (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    provider_id       VARCHAR(64) NOT NULL,
    kind              VARCHAR(24) NOT NULL,
    order_id          VARCHAR(64) NULL,
    -- the order id on ORDER rows only: an order is charged once, whatever arrives twice
    order_key         VARCHAR(64) NULL,
    product_id        VARCHAR(64) NULL,
    gross_fen         BIGINT      NOT NULL,
    fee_fen           BIGINT      NOT NULL,
    net_fen           BIGINT      NOT NULL,
    rate_basis_points INT         NULL,
    occurred_at       DATETIME(6) NOT NULL,
    -- the end of the review window: before it the movement is pending, from it withdrawable
    available_at      DATETIME(6) NOT NULL,
    event_id          VARCHAR(36) NULL,
    withdrawal_id     CHAR(32)    NULL,
    recorded_at       DATETIME(6) NOT NULL,
    UNIQUE KEY uq_ledger_entry_order (order_key),
    INDEX ix_ledger_entry_provider (provider_id, occurred_at),
    INDEX ix_ledger_entry_order_id (order_id)
);

-- One row per provider, locked to serialize the withdrawals of one provider.
CREATE TABLE ledger_account (
    provider_id VARCHAR(64) PRIMARY KEY,
    created_at  DATETIME(6) NOT NULL
);
