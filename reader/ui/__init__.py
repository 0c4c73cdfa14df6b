"""The Textual app: screens and widgets over the data layer's index."""
