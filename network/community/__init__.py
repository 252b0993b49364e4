"""Peer support: discussion spaces, threads and posts, following, notifications, moderation."""
