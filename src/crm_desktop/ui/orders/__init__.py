"""Orders: a read-only list of orders (what the dashboard's Orders bars open)."""
