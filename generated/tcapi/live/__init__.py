"""Tencent Cloud live API clients, one package per version."""
