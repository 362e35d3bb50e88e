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
                        "email address on a campaign list, a row in a sales spreadsheet. The law sets rules for "
                        "how organisations may use that information, and those rules apply to your work as much "
                        "as to the legal team’s. You don’t need to be a lawyer. You do need to know which laws "
                        "are in play, so that you can spot when to slow down and ask.</p>"
                        "<h3>The main laws</h3>"
                        "<ul>"
                        "<li><b>GDPR</b>, the EU’s General Data Protection Regulation. It covers organisations "
                        "established in the European Economic Area (the EU plus Iceland, Liechtenstein and "
                        "Norway), whoever their customers are. It also reaches organisations elsewhere that offer "
                        "goods or services to people in the EEA or monitor their behaviour there.</li>"
                        "<li><b>UK GDPR</b>, the version the UK kept after leaving the EU, read alongside the "
                        "Data Protection Act 2018. Its core rules closely match the EU text.</li>"
                        "<li><b>CCPA/CPRA</b>, the California Consumer Privacy Act as amended by the California "
                        "Privacy Rights Act. It gives California residents rights over the personal information "
                        "that businesses above certain size thresholds hold about them: to know what is "
                        "collected, to delete it, to correct it, to opt out of its “sale” or “sharing”, to limit "
                        "the use of sensitive information, and not to be penalised for using these rights.</li>"
                        "<li><b>Sector and channel rules</b> add to all of these. Marketing emails, texts and "
                        "cookies have their own rules (the ePrivacy Directive in the EU, PECR in the UK), and "
                        "health, finance and services for children often carry extra duties.</li>"
                        "</ul>"
                        "<p>More than one law can apply at once. One customer database can hold people from Lyon, "
                        "Leeds and Los Angeles.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "Moving the data doesn’t move the law",
                        "text": (
                            "<p>What decides the law is mostly where your organisation operates and whose data it "
                            "is, not where a file happens to be stored. Copying data to a server in another "
                            "country never switches the rules off; it usually adds some.</p>"
                        ),
                    },
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "CCPA/CPRA",
                        "article": "Cal. Civ. Code 1798.105",
                        "summary": (
                            "A California consumer can ask a business to delete personal information it has "
                            "collected from them. Unless an exception applies, the business must delete it and "
                            "tell its service providers to do the same."
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "A deletion request from San Diego",
                        "situation": (
                            "<p>Mateo works in customer support at Northwind, a software company based in "
                            "Dublin. A customer in San Diego writes: “Please delete everything you have on me.” "
                            "Mateo’s teammate shrugs: “We’re an Irish company and she isn’t in Europe, so no "
                            "privacy law applies. Just close the ticket.”</p>"
                        ),
                        "question": "What would you do?",
                        "reveal": (
                            "<p>Don’t close it. The teammate is wrong twice. Because Northwind is established in "
                            "the EU, the GDPR covers how it handles personal data, wherever the customer lives. "
                            "And a California resident may also have a right to deletion under the CCPA/CPRA.</p>"
                            "<p>Mateo should log the request as it stands and pass it straight to the privacy "
                            "team, who know which laws apply and which deadline is running. His job is to "
                            "recognise the request, not to decide the legal question in a chat thread.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "When in doubt, ask",
                        "text": (
                            "<p>If you can’t tell which rules apply to a piece of work, ask your privacy contact "
                            "before you start. It takes minutes; fixing a mistake later takes far longer.</p>"
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
                        "<p>Data protection law only bites on <b>personal data</b>, so the first skill is "
                        "recognising it. Under the GDPR, personal data is any information that relates to a "
                        "living person who is identified, or who could be identified, directly or indirectly. A "
                        "name is the obvious case, but a customer number, a phone number, a location, an IP "
                        "address or a cookie ID can all point to one person. So can a mix of ordinary details "
                        "that together single someone out, such as a postcode, a job title and a date of "
                        "birth.</p>"
                        "<h3>Easy to miss</h3>"
                        "<ul>"
                        "<li>The work email address of a named contact at a client company.</li>"
                        "<li>IP addresses and user IDs in a server log or an error report.</li>"
                        "<li>Call recordings, chat transcripts and photos taken at an event.</li>"
                        "<li>Free-text notes such as “the customer who complained about the blue sofa”.</li>"
                        "<li>Opinions about a person, including notes in a performance review.</li>"
                        "</ul>"
                        "<h3>What isn’t personal data</h3>"
                        "<p>Facts about a company itself, such as its registered address or turnover, are not "
                        "personal data. Nor are statistics that are truly anonymous, where nobody can be picked "
                        "out by any means reasonably likely to be used. Be careful with small groups, though: "
                        "“the one customer in Shetland who cancelled in May” identifies someone.</p>"
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
                            "Personal data is any information relating to a living person who can be identified, "
                            "directly or indirectly, for example by a name, an ID number, location data or an "
                            "online identifier."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Special categories need extra care",
                        "text": (
                            "<p>Some personal data is treated as especially sensitive: health, genetic and "
                            "biometric data, ethnic origin, religious or philosophical beliefs, political opinions, "
                            "trade union membership, and sex life or sexual orientation. GDPR Art. 9 forbids using "
                            "it unless a specific condition applies. If a customer mentions a diagnosis in a "
                            "ticket, record only what you need to help them.</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "“It’s only technical data”",
                        "situation": (
                            "<p>Aisha, a backend engineer, is chasing a bug. She exports a week of application "
                            "logs, with timestamps, IP addresses, user IDs and the pages each user visited, and "
                            "plans to email the file to an outside contractor. A colleague says: “Fine, it’s just "
                            "technical data, there are no names in it.”</p>"
                        ),
                        "question": "What would you do?",
                        "reveal": (
                            "<p>Treat the file as personal data. User IDs link straight to customer accounts, and "
                            "IP addresses are online identifiers, so people can be identified even without "
                            "names.</p>"
                            "<p>Aisha should strip or mask every field the contractor doesn’t need to reproduce "
                            "the bug, and check that sharing with the contractor has been approved before "
                            "anything is sent. An email attachment is not the way to move customer data out of "
                            "the company.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "every-use-needs-a-lawful-basis",
            "title": "Every use needs a lawful basis",
            "summary": "The GDPR’s core principles, the six lawful bases, and why consent is not the default.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    (
                        "<p>The GDPR rests on a short list of principles in Art. 5. Personal data must be used "
                        "lawfully, fairly and transparently; collected for clear purposes and not reused in ways "
                        "incompatible with them; limited to what is needed; kept accurate; kept no longer than needed; "
                        "and kept secure. On top of that, the organisation must be able to show it follows these "
                        "rules.</p>"
                        "<p>“Lawfully” has a precise meaning: each use of personal data needs one of six lawful "
                        "bases, set out in Art. 6(1).</p>"
                        "<ol>"
                        "<li><b>Consent</b>: the person has freely agreed, for example by ticking an empty box "
                        "to get a newsletter.</li>"
                        "<li><b>Contract</b>: the use is needed to deliver what the customer signed up for, "
                        "such as using their address to ship an order.</li>"
                        "<li><b>Legal obligation</b>: a law requires it, such as keeping invoices for the tax "
                        "authorities.</li>"
                        "<li><b>Vital interests</b>: it is needed to protect someone’s life, as in a medical "
                        "emergency.</li>"
                        "<li><b>Public task</b>: mostly for public bodies carrying out official functions.</li>"
                        "<li><b>Legitimate interests</b>: a genuine business need, such as preventing fraud, "
                        "that is not outweighed by the person’s own interests and reasonable expectations.</li>"
                        "</ol>"
                        "<p>Consent is one basis among six, not the default, and often not the best fit. The "
                        "basis is chosen for each purpose before the use begins and written down, usually by "
                        "the privacy team. Your part is to notice when a use is <i>new</i> and ask before it "
                        "starts.</p>"
                    ),
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 6(1)",
                        "summary": (
                            "Using personal data is lawful only if at least one of six bases applies: consent, "
                            "contract, legal obligation, vital interests, public task or legitimate interests."
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Support tickets for an advert",
                        "situation": (
                            "<p>Hannah in marketing notices that dozens of customers contacted support about late "
                            "deliveries. She plans to export their email addresses from the help desk and upload "
                            "them to an advertising platform, to show them a “sorry” discount advert.</p>"
                        ),
                        "question": "What would you do?",
                        "reveal": (
                            "<p>Pause and ask the privacy team first. Those addresses were given to get help with "
                            "a delivery, not for advertising. A new purpose needs its own lawful basis, the "
                            "customers need to have been told about it, and handing the list to an advertising "
                            "platform raises sharing questions of its own.</p>"
                            "<p>The goodwill idea may still work another way, for example a note sent with the "
                            "support reply itself.</p>"
                        ),
                    },
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 83(5)",
                        "summary": (
                            "Breaking the core principles, the lawful basis rules or people’s rights can bring a "
                            "fine of up to EUR 20 million or 4% of worldwide annual turnover, whichever is higher."
                        ),
                    },
                ),
                (
                    "takeaways",
                    {
                        "title": "Key takeaways",
                        "items": [
                            "Several laws can apply at once: the GDPR, the UK GDPR, the CCPA/CPRA and sector rules such as PECR.",
                            "Personal data is any information about a person who can be identified, including IP addresses, user IDs and work emails.",
                            "Every use of personal data needs one of the six lawful bases in GDPR Art. 6(1); consent is only one of them.",
                            "A new purpose needs a new check: ask the privacy team before you start, not after.",
                            "Serious breaches can cost up to EUR 20 million or 4% of worldwide annual turnover, whichever is higher.",
                        ],
                    },
                ),
            ],
        },
    ],
}
