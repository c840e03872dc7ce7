"""Plain data of the CRM: records, ids, money and errors. No I/O, no Qt."""
