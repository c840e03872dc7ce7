"""Analytics over the CRM file: read-only figures computed in SQL, free of Qt."""
