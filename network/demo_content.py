"""Fictional demo data for the members' network: areas, people, pages and evidence activities."""

AREAS = [
    {
        "name": "Harrowfield Council",
        "kind": "local-authority",
        "region": "north-east",
        "status": "member",
        "member_since": "2025-04-01",
        "left_on": None,
        "roth_stage": (
            "Harrowfield has run its ROTH pathway across the whole authority for over a year. "
            "The focus now is on embedding context safety plans in everyday supervision."
        ),
        "contact_email": "roth@harrowfield.example.org",
    },
    {
        "name": "Eastmere Children's Trust",
        "kind": "childrens-trust",
        "region": "east-of-england",
        "status": "member",
        "member_since": "2025-05-12",
        "left_on": None,
        "roth_stage": (
            "The trust is piloting ROTH conferences in two localities. It plans to extend them "
            "to the rest of its area once the pilot has been reviewed."
        ),
        "contact_email": "safeguarding@eastmere.example.org",
    },
    {
        "name": "Brackenmoor and Wyle Safeguarding Partnership",
        "kind": "partnership",
        "region": "yorkshire-humber",
        "status": "member",
        "member_since": "2025-06-02",
        "left_on": None,
        "roth_stage": (
            "The partnership is embedding a shared ROTH pathway across both councils, with a "
            "joint panel for contexts that cross the boundary."
        ),
        "contact_email": "roth@brackenmoor-wyle.example.org",
    },
    {
        "name": "Kelverton Council",
        "kind": "local-authority",
        "region": "north-west",
        "status": "member",
        "member_since": "2025-07-14",
        "left_on": None,
        "roth_stage": (
            "Kelverton is piloting ROTH conferences with a small team of Chairs. Schools and "
            "youth services are being brought into the planning process."
        ),
        "contact_email": "rothpathway@kelverton.example.org",
    },
    {
        "name": "Stannerdale Council",
        "kind": "local-authority",
        "region": "west-midlands",
        "status": "member",
        "member_since": "2025-09-01",
        "left_on": None,
        "roth_stage": (
            "Stannerdale has finished its pilot and is now embedding the pathway, with a "
            "particular focus on how plans respond to places and peer groups."
        ),
        "contact_email": "roth@stannerdale.example.org",
    },
    {
        "name": "Tallowmere Children's Trust",
        "kind": "childrens-trust",
        "region": "south-west",
        "status": "member",
        "member_since": "2025-11-03",
        "left_on": None,
        "roth_stage": (
            "Tallowmere is exploring how a ROTH pathway would fit alongside its existing "
            "child protection processes. A design group meets monthly."
        ),
        "contact_email": "contextual.safeguarding@tallowmere.example.org",
    },
    {
        "name": "Corvenhithe Council",
        "kind": "local-authority",
        "region": "london",
        "status": "member",
        "member_since": "2026-01-19",
        "left_on": None,
        "roth_stage": (
            "Corvenhithe began piloting ROTH conferences this year. Early work has focused on "
            "involving parents and carers as partners in planning."
        ),
        "contact_email": "roth@corvenhithe.example.org",
    },
    {
        "name": "Sallowby and Marsh End Safeguarding Partnership",
        "kind": "partnership",
        "region": "east-midlands",
        "status": "member",
        "member_since": "2026-03-02",
        "left_on": None,
        "roth_stage": (
            "The partnership is exploring a ROTH pathway and has set up a multi-agency working "
            "group to agree how referrals and panels would work."
        ),
        "contact_email": "partnership@sallowby.example.org",
    },
    {
        "name": "Larkhollow Council",
        "kind": "local-authority",
        "region": "south-east",
        "status": "applied",
        "member_since": None,
        "left_on": None,
        "roth_stage": (
            "Larkhollow is exploring ROTH pathways and has asked to join the network to learn "
            "from areas that are further along."
        ),
        "contact_email": "roth@larkhollow.example.org",
    },
    {
        "name": "Alderwyke Council",
        "kind": "local-authority",
        "region": "north-west",
        "status": "applied",
        "member_since": None,
        "left_on": None,
        "roth_stage": (
            "Alderwyke is preparing to pilot ROTH conferences in one locality and is "
            "recruiting Chairs for the pilot."
        ),
        "contact_email": "safeguarding@alderwyke.example.org",
    },
    {
        "name": "Dunmarsh Council",
        "kind": "local-authority",
        "region": "east-midlands",
        "status": "left",
        "member_since": "2025-04-01",
        "left_on": "2026-07-31",
        "roth_stage": (
            "Dunmarsh piloted a ROTH pathway and has paused further development while it "
            "reviews its wider early help and child protection arrangements."
        ),
        "contact_email": "roth@dunmarsh.example.org",
    },
    {
        "name": "Westhallow Council",
        "kind": "local-authority",
        "region": "south-west",
        "status": "not-member",
        "member_since": None,
        "left_on": None,
        "roth_stage": (
            "Westhallow has attended introductory events and is at an early stage of "
            "exploring whether a ROTH pathway would suit the area."
        ),
        "contact_email": "childrens.services@westhallow.example.org",
    },
    {
        "name": "Brindlecombe Children's Trust",
        "kind": "childrens-trust",
        "region": "south-east",
        "status": "not-member",
        "member_since": None,
        "left_on": None,
        "roth_stage": (
            "Brindlecombe is exploring extra-familial harm responses and is using the "
            "published resource packs to inform its thinking."
        ),
        "contact_email": "roth@brindlecombe.example.org",
    },
    {
        "name": "Fennick Vale Council",
        "kind": "local-authority",
        "region": "yorkshire-humber",
        "status": "not-member",
        "member_since": None,
        "left_on": None,
        "roth_stage": (
            "Fennick Vale is piloting contextual safety planning within its existing child "
            "protection process but has not yet set up a separate pathway."
        ),
        "contact_email": "safeguarding@fennickvale.example.org",
    },
]

