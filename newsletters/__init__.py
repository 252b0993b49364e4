"""Newsletters: issues and their archive, subscribers, sending, public feeds and QR codes."""
