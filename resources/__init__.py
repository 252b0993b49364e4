"""Resource packs: the practice and policy packs, one per topic, and their tools."""
