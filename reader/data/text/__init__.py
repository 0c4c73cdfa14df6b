"""What is done to words, whatever file they came from: `repair/` undoes wrong decodings and
chooses lost bytes, `restore/` gives Czech its diacritics and OCR-misread letters back.

Takes and gives strings (with a list of what changed); no files, no index.
"""
