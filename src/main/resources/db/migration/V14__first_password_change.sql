-- The first staff account is made from FIRST_STAFF_PASSWORD, a password that sat in a
-- deployment file: its owner must choose their own at the first sign-in, before anything else.
ALTER TABLE accounts ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
