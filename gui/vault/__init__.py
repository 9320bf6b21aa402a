"""Saved connections and where their secrets live. Imports no Qt."""
