"""Original demo content for load_demo_content."""
