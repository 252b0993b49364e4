"""The home page, general pages, shared StreamField blocks, the topic taxonomy and site settings."""
