-- The language a person reads the portal and its mails in ("en", "es"). NULL: no choice made,
-- pages follow the browser's Accept-Language and mails the language of the page that caused them.
ALTER TABLE accounts ADD COLUMN language VARCHAR(16) NULL;
