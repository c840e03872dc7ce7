"""Use cases of the CRM, one module per area. The only code that writes SQL."""
