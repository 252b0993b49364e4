"""Demo content for the resource library: eight resource packs and their tools."""

PACKS = [
    {
        "slug": "panel-and-meeting-processes",
        "title": "Developing effective panel and meeting processes",
        "primary_topic": "panel-and-meeting-processes",
        "further_topics": [
            "multi-agency-responsibilities",
            "holistic-accounts-of-extra-familial-harm",
        ],
        "summary": (
            "Tools to help partnerships design, run and review the multi-agency panels or meetings "
            "that receive and oversee concerns about young people at risk outside the home."
        ),
        "introduction": (
            "<p>Most ROTH pathways rely on a panel or a regular multi-agency meeting to decide how "
            "concerns about harm outside the home are taken forward. When these meetings work "
            "well, they pull together what partners know about a young person and the places where "
            "they spend time, and they agree clear next steps. When they drift, they can turn into "
            "a list of names with little action attached.</p><p>This pack helps you set up or "
            "refresh your panel arrangements. It covers:</p><ul><li>agreeing the purpose, "
            "membership and decision-making of the panel</li><li>structuring referrals and agendas "
            "so that contexts are discussed, not only individuals</li><li>checking how well the "
            "process is working and what to change</li></ul>"
        ),
        "audiences": [
            "strategic-leads-and-commissioners",
            "social-workers-and-team-managers",
            "police",
            "education-settings",
        ],
        "body": [
            ("heading", {"text": "Using this pack", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Start with the self-assessment tool to build a shared picture of where "
                    "your current arrangements stand. Then use the terms of reference template and "
                    "the agenda prompts to make changes, and the mapping guide when you need to "
                    "show how the panel links with other parts of the child protection system.</p>"
                ),
            ),
            (
                "callout",
                {
                    "title": "Discuss practice, not individuals",
                    "text": (
                        "<p>When you use these tools in development sessions, work with made-up "
                        "examples. Do not bring details that could identify a young person, a "
                        "family or a location.</p>"
                    ),
                    "tone": "safeguarding",
                },
            ),
        ],
        "last_reviewed": "2025-10-14",
        "tools": [
            {
                "slug": "panel-terms-of-reference-template",
                "title": "Panel terms of reference template",
                "tool_type": "template",
                "summary": (
                    "An editable terms of reference for a multi-agency ROTH panel, with suggested "
                    "wording on purpose, membership, quorum, information sharing and "
                    "decision-making."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>This template gives you a starting structure for the terms of "
                            "reference of a panel or meeting that oversees responses to risk "
                            "outside the home. Each section has suggested wording that you can "
                            "change to fit local arrangements.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Use it when setting up a new panel, or when reviewing one that has "
                            "been running for a year or more. Allow about two hours for a small "
                            "working group to agree a first draft, plus time for partners to "
                            "comment.</p>"
                        ),
                    ),
                ],
                "audiences": [
                    "strategic-leads-and-commissioners",
                    "social-workers-and-team-managers",
                ],
                "format": "docx",
                "last_reviewed": "2025-10-14",
                "document": {
                    "title": "Terms of reference: multi-agency ROTH panel",
                    "sections": [
                        {
                            "heading": "Purpose of the panel",
                            "paragraphs": [
                                (
                                    "The panel brings partner agencies together to consider "
                                    "concerns about young people who may be at risk of significant "
                                    "harm outside the family home. It decides whether a ROTH "
                                    "conference or another response is needed, and makes sure that "
                                    "plans address the places, peer groups and online spaces where "
                                    "harm is happening, as well as the needs of the young person."
                                ),
                                (
                                    "Add one or two sentences here on how the panel fits with your "
                                    "wider child protection arrangements, including the front "
                                    "door, strategy discussions and any existing exploitation or "
                                    "missing-from-home meetings, so that partners understand where "
                                    "it sits and what it does not duplicate."
                                ),
                            ],
                        },
                        {
                            "heading": "Membership and attendance",
                            "paragraphs": [
                                (
                                    "Core members should include children's social care, police, "
                                    "education, health and youth services, each with a named "
                                    "deputy. List any agencies invited for particular items, such "
                                    "as housing, transport providers or community safety. Each "
                                    "member should be able to commit resources on behalf of their "
                                    "service, or know quickly who can."
                                ),
                                (
                                    "Set out a quorum, for example at least one representative "
                                    "each from social care, police and education. Record apologies "
                                    "and deputies in the minutes. If a core member misses two "
                                    "meetings in a row, the chair should raise this with the "
                                    "relevant manager."
                                ),
                            ],
                        },
                        {
                            "heading": "Decision-making and recording",
                            "paragraphs": [
                                (
                                    "For each item, the panel records what is known about the "
                                    "young person and the contexts of concern, the decision "
                                    "reached, the reasons for it, and who will do what by when. "
                                    "Where partners disagree, the chair records the different "
                                    "views and explains how the decision was made. If agreement "
                                    "cannot be reached, the chair uses the escalation route agreed "
                                    "by the partnership."
                                ),
                            ],
                        },
                        {
                            "heading": "Information sharing",
                            "paragraphs": [
                                (
                                    "Members share information under the partnership's information "
                                    "sharing agreement. Papers are circulated securely at least "
                                    "two working days before the meeting and are not forwarded "
                                    "outside the membership. Minutes record decisions and actions, "
                                    "and avoid unnecessary detail about young people who are "
                                    "mentioned only because they are linked to a context."
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "panel-agenda-and-referral-prompts",
                "title": "Panel agenda and referral prompts",
                "tool_type": "practice-tool",
                "summary": (
                    "A set of prompts for referrers and panel members that keeps discussion "
                    "focused on the contexts of harm as well as on the young person."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>These prompts help referrers describe the places, groups and "
                            "online spaces linked to a concern, and help panel members ask the "
                            "questions that lead to clear decisions and actions.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Share them with referrers before they complete a referral, and "
                            "keep a copy in front of panel members during meetings. Reading them "
                            "takes around ten minutes; working through them for one referral "
                            "usually adds no more than fifteen minutes to preparation.</p>"
                        ),
                    ),
                ],
                "audiences": ["social-workers-and-team-managers", "police", "education-settings"],
                "format": "pdf",
                "last_reviewed": "2025-10-14",
                "document": {
                    "title": "Panel prompts: referrals and discussion",
                    "sections": [
                        {
                            "heading": "Before making a referral",
                            "paragraphs": [
                                (
                                    "What has happened, and where? Describe the places, groups, "
                                    "online spaces or times of day linked to the concern, not only "
                                    "the behaviour of the young person. Say what your service "
                                    "already knows about those contexts and whether other young "
                                    "people may be affected. Note what the young person and their "
                                    "parents or carers think about the concern and what they "
                                    "believe would help."
                                ),
                            ],
                        },
                        {
                            "heading": "Questions for the panel",
                            "paragraphs": [
                                (
                                    "What does each agency know about this context that others may "
                                    "not? Is this a concern about one young person, a peer group, "
                                    "a location, or all three? What has already been tried, and "
                                    "what difference did it make? Who has the reach or authority "
                                    "to change something about the context, and are they in the "
                                    "room or do they need to be invited?"
                                ),
                                (
                                    "Does this need a ROTH conference, another multi-agency "
                                    "response, or a single-agency plan with oversight? What would "
                                    "the young person say about the decision if they were here? "
                                    "How will the panel know whether the action it agrees has made "
                                    "things safer?"
                                ),
                            ],
                        },
                        {
                            "heading": "Closing each item",
                            "paragraphs": [
                                (
                                    "Before moving on, the chair reads back the decision, the "
                                    "actions, the owners and the dates. Check that actions cover "
                                    "the context as well as the individual, that someone has "
                                    "agreed to tell the young person and family what was decided, "
                                    "and that the item has a review date. Record any disagreement "
                                    "and how it will be resolved."
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "panel-self-assessment-tool",
                "title": "Panel self-assessment tool",
                "tool_type": "policy-tool",
                "summary": (
                    "A spreadsheet for partners to rate their current panel arrangements against "
                    "practice statements and record the improvements they agree."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>The self-assessment tool lists statements about purpose, "
                            "membership, decision-making, recording and review. For each one, "
                            "partners agree a rating, note the evidence behind it and set out any "
                            "next steps.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Use it at the start of pilot work and again after six to twelve "
                            "months to track progress. Allow about 90 minutes for a facilitated "
                            "session with panel members, or ask members to complete it in advance "
                            "and use the meeting to agree ratings.</p>"
                        ),
                    ),
                ],
                "audiences": [
                    "strategic-leads-and-commissioners",
                    "social-workers-and-team-managers",
                ],
                "format": "xlsx",
                "last_reviewed": "2025-11-03",
                "document": {
                    "title": "Panel self-assessment",
                    "columns": [
                        "Area",
                        "Practice statement",
                        "Rating (not yet, partly, fully)",
                        "Evidence",
                        "Next step",
                        "Lead",
                    ],
                    "rows": [
                        [
                            "Purpose",
                            "Partners describe the panel's purpose in the same way",
                            "Partly",
                            "Short survey of members before the session",
                            "Add a purpose statement to every agenda",
                            "Panel chair",
                        ],
                        [
                            "Membership",
                            "Education and health attend consistently",
                            "Not yet",
                            "Attendance records for the last six meetings",
                            "Agree named deputies with both services",
                            "Strategic lead",
                        ],
                        [
                            "Contexts",
                            "Referrals describe places and groups, not only individuals",
                            "Partly",
                            "Sample of recent referral forms",
                            "Share the referral prompts with all referrers",
                            "Pathway coordinator",
                        ],
                        [
                            "Decisions",
                            "Every item ends with actions, owners and dates",
                            "Fully",
                            "Review of recent minutes",
                            "Keep under review",
                            "Minute taker",
                        ],
                        [
                            "Voice",
                            "The young person's views are recorded for each item",
                            "Not yet",
                            "Review of recent minutes",
                            "Add a heading for the young person's views",
                            "Panel chair",
                        ],
                        [
                            "Review",
                            "The panel checks whether actions made a difference",
                            "Partly",
                            "Action log",
                            "Add a quarterly look-back item",
                            "Panel chair",
                        ],
                    ],
                },
            },
            {
                "slug": "introducing-a-roth-panel-briefing",
                "title": "Introducing a ROTH panel: briefing for partners",
                "tool_type": "briefing",
                "summary": (
                    "A short briefing that explains to partner agencies what a ROTH panel does, "
                    "why their attendance matters and what to bring."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>This two-page briefing explains the role of the panel within a "
                            "ROTH pathway in plain terms, for colleagues who are new to it or who "
                            "attend only now and then.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Send it to partner agencies before the panel starts, or whenever "
                            "new members join. It takes about ten minutes to read.</p>"
                        ),
                    ),
                ],
                "audiences": ["police", "health", "education-settings"],
                "format": "pdf",
                "last_reviewed": "2025-09-22",
                "document": {
                    "title": "Introducing the ROTH panel",
                    "sections": [
                        {
                            "heading": "What the panel is for",
                            "paragraphs": [
                                (
                                    "The panel is where partners decide together how to respond "
                                    "when a young person may be at risk of harm outside their "
                                    "home. Harm of this kind often involves places, peer groups "
                                    "and online spaces that no single agency can change on its "
                                    "own. The panel gives partners a regular place to pool what "
                                    "they know and agree who will act."
                                ),
                            ],
                        },
                        {
                            "heading": "Why your service matters",
                            "paragraphs": [
                                (
                                    "Each partner holds a different part of the picture. Schools "
                                    "may know about changing friendships and what happens at the "
                                    "school gate. Health colleagues may see injuries or changes in "
                                    "wellbeing. Police and community safety teams may know about "
                                    "particular locations. Without these views, plans tend to "
                                    "focus only on the young person and miss what is happening "
                                    "around them."
                                ),
                            ],
                        },
                        {
                            "heading": "What to bring",
                            "paragraphs": [
                                (
                                    "Come with what your service knows about the young people and "
                                    "contexts on the agenda, and with the authority to agree "
                                    "actions, or a quick route to someone who has it. If you "
                                    "cannot attend, send a deputy who has been briefed. Share "
                                    "written information in advance through the secure route "
                                    "agreed by the partnership."
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "mapping-your-panel-process",
                "title": "Mapping your panel process: a guide",
                "tool_type": "guide",
                "summary": (
                    "Step-by-step guidance on mapping how concerns move from referral through the "
                    "panel to conferences and plans, so that gaps and duplication can be found."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>This guide takes a working group through mapping the journey of a "
                            "concern about risk outside the home, from first contact to review. It "
                            "highlights the points where information is lost, decisions are "
                            "repeated or contexts drop out of view.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Use it when designing a new pathway, or when partners say that "
                            "meetings overlap. Allow a half-day workshop, with some preparation "
                            "beforehand to gather existing process documents.</p>"
                        ),
                    ),
                ],
                "audiences": [
                    "strategic-leads-and-commissioners",
                    "social-workers-and-team-managers",
                ],
                "format": "pdf",
                "last_reviewed": "2026-01-19",
                "document": {
                    "title": "Mapping your panel process",
                    "sections": [
                        {
                            "heading": "Preparing for the workshop",
                            "paragraphs": [
                                (
                                    "Gather the existing flowcharts, terms of reference and "
                                    "referral forms for every meeting that deals with risk outside "
                                    "the home. Invite people who use the process day to day as "
                                    "well as managers, because their account of what actually "
                                    "happens often differs from the written version. Agree in "
                                    "advance that the session is about process, not about "
                                    "individual young people."
                                ),
                            ],
                        },
                        {
                            "heading": "Drawing the journey",
                            "paragraphs": [
                                (
                                    "On a large sheet or shared screen, draw each step from the "
                                    "first concern to the review of a plan. For each step, note "
                                    "who decides, what information they use and how long it "
                                    "usually takes. Mark where contexts such as a park, a "
                                    "friendship group or an online space are recorded, and where "
                                    "they stop being mentioned."
                                ),
                                (
                                    "Next, look for the places where the same young person is "
                                    "discussed in more than one meeting, where decisions wait for "
                                    "a meeting that is weeks away, and where nobody owns the next "
                                    "step. Mark each of these clearly on the map so that the group "
                                    "can return to them when agreeing changes."
                                ),
                            ],
                        },
                        {
                            "heading": "Agreeing changes",
                            "paragraphs": [
                                (
                                    "Choose no more than three changes to make first. For each "
                                    "one, name an owner and a date, and agree how you will know it "
                                    "has worked. Share the revised map with all partners and "
                                    "revisit it after six months, checking it against what "
                                    "practitioners say is happening rather than relying on the "
                                    "written process alone."
                                ),
                            ],
                        },
                    ],
                },
            },
        ],
    },
    {
        "slug": "holistic-accounts-of-harm",
        "title": "Holistic and integrated accounts of extra-familial harm",
        "primary_topic": "holistic-accounts-of-extra-familial-harm",
        "further_topics": ["multi-agency-responsibilities"],
        "summary": (
            "Tools for building a rounded, shared account of harm outside the home that brings "
            "together the young person's experience, their relationships and the contexts where "
            "harm happens."
        ),
        "introduction": (
            "<p>Assessments of extra-familial harm can easily become fragmented. Each agency holds "
            "part of the story, and the written account often concentrates on a young person's "
            "behaviour rather than on what is happening to them and where. A holistic account "
            "brings these pieces together so that partners share an understanding of the harm "
            "before they start planning.</p><p>The tools in this pack support practitioners "
            "to:</p><ul><li>gather information about places, peer groups and online spaces "
            "alongside information about the young person and family</li><li>write assessments "
            "that explain harm without blaming the young person</li><li>combine agency views into "
            "a single account that a conference can use</li></ul>"
        ),
        "audiences": [
            "social-workers-and-team-managers",
            "police",
            "health",
            "youth-and-community-services",
        ],
        "body": [
            ("heading", {"text": "Why it matters", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>A plan is only as good as the understanding it is built on. If an account "
                    "describes a young person as <em>putting themselves at risk</em>, the plan is "
                    "likely to focus on changing their behaviour. An account that explains the "
                    "pressures and contexts they face points towards actions that can change those "
                    "contexts.</p>"
                ),
            ),
            (
                "callout",
                {
                    "title": "Language matters",
                    "text": (
                        "<p>The writing guide in this pack includes examples of phrases to avoid "
                        "and alternatives that describe harm more accurately.</p>"
                    ),
                    "tone": "info",
                },
            ),
        ],
        "last_reviewed": "2025-11-10",
        "tools": [
            {
                "slug": "context-assessment-prompts",
                "title": "Context assessment prompts",
                "tool_type": "practice-tool",
                "summary": (
                    "Prompts to help practitioners explore the places, peer groups and online "
                    "spaces in a young person's life, and what makes each of them safer or less "
                    "safe."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>The prompts are grouped under places, peer groups, online spaces "
                            "and protective factors. They help practitioners gather information "
                            "about contexts with the same care as information about the young "
                            "person and family.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Use them during assessment visits, conversations with partners and "
                            "direct work with young people. Allow about 30 minutes to become "
                            "familiar with them; working through them with a young person may take "
                            "several sessions.</p>"
                        ),
                    ),
                ],
                "audiences": ["social-workers-and-team-managers", "youth-and-community-services"],
                "format": "pdf",
                "last_reviewed": "2025-11-10",
                "document": {
                    "title": "Context assessment prompts",
                    "sections": [
                        {
                            "heading": "Places",
                            "paragraphs": [
                                (
                                    "Where does the young person spend their time during the day, "
                                    "in the evening and at weekends? Which of these places feel "
                                    "safe to them, and which do not? Who else is there, and who is "
                                    "responsible for the space, such as a shop owner, park warden, "
                                    "transport staff or youth worker? What has changed about these "
                                    "places recently, and what would make them safer?"
                                ),
                            ],
                        },
                        {
                            "heading": "Peer groups and relationships",
                            "paragraphs": [
                                (
                                    "Who are the young person's friends, and how have these "
                                    "friendships changed? Are there older people, or people they "
                                    "have met recently, who have influence over them? What does "
                                    "the young person get from these relationships, such as "
                                    "belonging, status, money or protection? Are other young "
                                    "people in the group also at risk, and is any agency already "
                                    "working with them?"
                                ),
                            ],
                        },
                        {
                            "heading": "Online spaces",
                            "paragraphs": [
                                (
                                    "Which apps, games and platforms does the young person use, "
                                    "and who do they talk to there? Have they been contacted by "
                                    "people they do not know, or pressured to share images or "
                                    "carry out tasks? How do online contacts link to places and "
                                    "people offline? Ask these questions with curiosity rather "
                                    "than suspicion, and explain why you are asking them."
                                ),
                            ],
                        },
                        {
                            "heading": "Protective factors",
                            "paragraphs": [
                                (
                                    "Who are the trusted adults in each context? Which places, "
                                    "activities or relationships help the young person feel safe "
                                    "and valued? What strengths do the young person and their "
                                    "family bring? Record these with the same care as risks, "
                                    "because they are the foundations that a plan can build on."
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "writing-integrated-accounts-of-harm",
                "title": "Writing integrated accounts of harm",
                "tool_type": "guide",
                "summary": (
                    "Guidance on writing assessments and conference reports that combine agency "
                    "information into one clear account of harm and its contexts."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>This guide explains how to structure a written account of "
                            "extra-familial harm, how to choose language that does not blame the "
                            "young person, and how to present different agency views fairly.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Use it when drafting assessments, conference reports or panel "
                            "referrals, and in supervision when reviewing written work. Reading "
                            "the guide takes about 40 minutes.</p>"
                        ),
                    ),
                ],
                "audiences": ["social-workers-and-team-managers", "police", "health"],
                "format": "docx",
                "last_reviewed": "2025-12-01",
                "document": {
                    "title": "Writing integrated accounts of harm",
                    "sections": [
                        {
                            "heading": "Start with what is happening",
                            "paragraphs": [
                                (
                                    "Open with a short description of the harm and the contexts in "
                                    "which it is happening, drawing on what all agencies know. "
                                    "Describe what adults have seen and what the young person has "
                                    "said, and make clear where each piece of information comes "
                                    "from. Avoid starting with a list of the young person's "
                                    "behaviours, which can frame them as the problem rather than "
                                    "as someone experiencing harm."
                                ),
                            ],
                        },
                        {
                            "heading": "Choose words carefully",
                            "paragraphs": [
                                (
                                    "Phrases such as 'putting themselves at risk', 'choosing to go "
                                    "missing' or 'associating with' suggest that the young person "
                                    "is responsible for harm done to them. Describe what is "
                                    "happening instead: for example, 'is being asked to carry "
                                    "items by older young people', or 'has been going missing from "
                                    "home and returning with unexplained items'."
                                ),
                                (
                                    "A useful test is to ask whether the young person, or their "
                                    "parent or carer, would recognise the description as fair. If "
                                    "they would not, consider whether the wording reflects what is "
                                    "known or an assumption that has crept in from earlier "
                                    "records."
                                ),
                            ],
                        },
                        {
                            "heading": "Bring agency views together",
                            "paragraphs": [
                                (
                                    "Where agencies see things differently, say so and explain "
                                    "why. A school may see a young person as settled while police "
                                    "have concerns about an area they visit after school. Both are "
                                    "part of the account. Set out what is agreed, what is "
                                    "uncertain and what further information is needed, so that the "
                                    "conference can weigh it rather than discover the disagreement "
                                    "in the meeting."
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "assessment-recording-template",
                "title": "Context-focused assessment recording template",
                "tool_type": "template",
                "summary": (
                    "A recording template with headings for the young person, family, peers, "
                    "places and online spaces, so that contexts are captured alongside individual "
                    "needs."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>This template sets out headings and guidance notes for recording "
                            "an assessment on a ROTH pathway. It can be used as it is or its "
                            "headings can be copied into your existing recording system.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Use it for assessments where the main concern is harm outside the "
                            "home. Allow about an hour to adapt it locally; once practitioners are "
                            "familiar with it, completing it should take no longer than a standard "
                            "assessment.</p>"
                        ),
                    ),
                ],
                "audiences": ["social-workers-and-team-managers"],
                "format": "docx",
                "last_reviewed": "2025-11-10",
                "document": {
                    "title": "Assessment recording template: risk outside the home",
                    "sections": [
                        {
                            "heading": "About the young person",
                            "paragraphs": [
                                (
                                    "Record what matters to the young person: their interests, "
                                    "hopes and worries, and their own account of what is "
                                    "happening. Include their views on what would help and who "
                                    "they trust. Note their health, education and identity needs, "
                                    "and any previous support. Write this section so that the "
                                    "young person could read it and recognise themselves."
                                ),
                            ],
                        },
                        {
                            "heading": "Family and home",
                            "paragraphs": [
                                (
                                    "Describe the family's understanding of the concerns, what "
                                    "they have already tried, and the support they need to help "
                                    "keep the young person safe. Note strengths and any worries "
                                    "about the home, but be clear where the main source of harm "
                                    "lies outside the family. Record the views of parents or "
                                    "carers in their own words where possible."
                                ),
                            ],
                        },
                        {
                            "heading": "Peers, places and online spaces",
                            "paragraphs": [
                                (
                                    "For each context of concern, record what is happening there, "
                                    "who else is affected, which agencies or adults have a "
                                    "presence, and what is already known from other sources. Note "
                                    "safe contexts too. Link this section to any context "
                                    "assessment or mapping the partnership has completed, without "
                                    "copying in information about other young people that is not "
                                    "needed."
                                ),
                            ],
                        },
                        {
                            "heading": "Analysis and next steps",
                            "paragraphs": [
                                (
                                    "Summarise the nature of the harm, how it links across "
                                    "contexts, and what needs to change for the young person to be "
                                    "safer. Set out recommendations for action with the young "
                                    "person, with the family and in each context, and say which "
                                    "agency is best placed to lead each one and why."
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "shared-accounts-case-study",
                "title": "Case study: moving to shared accounts of harm",
                "tool_type": "case-study",
                "summary": (
                    "An illustrative example, drawn from common practice rather than any real "
                    "area, of how a partnership changed the way it records and shares accounts of "
                    "extra-familial harm."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>This case study describes a fictional partnership and the steps it "
                            "took to move from separate agency reports to a single integrated "
                            "account of harm for each conference. It does not describe any real "
                            "area, young person or family.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Use it in team meetings or development sessions to prompt "
                            "discussion about your own recording practice. Allow about 45 minutes, "
                            "including time to discuss the questions at the end.</p>"
                        ),
                    ),
                ],
                "audiences": [
                    "strategic-leads-and-commissioners",
                    "social-workers-and-team-managers",
                ],
                "format": "pdf",
                "last_reviewed": "2026-02-09",
                "document": {
                    "title": "Moving to shared accounts of harm: an illustrative case study",
                    "sections": [
                        {
                            "heading": "The starting point",
                            "paragraphs": [
                                (
                                    "In this fictional partnership, each agency brought its own "
                                    "report to conferences. Reports often described the same "
                                    "events in different ways, and discussion of places and peer "
                                    "groups happened only in the meeting, with little of it "
                                    "written down afterwards. Practitioners said that conferences "
                                    "spent too long piecing the story together and too little time "
                                    "planning."
                                ),
                            ],
                        },
                        {
                            "heading": "What changed",
                            "paragraphs": [
                                (
                                    "The partnership agreed that the allocated social worker would "
                                    "draft a single account before each conference, using "
                                    "contributions gathered from each agency through a short "
                                    "shared form. A section on contexts was added to the "
                                    "assessment template, and team managers reviewed the language "
                                    "of draft reports in supervision. Partners had time to comment "
                                    "on the draft before the conference."
                                ),
                                (
                                    "Chairs began each conference by checking that everyone "
                                    "recognised the account and by noting any disagreements, "
                                    "rather than asking each agency in turn to read out its own "
                                    "report. This left more of the meeting for discussing contexts "
                                    "and agreeing actions."
                                ),
                            ],
                        },
                        {
                            "heading": "Questions for discussion",
                            "paragraphs": [
                                (
                                    "How are accounts of harm put together for conferences in your "
                                    "area? Where does information about contexts get lost? Which "
                                    "of the changes described here would be practical for you, and "
                                    "what would need to be in place first? Who would need to agree "
                                    "to them, and how would you know whether the change had "
                                    "improved planning?"
                                ),
                            ],
                        },
                    ],
                },
            },
        ],
    },
    {
        "slug": "chairing-roth-conferences",
        "title": "Chairing ROTH conferences",
        "primary_topic": "chairing-roth-conferences",
        "further_topics": ["planning-processes-for-chairs", "safety-planning"],
        "summary": (
            "Practical tools for Chairs of ROTH conferences, covering preparation, running the "
            "meeting, involving young people and families, and agreeing plans for contexts."
        ),
        "introduction": (
            "<p>Chairing a ROTH conference draws on many of the skills needed to chair any child "
            "protection conference, along with some different ones. The Chair keeps the young "
            "person at the centre while steering partners to plan for the places, peer groups and "
            "online spaces where harm is happening. They often have to manage uncertainty, "
            "differing agency views, and families who may feel blamed for harm that comes from "
            "outside the home.</p><p>This pack brings together tools for:</p><ul><li>preparing for "
            "the conference with the young person, family and partners</li><li>structuring "
            "discussion so that contexts are properly considered</li><li>agreeing a plan with "
            "clear actions for each context</li><li>reflecting on chairing practice with "
            "peers</li></ul>"
        ),
        "audiences": [
            "roth-conference-chairs",
            "social-workers-and-team-managers",
            "strategic-leads-and-commissioners",
        ],
        "body": [
            ("heading", {"text": "Learning with other Chairs", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Chairs from areas in the network can also join the action learning network "
                    "for ROTH Chairs, which offers peer support and live learning sessions. The "
                    "tools in this pack can be used alongside those sessions or on their own.</p>"
                ),
            ),
            (
                "callout",
                {
                    "title": "Work within your local procedures",
                    "text": (
                        "<p>These tools support your local child protection procedures and do not "
                        "replace them. Check local requirements on timescales, recording and "
                        "decision-making before you use them.</p>"
                    ),
                    "tone": "important",
                },
            ),
        ],
        "last_reviewed": "2025-12-08",
        "tools": [
            {
                "slug": "conference-prompt-cards",
                "title": "Chair's conference prompt cards",
                "tool_type": "practice-tool",
                "summary": (
                    "Printable prompt cards for each stage of a ROTH conference, with questions "
                    "that keep discussion focused on the young person and the contexts around "
                    "them."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>The cards follow the stages of a conference: opening, "
                            "understanding the harm, and deciding and planning. Each card has a "
                            "short set of questions the Chair can ask or adapt.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Print them to use during conferences, or read them while "
                            "preparing. They take about 15 minutes to read through the first time; "
                            "after that they work as a quick reference during the meeting.</p>"
                        ),
                    ),
                ],
                "audiences": ["roth-conference-chairs"],
                "format": "pdf",
                "last_reviewed": "2025-12-08",
                "document": {
                    "title": "Conference prompt cards for Chairs",
                    "sections": [
                        {
                            "heading": "Opening the conference",
                            "paragraphs": [
                                (
                                    "Welcome everyone and explain the purpose of the conference in "
                                    "plain language: to understand the harm the young person is "
                                    "facing outside the home and to agree a plan that makes them, "
                                    "and the places around them, safer. Check that the young "
                                    "person and family know how they can take part, and that "
                                    "everyone understands how information will be shared and "
                                    "recorded."
                                ),
                            ],
                        },
                        {
                            "heading": "Understanding the harm",
                            "paragraphs": [
                                (
                                    "What are we worried about, and where is it happening? What "
                                    "does the young person say? What do parents or carers say? "
                                    "What does each agency know about the places, groups and "
                                    "online spaces involved? What is working well, and who are the "
                                    "safe adults in each context? Where do partners see things "
                                    "differently, and why?"
                                ),
                            ],
                        },
                        {
                            "heading": "Deciding and planning",
                            "paragraphs": [
                                (
                                    "Is the young person at risk of significant harm, and does the "
                                    "plan need the authority of a child protection plan? For each "
                                    "context of concern, what needs to change, who can change it, "
                                    "and by when? What will the young person and family be "
                                    "offered, and what have they said they want? How will we know "
                                    "the plan is working?"
                                ),
                                (
                                    "Before closing, read back the decision and the actions, "
                                    "confirm who will explain the outcome to the young person and "
                                    "their family, and set a date for the first review. Check that "
                                    "every action has an owner who is present or has agreed in "
                                    "advance."
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "conference-agenda-template",
                "title": "ROTH conference agenda template",
                "tool_type": "template",
                "summary": (
                    "An editable agenda for a ROTH conference, with suggested timings and headings "
                    "for discussing contexts as well as the young person and family."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>This agenda sets out a running order for a ROTH conference that "
                            "gives as much time to planning for contexts as to understanding the "
                            "harm. It includes notes for the Chair on preparation and timing.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Use it when preparing a conference and send it to participants in "
                            "advance. Adapting it to local procedures takes about 30 minutes; "
                            "after that, preparing each agenda takes only a few minutes.</p>"
                        ),
                    ),
                ],
                "audiences": ["roth-conference-chairs", "social-workers-and-team-managers"],
                "format": "docx",
                "last_reviewed": "2025-12-08",
                "document": {
                    "title": "ROTH conference agenda",
                    "sections": [
                        {
                            "heading": "Before the meeting",
                            "paragraphs": [
                                (
                                    "Send this agenda to all participants at least three working "
                                    "days before the conference, together with the integrated "
                                    "account of harm. Tell the young person and their parents or "
                                    "carers what will be discussed and offer to meet them "
                                    "beforehand. Confirm attendance from agencies with a presence "
                                    "in each context of concern, including any invited for a "
                                    "single item."
                                ),
                            ],
                        },
                        {
                            "heading": "Agenda",
                            "paragraphs": [
                                (
                                    "1. Welcome, purpose and introductions (10 minutes). 2. Views "
                                    "of the young person and parents or carers (15 minutes). 3. "
                                    "The account of harm: what is happening, where and with whom "
                                    "(25 minutes). 4. Strengths and safety in each context (10 "
                                    "minutes). 5. Decision on risk and the need for a plan (10 "
                                    "minutes). 6. Planning for the young person, family and each "
                                    "context (30 minutes). 7. Review arrangements and close (10 "
                                    "minutes)."
                                ),
                            ],
                        },
                        {
                            "heading": "Notes for the Chair",
                            "paragraphs": [
                                (
                                    "Timings are a guide and will vary. If the young person is "
                                    "attending, consider whether parts of the discussion should "
                                    "happen without them, and agree this with them beforehand. "
                                    "Protect the planning item: conferences often run out of time "
                                    "before agreeing actions for contexts, which are usually the "
                                    "hardest actions to define and the easiest to leave vague."
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "chairing-roth-conferences-slides",
                "title": "Chairing ROTH conferences: training slides",
                "tool_type": "slide-deck",
                "summary": (
                    "A slide deck with speaker notes for a session introducing Chairs and managers "
                    "to the principles and practice of chairing ROTH conferences."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>The slides cover how ROTH conferences differ from conferences "
                            "about harm within the family, the Chair's role before, during and "
                            "after the meeting, and how to agree plans for contexts. Speaker notes "
                            "and exercises are included.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Use them to induct new Chairs or for a team development session. "
                            "The session runs for about two hours, including group exercises.</p>"
                        ),
                    ),
                ],
                "audiences": ["roth-conference-chairs", "strategic-leads-and-commissioners"],
                "format": "pdf",
                "last_reviewed": "2026-01-12",
                "document": {
                    "title": "Chairing ROTH conferences: slides and speaker notes",
                    "sections": [
                        {
                            "heading": "Session outline",
                            "paragraphs": [
                                (
                                    "The session explains how ROTH conferences differ from "
                                    "conferences about harm within the family, sets out the "
                                    "Chair's role before, during and after the meeting, and "
                                    "explores how to agree plans for contexts. It includes two "
                                    "exercises based on fictional scenarios and closes with time "
                                    "for participants to agree what they will try in their next "
                                    "conference."
                                ),
                            ],
                        },
                        {
                            "heading": "Key messages",
                            "paragraphs": [
                                (
                                    "The young person is experiencing harm, not causing it. The "
                                    "conference should plan for the settings in which harm takes "
                                    "place, as well as for the individual. Parents and carers are "
                                    "usually partners in protection rather than the source of "
                                    "risk. Plans need actions owned by agencies with influence in "
                                    "those contexts, and those agencies need to be in the room."
                                ),
                            ],
                        },
                        {
                            "heading": "Exercise: the missing context",
                            "paragraphs": [
                                (
                                    "Participants read a fictional conference report that focuses "
                                    "almost entirely on a young person's behaviour. In small "
                                    "groups, they identify which contexts are missing, which "
                                    "agencies should have been invited, and three questions the "
                                    "Chair could ask to bring those contexts into the discussion. "
                                    "Allow 25 minutes for the groups, then share answers across "
                                    "the room."
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "role-of-the-roth-chair-briefing",
                "title": "The role of the ROTH conference Chair: briefing",
                "tool_type": "briefing",
                "summary": (
                    "A briefing for managers and partners that sets out what a ROTH Chair does, "
                    "the independence and support they need, and how the role links to the wider "
                    "pathway."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>This briefing describes the responsibilities of the Chair of a "
                            "ROTH conference and the conditions that help Chairs do the role "
                            "well.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Use it when designing Chair roles, recruiting or inducting Chairs, "
                            "or explaining the role to partner agencies. It takes about 15 minutes "
                            "to read.</p>"
                        ),
                    ),
                ],
                "audiences": [
                    "strategic-leads-and-commissioners",
                    "social-workers-and-team-managers",
                ],
                "format": "pdf",
                "last_reviewed": "2025-12-08",
                "document": {
                    "title": "The role of the ROTH conference Chair",
                    "sections": [
                        {
                            "heading": "What the Chair does",
                            "paragraphs": [
                                (
                                    "The Chair leads the conference, makes sure that the young "
                                    "person and family can take part, and helps partners form a "
                                    "shared view of the harm and the contexts involved. They "
                                    "decide whether a child protection plan is needed, make sure "
                                    "that the plan includes actions for contexts as well as for "
                                    "the young person, and check that progress is reviewed."
                                ),
                            ],
                        },
                        {
                            "heading": "What Chairs need",
                            "paragraphs": [
                                (
                                    "Chairs need enough independence from case management to "
                                    "challenge all agencies, including their own. They need time "
                                    "to prepare, particularly to speak with young people and "
                                    "families before the conference. They also benefit from "
                                    "regular reflective supervision and contact with other Chairs, "
                                    "because the role involves difficult judgements in an area "
                                    "where guidance is still developing."
                                ),
                            ],
                        },
                        {
                            "heading": "Links to the wider pathway",
                            "paragraphs": [
                                (
                                    "Chairs see patterns across conferences, such as the same "
                                    "location or group appearing in several plans. Agree how they "
                                    "will feed these patterns back to the panel and to strategic "
                                    "leads, so that concerns about contexts can be tackled beyond "
                                    "individual plans. Without such a route, valuable learning "
                                    "stays with the Chair and is not acted on."
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "reflective-supervision-for-chairs",
                "title": "Reflective supervision for ROTH Chairs",
                "tool_type": "guide",
                "summary": (
                    "A guide and set of questions for reflective supervision or peer reflection on "
                    "chairing ROTH conferences."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>This guide offers a simple structure and a set of questions for "
                            "reflecting on chairing practice, either in supervision or with other "
                            "Chairs.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Use it in supervision, in peer sessions between Chairs, or on your "
                            "own after a demanding conference. A session using the guide usually "
                            "takes about an hour.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "title": "Keep reflection anonymous",
                            "text": (
                                "<p>Remove names and any details that could identify a young "
                                "person, family or location before discussing a conference with "
                                "peers.</p>"
                            ),
                            "tone": "safeguarding",
                        },
                    ),
                ],
                "audiences": ["roth-conference-chairs", "social-workers-and-team-managers"],
                "format": "docx",
                "last_reviewed": "2026-02-16",
                "document": {
                    "title": "Reflective supervision for ROTH Chairs",
                    "sections": [
                        {
                            "heading": "Setting up the session",
                            "paragraphs": [
                                (
                                    "Agree in advance which conference or theme you want to "
                                    "reflect on, and remove identifying details before discussing "
                                    "it. Reflection works best when it focuses on the Chair's "
                                    "decisions and feelings rather than on retelling the case. Set "
                                    "aside an hour without interruptions, and agree what will be "
                                    "recorded, if anything, and where it will be kept."
                                ),
                            ],
                        },
                        {
                            "heading": "Questions for reflection",
                            "paragraphs": [
                                (
                                    "What went as you hoped in this conference, and what did not? "
                                    "When did you notice the discussion moving away from contexts "
                                    "and towards the young person's behaviour, and what did you "
                                    "do? Whose voice was strongest, and whose was missing? Were "
                                    "you comfortable with the decision, and if not, where did your "
                                    "doubt come from?"
                                ),
                                (
                                    "What did you notice about your own reactions to the young "
                                    "person, the family or partners? What would you do differently "
                                    "next time, and what support would help you to do it? Is there "
                                    "anything from this conference you need to raise with your "
                                    "manager?"
                                ),
                            ],
                        },
                        {
                            "heading": "Taking learning forward",
                            "paragraphs": [
                                (
                                    "End by noting one or two points of learning and any patterns "
                                    "worth raising with the panel or strategic leads, such as "
                                    "agencies that are often absent or contexts that keep "
                                    "recurring. Share learning with other Chairs, keeping it at "
                                    "the level of practice rather than individual young people, so "
                                    "that it can be discussed safely."
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "chairs-quick-reference",
                "title": "Chair's quick reference: online version",
                "tool_type": "guide",
                "summary": (
                    "An online, mobile-friendly summary of the key steps and questions for "
                    "chairing a ROTH conference, for use when preparing or between meetings."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>The quick reference brings together the main steps for preparing, "
                            "running and following up a ROTH conference on a single web page that "
                            "works well on a phone or tablet.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Use it as a reminder before a conference, or when you do not have "
                            "the printed prompt cards to hand. It takes about five minutes to "
                            "read.</p>"
                        ),
                    ),
                ],
                "audiences": ["roth-conference-chairs"],
                "format": "web",
                "last_reviewed": "2026-03-02",
                "external_url": (
                    "https://www.example.org/planning-for-safety/chairs-quick-reference"
                ),
            },
        ],
    },
    {
        "slug": "safety-planning-for-young-people-and-contexts",
        "title": "Effective safety planning for young people and contexts",
        "primary_topic": "safety-planning",
        "further_topics": ["community-guardianship", "chairing-roth-conferences"],
        "summary": (
            "Tools for writing and reviewing safety plans that cover both the young person and the "
            "places, peer groups and online spaces where they are at risk."
        ),
        "introduction": (
            "<p>A safety plan on a ROTH pathway needs to do two things at once. It should support "
            "the young person and their family, and it should change something about the contexts "
            "where harm is happening. Plans that only ask a young person to stay away from certain "
            "places or people rarely make them safer on their own, and can leave them feeling "
            "blamed.</p><p>This pack helps practitioners and Chairs to write plans "
            "that:</p><ul><li>set out clear actions for each context of concern, each owned by a "
            "named agency</li><li>build on the safe adults and safe places that already "
            "exist</li><li>are understood and agreed by the young person and family</li><li>are "
            "reviewed to see what has actually changed</li></ul>"
        ),
        "audiences": [
            "roth-conference-chairs",
            "social-workers-and-team-managers",
            "youth-and-community-services",
            "police",
        ],
        "body": [
            ("heading", {"text": "What good looks like", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>A strong plan still makes sense when the young person and their family "
                    "read it. Each action says what will change, in which context, who is "
                    "responsible and when it will be checked. Actions for contexts are as specific "
                    "as actions for individuals: for example, they name the changes agreed with a "
                    "transport provider or a youth club, rather than asking partners to <em>be "
                    "aware</em>.</p>"
                ),
            ),
            (
                "callout",
                {
                    "title": "Keep information sharing proportionate",
                    "text": (
                        "<p>Actions for contexts should not share more about a young person than "
                        "is needed. Agree in advance what will be shared with each organisation "
                        "and why.</p>"
                    ),
                    "tone": "safeguarding",
                },
            ),
        ],
        "last_reviewed": "2026-01-26",
        "tools": [
            {
                "slug": "context-safety-plan-template",
                "title": "Safety plan template for young people and contexts",
                "tool_type": "template",
                "summary": (
                    "An editable safety plan with sections for the young person, family, peer "
                    "groups, places and online spaces, each with actions, owners and review dates."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>This template structures a safety plan so that actions for "
                            "contexts sit alongside support for the young person and family. "
                            "Guidance notes under each heading explain what to record.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Use it to record the plan agreed at a ROTH conference or core "
                            "group, and update it at each review. Writing up the plan after a "
                            "conference takes about 45 minutes.</p>"
                        ),
                    ),
                ],
                "audiences": ["roth-conference-chairs", "social-workers-and-team-managers"],
                "format": "docx",
                "last_reviewed": "2026-01-26",
                "document": {
                    "title": "Safety plan: young person and contexts",
                    "sections": [
                        {
                            "heading": "The young person's plan",
                            "paragraphs": [
                                (
                                    "Write this section with the young person. Record what they "
                                    "want to be different, the adults they trust, the places where "
                                    "they feel safe, and what they will do if they feel unsafe, "
                                    "including who to contact and how. Include the support they "
                                    "will receive, such as youth work, mentoring, or help with "
                                    "education or health, and when each part will start."
                                ),
                            ],
                        },
                        {
                            "heading": "Family and carers",
                            "paragraphs": [
                                (
                                    "Record the support that parents or carers will receive to "
                                    "help keep the young person safe, such as advice on online "
                                    "safety, help to talk about exploitation, or a break when they "
                                    "need one. Note what they have said they can do and what "
                                    "worries them. Avoid actions that simply hand responsibility "
                                    "for risks outside the home to the family."
                                ),
                            ],
                        },
                        {
                            "heading": "Contexts of concern",
                            "paragraphs": [
                                (
                                    "For each place, peer group or online space, set out what is "
                                    "happening there, what needs to change, the actions agreed, "
                                    "the agency responsible and the review date. Examples include "
                                    "detached youth work in a location, work with a school to "
                                    "change how a space is supervised, or contact with a business "
                                    "owner or platform. Note what information has been shared with "
                                    "each partner."
                                ),
                                (
                                    "Record contexts that are safe or protective in the same way, "
                                    "such as a sports club, a faith group or a relative's home, "
                                    "and set out how each one will be strengthened or made easier "
                                    "for the young person to reach."
                                ),
                            ],
                        },
                        {
                            "heading": "Review",
                            "paragraphs": [
                                (
                                    "At each review, record what has changed in each context, what "
                                    "the young person and family say about their safety, and "
                                    "whether actions have been completed. Remove actions that are "
                                    "no longer needed, add new contexts as they come to light, and "
                                    "explain any changes to the young person and family in plain "
                                    "language."
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "safety-planning-practice-guide",
                "title": "Safety planning for contexts: practice guide",
                "tool_type": "guide",
                "summary": (
                    "Practice guidance on developing context-focused actions, involving partners "
                    "with influence in those contexts, and avoiding plans that only restrict the "
                    "young person."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>This guide explains the thinking behind context-focused safety "
                            "planning and gives practical advice on writing actions that partners "
                            "can carry out and review.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Use it before a conference or core group where a plan will be "
                            "agreed, or when reviewing a plan that is not making a difference. "
                            "Allow about 40 minutes to read it and consider the examples.</p>"
                        ),
                    ),
                ],
                "audiences": [
                    "social-workers-and-team-managers",
                    "youth-and-community-services",
                    "police",
                ],
                "format": "pdf",
                "last_reviewed": "2026-01-26",
                "document": {
                    "title": "Safety planning for contexts",
                    "sections": [
                        {
                            "heading": "From restriction to protection",
                            "paragraphs": [
                                (
                                    "Plans that mainly restrict a young person, for example "
                                    "through curfews or instructions not to see certain friends, "
                                    "can increase isolation and push harm out of sight. Where "
                                    "restrictions are used, pair them with actions that address "
                                    "why the young person is drawn to a context and with changes "
                                    "to the context itself. Ask what the young person will gain "
                                    "from the plan, not only what they must give up."
                                ),
                            ],
                        },
                        {
                            "heading": "Writing context actions",
                            "paragraphs": [
                                (
                                    "Good context actions are specific. Rather than 'police to be "
                                    "aware of the location', say what will happen, how often and "
                                    "what will be reported back: for example, 'neighbourhood team "
                                    "to visit the location at agreed times each week and share "
                                    "observations with the lead practitioner'. Check that the "
                                    "agency named has agreed the action and has the capacity to "
                                    "carry it out."
                                ),
                            ],
                        },
                        {
                            "heading": "Involving those with influence",
                            "paragraphs": [
                                (
                                    "Many contexts are shaped by people outside statutory "
                                    "services: staff in shops, transport hubs, leisure centres or "
                                    "faith settings, and the parents of other young people. Think "
                                    "about who has a legitimate role in a space and how they might "
                                    "be approached. Decide carefully what they need to know; often "
                                    "a general request to look out for young people is enough, "
                                    "without naming anyone."
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "safety-plan-review-tracker",
                "title": "Safety plan review tracker",
                "tool_type": "practice-tool",
                "summary": (
                    "A spreadsheet for tracking the actions in a safety plan by context, recording "
                    "progress and what has changed between reviews."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>The tracker lists each action in a safety plan by context, with "
                            "the lead agency, timescale, progress and a note of what has changed. "
                            "It makes it easy to see at a glance whether context actions are "
                            "keeping pace with support for the young person.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Set it up after the plan is agreed and update it before each core "
                            "group or review. Updating it takes about 15 minutes each time.</p>"
                        ),
                    ),
                ],
                "audiences": ["roth-conference-chairs", "social-workers-and-team-managers"],
                "format": "xlsx",
                "last_reviewed": "2026-02-23",
                "document": {
                    "title": "Safety plan review tracker",
                    "columns": [
                        "Context",
                        "Action agreed",
                        "Lead agency",
                        "Timescale",
                        "Progress",
                        "What has changed",
                    ],
                    "rows": [
                        [
                            "Young person",
                            "Weekly sessions with a youth worker",
                            "Youth service",
                            "Start within 2 weeks",
                            "On track",
                            "Young person attending most sessions",
                        ],
                        [
                            "Family",
                            "Online safety advice session offered to parent",
                            "Early help",
                            "Within 4 weeks",
                            "Completed",
                            "Parent reports feeling more confident",
                        ],
                        [
                            "Park near school",
                            "Detached youth work on two evenings a week",
                            "Youth service",
                            "Within 3 weeks",
                            "On track",
                            "Fewer reports of adults approaching pupils",
                        ],
                        [
                            "Peer group",
                            "Group work offered through school",
                            "School",
                            "Next half term",
                            "Not started",
                            "Waiting for staff training",
                        ],
                        [
                            "Bus station",
                            "Staff briefed on signs of exploitation",
                            "Community safety",
                            "Within 6 weeks",
                            "Delayed",
                            "Briefing rescheduled",
                        ],
                        [
                            "Online",
                            "Accounts making contact reported to the platform",
                            "Police",
                            "Within 1 week",
                            "Completed",
                            "Accounts reported; monitoring continues",
                        ],
                    ],
                },
            },
            {
                "slug": "safety-planning-workshop-slides",
                "title": "Safety planning for contexts: workshop slides",
                "tool_type": "slide-deck",
                "summary": (
                    "Slides and facilitator notes for a workshop on writing plans, and setting "
                    "outcomes, for young people on ROTH pathways."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>The slides support a practical workshop in which participants "
                            "rewrite vague actions, design context-focused plans and agree "
                            "outcomes that show whether a plan is working.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Use them for a multi-agency workshop or a team session. The full "
                            "workshop takes about three hours; a shorter 90-minute version is "
                            "outlined in the notes.</p>"
                        ),
                    ),
                ],
                "audiences": ["social-workers-and-team-managers", "youth-and-community-services"],
                "format": "pdf",
                "last_reviewed": "2026-03-16",
                "document": {
                    "title": "Safety planning for contexts: workshop slides and notes",
                    "sections": [
                        {
                            "heading": "Workshop aims",
                            "paragraphs": [
                                (
                                    "By the end of the workshop, participants will be able to "
                                    "describe the difference between individual and "
                                    "context-focused safety planning, write specific actions for "
                                    "places, groups and online spaces, and agree outcomes that "
                                    "show whether a plan is making a young person safer. The "
                                    "workshop works best with a mix of agencies in each small "
                                    "group."
                                ),
                            ],
                        },
                        {
                            "heading": "Exercise: rewriting actions",
                            "paragraphs": [
                                (
                                    "Give each group a set of vague actions from a fictional plan, "
                                    "such as 'school to monitor' or 'partners to share "
                                    "information'. Ask them to rewrite each one so that it says "
                                    "what will happen, where, by whom and by when, and how "
                                    "progress will be known. Allow 30 minutes, then compare the "
                                    "rewritten actions across groups and discuss what made them "
                                    "stronger."
                                ),
                            ],
                        },
                        {
                            "heading": "Outcomes that matter",
                            "paragraphs": [
                                (
                                    "Discuss the outcomes the young person and family would want, "
                                    "such as feeling safe on the way to school or being able to "
                                    "spend time with friends without being approached. Help groups "
                                    "turn these into outcomes that can be reviewed. Close by "
                                    "asking each participant to name one change they will make to "
                                    "the next plan they write."
                                ),
                            ],
                        },
                    ],
                },
            },
        ],
    },
    {
        "slug": "parents-and-carers-as-partners",
        "title": "Working with parents and carers as partners in protection",
        "primary_topic": "parents-and-carers-as-partners",
        "further_topics": ["chairing-roth-conferences"],
        "summary": (
            "Tools for involving parents and carers as partners in keeping young people safe from "
            "harm outside the home, rather than treating them as the source of risk."
        ),
        "introduction": (
            "<p>When a young person is harmed outside the home, their parents or carers are often "
            "frightened, exhausted and unsure where to turn. Child protection processes were "
            "largely designed for harm within families, and parents can come away feeling judged "
            "for something they have been trying hard to prevent.</p><p>ROTH pathways aim to work "
            "alongside parents and carers as partners. This pack includes tools "
            "to:</p><ul><li>help parents and carers prepare for and take part in "
            "conferences</li><li>review local procedures and letters for language that blames "
            "families</li><li>gather feedback from families to improve practice</li></ul><p>Where "
            "there are also worries about the home, these still need to be assessed, but they "
            "should never simply be assumed.</p>"
        ),
        "audiences": [
            "social-workers-and-team-managers",
            "roth-conference-chairs",
            "parents-and-carers",
        ],
        "body": [
            ("heading", {"text": "Partnership in practice", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Partnership means sharing information openly, asking parents what they "
                    "know and what they need, and including support for them in the plan. Parents "
                    "often know a great deal about their child's friendships, routines and online "
                    "life, and they may notice changes before professionals do.</p>"
                ),
            ),
            (
                "callout",
                {
                    "title": "Resources for parents and carers",
                    "text": (
                        "<p>Some tools in this pack are written for parents and carers themselves. "
                        "They can be shared directly or talked through during a visit.</p>"
                    ),
                    "tone": "info",
                },
            ),
        ],
        "last_reviewed": "2025-09-29",
        "tools": [
            {
                "slug": "preparing-for-a-conference-parents-leaflet",
                "title": "Preparing for a ROTH conference: information for parents and carers",
                "tool_type": "practice-tool",
                "summary": (
                    "A plain-language leaflet for parents and carers explaining what a ROTH "
                    "conference is, what happens on the day and how they can take part."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>This leaflet explains, in everyday language, why a conference has "
                            "been arranged, who will be there and how parents and carers can "
                            "prepare and have their say.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Give it to parents and carers when a conference is arranged, "
                            "ideally during a visit so that you can talk it through together. It "
                            "takes about ten minutes to read.</p>"
                        ),
                    ),
                ],
                "audiences": ["parents-and-carers", "social-workers-and-team-managers"],
                "format": "pdf",
                "last_reviewed": "2025-09-29",
                "document": {
                    "title": "Preparing for a ROTH conference: information for parents and carers",
                    "sections": [
                        {
                            "heading": "Why a conference has been arranged",
                            "paragraphs": [
                                (
                                    "A conference has been arranged because professionals are "
                                    "worried that your child is being harmed, or could be harmed, "
                                    "outside your home. This might be by other young people or by "
                                    "adults, in places in your area, or online. The conference is "
                                    "a meeting where you, your child and the professionals "
                                    "involved work out together how to keep your child safe."
                                ),
                            ],
                        },
                        {
                            "heading": "What happens on the day",
                            "paragraphs": [
                                (
                                    "The meeting is led by a Chair, whose job is to make sure "
                                    "everyone can be heard. People from services such as your "
                                    "child's school, social care, police and health will share "
                                    "what they know. You will be asked for your views, and your "
                                    "child can take part too if they want to. At the end, the "
                                    "meeting agrees a plan that includes support for you and your "
                                    "child and action in the places where harm is happening."
                                ),
                            ],
                        },
                        {
                            "heading": "How to prepare",
                            "paragraphs": [
                                (
                                    "Think about what you want the meeting to know: what you have "
                                    "noticed, what you have already tried, what has helped and "
                                    "what worries you most. You can write this down or ask your "
                                    "social worker to share it for you. You can bring a friend or "
                                    "supporter with you. If anything is unclear on the day, ask "
                                    "the Chair to explain it; there are no silly questions."
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "parents-as-partners-briefing",
                "title": "Parents and carers as partners: briefing for practitioners",
                "tool_type": "briefing",
                "summary": (
                    "A briefing on why partnership with parents and carers matters on ROTH "
                    "pathways and what practitioners can do to build it."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>This briefing sets out the case for working with parents and "
                            "carers as partners when harm is happening outside the home, with "
                            "practical steps and questions for reflection.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Use it in team meetings, at induction or in multi-agency training. "
                            "It takes about 15 minutes to read.</p>"
                        ),
                    ),
                ],
                "audiences": [
                    "social-workers-and-team-managers",
                    "roth-conference-chairs",
                    "education-settings",
                ],
                "format": "pdf",
                "last_reviewed": "2025-09-29",
                "document": {
                    "title": "Parents and carers as partners in protection",
                    "sections": [
                        {
                            "heading": "Why partnership matters",
                            "paragraphs": [
                                (
                                    "Parents and carers are usually the adults who know the young "
                                    "person best and who will be there long after services step "
                                    "back. When they feel blamed, they may withdraw from services "
                                    "or stop sharing what they know. When they feel supported, "
                                    "they can help spot warning signs early, strengthen protective "
                                    "relationships and contribute to plans for the contexts their "
                                    "child spends time in."
                                ),
                            ],
                        },
                        {
                            "heading": "What practitioners can do",
                            "paragraphs": [
                                (
                                    "Explain processes clearly and early, and share reports in "
                                    "good time. Ask parents what they know about their child's "
                                    "friendships, routines and online life. Acknowledge the strain "
                                    "they are under and include support for them in the plan. Be "
                                    "honest about concerns within the home where they exist, but "
                                    "do not assume they exist just because a young person is being "
                                    "harmed elsewhere."
                                ),
                            ],
                        },
                        {
                            "heading": "Questions to ask yourself",
                            "paragraphs": [
                                (
                                    "Would this parent recognise our description of the harm as "
                                    "fair? Have we asked what they need, and not only what they "
                                    "should do? Does our plan give them tasks that only services "
                                    "can carry out, such as stopping contact with adults who are "
                                    "exploiting their child? How do we let them know what has been "
                                    "done about the contexts of concern?"
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "parent-partnership-policy-checklist",
                "title": "Parent partnership policy checklist",
                "tool_type": "policy-tool",
                "summary": (
                    "A checklist for reviewing local procedures, letters and forms to make sure "
                    "they treat parents and carers as partners on ROTH pathways."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>The checklist poses questions about procedures, standard letters "
                            "and feedback arrangements, with space to record the answers and agree "
                            "actions.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Use it when writing or reviewing procedures and standard letters "
                            "for a ROTH pathway. Allow about two hours for a working group, which "
                            "should ideally include a parent or carer with experience of "
                            "services.</p>"
                        ),
                    ),
                ],
                "audiences": [
                    "strategic-leads-and-commissioners",
                    "social-workers-and-team-managers",
                ],
                "format": "docx",
                "last_reviewed": "2025-10-20",
                "document": {
                    "title": "Parent partnership policy checklist",
                    "sections": [
                        {
                            "heading": "Procedures",
                            "paragraphs": [
                                (
                                    "Do procedures state that parents and carers are usually "
                                    "partners in protection where harm is outside the home? Do "
                                    "they set out when and how parents will be told about "
                                    "concerns, meetings and decisions? Is there guidance on "
                                    "assessing concerns within the home without assuming them? Are "
                                    "parents offered the chance to meet the Chair before a "
                                    "conference?"
                                ),
                            ],
                        },
                        {
                            "heading": "Letters and forms",
                            "paragraphs": [
                                (
                                    "Read each standard letter as if you were a parent receiving "
                                    "it. Does it explain in plain language why the meeting is "
                                    "happening? Does it avoid wording that suggests the parent has "
                                    "failed to protect their child? Does it say what support is "
                                    "available and who to contact with questions? Is it available "
                                    "in other languages and formats where these are needed?"
                                ),
                            ],
                        },
                        {
                            "heading": "Feedback and involvement",
                            "paragraphs": [
                                (
                                    "Is there a routine way to gather feedback from parents and "
                                    "carers after conferences? Are parents with experience of the "
                                    "pathway involved in reviewing how it works, with support and "
                                    "payment for their time? How is their feedback reported to "
                                    "strategic leads, and what has changed as a result? Record the "
                                    "answers and agree actions with named owners."
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "parents-reviewing-a-pathway-case-study",
                "title": "Case study: involving parents in reviewing a pathway",
                "tool_type": "case-study",
                "summary": (
                    "An illustrative online case study showing how a fictional partnership worked "
                    "with parents and carers to redesign its letters and conference preparation."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>This online case study follows a fictional partnership as it "
                            "invites parents and carers with experience of its ROTH pathway to "
                            "review standard letters and the way families are prepared for "
                            "conferences. It does not describe any real area or family.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Use it to prompt discussion about involving families in service "
                            "design. Reading and discussing it takes about 30 minutes.</p>"
                        ),
                    ),
                ],
                "audiences": ["strategic-leads-and-commissioners", "parents-and-carers"],
                "format": "web",
                "last_reviewed": "2026-04-13",
                "external_url": (
                    "https://www.example.org/planning-for-safety/parents-reviewing-a-pathway"
                ),
            },
            {
                "slug": "parent-and-carer-feedback-form",
                "title": "Parent and carer feedback form",
                "tool_type": "template",
                "summary": (
                    "A short, editable feedback form for parents and carers to complete after a "
                    "ROTH conference or review."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>This form asks parents and carers a few simple questions about "
                            "their experience of a conference or review, so that the partnership "
                            "can learn what is working for families.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Offer it after each conference or review, in person or by post, "
                            "and make clear that it is optional. Adapting the template takes about "
                            "20 minutes; parents usually need about ten minutes to complete "
                            "it.</p>"
                        ),
                    ),
                ],
                "audiences": ["social-workers-and-team-managers", "roth-conference-chairs"],
                "format": "docx",
                "last_reviewed": "2025-10-20",
                "document": {
                    "title": "Feedback from parents and carers",
                    "sections": [
                        {
                            "heading": "About this form",
                            "paragraphs": [
                                (
                                    "We would like to hear about your experience of the recent "
                                    "meeting about your child. Your answers will help us improve "
                                    "how we work with families. You do not have to fill in this "
                                    "form, and choosing not to will not affect the support you "
                                    "receive. Please do not include the names of other people or "
                                    "details of what happened."
                                ),
                            ],
                        },
                        {
                            "heading": "Your experience",
                            "paragraphs": [
                                (
                                    "Did you understand why the meeting was happening and what "
                                    "would be discussed? Did you feel listened to during the "
                                    "meeting? Was the plan explained in a way that made sense to "
                                    "you? Does the plan include support that will help you and "
                                    "your child? Is there anything that would have made the "
                                    "meeting easier for you or for your child?"
                                ),
                            ],
                        },
                        {
                            "heading": "Anything else",
                            "paragraphs": [
                                (
                                    "Please tell us anything else you would like us to know about "
                                    "the meeting or the support you have received. If you would "
                                    "like someone to contact you about your feedback, leave your "
                                    "preferred contact details. Otherwise, your answers will be "
                                    "read by the team responsible for the pathway and used without "
                                    "your name."
                                ),
                            ],
                        },
                    ],
                },
            },
        ],
    },
    {
        "slug": "building-community-guardianship",
        "title": "Building community guardianship",
        "primary_topic": "community-guardianship",
        "further_topics": ["guardianship", "safety-planning"],
        "summary": (
            "Tools for identifying and supporting the people and organisations in a community who "
            "can help keep young people safe in the places where they spend time."
        ),
        "introduction": (
            "<p>Guardianship is the presence of people who notice, care and act when young people "
            "are at risk. In many places where harm happens, such as shopping areas, transport "
            "hubs, parks and online spaces, there are already adults with a role there: staff, "
            "volunteers, business owners, youth workers and neighbours. Young people can also look "
            "out for one another, which is often called peer guardianship.</p><p>This pack helps "
            "partnerships to:</p><ul><li>map who has a presence in the contexts of "
            "concern</li><li>understand what would help those people act safely and "
            "confidently</li><li>learn from examples of guardianship in practice</li></ul><p>Areas "
            "in the network can also join the programme's evidence-building work on how "
            "communities and peers can act as guardians.</p>"
        ),
        "audiences": [
            "youth-and-community-services",
            "strategic-leads-and-commissioners",
            "police",
        ],
        "body": [
            ("heading", {"text": "Guardianship and safety plans", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Guardianship can be part of an individual safety plan, but it is often "
                    "most useful across a whole area. When several plans involve the same "
                    "location, a guardianship approach can make that place safer for every young "
                    "person who uses it, without singling anyone out.</p>"
                ),
            ),
            (
                "callout",
                {
                    "title": "Sharing information with community partners",
                    "text": (
                        "<p>Community guardians rarely need to know about individual young people. "
                        "Agree what will be shared, keep it general wherever possible, and follow "
                        "the partnership's information sharing arrangements.</p>"
                    ),
                    "tone": "safeguarding",
                },
            ),
        ],
        "last_reviewed": "2026-02-02",
        "tools": [
            {
                "slug": "guardianship-mapping-tracker",
                "title": "Guardianship mapping tracker",
                "tool_type": "practice-tool",
                "summary": (
                    "A spreadsheet for recording who has a presence in a context of concern, their "
                    "current role and what support would help them act as guardians."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>The tracker helps partners build a picture of the adults and "
                            "organisations already present in a place, when they are there, and "
                            "what would help them notice and respond to harm.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Use it when a context appears in several referrals or plans, or "
                            "when developing a local guardianship approach. Allow about an hour to "
                            "complete a first map with partners who know the area well.</p>"
                        ),
                    ),
                ],
                "audiences": ["youth-and-community-services", "strategic-leads-and-commissioners"],
                "format": "xlsx",
                "last_reviewed": "2026-02-02",
                "document": {
                    "title": "Guardianship mapping tracker",
                    "columns": [
                        "Context",
                        "Who is present",
                        "When they are there",
                        "Current role with young people",
                        "Support that would help",
                        "Partner to make contact",
                    ],
                    "rows": [
                        [
                            "Shopping centre",
                            "Security staff",
                            "Daytime and early evening",
                            "Mainly move young people on",
                            "Briefing on exploitation and who to contact",
                            "Community safety",
                        ],
                        [
                            "Shopping centre",
                            "Shop staff",
                            "Opening hours",
                            "Notice groups who gather regularly",
                            "Clear route for reporting concerns",
                            "Community safety",
                        ],
                        [
                            "Railway station",
                            "Station staff and transport police",
                            "All day",
                            "Respond to incidents",
                            "Joint walkabout with youth workers",
                            "Police",
                        ],
                        [
                            "Local park",
                            "Park warden",
                            "Weekday daytime",
                            "Little contact",
                            "Introduction to the detached youth team",
                            "Youth service",
                        ],
                        [
                            "Local park",
                            "Sports club volunteers",
                            "Evenings and weekends",
                            "Run sessions some young people attend",
                            "Safeguarding training and a named contact",
                            "Youth service",
                        ],
                        [
                            "Takeaway on high street",
                            "Manager and staff",
                            "Late evening",
                            "Aware of groups gathering outside",
                            "Agreed approach when worried",
                            "Community safety",
                        ],
                    ],
                },
            },
            {
                "slug": "community-guardianship-introduction",
                "title": "Community guardianship: an introduction",
                "tool_type": "briefing",
                "summary": (
                    "An online briefing that introduces community and peer guardianship and "
                    "explains how they can support ROTH pathways."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>This web briefing explains what guardianship means, who can be a "
                            "guardian, and how guardianship links to panels, conferences and "
                            "safety plans.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Share it with partners who are new to the idea before a planning "
                            "meeting. It takes about ten minutes to read.</p>"
                        ),
                    ),
                ],
                "audiences": [
                    "youth-and-community-services",
                    "strategic-leads-and-commissioners",
                    "police",
                ],
                "format": "web",
                "last_reviewed": "2026-05-11",
                "external_url": (
                    "https://www.example.org/planning-for-safety/community-guardianship"
                ),
            },
            {
                "slug": "transport-hub-guardianship-case-study",
                "title": "Case study: making a transport hub safer",
                "tool_type": "case-study",
                "summary": (
                    "An illustrative, fictional example of partners working with staff at a "
                    "transport hub to improve guardianship for the young people who pass through "
                    "it."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>This case study describes how a fictional partnership worked with "
                            "staff at a bus and train interchange that kept appearing in "
                            "referrals. It does not describe any real place, young person or "
                            "organisation.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Use it in partnership meetings or training to explore how "
                            "guardianship could work in your area. Allow about 40 minutes, "
                            "including discussion.</p>"
                        ),
                    ),
                ],
                "audiences": [
                    "youth-and-community-services",
                    "police",
                    "strategic-leads-and-commissioners",
                ],
                "format": "pdf",
                "last_reviewed": "2026-02-02",
                "document": {
                    "title": "Making a transport hub safer: an illustrative case study",
                    "sections": [
                        {
                            "heading": "The concern",
                            "paragraphs": [
                                (
                                    "In this fictional example, a partnership noticed that a bus "
                                    "and train interchange appeared in several referrals about "
                                    "young people being approached by older people. Staff at the "
                                    "interchange knew that groups gathered there but saw their "
                                    "role mainly as managing behaviour. Young people said they did "
                                    "not know who they could go to if something happened there."
                                ),
                            ],
                        },
                        {
                            "heading": "What partners did",
                            "paragraphs": [
                                (
                                    "Youth workers, police and community safety colleagues met the "
                                    "interchange manager and agreed a joint approach. Staff "
                                    "received a short briefing on the signs of exploitation and a "
                                    "clear route for passing on concerns. Detached youth workers "
                                    "began visiting at busy times, and a staffed area was "
                                    "identified where young people could wait if they felt unsafe. "
                                    "No information about individual young people was shared with "
                                    "staff."
                                ),
                                (
                                    "Partners agreed to review the arrangement after three months, "
                                    "drawing on the views of interchange staff, youth workers and "
                                    "young people who used the interchange, and to share what they "
                                    "learned with the panel so that similar approaches could be "
                                    "considered for other places that appear often in referrals."
                                ),
                            ],
                        },
                        {
                            "heading": "Questions for discussion",
                            "paragraphs": [
                                (
                                    "Which places in your area appear again and again in referrals "
                                    "or plans? Who is already present in those places, and how do "
                                    "they see their role at the moment? What would they need in "
                                    "order to act as guardians? How could young people be involved "
                                    "in deciding what would make a place feel safer for them?"
                                ),
                            ],
                        },
                    ],
                },
            },
        ],
    },
    {
        "slug": "education-providers-and-roth-processes",
        "title": "Education providers and ROTH processes",
        "primary_topic": "education-providers",
        "further_topics": ["roles-of-schools", "multi-agency-responsibilities"],
        "summary": (
            "Tools for schools, colleges and alternative provision to contribute to ROTH panels, "
            "conferences and plans, and to make education settings safer contexts."
        ),
        "introduction": (
            "<p>Education providers are central to ROTH pathways. Staff see young people nearly "
            "every day, notice changes in friendships and attendance, and often hear about harm "
            "happening on the way to and from school or online. Schools and colleges are also "
            "contexts in their own right, with spaces and peer groups that can be protective or "
            "harmful.</p><p>This pack supports education staff and their partners "
            "to:</p><ul><li>understand how ROTH processes work and where education "
            "fits</li><li>provide useful information to panels and conferences</li><li>review "
            "policies so that responses to harm outside the home are consistent and do not push "
            "young people out of protective settings</li></ul>"
        ),
        "audiences": [
            "education-settings",
            "social-workers-and-team-managers",
            "strategic-leads-and-commissioners",
        ],
        "body": [
            ("heading", {"text": "Education as a protective context", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Being in education can be one of the strongest protective factors for a "
                    "young person facing harm beyond their home. Plans should consider how to keep "
                    "the young person engaged in learning, and responses to behaviour that may be "
                    "linked to exploitation should be weighed alongside safeguarding, not apart "
                    "from it.</p>"
                ),
            ),
            (
                "callout",
                {
                    "title": "For designated safeguarding leads",
                    "text": (
                        "<p>Make sure you know how the ROTH pathway works in your area, and share "
                        "these tools with colleagues who attend panels or conferences.</p>"
                    ),
                    "tone": "important",
                },
            ),
        ],
        "last_reviewed": "2025-09-15",
        "tools": [
            {
                "slug": "roth-pathways-briefing-for-schools",
                "title": "ROTH pathways: a briefing for schools and colleges",
                "tool_type": "briefing",
                "summary": (
                    "A short briefing for school and college staff explaining ROTH pathways, "
                    "panels and conferences, and what is expected of education representatives."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>This briefing explains what a ROTH pathway is, where education "
                            "fits within it, and how to prepare for a panel or conference.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Share it with designated safeguarding leads, pastoral staff and "
                            "senior leaders. It takes about ten minutes to read.</p>"
                        ),
                    ),
                ],
                "audiences": ["education-settings"],
                "format": "pdf",
                "last_reviewed": "2025-09-15",
                "document": {
                    "title": "ROTH pathways: a briefing for schools and colleges",
                    "sections": [
                        {
                            "heading": "What a ROTH pathway is",
                            "paragraphs": [
                                (
                                    "A ROTH pathway is the way your area responds when young "
                                    "people are at risk of significant harm outside their home, "
                                    "for example through exploitation, peer abuse or violence in "
                                    "the community. It adapts child protection processes so that "
                                    "plans address the places, peer groups and online spaces where "
                                    "harm happens, as well as supporting the young person and "
                                    "their family."
                                ),
                            ],
                        },
                        {
                            "heading": "Where education fits",
                            "paragraphs": [
                                (
                                    "Schools and colleges may refer concerns, attend panels, "
                                    "contribute to assessments and conferences, and carry out "
                                    "actions in a plan. Education staff often hold information no "
                                    "one else has, such as changes in friendship groups, patterns "
                                    "of absence at particular times, or incidents on routes to and "
                                    "from school. Your view of the young person's strengths "
                                    "matters just as much."
                                ),
                            ],
                        },
                        {
                            "heading": "What to expect",
                            "paragraphs": [
                                (
                                    "When invited to a panel or conference, send someone who knows "
                                    "the young person and can agree actions on behalf of the "
                                    "setting. Prepare by gathering attendance, behaviour and "
                                    "pastoral information, and speak to the staff who know the "
                                    "young person best. After the meeting, make sure agreed "
                                    "actions reach the staff who need to carry them out."
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "education-contribution-template",
                "title": "Education contribution to a ROTH conference",
                "tool_type": "template",
                "summary": (
                    "An editable template for schools and colleges to prepare their written "
                    "contribution to a ROTH panel or conference."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>The template has three sections: the young person in education, "
                            "contexts linked to the setting, and what the setting can offer to the "
                            "plan. Guidance notes explain what to include in each.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Use it when preparing for a panel or conference. Completing it "
                            "usually takes about 45 minutes, including time to speak with "
                            "colleagues who know the young person.</p>"
                        ),
                    ),
                ],
                "audiences": ["education-settings"],
                "format": "docx",
                "last_reviewed": "2025-09-15",
                "document": {
                    "title": "Education contribution to a ROTH conference",
                    "sections": [
                        {
                            "heading": "The young person in education",
                            "paragraphs": [
                                (
                                    "Describe the young person's attendance, progress and "
                                    "engagement, and how these have changed over time. Include "
                                    "their strengths, interests and relationships with staff. Note "
                                    "any additional needs and the support in place. Say what the "
                                    "young person has told staff about school and about the "
                                    "concerns, using their own words where possible."
                                ),
                            ],
                        },
                        {
                            "heading": "Contexts linked to the setting",
                            "paragraphs": [
                                (
                                    "Describe any concerns about peer groups within the setting, "
                                    "spaces on site where problems arise, routes to and from "
                                    "school, or online activity that has come to light in school. "
                                    "Note what the setting has already done in response, such as "
                                    "changes to supervision or work with a group, and whether "
                                    "other pupils may be affected."
                                ),
                            ],
                        },
                        {
                            "heading": "What the setting can offer",
                            "paragraphs": [
                                (
                                    "Set out what the setting can contribute to the plan: for "
                                    "example, a trusted adult, changes to the timetable or travel "
                                    "arrangements, group work, or changes to how parts of the site "
                                    "are supervised. Be realistic about capacity and name who will "
                                    "be responsible. Flag anything that could put the young "
                                    "person's place in education at risk, so that it can be "
                                    "discussed."
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "school-policy-review-tool",
                "title": "Reviewing school policies for harm outside the home",
                "tool_type": "policy-tool",
                "summary": (
                    "A structured review tool to help education settings check that their "
                    "safeguarding, behaviour and attendance policies support ROTH pathways."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>This tool sets out questions for reviewing safeguarding, "
                            "behaviour, exclusion and attendance policies, with space to record "
                            "gaps and agreed actions.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Use it during the annual policy review or when your setting first "
                            "joins a ROTH pathway. Allow about 90 minutes for the designated "
                            "safeguarding lead and a senior leader to work through it "
                            "together.</p>"
                        ),
                    ),
                ],
                "audiences": ["education-settings", "strategic-leads-and-commissioners"],
                "format": "docx",
                "last_reviewed": "2025-11-24",
                "document": {
                    "title": "Reviewing school policies for harm outside the home",
                    "sections": [
                        {
                            "heading": "Safeguarding policy",
                            "paragraphs": [
                                (
                                    "Does the policy describe harm outside the home, including "
                                    "exploitation, peer abuse and online harm, and explain how the "
                                    "setting will respond? Does it describe how the setting "
                                    "contributes to ROTH panels, conferences and plans? Is there "
                                    "guidance for staff on recording information about contexts, "
                                    "such as locations and peer groups, as well as about "
                                    "individual pupils?"
                                ),
                            ],
                        },
                        {
                            "heading": "Behaviour and exclusion",
                            "paragraphs": [
                                (
                                    "Does the behaviour policy prompt staff to consider whether "
                                    "behaviour may be linked to exploitation or harm outside the "
                                    "home before sanctions are applied? Is the designated "
                                    "safeguarding lead consulted before a pupil known to be at "
                                    "risk is suspended or excluded? How does the setting avoid "
                                    "removing young people from a protective environment at the "
                                    "very point when their risk is highest?"
                                ),
                            ],
                        },
                        {
                            "heading": "Attendance and transitions",
                            "paragraphs": [
                                (
                                    "Are patterns of absence considered as possible signs of harm, "
                                    "including partial absence at particular times of day? Is "
                                    "information about risk outside the home shared safely when "
                                    "pupils move between settings, including into alternative "
                                    "provision? Agree actions for any gaps you find, name who will "
                                    "lead each one, and set a date to check progress."
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "role-of-schools-training-slides",
                "title": "The role of schools on ROTH pathways: staff training slides",
                "tool_type": "slide-deck",
                "summary": (
                    "A short slide deck with notes for whole-staff or pastoral team training on "
                    "harm outside the home and the school's role on ROTH pathways."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>The slides introduce harm outside the home, explain the local ROTH "
                            "pathway and set out what staff should do when they are worried. A "
                            "fictional scenario supports group discussion.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Use them for a staff training day or a pastoral team meeting. The "
                            "session takes about an hour.</p>"
                        ),
                    ),
                ],
                "audiences": ["education-settings"],
                "format": "pdf",
                "last_reviewed": "2026-06-08",
                "document": {
                    "title": "The role of schools on ROTH pathways: slides and notes",
                    "sections": [
                        {
                            "heading": "Session plan",
                            "paragraphs": [
                                (
                                    "The session introduces harm outside the home and the idea of "
                                    "contexts, explains how the local ROTH pathway works, and sets "
                                    "out what staff should do if they are worried. It uses a short "
                                    "fictional scenario to help staff think about the places and "
                                    "peer groups around pupils. Adapt the slides about the local "
                                    "pathway with your designated safeguarding lead before "
                                    "delivering the session."
                                ),
                            ],
                        },
                        {
                            "heading": "Scenario discussion",
                            "paragraphs": [
                                (
                                    "Staff consider a fictional scenario in which a group of "
                                    "pupils is repeatedly late back after lunch and one of them "
                                    "has new, expensive possessions. In small groups, they discuss "
                                    "what they might notice, who they would tell, what they would "
                                    "record about places and peers, and what the school could "
                                    "change about supervision or spaces. Allow 15 minutes, then "
                                    "take feedback."
                                ),
                            ],
                        },
                        {
                            "heading": "Key messages for staff",
                            "paragraphs": [
                                (
                                    "Young people harmed outside the home are victims, even when "
                                    "their behaviour is challenging. Small observations about "
                                    "friendships, routes and absences matter, so record them and "
                                    "pass them on. The school is a context too, and staff can help "
                                    "make it a safer place. Always follow the school's "
                                    "safeguarding procedures and speak to the designated "
                                    "safeguarding lead."
                                ),
                            ],
                        },
                    ],
                },
            },
        ],
    },
    {
        "slug": "what-young-people-need",
        "title": "What young people on ROTH pathways need from services",
        "primary_topic": "what-young-people-need",
        "further_topics": ["safety-planning"],
        "summary": (
            "Tools to help services listen to young people on ROTH pathways and plan, commission "
            "and resource support that meets their needs."
        ),
        "introduction": (
            "<p>Young people who are harmed outside the home often have clear views on what helps "
            "and what does not. Many describe wanting a consistent, trusted adult, honest "
            "explanations of what is happening, and support that fits around their lives rather "
            "than a series of appointments. They also want services to act on the places and "
            "people causing harm, rather than only asking them to change.</p><p>This pack includes "
            "tools to:</p><ul><li>hear and record young people's views in assessments, conferences "
            "and reviews</li><li>map the support available locally against what young people "
            "need</li><li>inform commissioning and resourcing decisions</li></ul><p>Areas in the "
            "network can also join the programme's evidence-building work on how services can be "
            "funded and staffed to respond to what young people need.</p>"
        ),
        "audiences": [
            "strategic-leads-and-commissioners",
            "social-workers-and-team-managers",
            "youth-and-community-services",
        ],
        "body": [
            ("heading", {"text": "Listening to young people", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Young people should have a real say in the plans made about them. That "
                    "means explaining processes honestly, giving them choices about how they take "
                    "part, and showing them what difference their views have made.</p>"
                ),
            ),
            (
                "callout",
                {
                    "title": "Gathering views safely",
                    "text": (
                        "<p>When you gather young people's views to improve services, collect them "
                        "anonymously and remove any details that could identify a young person or "
                        "a location of harm.</p>"
                    ),
                    "tone": "safeguarding",
                },
            ),
        ],
        "last_reviewed": "2026-03-09",
        "tools": [
            {
                "slug": "hearing-young-peoples-views",
                "title": "Hearing young people's views: practice prompts",
                "tool_type": "practice-tool",
                "summary": (
                    "Prompts and activity ideas for finding out what young people on ROTH pathways "
                    "think about their safety and the support they are offered."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>These prompts help practitioners prepare for conversations with "
                            "young people, explore what feels safe and unsafe to them, and carry "
                            "their views into meetings.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Use them before conferences and reviews, and throughout direct "
                            "work. Each activity takes between 15 and 30 minutes.</p>"
                        ),
                    ),
                ],
                "audiences": [
                    "social-workers-and-team-managers",
                    "roth-conference-chairs",
                    "youth-and-community-services",
                ],
                "format": "pdf",
                "last_reviewed": "2026-03-09",
                "document": {
                    "title": "Hearing young people's views",
                    "sections": [
                        {
                            "heading": "Before you start",
                            "paragraphs": [
                                (
                                    "Explain why you are asking, what will happen to what they "
                                    "tell you, and who will see it. Be honest about the limits of "
                                    "confidentiality. Let the young person choose where and how to "
                                    "talk, and whether they want someone with them. Some young "
                                    "people prefer to talk while doing something else, such as "
                                    "walking or travelling, rather than sitting in a formal "
                                    "meeting."
                                ),
                            ],
                        },
                        {
                            "heading": "Questions to explore",
                            "paragraphs": [
                                (
                                    "Where do you feel safe, and where do you not? Who are the "
                                    "adults you trust, and what makes them trustworthy? What has "
                                    "helped in the past, and what has made things worse? If you "
                                    "could change one thing about where you spend your time, what "
                                    "would it be? What would you want the people at the meeting to "
                                    "know about you?"
                                ),
                            ],
                        },
                        {
                            "heading": "Taking views into the meeting",
                            "paragraphs": [
                                (
                                    "Agree with the young person how their views will be shared: "
                                    "in person, in writing, through a trusted adult or in a "
                                    "recording. Use their own words where possible. After the "
                                    "meeting, tell them what was decided and how their views were "
                                    "taken into account, including where a different decision was "
                                    "made and the reasons for it."
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "support-and-resourcing-mapping-tool",
                "title": "Support and resourcing mapping tool",
                "tool_type": "policy-tool",
                "summary": (
                    "A spreadsheet for mapping the services available to young people on ROTH "
                    "pathways against their needs, to find gaps and inform commissioning."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>This tool helps strategic leads set out the needs young people on "
                            "the pathway commonly have, what is currently provided, where the gaps "
                            "are and who will act on them.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Use it when planning or reviewing commissioning for ROTH pathways. "
                            "Allow about two hours with partners to complete a first version, then "
                            "update it each year.</p>"
                        ),
                    ),
                ],
                "audiences": ["strategic-leads-and-commissioners"],
                "format": "xlsx",
                "last_reviewed": "2026-04-20",
                "document": {
                    "title": "Support and resourcing map",
                    "columns": [
                        "Need identified",
                        "Current provision",
                        "Capacity",
                        "Gap or issue",
                        "Possible response",
                        "Lead",
                    ],
                    "rows": [
                        [
                            "A consistent trusted adult",
                            "Youth work and mentoring",
                            "Waiting list of several weeks",
                            "Support not available quickly enough",
                            "Protected places for young people on the pathway",
                            "Youth service",
                        ],
                        [
                            "Support outside office hours",
                            "Limited evening offer",
                            "Two evenings a week",
                            "No weekend contact",
                            "Explore extending detached youth work",
                            "Commissioner",
                        ],
                        [
                            "Emotional wellbeing",
                            "Mental health support service",
                            "Criteria exclude some young people",
                            "Distress not meeting thresholds",
                            "Agree a joint route with health",
                            "Health lead",
                        ],
                        [
                            "Staying in education",
                            "Pastoral support and alternative provision",
                            "Varies by setting",
                            "Inconsistent offer",
                            "Shared expectations through the education partnership",
                            "Education lead",
                        ],
                        [
                            "Safe things to do in the evening",
                            "Youth clubs and sports sessions",
                            "Some neighbourhoods not covered",
                            "Gaps in areas linked to harm",
                            "Compare provision with contexts in current plans",
                            "Community safety",
                        ],
                        [
                            "Support for parents",
                            "Parenting programmes",
                            "Not tailored to harm outside the home",
                            "Low take-up",
                            "Co-design session with parents",
                            "Early help",
                        ],
                    ],
                },
            },
            {
                "slug": "what-young-people-need-briefing",
                "title": "What young people need: briefing for leaders",
                "tool_type": "briefing",
                "summary": (
                    "A briefing for senior leaders and commissioners on the kinds of support young "
                    "people on ROTH pathways commonly say they need from services."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>This briefing draws together themes that young people on ROTH "
                            "pathways often raise about relationships, action on contexts and "
                            "accessible support, with points for leaders to consider.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Use it to inform strategy discussions, commissioning plans or "
                            "papers for partnership boards. It takes about 15 minutes to read.</p>"
                        ),
                    ),
                ],
                "audiences": [
                    "strategic-leads-and-commissioners",
                    "social-workers-and-team-managers",
                ],
                "format": "pdf",
                "last_reviewed": "2026-03-09",
                "document": {
                    "title": "What young people need from services",
                    "sections": [
                        {
                            "heading": "Relationships",
                            "paragraphs": [
                                (
                                    "Young people often say that what helps most is a relationship "
                                    "with an adult who is reliable, honest and stays involved. "
                                    "Frequent changes of worker, or support that ends abruptly "
                                    "when a plan closes, can undo progress. Consider how services "
                                    "are organised so that a trusted relationship can continue "
                                    "across the different stages of the pathway, including after a "
                                    "plan ends."
                                ),
                            ],
                        },
                        {
                            "heading": "Action on contexts",
                            "paragraphs": [
                                (
                                    "Young people notice when plans focus only on what they must "
                                    "stop doing. They are more likely to engage when they can see "
                                    "services acting on the places and people causing harm. "
                                    "Leaders can support this by making sure the agencies with "
                                    "influence over those contexts, such as community safety, "
                                    "transport and licensing, are part of the pathway."
                                ),
                            ],
                        },
                        {
                            "heading": "Flexible, accessible support",
                            "paragraphs": [
                                (
                                    "Support that works around young people's lives, including "
                                    "evenings, weekends and informal settings, tends to be easier "
                                    "for them to use than office-based appointments. Leaders "
                                    "should check whether commissioning arrangements and "
                                    "eligibility criteria allow this flexibility, and how young "
                                    "people's views are used to shape and review the services on "
                                    "offer."
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "redesigning-support-case-study",
                "title": "Case study: redesigning support with young people",
                "tool_type": "case-study",
                "summary": (
                    "An illustrative, fictional example of a partnership working with a group of "
                    "young people to redesign the support offered on its ROTH pathway."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>This case study describes how a fictional partnership involved "
                            "young people with experience of services in reviewing its support "
                            "offer. It does not describe any real area, organisation or young "
                            "person.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Use it in commissioning or service design discussions. Allow about "
                            "40 minutes, including discussion.</p>"
                        ),
                    ),
                ],
                "audiences": ["strategic-leads-and-commissioners", "youth-and-community-services"],
                "format": "pdf",
                "last_reviewed": "2026-05-18",
                "document": {
                    "title": "Redesigning support with young people: an illustrative case study",
                    "sections": [
                        {
                            "heading": "Background",
                            "paragraphs": [
                                (
                                    "In this fictional example, a partnership running a ROTH "
                                    "pathway found that many young people were not taking up the "
                                    "support offered in their plans. Practitioners felt the offer "
                                    "was good, but appointments were often missed, and young "
                                    "people described the support as something done to them rather "
                                    "than with them."
                                ),
                            ],
                        },
                        {
                            "heading": "Working with young people",
                            "paragraphs": [
                                (
                                    "The partnership asked a youth organisation to run a series of "
                                    "sessions with young people who had experience of services, "
                                    "without asking them to talk about their own experiences of "
                                    "harm. Young people were paid for their time. They reviewed "
                                    "the letters, the plan template and the support offer, and "
                                    "described what a good week of support would look like."
                                ),
                                (
                                    "Their suggestions included fewer professionals, more contact "
                                    "in the evenings, and a clear explanation of what was being "
                                    "done about the places where they felt unsafe. The partnership "
                                    "agreed which suggestions it could act on straight away and "
                                    "reported back to the group on each one."
                                ),
                            ],
                        },
                        {
                            "heading": "Questions for discussion",
                            "paragraphs": [
                                (
                                    "How do young people in your area currently influence the "
                                    "support they are offered? What would need to be in place to "
                                    "involve them safely and meaningfully? Which of the changes in "
                                    "this example would be possible within your current resources, "
                                    "and what would need to be commissioned differently?"
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "commissioning-for-roth-pathways",
                "title": "Commissioning for ROTH pathways: online guide",
                "tool_type": "guide",
                "summary": (
                    "An online guide for commissioners on planning and resourcing services that "
                    "meet the needs of young people on ROTH pathways."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>This web guide walks commissioners through understanding need, "
                            "involving young people and families, mapping current provision and "
                            "designing services that can respond to contexts as well as "
                            "individuals.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Use it when preparing a commissioning plan or reviewing services "
                            "for young people at risk outside the home. Allow about 30 minutes to "
                            "read it.</p>"
                        ),
                    ),
                ],
                "audiences": ["strategic-leads-and-commissioners"],
                "format": "web",
                "last_reviewed": "2026-06-22",
                "external_url": (
                    "https://www.example.org/planning-for-safety/commissioning-for-roth-pathways"
                ),
            },
        ],
    },
]

#: A new tool an editor has submitted for review; a reviewer has still to approve it.
TOOL_IN_REVIEW = {
    "pack": "building-community-guardianship",
    "submitted_by": "editor@example.org",
    "slug": "mapping-trusted-adults-in-a-neighbourhood",
    "title": "Mapping trusted adults in a neighbourhood",
    "tool_type": "practice-tool",
    "summary": (
        "A short exercise for a team and local partners: who are the adults young people trust "
        "in the places they spend time, and how could they be part of a safety plan?"
    ),
    "body": [
        (
            "paragraph",
            (
                "<p>Use this exercise in a team meeting or with community partners. Start from "
                "the places young people have told you about, then list the adults who work or "
                "spend time there: shop staff, youth workers, sports coaches, faith leaders, "
                "transport staff.</p>"
            ),
        ),
        (
            "paragraph",
            (
                "<p>For each adult, agree what they already do that helps, what they would need "
                "to know, and who will talk to them. Record only what young people are happy "
                "for you to share.</p>"
            ),
        ),
    ],
    "audiences": ["social-workers-and-team-managers", "youth-and-community-services"],
    "format": "pdf",
    "last_reviewed": "2026-11-20",
    "document": {
        "title": "Mapping trusted adults: exercise sheet",
        "sections": [
            {
                "heading": "Places",
                "paragraphs": ["List the places young people have named, in their words."],
            },
            {
                "heading": "Adults",
                "paragraphs": [
                    "For each place, who works or spends time there, and what they already do "
                    "that helps."
                ],
            },
        ],
    },
}
