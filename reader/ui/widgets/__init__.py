"""Widgets: the article table, the article body and the category list."""
