"""Fact records and what works on facts across articles: names, merging."""
