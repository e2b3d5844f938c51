"""Tencent Cloud mps API clients, one package per version."""
