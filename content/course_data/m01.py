"""Module 1 of Data Ethics Essentials: Comply with the law."""

MODULE = {
    "number": 1,
    "slug": "comply-with-the-law",
    "title": "Comply with the law",
    "summary": (
        "Name the laws that apply to customer data where you work, tell personal data from other "
        "data, and check that every use of it has a lawful basis before it starts."
    ),
    "lessons": [
        {
            "slug": "which-laws-apply",
            "title": "Which laws apply to customer data",
            "summary": "The GDPR, the UK GDPR, California’s CCPA/CPRA and the sector rules that sit on top of them.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    (
                        "<p>Every day you handle information about real people: a name in a support ticket, an "
                        "email on a campaign list, a row in a sales sheet. The law sets rules for how we may use "
                        "it, and they apply to your work as much as to the legal team’s. You don’t need to be a "
                        "lawyer, but you do need to know which laws are in play.</p>"
                        "<h3>The main laws</h3>"
                        "<ul>"
                        "<li><b>GDPR</b>, the EU’s General Data Protection Regulation. It covers organisations "
                        "set up in the European Economic Area (the EU plus Iceland, Liechtenstein and Norway), "
                        "whoever their customers are. It also reaches firms elsewhere that sell to people in the "
                        "EEA or track what they do there.</li>"
                        "<li><b>UK GDPR</b>, the version the UK kept after leaving the EU, read with the Data "
                        "Protection Act 2018. Its core rules match the EU text, but a few now differ. See the "
                        "box below.</li>"
                        "<li><b>CCPA/CPRA</b>, California’s privacy law, for firms that pass a size test (see "
                        "below). Residents can ask to know, delete or correct what is held about them, opt out "
                        "of its “sale” or “sharing”, and limit the use of sensitive data, without being treated "
                        "worse for it. Other US states, such as Virginia, Colorado, Connecticut and Texas, have "
                        "similar laws.</li>"
                        "<li><b>Sector and channel rules</b> add to these. Marketing emails, texts and cookies "
                        "have their own rules: the ePrivacy Directive in the EU and PECR in the UK.</li>"
                        "</ul>"
                        "<p>More than one law can apply at once: Northwind has customers in Lyon, Leeds and Los "
                        "Angeles. Moving data to another country doesn’t switch the rules off. If you can’t tell "
                        "which rules apply, ask the privacy team before you start.</p>"
                    ),
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "CCPA/CPRA",
                        "article": "Cal. Civ. Code § 1798.140(d)",
                        "summary": (
                            "A for-profit firm doing business in California is covered if it meets one of three "
                            "tests: yearly gross revenue above a limit that rises with inflation (about "
                            "USD 26.6 million in 2025); buying, selling or sharing the personal information of "
                            "100,000 or more consumers or households a year; or earning half or more of its "
                            "yearly revenue from selling or sharing personal information."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "UK differences",
                        "text": (
                            "<p>Since the Data (Use and Access) Act 2025, the UK rules differ in a few ways:</p>"
                            "<ul>"
                            "<li>A seventh lawful basis, “recognised legitimate interests” (UK GDPR Art. 6(1)(ea)). "
                            "It covers a short, fixed list of purposes, such as preventing crime, keeping people "
                            "safe and handling emergencies, with no balancing test.</li>"
                            "<li>New rules on automated decisions (UK GDPR Arts 22A–22D). Decisions with a "
                            "significant effect may be left to a machine more often than in the EU. People must "
                            "still be told, and be able to challenge the decision and get a human to review it.</li>"
                            "<li>The clock for a rights request can pause (UK GDPR Art. 12A) while we wait for "
                            "something we reasonably need, such as proof of ID or what the request is about.</li>"
                            "<li>Some cookies for analytics, or for remembering a user’s choices, no longer need "
                            "consent if users are told clearly and can easily object (PECR reg. 6, as amended).</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "A deletion request from San Diego",
                        "situation": (
                            "<p>Marco is a support agent in Northwind’s Leeds centre. A customer in San Diego "
                            "writes: “Please delete everything you have on me.” A teammate shrugs: “We’re an Irish "
                            "company and she isn’t in Europe, so no privacy law applies. Just close the "
                            "ticket.”</p>"
                        ),
                        "question": "What would you do?",
                        "reveal": (
                            "<p>Don’t close it. The teammate is wrong twice. Northwind is set up in the EU, so "
                            "the GDPR covers how it handles personal data, wherever the customer lives. And "
                            "Northwind sells in California and meets the CCPA size test, so she may also have a "
                            "right to deletion under Cal. Civ. Code § 1798.105.</p>"
                            "<p>Marco should log the request as it stands and pass it straight to the privacy "
                            "team, who know which laws apply and which deadline is running. His job is to spot "
                            "the request, not to settle the law in a chat thread.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "what-counts-as-personal-data",
            "title": "Telling personal data from other data",
            "summary": "What makes information “personal data”, with the everyday examples people most often miss.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    (
                        "<p>Data protection law only applies to <b>personal data</b>, so the first skill is to "
                        "spot it. Under GDPR Art. 4(1), personal data is any information about a person who is "
                        "identified, or who could be. A name is the plain case. But a customer number, a "
                        "phone number, a location, an IP address or a cookie ID can each point to one person. So "
                        "can a mix of ordinary details, such as a postcode, a job title and a date of birth.</p>"
                        "<p>The GDPR protects living people. Recital 27 says it does not apply to people who "
                        "have died, though some countries have their own rules for that.</p>"
                        "<h3>Easy to miss</h3>"
                        "<ul>"
                        "<li>The work email of a named contact at a client.</li>"
                        "<li>IP addresses and user IDs in a server log or an error report.</li>"
                        "<li>Call recordings, chat transcripts and photos taken at an event.</li>"
                        "<li>Free-text notes, such as “the man who sent back the torn blue tent”.</li>"
                        "<li>Opinions about a person, such as notes in a staff review.</li>"
                        "</ul>"
                        "<h3>What isn’t personal data</h3>"
                        "<p>Facts about a company itself, such as its office address or its turnover, are not "
                        "personal data. Nor are truly anonymous figures, where nobody can be picked out by any "
                        "means that are reasonably likely to be used. Take care with small groups, though. "
                        "“The one customer in Shetland who cancelled in May” points to one person.</p>"
                        "<p>California uses a similar idea, “personal information”, which also covers data "
                        "linked to a household.</p>"
                    ),
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 4(1)",
                        "summary": (
                            "Personal data is any information about a person who is identified or can be "
                            "identified, directly or indirectly, for example by a name, an ID number, location "
                            "data or an online identifier."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Special categories and criminal records need extra care",
                        "text": (
                            "<p>Some data is treated as especially sensitive. GDPR Art. 9 names racial or ethnic "
                            "origin, political views, religious or philosophical beliefs, and trade union membership. It "
                            "also names genetic data, health, sex life and sexual orientation. And it names "
                            "biometric data used to identify a person, such as a face scan or a fingerprint used "
                            "to log in. Using any of these is forbidden unless a condition in Art. 9(2) "
                            "applies.</p>"
                            "<p>Data about criminal convictions and offences has its own rule, Art. 10. It may be "
                            "used only under the control of an official body or where a law allows it. If a "
                            "customer mentions an illness or a past conviction in a ticket, record only what you "
                            "need to help them.</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "“It’s only technical data”",
                        "situation": (
                            "<p>Aisha, a backend engineer, is chasing a bug. She exports a week of app logs, "
                            "with timestamps, IP addresses, user IDs and the pages each user visited. She plans "
                            "to email the file to an outside contractor. A colleague says: “Fine, it’s just "
                            "technical data, there are no names in it.”</p>"
                        ),
                        "question": "What would you do?",
                        "reveal": (
                            "<p>Treat the file as personal data. User IDs link straight to customer accounts, and "
                            "IP addresses are online identifiers, so people can be picked out even without "
                            "names.</p>"
                            "<p>Aisha should strip or mask every field the contractor doesn’t need to reproduce "
                            "the bug. She should also check that sharing with the contractor has been approved, "
                            "with a contract in place, before anything is sent. An email attachment is not the "
                            "way to move customer data out of the company.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "every-use-needs-a-lawful-basis",
            "title": "Every use needs a lawful basis",
            "summary": "The GDPR’s core principles, the lawful bases, and why consent is not the default.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    (
                        "<p>The GDPR rests on the principles in Art. 5. Personal data must be used lawfully, "
                        "fairly and openly. It must be collected for clear purposes and not reused in ways that "
                        "clash with them. It must be limited to what is needed, kept accurate, kept no longer "
                        "than needed, and kept safe. And we must be able to show that we follow these rules.</p>"
                        "<p>“Lawfully” has a precise meaning. In the EU GDPR, each use of personal data needs "
                        "one of six lawful bases, set out in Art. 6(1). (The UK now has a seventh: see “UK "
                        "differences” in the first lesson.)</p>"
                        "<ol>"
                        "<li><b>Consent</b>: the person has freely agreed, such as by ticking an empty box for "
                        "a newsletter.</li>"
                        "<li><b>Contract</b>: the use is needed to deliver what the customer signed up for, "
                        "such as using their address to ship an order.</li>"
                        "<li><b>Legal obligation</b>: a law requires it, such as keeping invoices for the tax "
                        "office.</li>"
                        "<li><b>Vital interests</b>: it is needed to protect someone’s life, as in a medical "
                        "emergency.</li>"
                        "<li><b>Public task</b>: mostly for public bodies doing official work.</li>"
                        "<li><b>Legitimate interests</b>: a real business need, such as stopping fraud, that the "
                        "person’s own interests do not outweigh.</li>"
                        "</ol>"
                        "<p>Consent is one basis among six, not the default. The privacy team picks the basis "
                        "for each purpose before the use begins. Your part is to notice when a use is <i>new</i> "
                        "and ask before it starts.</p>"
                        "<p>A new purpose does not always need a new basis. Under Art. 6(4), a purpose that fits "
                        "with the first one can rest on the same basis. The privacy team weighs the link between "
                        "the two, what people would expect, how sensitive the data is, the likely effect on them, "
                        "and safeguards such as masking names. A use that would surprise people rarely fits.</p>"
                    ),
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 6(1) and 6(4)",
                        "summary": (
                            "In the EU GDPR, a use of personal data is lawful only if one of six bases applies. "
                            "A use that is compatible with the first purpose can rely on the same basis."
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Support tickets for an advert",
                        "situation": (
                            "<p>Sofia, the marketing manager, sees that dozens of customers contacted support "
                            "about late deliveries. She plans to export their email addresses from the help desk "
                            "and upload them to an advertising platform, to show them a “sorry” discount "
                            "advert.</p>"
                        ),
                        "question": "What would you do?",
                        "reveal": (
                            "<p>Pause and ask the privacy team first. The addresses were given to get help with a "
                            "delivery, not for adverts. Customers would not expect this, so it is unlikely to fit "
                            "the first purpose under Art. 6(4). It would need its own basis, customers would need "
                            "to be told, and handing the list to an ad platform raises sharing questions too.</p>"
                            "<p>The goodwill idea may still work another way, for example a note sent with the "
                            "support reply itself.</p>"
                        ),
                    },
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 83(4) and 83(5)",
                        "summary": (
                            "Fines come in two tiers. Failures in security, breach reporting, processor "
                            "contracts, records or impact assessments: up to EUR 10 million or 2% of worldwide "
                            "annual turnover. Breaking the principles, the lawful bases or people’s rights: up to "
                            "EUR 20 million or 4%. The higher figure applies."
                        ),
                    },
                ),
                (
                    "takeaways",
                    {
                        "title": "Key takeaways",
                        "items": [
                            "Several laws can apply at once: the GDPR, the UK GDPR, the CCPA/CPRA (for firms that pass its size test), other US state laws, and sector rules such as PECR.",
                            "Personal data is any information about a person who can be identified, including IP addresses, user IDs and work emails (GDPR Art. 4(1)).",
                            "In the EU GDPR every use needs one of six lawful bases (Art. 6(1)); the UK adds a seventh. Consent is only one of them.",
                            "A new purpose needs a check before it starts. It can rest on the first basis only if it is compatible (Art. 6(4)), so ask the privacy team.",
                            "Fines reach EUR 10 million or 2% of turnover for failures such as weak security (Art. 83(4)), and EUR 20 million or 4% for breaking the principles, bases or rights (Art. 83(5)).",
                        ],
                    },
                ),
            ],
        },
    ],
}
