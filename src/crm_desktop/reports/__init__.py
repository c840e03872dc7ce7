"""PDF and CSV reports over the figure services; free of Qt."""
