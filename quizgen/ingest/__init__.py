"""Articles in: files and uploads → Article (front matter, furniture, dates)."""
