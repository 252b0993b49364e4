"""What kind of tool a resource page is, and the plural headings a pack's tools go under.

Below both resources/models.py and resources/library.py, which import it.
"""

from django.db import models


class ToolType(models.TextChoices):
    PRACTICE_TOOL = "practice-tool", "Practice tool"
    POLICY_TOOL = "policy-tool", "Policy tool"
    BRIEFING = "briefing", "Briefing"
    TEMPLATE = "template", "Template"
    GUIDE = "guide", "Guide"
    CASE_STUDY = "case-study", "Case study"
    VIDEO = "video", "Video"
    SLIDE_DECK = "slide-deck", "Slide deck"


TOOL_TYPE_PLURALS = {
    ToolType.PRACTICE_TOOL: "Practice tools",
    ToolType.POLICY_TOOL: "Policy tools",
    ToolType.BRIEFING: "Briefings",
    ToolType.TEMPLATE: "Templates",
    ToolType.GUIDE: "Guides",
    ToolType.CASE_STUDY: "Case studies",
    ToolType.VIDEO: "Videos",
    ToolType.SLIDE_DECK: "Slide decks",
}
