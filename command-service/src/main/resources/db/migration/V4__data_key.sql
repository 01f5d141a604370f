-- One data key per content item (experiment/<id>, .../observation/<id>, learning/<id>/revision/<n>, ...),
-- wrapped by the key-encryption key of version kek_version (AES-GCM, the item key as associated data).
-- Erased: the row stays with wrapped and kek_version null and erased_at set, so the item never gets a
-- new key. The C collation orders keys bytewise, so "every item under experiment/<id>/" is an index range.
CREATE TABLE data_key (
    item         TEXT COLLATE "C" PRIMARY KEY,
    wrapped      BYTEA       NULL,
    kek_version  INTEGER     NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    erased_at    TIMESTAMPTZ NULL,
    CHECK ((erased_at IS NULL) = (wrapped IS NOT NULL AND kek_version IS NOT NULL))
);
