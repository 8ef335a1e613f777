--liquibase formatted sql

--changeset billing:002-deposit-payment
CREATE TABLE deposit_payment (
    id                     CHAR(32)      PRIMARY KEY,
    provider_id            VARCHAR(64)   NOT NULL,
    method                 VARCHAR(32)   NOT NULL,
    amount_fen             BIGINT        NOT NULL,
    status                 VARCHAR(16)   NOT NULL,
    pay_url                VARCHAR(1024) NULL,
    channel_transaction_id VARCHAR(64)   NULL,
    failure                VARCHAR(255)  NULL,
    created_at             DATETIME(6)   NOT NULL,
    expires_at             DATETIME(6)   NOT NULL,
    paid_at                DATETIME(6)   NULL,
    closed_at              DATETIME(6)   NULL,
    version                INT           NOT NULL DEFAULT 0,
    -- One pending payment per provider, held by the database: NULL for every other status.
    pending_provider       VARCHAR(64) AS (CASE WHEN status = 'PENDING' THEN provider_id END) STORED,
    UNIQUE KEY uq_deposit_payment_one_pending (pending_provider),
    INDEX ix_deposit_payment_provider (provider_id, created_at),
    INDEX ix_deposit_payment_due (status, expires_at)
);

-- Every notification whose signature was valid, with what was done with it. A nonce is accepted once.
CREATE TABLE payment_notification (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    channel     VARCHAR(32) NOT NULL,
    nonce       VARCHAR(64) NOT NULL,
    payment_id  VARCHAR(64) NULL,
    amount_fen  BIGINT      NULL,
    verdict     VARCHAR(32) NOT NULL,
    received_at DATETIME(6) NOT NULL,
    UNIQUE KEY uq_payment_notification_nonce (channel, nonce)
);
