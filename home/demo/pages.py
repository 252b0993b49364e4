"""Original demo content (home, index and standard pages) for the Planning for Safety site."""

HOME = {
    "title": "Planning for Safety",
    "hero_heading": "Support for local areas developing Risk Outside of the Home pathways",
    "hero_text": (
        "Planning for Safety is a national support programme running from 2025 to 2027. It is for "
        "local areas that are piloting or embedding Risk Outside of the Home Child Protection "
        "Pathways, and for the people who work in them."
    ),
    "intro": (
        "<p>Young people can be harmed away from their family home: in their neighbourhood, at "
        "school, among their peers and online. Risk Outside of the Home (ROTH) Child Protection "
        "Pathways change how child protection works, so that services respond to these places and "
        "relationships as well as to the young person and their family.</p>"
        "<p>Planning for Safety is run by the Contextual Safeguarding team. From 2025 to 2027 we "
        "are supporting local areas that are testing these pathways or making them part of "
        "everyday practice. In most areas this means local authority children's services and the "
        "partners they work with.</p>"
        "<h2>What the programme offers</h2>"
        "<ul>"
        "<li><strong>Resource packs</strong>: practice and policy tools, with one pack for each "
        'topic. <a href="/resources/">Browse the resource packs</a>.</li>'
        "<li><strong>Online events</strong> on multi-agency work, guardianship, the role of "
        "schools, and planning processes for ROTH conference Chairs.</li>"
        "<li><strong>Regional in-person events</strong>, including introductions to ROTH pathways "
        'and full-day workshops on plans and outcomes. <a href="/events/">See upcoming '
        "events</a>.</li>"
        "<li><strong>An action learning network</strong> for people who chair ROTH "
        "conferences.</li>"
        "<li><strong>Evidence-building activities</strong> on guardianship and on resourcing "
        "services to meet young people's needs.</li>"
        "</ul>"
        "<p>Anyone can use the resources and book onto events. The Chairs' network and the "
        'evidence-building work are for areas that belong to the <a href="/network/">Contextual '
        "Safeguarding Local Area Interest Network</a>. Member areas also get priority booking for "
        "events.</p>"
        '<p><a href="/about/">Find out more about the programme</a>.</p>'
    ),
}


# The builder adds the picture (home/demo/diagram.py) when it creates the page.
CONTEXTS_DIAGRAM = {
    "alt_text": (
        "Five rings around a young person at the centre: their family, then peer groups, "
        "then schools, then neighbourhoods and online spaces."
    ),
    "decorative": False,
    "caption": "Harm can happen in any of the contexts around a young person, not only at home.",
}


