"""Fictional demo text for the members' discussion spaces, threads and Chairs' sessions."""

THREADS = [
    {
        "space": "peer-support",
        "title": "ROTH panel terms of reference: who actually needs to be round the table?",
        "author": "zain.akhtar@brackenmoor-wyle.example.org",
        "topics": ["panel-and-meeting-processes", "multi-agency-responsibilities"],
        "days_ago": 34,
        "body": (
            "We're rewriting the terms of reference for our ROTH panel before the partnership "
            "signs it off next quarter. The current version lists fourteen standing members and "
            "in practice about half turn up, so decisions drift.\n\n"
            "What I'd like to hear from other areas:\n\n"
            "- Which roles are **core** (quorate without them = no decisions)?\n"
            "- Do you invite community safety and licensing as standing members or per item?\n"
            "- How do you handle health when the named professional can't attend?\n\n"
            "I've started from the [panel terms of reference template]"
            "(/resources/panel-and-meeting-processes/) but would welcome real-world versions, "
            "anonymised of course."
        ),
        "replies": [
            {
                "author": "joanne.whitfield@kelverton.example.org",
                "hours_after": 3,
                "body": (
                    "Ours has five core roles: children's social care (chair), police, education "
                    "inclusion lead, health safeguarding and community safety. Without all five "
                    "the panel can share information but can't agree context plans. Youth "
                    "justice, licensing and housing attend for relevant items only, which cut "
                    "our meeting time by nearly an hour."
                ),
            },
            {
                "author": "ruth.penrose@tallowmere.example.org",
                "hours_after": 20,
                "body": (
                    "We agreed a **named deputy** for every core role, written into the terms of "
                    "reference, and the business support officer checks attendance a week "
                    "ahead. If neither the member nor the deputy can come, they send a written "
                    "update by the day before. It sounds bureaucratic but it stopped the drift."
                ),
            },
            {
                "author": "zain.akhtar@brackenmoor-wyle.example.org",
                "hours_after": 49,
                "body": (
                    "Really helpful, thank you both. I'm going to propose the five core roles "
                    "plus named deputies, and move licensing and transport to an 'invited for "
                    "relevant items' list. I'll share the redrafted version here once it has "
                    "been through the partnership."
                ),
            },
        ],
    },
    {
        "space": "peer-support",
        "title": "Place-based safety plans with transport and retail partners",
        "author": "rebecca.hughes@eastmere.example.org",
        "topics": ["safety-planning", "community-guardianship"],
        "days_ago": 26,
        "body": (
            "Our context safety plans are good at listing what police and youth services will "
            "do, but thin on anyone else who is actually present in a place. We want transport "
            "operators and retail partners to own specific actions, not just be 'informed'.\n\n"
            "Questions for anyone further on:\n\n"
            "1. Who is your contact at a transport operator, and how did you find them?\n"
            "2. How do you share enough for them to act without sharing anything about a "
            "young person?\n"
            "3. How do you review whether a place plan is working?\n\n"
            "We've been using the [context safety plan template]"
            "(/resources/safety-planning-for-young-people-and-contexts/) as a starting point."
        ),
        "replies": [
            {
                "author": "aisha.begum@corvenhithe.example.org",
                "hours_after": 5,
                "body": (
                    "The route in for us was the operator's own safeguarding lead, found through "
                    "the community safety partnership rather than a cold call. We share "
                    "**patterns and times**, never individuals: 'groups gathering after school "
                    "finishes, adults approaching young people'. They then agree staffing and "
                    "who staff should call. That framing got us a yes far faster."
                ),
            },
            {
                "author": "lead@example.org",
                "hours_after": 26,
                "body": (
                    "Agree with Aisha. For review, we set two or three observable indicators at "
                    "the start (for example, staff confident about who to call, reports "
                    "received through the agreed route) and revisit them at six weeks. If the "
                    "plan has no owner outside statutory services by then, it goes back to panel."
                ),
            },
            {
                "author": "member@example.org",
                "hours_after": 51,
                "body": (
                    "> We share **patterns and times**, never individuals\n\n"
                    "This is the line I'll be borrowing for our information-sharing protocol. "
                    "Our legal team was nervous about retail partners, and describing it as "
                    "sharing about a place rather than about a child is a much easier "
                    "conversation. Did anyone need a formal agreement signed, or was an email "
                    "confirming the approach enough?"
                ),
            },
            {
                "author": "rebecca.hughes@eastmere.example.org",
                "hours_after": 70,
                "body": (
                    "We're using a one-page partnership agreement that sets out what we share, "
                    "what we don't and who to contact. Happy to send the blank version to anyone "
                    "who messages me."
                ),
            },
        ],
    },
    {
        "space": "peer-support",
        "title": "Getting DSLs involved in ROTH pathways beyond attending the conference",
        "author": "joanne.whitfield@kelverton.example.org",
        "topics": ["roles-of-schools", "education-providers"],
        "days_ago": 19,
        "body": (
            "Designated safeguarding leads are turning up to our ROTH conferences, which is "
            "great, but they tend to report on attendance and behaviour and then leave. We'd "
            "like schools to contribute to the **context** part of the plan: the school day, "
            "journeys to and from school, and what they see at the gates and online.\n\n"
            "Has anyone:\n\n"
            "- briefed DSLs before their first ROTH conference?\n"
            "- written a school section into the conference agenda?\n"
            "- involved heads of year or pastoral staff, not only the DSL?\n\n"
            "Any templates or briefing notes gratefully received."
        ),
        "replies": [
            {
                "author": "siobhan.gallagher@harrowfield.example.org",
                "hours_after": 4,
                "body": (
                    "We run a 45-minute online briefing for DSLs each term, with a short "
                    "pre-conference form asking three questions: where does the young person "
                    "feel safe and unsafe in school, what happens on journeys, and what has the "
                    "school already changed. It moved the conversation away from behaviour "
                    "logs almost straight away."
                ),
            },
            {
                "author": "daniel.mensah@harrowfield.example.org",
                "hours_after": 28,
                "body": (
                    "From the Chair's side: I now ask the DSL directly, early in the "
                    "conference, what the school can change about the environment rather than "
                    "about the young person. Naming it in the agenda helps. Pastoral leads are "
                    "often better placed to answer, so we invite them alongside the DSL."
                ),
            },
            {
                "author": "joanne.whitfield@kelverton.example.org",
                "hours_after": 60,
                "body": (
                    "Thank you both. I'll pilot the three-question form next term and add a "
                    "'school as a context' item to the agenda. I'll report back on whether it "
                    "changes what ends up in the plans."
                ),
            },
        ],
    },
    {
        "space": "peer-support",
        "title": "Parents and carers as partners: preparing them for a ROTH conference",
        "author": "aisha.begum@corvenhithe.example.org",
        "topics": ["parents-and-carers-as-partners"],
        "days_ago": 11,
        "body": (
            "Feedback from parents and carers in our area is that ROTH conferences still feel "
            "like they are being judged for harm happening outside their home. Many arrive "
            "expecting a traditional child protection conference.\n\n"
            "We're reviewing how we prepare families. At the moment it's a phone call from the "
            "social worker and the standard invitation letter. Ideas we're considering:\n\n"
            "- a pre-meeting with the Chair\n"
            "- a plain-English leaflet on what a ROTH conference is and isn't\n"
            "- asking parents what they know about places and peers before the conference\n\n"
            "What has made the biggest difference where you are?"
        ),
        "replies": [
            {
                "author": "ruth.penrose@tallowmere.example.org",
                "hours_after": 6,
                "body": (
                    "The pre-meeting with the Chair, without question. Ten or fifteen minutes "
                    "where the Chair explains that the conference is about the places and "
                    "relationships around their child, and that parents are there as partners "
                    "and experts. Our parent feedback scores improved noticeably after we made "
                    "it standard."
                ),
            },
            {
                "author": "member@example.org",
                "hours_after": 30,
                "body": (
                    "We adapted the [parents' leaflet](/resources/parents-and-carers-as-partners/) "
                    "and added a short section on what parents can bring: what they've noticed, "
                    "who their child spends time with, and what they've already tried. Parents "
                    "told us it helped them feel their knowledge counted."
                ),
            },
            {
                "author": "gwen.pritchard@brackenmoor-wyle.example.org",
                "hours_after": 55,
                "body": (
                    "One addition: ask parents how they want to be kept updated after the "
                    "conference. Several told us the silence between reviews was the hardest "
                    "part. We now agree a named contact and how often they'll hear from them "
                    "as part of the plan itself."
                ),
            },
        ],
    },
    {
        "space": "peer-support",
        "title": "Community guardianship: what training do shop and transport staff actually want?",
        "author": "siobhan.gallagher@harrowfield.example.org",
        "topics": ["community-guardianship", "guardianship"],
        "days_ago": 3,
        "body": (
            "Harrowfield Council has funding to offer guardianship sessions to staff who work "
            "in public spaces: shop staff, bus and station staff, security and youth workers. "
            "Our first draft was a full half-day on exploitation, and partners have told us, "
            "politely, that nobody can release staff for that long.\n\n"
            "I'd value views on:\n\n"
            "- **length and format**: short briefings, toolbox talks, online modules?\n"
            "- what guardians most need: spotting concerns, what to say, or who to call?\n"
            "- how to keep it going after the first session\n\n"
            "We're drawing on the [community guardianship pack]"
            "(/resources/building-community-guardianship/)."
        ),
        "replies": [
            {
                "author": "member@example.org",
                "hours_after": 2,
                "body": (
                    "In our experience staff want three things: permission to step in, a few "
                    "words to say, and one number to call. A 20-minute session at the start of "
                    "a shift, repeated across rotas, reached more people than any half-day "
                    "would. A pocket card with the contact details kept it alive afterwards."
                ),
            },
            {
                "author": "zain.akhtar@brackenmoor-wyle.example.org",
                "hours_after": 20,
                "body": (
                    "We asked transport staff to co-design the session and it changed the "
                    "content a lot. They wanted less on indicators and more on how to make a "
                    "space feel safer: lighting, where staff stand, being a friendly face. "
                    "Their managers also wanted to know what happens after a call is made."
                ),
            },
            {
                "author": "siobhan.gallagher@harrowfield.example.org",
                "hours_after": 50,
                "body": (
                    "This is really useful. We'll cut it to a 20-minute shift briefing with a "
                    "pocket card, invite a couple of front-line staff to help design it, and "
                    "add a short note for managers on what happens after a report."
                ),
            },
        ],
    },
    {
        "space": "chairs-action-learning",
        "title": "Keeping the conference on contexts when discussion slides back to behaviour",
        "author": "chair@example.org",
        "topics": ["chairing-roth-conferences", "holistic-accounts-of-extra-familial-harm"],
        "days_ago": 8,
        "body": (
            "Following on from our last action learning session: I'm finding that even with a "
            "good agenda, around the midpoint of a conference the discussion slides back to the "
            "young person's behaviour, such as missed sessions and who they're spending time "
            "with, and the plan ends up mostly about them.\n\n"
            "Things I've been trying:\n\n"
            "- opening with a short summary of the **places and groups** we're concerned about\n"
            "- asking 'what would need to change about that place?' when behaviour comes up\n"
            "- a visible running list of context actions\n\n"
            "What works for you when a conference drifts? Particular phrases would be welcome."
        ),
        "replies": [
            {
                "author": "daniel.mensah@harrowfield.example.org",
                "hours_after": 3,
                "body": (
                    "I name it gently: 'We've heard a lot about what the young person is doing. "
                    "Let's spend the next ten minutes on where this is happening and who else "
                    "is there.' Saying it out loud gives professionals permission to move on "
                    "without feeling they've been told off."
                ),
            },
            {
                "author": "gwen.pritchard@brackenmoor-wyle.example.org",
                "hours_after": 22,
                "body": (
                    "I split the plan template into two columns on screen: actions for the "
                    "young person and family, and actions for contexts. When the contexts "
                    "column is visibly empty, people notice. It's a simple visual prompt but "
                    "it does the work for me."
                ),
            },
            {
                "author": "chair@example.org",
                "hours_after": 46,
                "body": (
                    "Both of these are going into my next conference. I'll bring back how the "
                    "two-column plan lands to the next session, as it would be good to compare "
                    "notes on whether the context actions actually get done."
                ),
            },
        ],
    },
    {
        "space": "chairs-action-learning",
        "title": "Recording decisions and actions after a ROTH conference: what's your format?",
        "author": "samuel.adjei@kelverton.example.org",
        "topics": ["planning-processes-for-chairs", "chairing-roth-conferences"],
        "days_ago": 22,
        "body": (
            "Kelverton Council's minutes for ROTH conferences are long and narrative, and the "
            "decisions get lost. Partners have said they struggle to find their own actions, "
            "and reviewing Chairs can't easily see what changed for a place or group.\n\n"
            "I'm proposing a short **decision record** issued within two working days, "
            "separate from the full minutes:\n\n"
            "- the decision on the pathway and the reasons\n"
            "- context actions with a named owner and date\n"
            "- actions for the young person and family\n"
            "- what we'll look for at review\n\n"
            "Does anyone already do this? How do you handle partners who weren't there?"
        ),
        "replies": [
            {
                "author": "chair@example.org",
                "hours_after": 5,
                "body": (
                    "We moved to something very similar last year. The key change was agreeing "
                    "each action's owner **in the room**, reading the list back before closing. "
                    "If no one will own a context action, I record that too, so it's visible "
                    "at review rather than quietly dropped."
                ),
            },
            {
                "author": "daniel.mensah@harrowfield.example.org",
                "hours_after": 27,
                "body": (
                    "For absent partners, our business support team sends the decision record "
                    "with their actions highlighted and asks for confirmation within five "
                    "working days. Anything unconfirmed goes to the ROTH panel. It has taken "
                    "a lot of chasing off the Chair."
                ),
            },
            {
                "author": "samuel.adjei@kelverton.example.org",
                "hours_after": 52,
                "body": (
                    "Reading the actions back before closing is a simple fix I hadn't thought "
                    "of. I'll draft the decision record with a confirmation step for absent "
                    "partners and bring it to our next session for comments."
                ),
            },
        ],
    },
]