PEOPLE = [
    {
        "email": "member@example.org",
        "first_name": "Morgan",
        "last_name": "Ellis",
        "job_title": "Social Worker, Adolescent Support Team",
        "area": "Harrowfield Council",
        "roles": ["practitioner"],
        "status": "approved",
        "listed": True,
        "bio": "Morgan works with young people on the ROTH pathway and helps to write context "
        "safety plans.",
    },
    {
        "email": "chair@example.org",
        "first_name": "Priya",
        "last_name": "Chandran",
        "job_title": "Child Protection Chair",
        "area": "Eastmere Children's Trust",
        "roles": ["chair"],
        "status": "approved",
        "listed": True,
        "bio": "Priya chairs ROTH conferences in one of the trust's pilot localities.",
    },
    {
        "email": "lead@example.org",
        "first_name": "Tom",
        "last_name": "Okafor",
        "job_title": "Head of Service, Safeguarding and Quality Assurance",
        "area": "Stannerdale Council",
        "roles": ["senior-lead", "spoc"],
        "status": "approved",
        "listed": True,
        "bio": "Tom leads the council's ROTH pathway and is its main contact for the network.",
    },
    {
        "email": "former@example.org",
        "first_name": "Alex",
        "last_name": "Rowe",
        "job_title": "Practice Development Officer",
        "area": "Dunmarsh Council",
        "roles": ["practitioner"],
        "status": "approved",
        "listed": False,
        "bio": "Alex supported practitioners during the council's ROTH pilot.",
    },
    {
        "email": "siobhan.gallagher@harrowfield.example.org",
        "first_name": "Siobhan",
        "last_name": "Gallagher",
        "job_title": "Contextual Safeguarding Practice Lead",
        "area": "Harrowfield Council",
        "roles": ["practice-champion", "spoc"],
        "status": "approved",
        "listed": True,
        "bio": "Siobhan supports teams to use the ROTH pathway and coordinates the council's "
        "involvement in the network.",
    },
    {
        "email": "daniel.mensah@harrowfield.example.org",
        "first_name": "Daniel",
        "last_name": "Mensah",
        "job_title": "Child Protection Chair",
        "area": "Harrowfield Council",
        "roles": ["chair"],
        "status": "approved",
        "listed": True,
        "bio": "Daniel chairs ROTH conferences and takes part in the Chairs' action learning sets.",
    },
    {
        "email": "rebecca.hughes@eastmere.example.org",
        "first_name": "Rebecca",
        "last_name": "Hughes",
        "job_title": "Service Manager, Child Protection",
        "area": "Eastmere Children's Trust",
        "roles": ["senior-lead", "spoc"],
        "status": "approved",
        "listed": False,
        "bio": "Rebecca oversees the trust's ROTH pilot and is its main contact for the network.",
    },
    {
        "email": "zain.akhtar@brackenmoor-wyle.example.org",
        "first_name": "Zain",
        "last_name": "Akhtar",
        "job_title": "Partnership Development Manager",
        "area": "Brackenmoor and Wyle Safeguarding Partnership",
        "roles": ["spoc"],
        "status": "approved",
        "listed": True,
        "bio": "Zain coordinates the partnership's shared ROTH pathway across both councils.",
    },
    {
        "email": "gwen.pritchard@brackenmoor-wyle.example.org",
        "first_name": "Gwen",
        "last_name": "Pritchard",
        "job_title": "Independent Conference Chair",
        "area": "Brackenmoor and Wyle Safeguarding Partnership",
        "roles": ["chair", "practice-champion"],
        "status": "approved",
        "listed": True,
        "bio": "Gwen chairs ROTH conferences and helps new Chairs settle into the role.",
    },
    {
        "email": "joanne.whitfield@kelverton.example.org",
        "first_name": "Joanne",
        "last_name": "Whitfield",
        "job_title": "Team Manager, Extra-Familial Harm",
        "area": "Kelverton Council",
        "roles": ["spoc"],
        "status": "approved",
        "listed": False,
        "bio": "Joanne manages the team that runs the council's ROTH pilot.",
    },
    {
        "email": "samuel.adjei@kelverton.example.org",
        "first_name": "Samuel",
        "last_name": "Adjei",
        "job_title": "Child Protection Chair",
        "area": "Kelverton Council",
        "roles": ["chair"],
        "status": "approved",
        "listed": True,
        "bio": "Samuel is one of the Chairs leading ROTH conferences in the council's pilot.",
    },
    {
        "email": "ruth.penrose@tallowmere.example.org",
        "first_name": "Ruth",
        "last_name": "Penrose",
        "job_title": "Assistant Director, Children's Social Care",
        "area": "Tallowmere Children's Trust",
        "roles": ["senior-lead", "spoc"],
        "status": "approved",
        "listed": True,
        "bio": "Ruth sponsors the trust's design work on a possible ROTH pathway.",
    },
    {
        "email": "aisha.begum@corvenhithe.example.org",
        "first_name": "Aisha",
        "last_name": "Begum",
        "job_title": "Adolescent Safeguarding Coordinator",
        "area": "Corvenhithe Council",
        "roles": ["spoc"],
        "status": "approved",
        "listed": True,
        "bio": "Aisha coordinates the council's ROTH pilot and links it with partner agencies.",
    },
    {
        "email": "callum.fraser@sallowby.example.org",
        "first_name": "Callum",
        "last_name": "Fraser",
        "job_title": "Safeguarding Partnership Business Manager",
        "area": "Sallowby and Marsh End Safeguarding Partnership",
        "roles": ["practice-champion", "spoc"],
        "status": "approved",
        "listed": True,
        "bio": "Callum supports the partnership's working group as it designs a ROTH pathway.",
    },
    {
        "email": "hannah.kowalski@corvenhithe.example.org",
        "first_name": "Hannah",
        "last_name": "Kowalski",
        "job_title": "Youth Justice Practitioner",
        "area": "Corvenhithe Council",
        "roles": ["practitioner"],
        "status": "applied",
        "listed": False,
        "bio": "Hannah contributes to safety planning for contexts on the council's ROTH pathway.",
    },
    {
        "email": "rhys.llewellyn@sallowby.example.org",
        "first_name": "Rhys",
        "last_name": "Llewellyn",
        "job_title": "Child Protection Chair",
        "area": "Sallowby and Marsh End Safeguarding Partnership",
        "roles": ["chair"],
        "status": "applied",
        "listed": False,
        "bio": "Rhys chairs child protection conferences and expects to chair ROTH conferences "
        "once the pathway starts.",
    },
]

