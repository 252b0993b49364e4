"""Screenshots of the real admin for the editor's guide (docs/editors.md).

The browser journeys take them as they go, so the guide shows the admin as it is today: a
journey that breaks, or a screen that changes, changes the picture in the same run.
"""

from pathlib import Path

GUIDE_IMAGES = Path(__file__).resolve().parents[2] / "docs" / "editors"

#: {file name without .png: what it shows}; docs/editors.md shows each, and only these
GUIDE_SCREENSHOTS = {
    "tool-with-document": "A new tool in its pack, with its document uploaded",
    "tool-submitted": "The tool submitted to Programme review",
    "reviewer-dashboard": "A reviewer's dashboard: the tool awaiting review",
    "tool-approved": "The reviewer approves the tool",
    "newsletter-issue": "Building a newsletter issue from blocks",
    "newsletter-send": "Sending an issue: the test email and the send button",
    "event-new": "A new event: dates, venue, capacity and who may book",
    "event-bookings": "An event's bookings: attendance, waitlist and staff actions",
    "moderation-queue": "The moderation queue: a reported post",
}


def screenshot(page, name):
    """Save what the tab shows now as the guide's picture `name`."""
    if name not in GUIDE_SCREENSHOTS:
        raise KeyError(f"{name!r} is not one of the guide's screenshots (GUIDE_SCREENSHOTS)")
    GUIDE_IMAGES.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=GUIDE_IMAGES / f"{name}.png", animations="disabled")
