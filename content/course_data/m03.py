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
            "summary": "Why every piece of customer data needs a clear purpose, and what to do before reusing it for something new.",
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
                    "ticket. Using it later for something quite different, such as advertising, profiling or "
                    "training a model, is a new purpose, and a new purpose needs its own check.</p>",
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
                    "<h3>What a good purpose looks like</h3>"
                    "<p>A good purpose is specific enough that a customer would understand it and a colleague "
                    "could check a use against it. “To send your order confirmation and delivery updates” is a "
                    "purpose. “To improve our services” or “for business reasons” is not: it could justify "
                    "almost anything.</p>"
                    "<p>The purposes we have chosen are written down in the privacy notice (module 2) and in our "
                    "records of what we process. If you are about to use customer data and cannot link the use "
                    "to one of them, pause and ask.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Three questions before you reuse data",
                        "text": "<ol><li>Why was this data collected in the first place?</li>"
                        "<li>Would the customer expect this new use, given what we told them?</li>"
                        "<li>Could we do the job with less data, or with none?</li></ol>"
                        "<p>If any answer makes you uneasy, talk to the privacy team before you go ahead.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Support tickets for a sales campaign",
                        "situation": "<p>Priya, a marketer at Northwind, notices that the support system holds "
                        "thousands of tickets from customers complaining about slow delivery. She plans "
                        "to export their email addresses and send them all an offer for paid express "
                        "shipping.</p>",
                        "question": "What would you do?",
                        "reveal": "<p>Pause the export. Those addresses were given to get help with a problem, not "
                        "to receive sales offers. Targeting people because they complained is a new "
                        "purpose that customers are unlikely to expect, and marketing emails have rules "
                        "of their own (module 5).</p>"
                        "<p>Priya should take the idea to the privacy team, who can check whether the new "
                        "use fits the original purpose and what the notice says. A cleaner route may be "
                        "to mention express shipping when agents answer delivery tickets, or to offer it "
                        "to customers who have already agreed to hear from us.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "A new use is a new purpose",
                        "text": "<p>Having the data already is not a reason to use it. Before customer data is "
                        "put to a use nobody planned for, someone has to check that the new use is allowed.</p>",
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
                        "text": "<p>Health, ethnic origin, religion, sexual orientation, biometrics and similar "
                        "details are special categories under GDPR Art. 9. Using them is forbidden unless "
                        "one of the specific conditions in Art. 9(2) applies. If a form or a log could "
                        "capture them, raise it before it goes live.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The helpful debug log",
                        "situation": "<p>Tomasz, a backend engineer, is chasing a checkout bug. To see what is going "
                        "on, he switches the service to log every incoming request in full. He fixes the "
                        "bug by Friday. On Monday a colleague notices that the logs hold customers’ "
                        "names, home addresses and phone numbers, and that they are copied to the "
                        "central logging platform, which around a hundred people can search.</p>",
                        "question": "What should Tomasz do now?",
                        "reveal": "<p>Switch the full logging off and tell his lead and the privacy or security "
                        "team, so they can decide how to clean up the copies already stored, including "
                        "those on the central platform. Quietly leaving them there is not an option.</p>"
                        "<p>Next time he could log only the fields he needs, mask personal details, or use "
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
                    "for the data it handles. If it does not, ask the privacy team. “Forever” is not a retention "
                    "period.</p>"
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
                        "situation": "<p>While tidying a shared drive, Aisha in sales finds a spreadsheet from a "
                        "trade show three years ago: 800 visitors’ names, employers, phone numbers and "
                        "notes from conversations. Nobody has opened it for two years. A colleague says, "
                        "“Keep it, we might run another event.”</p>",
                        "question": "What would you do?",
                        "reveal": "<p>Check the retention period for event leads. If the purpose is over and nothing "
                        "requires the file to be kept, it should be deleted, copies included, rather than "
                        "kept in case. Visitors who became customers are already in the CRM, where "
                        "retention is managed. A future event is a new purpose and can collect fresh "
                        "details with a fresh explanation. If the notes include anything sensitive, Aisha "
                        "should mention the file to the privacy team too.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Need the numbers? Keep totals, not people",
                        "text": "<p>If the business still wants to count things, such as how many visitors came or "
                        "which products interested them, keep totals that cannot identify anyone and delete "
                        "the personal details. Truly anonymous data falls outside the GDPR. Data that can "
                        "still be linked back to a person, for example by a customer ID, is still personal "
                        "data (module 7).</p>",
                    },
                ),
                (
                    "takeaways",
                    {
                        "title": "Key takeaways",
                        "items": [
                            "Know what customer data is for before you collect or use it (GDPR Art. 5(1)(b)).",
                            "A new use is a new purpose: check with the privacy team before reusing data.",
                            "Collect only the fields and log lines the purpose needs (Art. 5(1)(c)); “might be handy” is not a purpose.",
                            "Keep data only for its retention period, then delete or anonymise it, copies included (Art. 5(1)(e)).",
                            "Data you never collect cannot leak.",
                        ],
                    },
                ),
            ],
        },
    ],
}
