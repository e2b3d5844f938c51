"""Clients generated from Tencent Cloud API documents."""