NETWORK_PAGES = [
    {
        "slug": "peer-support",
        "title": "How peer support works in the network",
        "summary": (
            "Member areas learn from each other by sharing what they are trying, what has "
            "worked and what has not. This page explains the ways you can take part."
        ),
        "body": [
            ("heading", {"text": "Learning from areas like yours", "level": "h2"}),
            (
                "paragraph",
                "<p>Every area in the network is somewhere on the journey of developing a Risk "
                "Outside of the Home (ROTH) pathway. Some are still exploring, some are running "
                "pilots and some are embedding the pathway across their services. Peer support "
                "means colleagues at different stages helping each other with real practice "
                "questions.</p>",
            ),
            ("heading", {"text": "Ways to take part", "level": "h2"}),
            (
                "paragraph",
                "<p>You can start or reply to a discussion thread, ask other areas how they "
                "have approached a particular part of the pathway, or offer to share a tool or "
                "template your area has developed. Your area's single point of contact can also "
                "put you in touch with a named colleague in another area for a short "
                "conversation.</p>",
            ),
            (
                "paragraph",
                "<p>Programme staff read the discussions, draw out common themes and use them to "
                "shape online events and future resources.</p>",
            ),
            (
                "callout",
                {
                    "title": "Who can join in",
                    "text": "<p>Anyone who works in or with a member area can ask to join. Your "
                    "request is checked with your area's single point of contact before your "
                    "account is approved.</p>",
                    "tone": "info",
                },
            ),
            ("heading", {"text": "What we ask of everyone", "level": "h2"}),
            (
                "paragraph",
                "<p>Be generous with what you know and honest about what has been difficult. "
                "Talk about practice, systems and processes rather than individual cases, and "
                "treat other members' contributions with respect.</p>",
            ),
        ],
    },
    {
        "slug": "sharing-practice-safely",
        "title": "Sharing practice safely",
        "summary": (
            "The network is a place to talk about practice, not about cases. This page sets "
            "out what is safe to share and what to leave out."
        ),
        "body": [
            (
                "callout",
                {
                    "title": "Practice, not cases",
                    "text": "<p>Do not post anything that could identify a child, a family or "
                    "a place where harm happened. That includes names, ages combined with other "
                    "details, schools, streets, venues and descriptions of specific "
                    "incidents.</p>",
                    "tone": "safeguarding",
                },
            ),
            ("heading", {"text": "What is helpful to share", "level": "h2"}),
            (
                "paragraph",
                "<p>The most useful posts describe how your area does something and why. For "
                "example, how your panel decides which contexts to consider, how you invite "
                "schools to a ROTH conference, or how you review safety plans for places and "
                "peer groups. Blank templates, process maps and lessons learned are all "
                "welcome.</p>",
            ),
            ("heading", {"text": "Turning a case into a practice question", "level": "h2"}),
            (
                "paragraph",
                "<p>If a piece of work has raised a question, step back from the detail. Ask "
                "yourself what the general issue is and describe that instead. A question "
                "about how to involve a local business in safety planning can be discussed "
                "without saying which business, where it is or who was involved.</p>",
            ),
            ("heading", {"text": "If something has been shared by mistake", "level": "h2"}),
            (
                "paragraph",
                "<p>Use the report link on the post or contact the programme team. Moderators "
                "can hide a post straight away while it is reviewed. If you are worried about "
                "a child's safety, follow your own area's safeguarding procedures; the network "
                "is not a route for making referrals.</p>",
            ),
        ],
    },
    {
        "slug": "calendar-and-meeting-rhythm",
        "title": "Network calendar and meeting rhythm",
        "summary": (
            "The network follows a regular pattern of online meetings, learning sessions and "
            "events through the year. Here is what to expect and when."
        ),
        "body": [
            ("heading", {"text": "A regular pattern through the year", "level": "h2"}),
            (
                "paragraph",
                "<p>We keep the network's meetings to a predictable rhythm so that areas can "
                "plan ahead and protect the time of the colleagues who take part.</p>",
            ),
            (
                "paragraph",
                "<p><strong>Network meetings</strong> take place online every two months. They "
                "last an hour and a half and usually include a short update from the programme "
                "team, a presentation from a member area and time for open discussion.</p>",
            ),
            (
                "paragraph",
                "<p><strong>Chairs' action learning sets</strong> meet separately, roughly "
                "every six weeks, and are open only to ROTH conference Chairs from member "
                "areas.</p>",
            ),
            (
                "paragraph",
                "<p><strong>Online events and regional workshops</strong> are open to everyone, "
                "but member areas are offered places before booking opens to the public.</p>",
            ),
            ("heading", {"text": "Keeping up to date", "level": "h2"}),
            (
                "paragraph",
                "<p>Upcoming dates are listed on the events page and in the newsletter. Single "
                "points of contact receive a reminder a few weeks before each network meeting "
                "and are asked to pass it on to colleagues in their area.</p>",
            ),
            (
                "callout",
                {
                    "title": "Priority booking",
                    "text": "<p>Sign in before booking an event so that your place is linked to "
                    "your area and you can use the priority booking window.</p>",
                    "tone": "important",
                },
            ),
        ],
    },
]

