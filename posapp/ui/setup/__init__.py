"""The technician's first-run setup wizard."""
