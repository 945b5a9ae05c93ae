"""Scripted eval suites for Alongside: load them, run them through the turn function, report."""
