"""Alongside: a retrieval-grounded assistant for the people around someone who refuses treatment."""

__version__ = "0.1.0"
