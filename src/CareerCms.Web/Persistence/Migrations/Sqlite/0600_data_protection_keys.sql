-- ASP.NET Core data-protection keys (the keys behind sign-in cookies, antiforgery tokens and tokens issued to the
-- backoffice), in the database so that every node shares them. Each row is one key's XML as the key manager wrote
-- it: encrypted with the key-encryption certificate (CareerCms:DataProtection), never in the clear.
CREATE TABLE careercmsDataProtectionKey (
    friendlyName TEXT NOT NULL PRIMARY KEY,
    xml TEXT NOT NULL,
    created TEXT NOT NULL
);
