--liquibase formatted sql

--changeset billing:005-withdrawal
CREATE TABLE withdrawal (
    id                    CHAR(32)     PRIMARY KEY,
    provider_id           VARCHAR(64)  NOT NULL,
    amount_fen            BIGINT       NOT NULL,
    status                VARCHAR(16)  NOT NULL,
    channel               VARCHAR(16)  NOT NULL,
    merchant_id           VARCHAR(64)  NOT NULL,
    bank_name             VARCHAR(128) NULL,
    account_name          VARCHAR(128) NULL,
    -- masked: the full number stays with merchant-service
    account_number_masked VARCHAR(64)  NULL,
    payout_reference      VARCHAR(64)  NULL,
    failure               VARCHAR(255) NULL,
    requested_at          DATETIME(6)  NOT NULL,
    completed_at          DATETIME(6)  NULL,
    version               INT          NOT NULL DEFAULT 0,
    INDEX ix_withdrawal_provider (provider_id, requested_at),
    INDEX ix_withdrawal_status (status, requested_at)
);
