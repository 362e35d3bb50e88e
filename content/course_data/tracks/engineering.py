"""Track of Data ethics in your role: Engineering and data."""

from datetime import date

COURSE = {
    "build_key": "role-engineering",
    "slug": "data-ethics-for-engineering-and-data",
    "title": "Data ethics in your role: Engineering and data",
    "summary": (
        "For the people who build and run Northwind’s systems: privacy in a feature’s design, "
        "test data, logs, analytics and keys, and deleting customer data for real."
    ),
    "intro": (
        "<p>This track is for backend and frontend engineers, data engineers and analysts: "
        "anyone who designs features, writes code, runs data pipelines or queries customer data. "
        "It takes about fifteen minutes: three short lessons, each with a workplace scenario to "
        "think through, and a quiz. It builds on Data Ethics Essentials and goes straight to the "
        "choices you make in tickets, code reviews and queries.</p>"
    ),
    "legal_position_as_of": date(2026, 12, 1),
    "legal_review_months": 6,
    "attestation_text": (
        "I have completed this track and will apply it in my role: I will design features with "
        "privacy in mind from the start, keep customer data out of test systems, logs and "
        "analytics unless it is needed, guard access and keys, and make sure that data we delete "
        "is deleted everywhere it lives."
    ),
}

MODULE = {
    "number": 1,
    "slug": "engineering-and-data",
    "title": "Engineering and data",
    "summary": (
        "Build privacy into a feature before the first line of code, keep live data out of test "
        "systems, logs and analytics, protect access and keys, and make deletion reach every copy."
    ),
    "lessons": [
        {
            "slug": "privacy-by-design-in-a-feature",
            "title": "Privacy by design in a feature",
            "summary": "Ask five questions in every design review, and know when a DPIA must come before any code.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<p>Most privacy problems are settled long before launch, in a design document or a "
                    "ticket. If nobody asks early what we store and why, the answers happen by accident, and "
                    "they are hard to change once the data is flowing.</p>"
                    "<h3>By design and by default</h3>"
                    "<p>The GDPR asks us to build data protection in from the start, not bolt it on at the "
                    "end. It also sets the defaults: out of the box, a feature collects only what its purpose "
                    "needs, keeps it only as long as needed, and shows it only to people who need it. A "
                    "customer may choose to share more.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 25(1)–(2)",
                        "summary": "Build in measures such as pseudonymisation and minimisation when you design a "
                        "system and while it runs. By default, handle only the personal data each purpose "
                        "needs: how much is collected, how far it is used, how long it is kept and who can "
                        "reach it.",
                    },
                ),
                (
                    "text",
                    "<h3>Five questions for every design review</h3>"
                    "<ol><li><b>Purpose:</b> what is each new field or event for? If no one can say, leave "
                    "it out.</li>"
                    "<li><b>Less data:</b> could an ID, a range or a count do the job instead of the raw "
                    "value?</li>"
                    "<li><b>Access:</b> which roles and services need to read it?</li>"
                    "<li><b>Retention:</b> how long do we keep it, and which job deletes it?</li>"
                    "<li><b>Deletion:</b> when a customer is erased, how does this feature forget "
                    "them?</li></ol>"
                    "<p>Write the answers in the ticket. They also feed Northwind’s record of processing, "
                    "which Grace’s team keeps. Tell them when a feature adds a new kind of data, a new "
                    "purpose, a new vendor or a new country.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 30(1)",
                        "summary": "Each controller keeps a record of its processing: the purposes, whose data and "
                        "what kinds, who receives it, transfers abroad, when it is deleted and how it is kept "
                        "safe.",
                    },
                ),
                (
                    "text",
                    "<h3>Does it need a DPIA first?</h3>"
                    "<p>A data protection impact assessment (DPIA) must come before we build anything likely "
                    "to put people at high risk. The law names three cases: scoring or profiling people by "
                    "automated means in a way that leads to decisions with real effects on them; "
                    "special-category or criminal-offence data on a large scale; and large-scale monitoring "
                    "of public places. The Irish Data Protection Commission and the UK’s ICO also publish "
                    "lists of plans that need one, such as tracking location or behaviour, matching data sets "
                    "from different sources, and new technology. If your feature shows two or more such "
                    "signs, ask Grace for a DPIA before you write code.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 35(1), (3) and (4)",
                        "summary": "Assess the impact before processing that is likely to be high risk, with the "
                        "DPO’s advice (Art. 35(2)). Art. 35(3) names three cases that always need a DPIA, and "
                        "each supervisory authority publishes its own list.",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The returns score",
                        "situation": "<p>Ravi, a product manager, wants a model that predicts which customers are "
                        "likely to send items back. Anyone with a high score would lose free returns at "
                        "checkout, and no person would review the result. He asks Aisha, a backend engineer, "
                        "to start building it this sprint from two years of order and returns history.</p>",
                        "question": "What should Aisha do?",
                        "reveal": "<p>Hold off on the scoring code and ask Grace for a DPIA now. The plan scores "
                        "people automatically, uses a large history and changes what they pay with no person "
                        "checking: more than one warning sign. The DPIA will shape the design: which inputs are "
                        "fair, a human check before anyone loses free returns, a way for customers to ask why, "
                        "and how long scores are kept.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Small changes need no DPIA",
                        "text": "<p>A new sort order, a button, or a field that adds no new kind of personal data "
                        "does not need a DPIA. Answer the five questions in the ticket and build. Save the "
                        "DPIA for changes that bring new data, a new purpose or a new risk.</p>",
                    },
                ),
            ],
        },
        {
            "slug": "test-data-logs-analytics-and-keys",
            "title": "Test data, logs, analytics and keys",
            "summary": "Keep live customer data out of test systems, logs and analytics events unless it is needed, and guard the access and keys that protect it.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<p>Live customer data tends to spread to places nobody planned: a staging database, a log "
                    "line, an analytics event, a key pasted into a script. Each copy is one more thing to "
                    "secure, to find when a customer asks, and to delete later.</p>"
                    "<h3>Test data</h3>"
                    "<p>Start with synthetic data: made-up records with the same shape as the real ones. When "
                    "a test truly needs real patterns, such as a load test at real volumes, use a "
                    "pseudonymised extract. Replace names, emails, phone numbers and addresses with tokens, "
                    "drop the columns the test does not use, and keep the lookup table away from the test "
                    "system. Get the data owner’s approval, and delete the extract after the test. Never copy "
                    "a full production database to a laptop or to staging.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 4(5) and Recital 26",
                        "summary": "Pseudonymised data can no longer be tied to a person without extra information "
                        "that is kept apart and secured. It is still personal data; only data that no one can "
                        "reasonably link back to a person is anonymous.",
                    },
                ),
                (
                    "text",
                    "<h3>Logs</h3>"
                    "<p>Log what helps you run and fix the service: request IDs, customer IDs, status codes "
                    "and timings. Leave out passwords, tokens, card numbers, full request bodies and free "
                    "text. IP addresses and device IDs can be personal data too, so keep them where "
                    "security needs them and give logs a short retention period. Personal data in a log does "
                    "not stop you reading it to fix a bug.</p>"
                    "<h3>Analytics events</h3>"
                    "<p>Name events after what happened, such as <i>checkout_started</i>, not after who did "
                    "it. Use a random analytics ID, never an email address or a hash of one. Strip query "
                    "strings that can carry emails. In the EU, storing or reading anything "
                    "on a visitor’s device, such as an analytics cookie or an ID in the app, needs consent "
                    "unless it is strictly needed for the service they asked for.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "ePrivacy Directive",
                        "article": "Art. 5(3)",
                        "summary": "Storing information on a user’s device, or reading it from there, needs their "
                        "consent after clear information, unless it is strictly necessary to carry the "
                        "communication or to provide the service they asked for.",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "UK differences",
                        "text": "<p>For visitors in the UK, PECR reg. 6, as changed by the Data (Use and Access) "
                        "Act 2025, lets us use cookies to measure how our own site or app is used so we can "
                        "improve it, or to remember a visitor’s chosen settings, without asking first. We must "
                        "tell them clearly and give them a simple, free way to object. EU visitors still need "
                        "to opt in first, and advertising cookies need consent in both.</p>",
                    },
                ),
                (
                    "text",
                    "<h3>Access and keys</h3>"
                    "<p>Give each person and service the least access its job needs, and remove it when the "
                    "job ends. Keep secrets in the secrets manager, never in code, tickets or chat. Rotate "
                    "keys on a schedule, and at once if one may have leaked or its holder leaves. Deleting a "
                    "leaked key from the code is not enough: it works until it is rotated.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 32(1)",
                        "summary": "Protect personal data with security that fits the risk, such as "
                        "pseudonymisation and encryption, lasting confidentiality, the ability to restore data "
                        "after an incident, and regular testing.",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The checkout funnel",
                        "situation": "<p>Aisha is adding tracking to the new checkout. The analytics vendor’s "
                        "sample code sends the signed-in customer’s email as the user ID, records each full page "
                        "address, and sets its cookie as soon as the page loads, before the cookie banner "
                        "appears.</p>",
                        "question": "What should she change?",
                        "reveal": "<p>Send a random analytics ID instead of the email, and strip query strings "
                        "from page addresses. Load the tool for EU visitors only after they accept analytics "
                        "cookies. For UK visitors, Northwind may use the analytics exemption if the banner "
                        "explains it and offers an easy opt-out. Check with Grace that the vendor is approved "
                        "under a processor contract (Art. 28). The funnel report needs none of those "
                        "personal details.</p>",
                    },
                ),
            ],
        },
        {
            "slug": "deleting-for-real",
            "title": "Deleting for real",
            "summary": "Make deletion reach every copy: replicas, caches, search indexes, the warehouse, processors and backups.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<p>When a retention period ends or a customer asks us to erase their data, deleting the "
                    "row in the main database is only the start. The same person may live on in a replica, a "
                    "cache, a search index, the warehouse, a vendor’s system and last week’s backups. "
                    "Deleting for real means reaching each one.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 17(1) and (3)",
                        "summary": "People can ask us to erase their data, for example when it is no longer "
                        "needed or they withdraw consent. Exceptions include data a law says we must keep and "
                        "data needed for legal claims.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 5(1)(e)",
                        "summary": "Keep data in a form that identifies people no longer than the purpose needs, "
                        "then delete or anonymise it.",
                    },
                ),
                (
                    "text",
                    "<h3>Where copies live</h3>"
                    "<ul><li><b>Replicas</b> usually follow the main database, but check any copy made by "
                    "hand or by a separate job.</li>"
                    "<li><b>Caches and search indexes</b> need a delete call or a short expiry, or a deleted "
                    "customer can still turn up.</li>"
                    "<li><b>The data warehouse</b> needs the deletion passed on, including snapshots and "
                    "derived tables that hold customer IDs.</li>"
                    "<li><b>Processors</b>, such as the email platform, must delete when we tell them and at "
                    "the end of the contract.</li></ul>"
                    "<p>Build deletion as one job that reaches every store, logs what it did (IDs, not names) "
                    "and alerts when a step fails. Test it like any other feature. Retention jobs work the "
                    "same way: they run on a schedule, delete what has passed its period, and skip records "
                    "under a legal hold.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 28(3)(e) and (g)",
                        "summary": "The processor contract must oblige the processor to help us answer rights "
                        "requests, and to delete or return all personal data when the service ends, unless a "
                        "law requires it to be kept.",
                    },
                ),
                (
                    "text",
                    "<h3>Backups: beyond use</h3>"
                    "<p>Most backups cannot be edited one record at a time, and we need them to recover "
                    "after an incident. So we do not wipe a whole backup to erase one person. We put their "
                    "data beyond use instead: nobody restores it to look them up, it stays encrypted with "
                    "tight access, and it goes when the backup expires on its normal cycle. Before any "
                    "restore, we first replay the deletions logged since the backup was taken. Our reply to "
                    "the customer says when the backups clear.</p>",
                ),
                (
                    "scenario",
                    {
                        "title": "Still in the warehouse",
                        "situation": "<p>Two weeks after Northwind erased a customer’s account at her request, "
                        "Tomasz, a data analyst, spots her customer ID in the warehouse’s orders table. The admin "
                        "search box also still suggests her email address. The deletion job only removed rows "
                        "from the main database.</p>",
                        "question": "What should happen now?",
                        "reveal": "<p>Tomasz should tell Aisha’s team and Grace, not quietly patch the warehouse "
                        "alone. The team removes her from the warehouse and the search index now, then extends "
                        "the deletion job to reach every store, with a test that fails if a deleted ID turns up "
                        "anywhere. Invoices that tax law says we must keep stay, with access limited. Grace "
                        "decides whether the customer needs to be told more.</p>",
                    },
                ),
                (
                    "takeaways",
                    {
                        "title": "Key takeaways",
                        "items": [
                            "Ask about purpose, less data, access, retention and deletion before you build (Art. 25).",
                            "Ask Grace for a DPIA before building anything likely to be high risk (Art. 35); small changes need none.",
                            "Test with synthetic data; a pseudonymised extract needs approval and is still personal data (Recital 26).",
                            "Log IDs, not people. Keep secrets out of code, give the least access, and rotate a key that may have leaked (Art. 32).",
                            "Analytics cookies need consent in the EU (ePrivacy Art. 5(3)); in the UK they may not, if people are told and can object (PECR reg. 6).",
                            "Deletion must reach replicas, caches, search indexes, the warehouse and processors; backups stay beyond use until they expire.",
                            "Do not over-delete: keep what the law requires, and keep the backups you need to recover.",
                        ],
                    },
                ),
            ],
        },
    ],
}
