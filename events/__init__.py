"""Events: online and regional events, bookings, waitlists and calendars."""