CHAIRS_PAGES = [
    {
        "slug": "about-action-learning-sets",
        "title": "About the Chairs' action learning sets",
        "summary": (
            "Action learning sets give Chairs of ROTH conferences a regular, confidential space "
            "to think through the challenges of the role with peers from other areas."
        ),
        "body": [
            ("heading", {"text": "What an action learning set is", "level": "h2"}),
            (
                "paragraph",
                "<p>An action learning set is a small group that meets regularly to help each "
                "member work through a challenge from their own practice. Rather than offering "
                "advice, the group asks open questions that help the presenter see the issue "
                "more clearly and decide what to try next.</p>",
            ),
            ("heading", {"text": "Who takes part", "level": "h2"}),
            (
                "paragraph",
                "<p>Sets are for people who chair ROTH conferences in member areas, along with "
                "a facilitator from the programme team. Each set has up to eight Chairs from "
                "different areas, so that members hear how the role works in other places.</p>",
            ),
            ("heading", {"text": "How a session runs", "level": "h2"}),
            (
                "paragraph",
                "<p>Sessions are held online and last two hours. One or two members bring a "
                "practice dilemma. Each presenter describes the dilemma briefly, the group asks "
                "questions, and the presenter reflects on what they have heard and names an "
                "action. At the next session they say how it went.</p>",
            ),
            (
                "paragraph",
                "<p>The facilitator writes short session notes that record themes and learning, "
                "not the details of what was said. Notes are shared only with Chairs and "
                "programme staff.</p>",
            ),
            (
                "callout",
                {
                    "title": "Confidentiality",
                    "text": "<p>What is said in a set stays in the set. Dilemmas must be about "
                    "practice and must not identify a child, family or place.</p>",
                    "tone": "safeguarding",
                },
            ),
        ],
    },
    {
        "slug": "preparing-a-practice-dilemma",
        "title": "Preparing a case-free practice dilemma for your set",
        "summary": (
            "A short guide to choosing and describing a dilemma from your chairing practice "
            "without sharing anything about a particular young person or family."
        ),
        "body": [
            ("heading", {"text": "Choosing a dilemma", "level": "h2"}),
            (
                "paragraph",
                "<p>A good dilemma is something you are genuinely unsure about and that matters "
                "to your practice as a Chair. It might be how to keep a conference focused on "
                "contexts as well as the young person, how to handle disagreement between "
                "agencies, or how to make sure young people's views shape the plan.</p>",
            ),
            ("heading", {"text": "Taking the case out", "level": "h2"}),
            (
                "paragraph",
                "<p>Dilemmas often start with a particular conference. Before the session, "
                "write down the general question underneath it. Leave out names, ages, "
                "locations, schools, dates and anything about the harm itself. If the dilemma "
                "only makes sense with those details, it is probably better taken to your own "
                "supervision.</p>",
            ),
            (
                "callout",
                {
                    "title": "A quick check",
                    "text": "<p>Could someone from your area recognise the young person, family "
                    "or place from what you plan to say? If so, take more detail out.</p>",
                    "tone": "safeguarding",
                },
            ),
            ("heading", {"text": "Framing it for the group", "level": "h2"}),
            (
                "paragraph",
                "<p>Aim to describe your dilemma in about five minutes. Say what the issue is, "
                "why it matters to you, what you have already tried and what you would like "
                "help to think about. Finish with one clear, open question that begins with "
                "how or what and that the group can help you explore.</p>",
            ),
            (
                "paragraph",
                "<p>You do not need to have a solution in mind. The set works best when the "
                "presenter is open to seeing the problem differently.</p>",
            ),
        ],
    },
]

