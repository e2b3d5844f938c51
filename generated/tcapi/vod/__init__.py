"""Tencent Cloud vod API clients, one package per version."""