SESSIONS = [
    {
        "title": "Action learning session 3: chairing for contexts, not behaviour",
        "days_ago": 45,
        "facilitator": "editor@example.org",
        "attendees": [
            "chair@example.org",
            "daniel.mensah@harrowfield.example.org",
            "gwen.pritchard@brackenmoor-wyle.example.org",
            "samuel.adjei@kelverton.example.org",
        ],
        "themes": ["chairing-roth-conferences", "holistic-accounts-of-extra-familial-harm"],
        "notes_html": (
            "<h2>What we discussed</h2>"
            "<p>Chairs brought examples of conferences where the discussion moved away from the "
            "places and groups linked to harm and back to a young person's behaviour. We used "
            "the action learning format: one Chair presented a practice dilemma, the group asked "
            "questions, and the presenter chose what to try next.</p>"
            "<h3>Themes</h3>"
            "<ul>"
            "<li><strong>Reports shape the room.</strong> Reports written mainly about behaviour "
            "lead to conferences about behaviour.</li>"
            "<li><strong>Context actions lack owners.</strong> Partners who control a place are "
            "often not invited, so actions default to social care and police.</li>"
            "<li><strong>Language matters.</strong> Chairs noticed how easily phrases that "
            "imply a young person's choice creep into discussion and plans.</li>"
            "</ul>"
            "<h3>What Chairs found hard</h3>"
            "<p>Redirecting senior colleagues without seeming to dismiss their concerns, and "
            "closing a conference on time when context actions were still unclear. Several "
            "Chairs said they felt isolated when they were the only person in the room "
            "thinking about places.</p>"
            "<h3>What we agreed to try</h3>"
            "<ul>"
            "<li>Open each conference with a short summary of the contexts of concern.</li>"
            "<li>Use a two-column plan on screen: young person and family, and contexts.</li>"
            "<li>Send report writers a short prompt sheet asking about places, peers and "
            "online spaces.</li>"
            "</ul>"
        ),
        "actions": [
            {
                "description": (
                    "Draft a one-page prompt sheet for conference report writers on places, "
                    "peers and online spaces, and share it with the group."
                ),
                "owner": "chair@example.org",
                "due_in_days": -5,
                "done": False,
            },
            {
                "description": (
                    "Trial the two-column plan template in two conferences and report back on "
                    "how partners responded."
                ),
                "owner": "gwen.pritchard@brackenmoor-wyle.example.org",
                "due_in_days": -10,
                "done": True,
            },
            {
                "description": (
                    "Share an anonymised conference opening script that summarises the contexts "
                    "of concern."
                ),
                "owner": "daniel.mensah@harrowfield.example.org",
                "due_in_days": -20,
                "done": True,
            },
        ],
    },
    {
        "title": "Action learning session 4: recording decisions and following up actions",
        "days_ago": 12,
        "facilitator": "editor@example.org",
        "attendees": [
            "chair@example.org",
            "daniel.mensah@harrowfield.example.org",
            "samuel.adjei@kelverton.example.org",
        ],
        "themes": ["planning-processes-for-chairs", "panel-and-meeting-processes"],
        "notes_html": (
            "<h2>What we discussed</h2>"
            "<p>This session looked at what happens after a ROTH conference closes: how "
            "decisions are recorded, how actions reach partners who were not present, and how "
            "the reviewing conference can see whether anything changed in a place or group.</p>"
            "<h3>Themes</h3>"
            "<ul>"
            "<li><strong>Minutes versus decisions.</strong> Full narrative minutes take weeks "
            "to arrive and partners struggle to find their own actions in them.</li>"
            "<li><strong>Ownership.</strong> Actions agreed loosely in the room are often "
            "unowned by the time the record goes out.</li>"
            "<li><strong>Links to panel.</strong> Some context actions belong with the ROTH "
            "panel rather than an individual plan, and the route for passing them on is "
            "unclear in several areas.</li>"
            "</ul>"
            "<h3>What Chairs found hard</h3>"
            "<p>Chasing actions with partners they have no line authority over, and deciding "
            "when an unowned action should be escalated rather than carried forward.</p>"
            "<h3>What we agreed to try</h3>"
            "<ul>"
            "<li>Read every action back, with its owner and date, before closing.</li>"
            "<li>Issue a short decision record within two working days, separate from "
            "minutes.</li>"
            "<li>Agree a clear route for passing place-based actions to the ROTH panel.</li>"
            "</ul>"
        ),
        "actions": [
            {
                "description": (
                    "Circulate a draft decision record template with a confirmation step for "
                    "absent partners."
                ),
                "owner": "samuel.adjei@kelverton.example.org",
                "due_in_days": 4,
                "done": False,
            },
            {
                "description": (
                    "Map how place-based actions pass from conference to the ROTH panel in "
                    "your own area and bring it to the next session."
                ),
                "owner": "chair@example.org",
                "due_in_days": 10,
                "done": False,
            },
            {
                "description": (
                    "Share the business support checklist used to confirm actions with absent "
                    "partners."
                ),
                "owner": "daniel.mensah@harrowfield.example.org",
                "due_in_days": -3,
                "done": True,
            },
        ],
    },
]
