"""From a file to an `Article` or a `LoadProblem`: find, read and decode, split and parse the
front matter, coerce its values, infer what a file without one lacks, repair the text.

`pipeline.py` is the one sequence that loading and `reader repair` both follow.
"""
