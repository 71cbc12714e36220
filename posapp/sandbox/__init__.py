"""Loopback simulators of the providers, for demo, training and tests."""
