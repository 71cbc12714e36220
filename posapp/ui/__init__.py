"""PySide6 screens. The only package that imports Qt; it talks to posapp.service only."""
