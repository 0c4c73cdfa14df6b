"""Screens: the article list, one article, help and load problems."""
