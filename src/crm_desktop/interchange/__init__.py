"""Reading and writing other formats: CSV, vCard, iCalendar (no Qt)."""
