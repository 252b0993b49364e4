"""Running the site: the periodic jobs and their scheduler, heartbeats and what /healthz reports."""
