"""How article values read in a terminal, for the CLI and the UI alike: one safe line, short
dates, control characters as symbols, web links, the article's Markdown as Rich renders it.

Takes articles and their values; gives strings and Rich renderables. Never imports Textual.
"""
