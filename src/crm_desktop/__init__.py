"""crm-desktop: a local-first desktop CRM for small businesses."""
