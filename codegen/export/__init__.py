"""Exports of the spec in other tools' formats."""
