--liquibase formatted sql

--changeset billing:004-invoice
CREATE TABLE commission_invoice (
    id             CHAR(32)     PRIMARY KEY,
    provider_id    VARCHAR(64)  NOT NULL,
    month          CHAR(7)      NOT NULL,
    fee_fen        BIGINT       NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    requested_at   DATETIME(6)  NOT NULL,
    issued_at      DATETIME(6)  NULL,
    issued_by      VARCHAR(128) NULL,
    invoice_number VARCHAR(64)  NULL,
    version        INT          NOT NULL DEFAULT 0,
    UNIQUE KEY uq_commission_invoice_month (provider_id, month),
    INDEX ix_commission_invoice_status (status, requested_at)
);
