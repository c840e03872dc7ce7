"""The Reports menu: choose a report, fill its options, make the PDF in the background."""