STANDARD_PAGES = [
    {
        "slug": "about",
        "title": "About the programme",
        "summary": (
            "An overview of Planning for Safety, a national programme that supports local areas "
            "with Risk Outside of the Home Child Protection Pathways from 2025 to 2027."
        ),
        "body": [
            (
                "heading",
                {
                    "text": "What Planning for Safety is",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Planning for Safety is a project run by the Contextual Safeguarding team. "
                    "From 2025 to 2027 it offers national support to local areas that are "
                    "piloting or embedding Risk Outside of the Home (ROTH) Child Protection "
                    "Pathways. In practice this usually means local authority children's services "
                    "and the agencies they work with, such as schools, police and health "
                    "services.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "What we mean by Risk Outside of the Home",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Some young people are harmed outside their family home. This is also "
                    "called extra-familial harm. It includes exploitation, abuse by peers, and "
                    "violence in neighbourhoods, at school or online.</p>"
                    "<p>Child protection processes have usually focused on the family. ROTH "
                    "pathways adapt referrals, meetings, conferences and plans so that they also "
                    "respond to the places, groups and spaces where harm happens.</p>"
                ),
            ),
            ("image", CONTEXTS_DIAGRAM),
            (
                "heading",
                {
                    "text": "ROTH conferences and their Chairs",
                    "level": "h3",
                },
            ),
            (
                "paragraph",
                (
                    "<p>A ROTH conference is a multi-agency child protection conference for a "
                    "young person at risk of harm outside the home. It is led by a Chair. The "
                    "conference agrees a plan that covers the young person and the contexts "
                    "around them, such as a park, a school or a peer group. This is sometimes "
                    "called safety planning for contexts.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "The pathway gave us a way to talk about the places where a young person "
                        "was unsafe, not just about what their family should do differently."
                    ),
                    "attribution": "A ROTH conference Chair taking part in the pilot",
                },
            ),
            (
                "heading",
                {
                    "text": "What the programme offers",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<ul>"
                    '<li><strong><a href="/resources/">Resource packs</a></strong>: practice '
                    "and policy tools, one pack for each topic, from panel processes to working "
                    "with parents and carers.</li>"
                    '<li><strong><a href="/events/">Online events</a></strong> on multi-agency '
                    "responsibilities, guardianship and the role of schools, plus sessions for "
                    "ROTH Chairs on planning.</li>"
                    "<li><strong>Regional in-person events</strong>: four introductory events on "
                    "ROTH pathways and two full-day workshops on designing plans and "
                    "outcomes.</li>"
                    "<li><strong>An action learning network for Chairs</strong>: peer support and "
                    "live learning for people who chair ROTH conferences.</li>"
                    "<li><strong>Evidence-building activities</strong> on community and peer "
                    "guardianship, and on resourcing services to meet young people's needs.</li>"
                    "</ul>"
                ),
            ),
            (
                "callout",
                {
                    "title": "Who can take part",
                    "text": (
                        "<p>Anyone can use the resource packs and book onto events. The Chairs' "
                        "action learning network and the evidence-building activities are only "
                        'open to areas in the <a href="/network/">network</a>. Member areas '
                        "also get priority booking for events.</p>"
                    ),
                    "tone": "info",
                },
            ),
            (
                "heading",
                {
                    "text": "How to get involved",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<ol>"
                    '<li>Read and use the <a href="/resources/">resource packs</a>.</li>'
                    '<li>Book a place at an <a href="/events/">online or in-person '
                    "event</a>.</li>"
                    '<li>Sign up to our <a href="/newsletters/">newsletter</a> for news and '
                    "event dates.</li>"
                    '<li>Ask about <a href="/network/">network membership</a> for your '
                    "area.</li>"
                    "</ol>"
                ),
            ),
            (
                "accordion",
                {
                    "title": "Frequently asked questions",
                    "items": [
                        {
                            "heading": "Do I need to be in a network area to use the resources?",
                            "content": (
                                "<p>No. All resource packs are published on this website and "
                                "anyone can use them.</p>"
                            ),
                        },
                        {
                            "heading": "Can I join the network as an individual?",
                            "content": (
                                "<p>No. Membership is held by a local area, and people take part "
                                "through their area. If you are not sure whether your area is a "
                                'member, <a href="/contact/">contact us</a>.</p>'
                            ),
                        },
                        {
                            "heading": "Who are the events for?",
                            "content": (
                                "<p>Events are open to everyone, including practitioners, school "
                                "staff, police, health colleagues, commissioners and researchers. "
                                "Areas in the network get priority booking.</p>"
                            ),
                        },
                        {
                            "heading": "Can I talk about a young person I am working with?",
                            "content": (
                                "<p>No. Our events and online spaces are for discussing practice, "
                                'not individual cases. Read our <a href="/safeguarding/">'
                                "approach to safeguarding online</a>.</p>"
                            ),
                        },
                    ],
                },
            ),
        ],
    },
    {
        "slug": "contact",
        "title": "Contact us",
        "summary": (
            "How to get in touch with the Planning for Safety programme team about resources, "
            "events, bookings or network membership."
        ),
        "body": [
            (
                "heading",
                {
                    "text": "Get in touch",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<p>The best way to contact the Planning for Safety programme team is by "
                    'email: <a href="mailto:planningforsafety@example.org">'
                    "planningforsafety@example.org</a>.</p>"
                    "<p>We read every message and will reply as soon as we can. Please give us "
                    "enough detail to help, such as the event name or the resource pack you are "
                    "asking about.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "What we can help with",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>questions about our resource packs</li>"
                    "<li>booking, changing or cancelling a place at an event</li>"
                    "<li>access requirements for events</li>"
                    "<li>network membership for your local area</li>"
                    "<li>signing up to or leaving the newsletter</li>"
                    "<li>problems using this website</li>"
                    "</ul>"
                ),
            ),
            (
                "heading",
                {
                    "text": "Network membership",
                    "level": "h3",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Membership of the network is held by a local area, not by individuals. If "
                    "you would like your area to join, email us with the name of your area and "
                    "your role. We will explain what membership involves and what happens "
                    "next.</p>"
                    "<p>If your area is already a member and you need an account, email us and "
                    "tell us which area you work in.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "Event bookings and access requirements",
                    "level": "h3",
                },
            ),
            (
                "paragraph",
                (
                    "<p>To change or cancel a booking, email us with the name and date of the "
                    "event. If you need adjustments to take part, tell us what would help. This "
                    "could be captions, a sign language interpreter, step-free access or regular "
                    "breaks. We will do our best to arrange them.</p>"
                ),
            ),
            (
                "callout",
                {
                    "title": "Do not use this address to report a concern about a child",
                    "text": (
                        "<p>We cannot respond to safeguarding concerns about individual children. "
                        "If you are worried about a child, contact children's social care at the "
                        "local authority where the child lives. If a child is in immediate "
                        "danger, call the police on 999.</p>"
                        "<p>Please do not include names or other details that could identify a "
                        "child, family or place in any message you send us.</p>"
                    ),
                    "tone": "safeguarding",
                },
            ),
            (
                "heading",
                {
                    "text": "Feedback and complaints",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<p>We welcome feedback on our resources, events and website. It helps us "
                    "improve the programme. If you are unhappy with something, email us and "
                    "explain what happened and what you would like us to do.</p>"
                    "<p>To report an accessibility problem or ask for information in a different "
                    'format, see our <a href="/accessibility/">accessibility statement</a>. To '
                    "find out how we use the information you send us, read our "
                    '<a href="/privacy/">privacy notice</a>.</p>'
                ),
            ),
        ],
    },
    {
        "slug": "accessibility",
        "title": "Accessibility statement",
        "summary": (
            "How accessible the Planning for Safety website is, how to report a problem and how "
            "to ask for information in a different format."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>This statement covers the Planning for Safety website. The site is run by "
                    "the Planning for Safety programme team.</p>"
                    "<p>We want everyone who works with young people to be able to use this site. "
                    "Our aim is that you can:</p>"
                    "<ul>"
                    "<li>use your browser or device settings to change colours, contrast and text "
                    "size</li>"
                    "<li>zoom in a long way without content being cut off</li>"
                    "<li>move around the site using a keyboard alone</li>"
                    "<li>use a screen reader or speech recognition software</li>"
                    "</ul>"
                    "<p>We also try to write in plain English and keep pages short.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "The standard we aim for",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<p>We aim to meet the Web Content Accessibility Guidelines (WCAG) version "
                    "2.2 at level AA. We will update this statement with the results of "
                    "accessibility testing. This will include any parts of the site that do not "
                    "yet meet the standard and what we are doing about them.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "Asking for a different format",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<p>If you need information from this website in another format, email "
                    '<a href="mailto:planningforsafety@example.org">'
                    "planningforsafety@example.org</a>. Formats could include:</p>"
                    "<ul>"
                    "<li>an accessible PDF or Word document</li>"
                    "<li>large print</li>"
                    "<li>easy read</li>"
                    "<li>an audio recording</li>"
                    "</ul>"
                    "<p>Tell us which page or resource pack you need, the format you would like "
                    "and any assistive technology you use. We will reply to let you know how long "
                    "it is likely to take.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "Reporting a problem with this website",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<p>If something on this site is hard to use, or you think we are not meeting "
                    "accessibility requirements, please tell us. Email us with the web address of "
                    "the page and a short description of the problem. It helps to know which "
                    "browser, device or assistive technology you were using.</p>"
                ),
            ),
            (
                "callout",
                {
                    "title": "Access requirements at events",
                    "text": (
                        "<p>If you need adjustments to take part in one of our online or "
                        "in-person events, tell us when you book or email us afterwards. Examples "
                        "include captions, a sign language interpreter, step-free access or "
                        "breaks during the day.</p>"
                    ),
                    "tone": "info",
                },
            ),
            (
                "heading",
                {
                    "text": "Enforcement procedure",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Public sector websites in the UK must meet the Public Sector Bodies "
                    "(Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. "
                    "The Equality and Human Rights Commission (EHRC) is responsible for enforcing "
                    "these rules.</p>"
                    "<p>If you complain to us and you are not happy with our response, you can "
                    "contact the Equality Advisory and Support Service (EASS) if you live in "
                    "England, Scotland or Wales. In Northern Ireland, contact the Equality "
                    "Commission for Northern Ireland (ECNI).</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "Keeping this statement up to date",
                    "level": "h3",
                },
            ),
            (
                "paragraph",
                (
                    "<p>We will review this statement when we make significant changes to the "
                    "site and after each round of accessibility testing.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "privacy",
        "title": "Privacy notice",
        "summary": (
            "What personal information the Planning for Safety website holds, why we hold it, how "
            "long we keep it and your rights under UK data protection law."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>This notice explains how the Planning for Safety programme team uses "
                    "personal information collected through this website. We only collect what we "
                    "need to run the programme.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "What information we hold",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li><strong>Accounts</strong>: if you have an account, your name, work email "
                    "address, role and local area, and anything you post in the members' "
                    "area.</li>"
                    "<li><strong>Event bookings</strong>: your name, email address, organisation, "
                    "role and the events you book. If you tell us about access requirements, we "
                    "hold those details too.</li>"
                    "<li><strong>Newsletter subscriptions</strong>: your email address, the "
                    "topics you chose, and when and how you agreed to receive it.</li>"
                    "<li><strong>Security records</strong>: when you signed in (and failed "
                    "attempts), from which internet address, and what staff did to your "
                    "membership or posts.</li>"
                    "<li><strong>Messages</strong>: anything you send us by email, and copies of "
                    "the emails the site sends you.</li>"
                    "</ul>"
                ),
            ),
            (
                "callout",
                {
                    "title": "Access requirements",
                    "text": (
                        "<p>Details of your access requirements may say something about your "
                        "health or a disability. This is special category data under UK GDPR. We "
                        "ask for your explicit consent before we record it. We only use it to "
                        "make arrangements for the event, share it only with people who need it, "
                        "such as a venue or interpreter, and delete it once the event is over.</p>"
                    ),
                    "tone": "important",
                },
            ),
            (
                "heading",
                {
                    "text": "Why we use it",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<p>We use your information to:</p>"
                    "<ul>"
                    "<li>manage accounts and give members access to the network area</li>"
                    "<li>manage event bookings and send joining details and reminders</li>"
                    "<li>make the adjustments you ask for</li>"
                    "<li>send the newsletter to people who have signed up</li>"
                    "<li>answer your questions</li>"
                    "<li>keep the site secure and moderate posts</li>"
                    "</ul>"
                    "<p>We rely on your consent to send the newsletter. For accounts and "
                    "bookings, we use your information because we need it to provide the service "
                    "you have asked for. We do not sell your information or use it for anything "
                    "unrelated to the programme.</p>"
                    "<p>The site uses a small number of essential cookies to keep you signed in "
                    "and to protect forms from misuse.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "How long we keep it",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>Account details are kept while your account is open. You can delete "
                    "your account and data yourself at any time from your profile page.</li>"
                    "<li>Access requirements and dietary needs are deleted automatically 30 days "
                    "after the event.</li>"
                    "<li>Other booking details are kept for as long as we need them to run the "
                    "event and report on attendance.</li>"
                    "<li>Newsletter details are kept until you unsubscribe. Sign-ups that are "
                    "not confirmed are deleted after 7 days.</li>"
                    "<li>Copies of the emails the site sends are deleted after 90 days.</li>"
                    "<li>Security records are deleted after one year.</li>"
                    "<li>Emails you send us are kept for as long as we need them to deal with "
                    "your query.</li>"
                    "</ul>"
                    "<p>If you delete your account, your discussion posts stay so that "
                    "conversations still make sense, but they show as written by a former "
                    "member, without your name.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "Your rights",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Under UK GDPR you have the right to:</p>"
                    "<ul>"
                    "<li>ask for a copy of the information we hold about you (members can "
                    "download it from their profile page)</li>"
                    "<li>ask us to correct information that is wrong or incomplete</li>"
                    "<li>ask us to delete your information</li>"
                    "<li>ask us to limit or stop using your information</li>"
                    "<li>withdraw your consent at any time, for example by unsubscribing</li>"
                    "<li>ask us to move your information to another organisation</li>"
                    "</ul>"
                ),
            ),
            (
                "heading",
                {
                    "text": "Contact and complaints",
                    "level": "h3",
                },
            ),
            (
                "paragraph",
                (
                    "<p>To use any of these rights, or if you have a question about this notice, "
                    'email <a href="mailto:planningforsafety@example.org">'
                    "planningforsafety@example.org</a>.</p>"
                    "<p>If you are unhappy with how we have handled your information, you can "
                    "complain to the Information Commissioner's Office (ICO), the UK regulator "
                    "for data protection.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "safeguarding",
        "title": "Our approach to safeguarding online",
        "summary": (
            "How we keep our online spaces safe, what must never be shared, and what to do if you "
            "are worried about a child."
        ),
        "body": [
            (
                "heading",
                {
                    "text": "Practice, not cases",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<p>The members' area is a place for professionals to share learning about "
                    "Risk Outside of the Home (ROTH) pathways. Discussions are about practice: "
                    "how processes work, what helps and what gets in the way. They are never "
                    "about individual cases.</p>"
                    "<p>The same rule applies at our events and in the Chairs' action learning "
                    "sessions.</p>"
                ),
            ),
            (
                "callout",
                {
                    "title": "Never share identifying details",
                    "text": (
                        "<p>Do not post anything that could identify a child, a family or a place "
                        "where harm happened. This includes:</p>"
                        "<ul>"
                        "<li>names, initials or nicknames</li>"
                        "<li>the names of schools, streets, estates, parks or venues</li>"
                        "<li>dates of particular incidents</li>"
                        "<li>photos, screenshots or extracts from case records</li>"
                        "</ul>"
                        "<p>Small details can identify someone when they are put together.</p>"
                    ),
                    "tone": "safeguarding",
                },
            ),
            (
                "heading",
                {
                    "text": "Talking about practice safely",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>Describe the issue in general terms, such as a type of process or "
                    "decision.</li>"
                    "<li>Remove or change any detail that is not needed to make your point.</li>"
                    "<li>Ask yourself whether someone in your area could recognise the young "
                    "person or place.</li>"
                    "<li>If you are unsure, leave it out.</li>"
                    "</ul>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "The most useful conversations are about what our processes did, not "
                        "about who was involved."
                    ),
                    "attribution": "A practice lead from a network area",
                },
            ),
            (
                "heading",
                {
                    "text": "Moderation",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Members of the programme team moderate the network. They can hide any "
                    "post that breaks these rules or that could identify someone. If we hide your "
                    "post, we will tell you why and, where possible, help you share your point "
                    "safely.</p>"
                    "<p>If you see a post that worries you, email "
                    '<a href="mailto:planningforsafety@example.org">'
                    "planningforsafety@example.org</a>. Do not repeat the identifying details in "
                    "your message.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "If you are worried about a child",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<p>This website cannot respond to concerns about individual children. If you "
                    "are worried about a child:</p>"
                    "<ul>"
                    "<li>follow your own organisation's safeguarding procedures</li>"
                    "<li>contact children's social care at the local authority where the child "
                    "lives</li>"
                    "</ul>"
                ),
            ),
            (
                "callout",
                {
                    "title": "In an emergency",
                    "text": (
                        "<p>If a child is in immediate danger, call the police on "
                        "<strong>999</strong> straight away. Do not wait to post on the site or "
                        "email us.</p>"
                    ),
                    "tone": "important",
                },
            ),
        ],
    },
]
