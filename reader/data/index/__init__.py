"""The SQLite index of a folder: `ArticleIndex` loads the folder's files into it (ingest, in
worker processes) and answers `ArticleQuery`s with article ids, rows and articles.

Takes a folder and queries; gives articles, problems and progress. Nothing else opens it.
"""
