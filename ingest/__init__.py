"""Ingestion: load documents, clean them, chunk, embed and upsert them into the index."""