EVIDENCE_ACTIVITIES = [
    {
        "slug": "community-and-peer-guardianship",
        "title": "Community and peer guardianship",
        "summary": (
            "We are gathering examples of how member areas work with communities and young "
            "people's peers to make places safer."
        ),
        "theme": "guardianship",
        "body": [
            ("heading", {"text": "What this activity is about", "level": "h2"}),
            (
                "paragraph",
                "<p>Guardianship is about the people who can notice, care about and act on "
                "harm in the places young people spend time. They might be shop staff, bus "
                "drivers, park wardens, youth workers, faith leaders or young people looking "
                "out for each other. ROTH pathways increasingly include these guardians in "
                "safety planning for contexts, but there is little shared evidence about what "
                "this looks like in practice.</p>",
            ),
            ("heading", {"text": "What we are asking areas to share", "level": "h2"}),
            (
                "paragraph",
                "<p>We would like to hear how your area identifies, involves and supports "
                "community and peer guardians. Tell us about approaches you have tried, what "
                "has helped them work and what has got in the way. Short descriptions are "
                "fine, and you can add to your contribution before the activity closes.</p>",
            ),
            (
                "callout",
                {
                    "title": "Keep it about practice",
                    "text": "<p>Describe approaches and arrangements, not individual cases. Do "
                    "not name young people, families, businesses or specific locations.</p>",
                    "tone": "safeguarding",
                },
            ),
            ("heading", {"text": "How your contribution will be used", "level": "h2"}),
            (
                "paragraph",
                "<p>The programme team will bring contributions together with learning from "
                "events and action learning sets. Themes will feed into the resource pack on "
                "building community guardianship and into a summary shared with all member "
                "areas. Areas will not be named in anything published without their "
                "agreement.</p>",
            ),
        ],
        "closes_on": "2027-03-31",
        "questions": {
            "doing": "How does your area currently involve community members or young people's "
            "peers in keeping places safe?",
            "helps": "What has made it easier to build and sustain these relationships?",
            "missing": "What gets in the way, or what support would help your area do more?",
        },
    },
    {
        "slug": "resourcing-services-for-young-people",
        "title": "Resourcing services to meet young people's needs",
        "summary": (
            "We want to understand how member areas fund and organise the services that young "
            "people on ROTH pathways need, and where the gaps are."
        ),
        "theme": "resourcing",
        "body": [
            ("heading", {"text": "What this activity is about", "level": "h2"}),
            (
                "paragraph",
                "<p>A ROTH plan is only as good as the services that can deliver it. Young "
                "people at risk outside the home often need flexible, relationship-based "
                "support, as well as changes to the places where they spend time. This "
                "activity looks at how areas put those services in place and keep them "
                "going.</p>",
            ),
            ("heading", {"text": "What we are asking areas to share", "level": "h2"}),
            (
                "paragraph",
                "<p>Tell us how services for young people on your pathway are commissioned, "
                "funded and staffed. This could include joint arrangements with health, police, "
                "education or the voluntary sector, or ways you have redesigned existing "
                "teams. We are just as interested in what has not worked as in what has.</p>",
            ),
            (
                "paragraph",
                "<p>You do not need to share budget figures. A description of your "
                "arrangements and the thinking behind them is most useful.</p>",
            ),
            ("heading", {"text": "How your contribution will be used", "level": "h2"}),
            (
                "paragraph",
                "<p>We will draw out common themes and share them with member areas in a short "
                "briefing. The findings will also inform the resource pack on what young "
                "people on ROTH pathways need from services and conversations with national "
                "policy colleagues. No area will be identified without its agreement.</p>",
            ),
            (
                "callout",
                {
                    "title": "Before you submit",
                    "text": "<p>Check that your answers describe services and systems, and "
                    "contain nothing that could identify a child, family or place.</p>",
                    "tone": "important",
                },
            ),
        ],
        "closes_on": "2027-05-28",
        "questions": {
            "doing": "How does your area currently resource the services young people on ROTH "
            "pathways need?",
            "helps": "What arrangements or partnerships have helped you meet those needs?",
            "missing": "Which needs are hardest to meet, and what resources are missing?",
        },
    },
]
