"""The Customers analytics view and the customer-value section of record pages."""
