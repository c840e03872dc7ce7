"""Saved views ("smart lists"): the side-bar list, the filter builder, the list chip."""
