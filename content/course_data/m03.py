"""Module 3 of Data Ethics Essentials: Collect only what you need."""

MODULE = {
    "number": 3,
    "slug": "collect-only-what-you-need",
    "title": "Collect only what you need",
    "summary": (
        "Challenge any form field, log line or export that has no clear purpose, and delete "
        "or avoid customer data kept “just in case”."
    ),
    "lessons": [
        {
            "slug": "start-with-the-purpose",
            "title": "Start with the purpose",
            "summary": "Why every piece of customer data needs a clear purpose, and how to tell whether a new use fits the old one.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<p>Every piece of customer data we hold should be able to answer one question: "
                    "<b>what is this for?</b> If nobody can say, we probably should not have it. This module "
                    "shows you how to ask that question about forms, logs, exports and files, and what to do "
                    "when the honest answer is “just in case”.</p>"
                    "<h3>Purpose comes first</h3>"
                    "<p>The GDPR asks organisations to decide why they need personal data <i>before</i> they "
                    "collect it, to say so clearly, and then to stick to it. Data collected to deliver an order "
                    "is for delivering the order. Data collected to answer a support ticket is for answering the "
                    "ticket. A good purpose is specific enough that a customer would understand it. “To send "
                    "your order updates” is a purpose. “To improve our services” is not: it could justify almost "
                    "anything. Our purposes are written down in the privacy notice (module 2) and in our records "
                    "of processing.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 5(1)(b)",
                        "summary": "Personal data must be collected for specified, explicit and legitimate purposes "
                        "and not used later in a way that is incompatible with them. This is called purpose limitation.",
                    },
                ),
                (
                    "text",
                    "<h3>A new use: does it fit?</h3>"
                    "<p>Sooner or later someone wants to use data for something new. That is not always wrong. "
                    "In the EU GDPR, a new purpose that is <b>compatible</b> with the first one can rely on the "
                    "lawful basis we already have. Using delivery records to sort out a complaint about a late "
                    "parcel, or to count late deliveries each month, fits what the data was collected for. "
                    "Statistics and research with proper safeguards count as compatible too.</p>"
                    "<p>A use that is quite different, such as advertising, profiling or training a model, is "
                    "often <b>not</b> compatible. Then it can only go ahead with the person’s consent or where a "
                    "law allows it.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 6(4)",
                        "summary": "To judge whether a new use is compatible, look at the link between the two purposes, "
                        "the context and what people would expect, how sensitive the data is, the possible "
                        "consequences, and safeguards such as encryption. A compatible use needs no separate "
                        "lawful basis (Recital 50).",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Three questions before you reuse data",
                        "text": "<ol><li>Why was this data collected in the first place?</li>"
                        "<li>Would the customer expect this new use, given what we told them?</li>"
                        "<li>Could we do the job with less data, or with none?</li></ol>"
                        "<p>If any answer makes you uneasy, ask Grace, our Data Protection Officer "
                        "(privacy@northwind.example), before you go ahead.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Support tickets for a sales campaign",
                        "situation": "<p>Sofia, Northwind’s marketing manager, notices that the support system holds "
                        "thousands of tickets from customers complaining about slow delivery. She plans "
                        "to export their email addresses and send them all an offer for paid express "
                        "shipping.</p>",
                        "question": "What would you do?",
                        "reveal": "<p>Pause the export. Those addresses were given to get help with a problem, not "
                        "to receive sales offers. Targeting people because they complained is a different "
                        "purpose that customers are unlikely to expect, so it is hard to call it compatible. "
                        "Marketing emails also have rules of their own: module 5, Ask for real consent, "
                        "covers marketing emails and texts.</p>"
                        "<p>Sofia should take the idea to Grace. A cleaner route may be to mention express "
                        "shipping when agents answer delivery tickets, or to offer it to customers who have "
                        "already agreed to hear from us.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "UK differences",
                        "text": "<p>Since the Data (Use and Access) Act 2025, the UK GDPR puts the compatibility test "
                        "in Art. 8A, and its Annex 2 lists reuses that count as compatible, such as preventing "
                        "crime or protecting someone at risk. It also says that being compatible does not make "
                        "a use lawful on its own (UK GDPR Art. 5(3)): the new use still needs a lawful basis, "
                        "often the one we already rely on.</p>",
                    },
                ),
            ],
        },
        {
            "slug": "question-every-field",
            "title": "Question every field and log line",
            "summary": "How to spot forms, free-text boxes, logs and analytics that gather more personal data than the purpose needs.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<p>Data minimisation means holding personal data that is enough for the purpose, relevant "
                    "to it, and no more than it needs. In daily work it is a habit: asking, field by field and "
                    "line by line, “do we actually need this?”</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 5(1)(c)",
                        "summary": "Personal data must be adequate, relevant and limited to what is necessary for the "
                        "purpose. Gathering extra details because they might be handy one day goes against this.",
                    },
                ),
                (
                    "text",
                    "<h3>Forms</h3>"
                    "<p>Every field on a form is a decision to collect something. Before adding or keeping a "
                    "field, ask what it is used for and who uses it. A newsletter sign-up needs an email address; "
                    "it does not need a date of birth, a phone number or a job title. Making a field optional "
                    "helps, but whatever a customer types in is still collected, so the question still applies. "
                    "Watch free-text boxes too: give people room and they will type in health details, "
                    "passwords and card numbers.</p>"
                    "<p>Minimisation is not about collecting as little as possible at any cost. A field the "
                    "purpose truly needs, such as a delivery address for an order, belongs on the form.</p>"
                    "<h3>Logs and analytics</h3>"
                    "<p>Systems often collect data nobody decided to keep. Debug logs that print whole requests, "
                    "error reports that capture what was typed into a form, and analytics tools that record full "
                    "web addresses with an email address inside them all gather personal data by accident. Log "
                    "what you need to run and fix the service, such as an ID, a status code and a timing, and "
                    "mask or drop the rest.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Sensitive details need extra care",
                        "text": "<p>Racial or ethnic origin, political opinions, religious or philosophical beliefs, "
                        "trade union membership, genetic data, biometric data used to identify someone, health, "
                        "and sex life or sexual orientation are special categories under GDPR Art. 9. Using them "
                        "is forbidden unless a condition in Art. 9(2) applies. Data about criminal convictions "
                        "and offences may only be used under official authority or where a law allows it "
                        "(Art. 10). If a form or a log could capture any of these, raise it before it goes live.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The helpful debug log",
                        "situation": "<p>Aisha, a backend engineer, is chasing a checkout bug. To see what is going "
                        "on, she switches the service to log every incoming request in full. She fixes the "
                        "bug by Friday. On Monday a colleague notices that the logs hold customers’ "
                        "names, home addresses and phone numbers, and that they are copied to the "
                        "central logging platform, which around a hundred people can search.</p>",
                        "question": "What should Aisha do now?",
                        "reveal": "<p>Switch the full logging off and tell her lead and Jonas in IT security, so they "
                        "can decide how to clean up the copies already stored, including those on the central "
                        "platform. Quietly leaving them there is not an option.</p>"
                        "<p>Next time she could log only the fields she needs, mask personal details, or use "
                        "a debug setting that switches itself off after a few hours. The aim is to fix "
                        "bugs without building a searchable archive of customer details that nobody "
                        "planned to keep.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "Less data, less risk",
                        "text": "<p>Data you never collect cannot leak, go out of date, or need to be found when a "
                        "customer asks what we hold. Minimisation is a legal rule, and it also makes "
                        "everyone’s job easier.</p>",
                    },
                ),
            ],
        },
        {
            "slug": "delete-what-you-no-longer-need",
            "title": "Delete what you no longer need",
            "summary": "Why customer data needs a retention period, where forgotten copies hide, and when to delete or anonymise.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<p>Collecting the right data is half the job. The other half is letting it go when its "
                    "purpose is over. Personal data should be kept in a form that identifies people only for as "
                    "long as the purpose needs. After that, it should be deleted or anonymised.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 5(1)(e)",
                        "summary": "Personal data must not be kept in a form that identifies people for longer than "
                        "the purpose requires. In practice this means setting retention periods and "
                        "deleting or anonymising data when they end.",
                    },
                ),
                (
                    "text",
                    "<h3>Retention periods</h3>"
                    "<p>A retention period is the agreed length of time we keep a type of record, and what happens "
                    "to it at the end. Some periods come from the law: accounting and tax records, for example, "
                    "often have to be kept for several years. Others come from business need, such as keeping "
                    "support tickets long enough to handle follow-up questions. Your team should know the periods "
                    "for the data it handles. If it does not, ask Grace. “Forever” is not a retention period.</p>"
                    "<p>Deleting too early is a mistake too. Records the law says we must keep, or records placed "
                    "on hold for a dispute, stay until their period ends. If you are unsure, ask before you delete "
                    "in bulk.</p>"
                    "<h3>Where forgotten copies hide</h3>"
                    "<ul><li>exports and spreadsheets in downloads folders and shared drives</li>"
                    "<li>email attachments and chat messages</li>"
                    "<li>test databases copied from the live system</li>"
                    "<li>old tools and trial accounts that nobody switched off</li></ul>"
                    "<p>Deleting a record from the main system does not help much if a copy lives on in one of "
                    "these places.</p>",
                ),
                (
                    "scenario",
                    {
                        "title": "The trade show spreadsheet",
                        "situation": "<p>While tidying a shared drive, Leon, a sales account manager in San Diego, finds "
                        "a spreadsheet from a trade show three years ago: 800 visitors’ names, employers, phone "
                        "numbers and notes from conversations. Nobody has opened it for two years. A colleague "
                        "says, “Keep it, we might run another event.”</p>",
                        "question": "What would you do?",
                        "reveal": "<p>Check the retention period for event leads. If the purpose is over and nothing "
                        "requires the file to be kept, it should be deleted, copies included, rather than "
                        "kept in case. Visitors who became customers are already in the CRM, where "
                        "retention is managed. A future event is a new purpose and can collect fresh "
                        "details with a fresh explanation. If the notes include anything sensitive, Leon "
                        "should mention the file to Grace too.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Need the numbers? Keep totals, not people",
                        "text": "<p>If the business still wants to count things, such as how many visitors came or "
                        "which products interested them, keep totals that cannot identify anyone and delete "
                        "the personal details. Truly anonymous data falls outside the GDPR (Recital 26). Data "
                        "that can still be linked back to a person, for example by a customer ID, is still "
                        "personal data (module 7).</p>",
                    },
                ),
                (
                    "takeaways",
                    {
                        "title": "Key takeaways",
                        "items": [
                            "Know what customer data is for before you collect or use it (GDPR Art. 5(1)(b)).",
                            "A new use must be compatible with the original purpose, or have consent or a law behind it (Art. 6(4)). Check rather than guess.",
                            "Collect only the fields and log lines the purpose needs (Art. 5(1)(c)); “might be handy” is not a purpose.",
                            "Keep data for its retention period, then delete or anonymise it, copies included (Art. 5(1)(e)).",
                            "Keep what the law requires until its period ends: deleting too early is a mistake too.",
                        ],
                    },
                ),
            ],
        },
    ],
}
