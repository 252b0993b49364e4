"""Newsletters: issues of the programme newsletter, subscribers and sending."""
