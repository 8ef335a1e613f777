--liquibase formatted sql

--changeset billing:001-deposit
-- Tiers with the instant they take effect; the tier in force is the latest one already effective.
-- applied_at: when the accounts were brought to this tier (a future tier is applied when it takes effect).
CREATE TABLE deposit_tier (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    amount_fen     BIGINT       NOT NULL,
    effective_from DATETIME(6)  NOT NULL,
    applied_at     DATETIME(6)  NULL,
    created_at     DATETIME(6)  NOT NULL,
    created_by     VARCHAR(128) NOT NULL,
    INDEX ix_deposit_tier_effective (effective_from, id)
);

-- The one tier of the seed: 5,000 CNY.
INSERT INTO deposit_tier (amount_fen, effective_from, applied_at, created_at, created_by)
VALUES (500000, '2019-01-01 00:00:00', '2019-01-01 00:00:00', '2019-01-01 00:00:00', 'seed');

CREATE TABLE deposit_account (
    provider_id  VARCHAR(64) PRIMARY KEY,
    required_fen BIGINT      NOT NULL,
    paid_fen     BIGINT      NOT NULL,
    status       VARCHAR(16) NOT NULL,
    status_since DATETIME(6) NOT NULL,
    opened_at    DATETIME(6) NOT NULL,
    version      INT         NOT NULL DEFAULT 0
);

-- Deposits paid before this system, imported by an administrator: one per provider.
CREATE TABLE legacy_deposit (
    provider_id VARCHAR(64)  PRIMARY KEY,
    paid_fen    BIGINT       NOT NULL,
    paid_on     DATE         NOT NULL,
    imported_at DATETIME(6)  NOT NULL,
    imported_by VARCHAR(128) NOT NULL
);
