"""Module 9 of Data Ethics Essentials: Respect people's rights."""

MODULE = {
    "number": 9,
    "slug": "respect-peoples-rights",
    "title": "Respect people's rights",
    "summary": (
        "Recognise a request to access, correct, delete, port or object to the use of personal data, "
        "whatever channel or words it arrives in, and route it at once so the company can answer within the legal deadline."
    ),
    "lessons": [
        {
            "slug": "spot-a-rights-request",
            "title": "Spot a rights request in any words",
            "summary": "The rights people have over their data, and how to recognise a request when it lands on your desk.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<p>The people whose data we hold have rights over it. The GDPR sets these rights out in "
                    "Articles 15 to 22. The UK GDPR gives the same rights, with a few differences shown in the next "
                    "lesson. In California, the CCPA gives consumers the right to know, delete and correct their "
                    "personal information, and to opt out of its sale or sharing. You do not need to know every "
                    "detail. You do need to spot a request when you see one and pass it on straight away.</p>"
                    "<h3>The rights in brief</h3>"
                    "<ul>"
                    "<li><b>Access</b> (Art. 15): to get a copy of their data and to know how we use it, who gets "
                    "it and how long we keep it.</li>"
                    "<li><b>Rectification</b> (Art. 16): to have wrong data corrected and gaps filled in.</li>"
                    "<li><b>Erasure</b> (Art. 17): to have data deleted in set cases, often called the “right to "
                    "be forgotten”.</li>"
                    "<li><b>Restriction</b> (Art. 18): to have us keep the data but pause using it, for example "
                    "while we check a claim that it is wrong.</li>"
                    "<li><b>Portability</b> (Art. 20): to get the data they gave us in a file a computer can read, "
                    "or have it sent to another company. This applies when we use the data by computer on the "
                    "basis of their consent or a contract.</li>"
                    "<li><b>Objection</b> (Art. 21): to object to some uses of their data, including direct "
                    "marketing.</li>"
                    "<li><b>Automated decisions</b> (Art. 22): in the EU GDPR, not to be subject to a decision "
                    "made solely by a computer that has a legal or similarly significant effect on them, except "
                    "in set cases and with safeguards. The UK rules differ.</li>"
                    "</ul>"
                    "<h3>There are no magic words</h3>"
                    "<p>A request does not have to mention the GDPR, quote an article or use a form. It can come "
                    "by email, live chat, phone, letter, an app review or a social media message. It can reach "
                    "anyone: a support agent in Leeds, a salesperson at a trade fair, an engineer reading a bug "
                    "report. “What do you know about me?”, “Take me off everything” and “You’ve got my address "
                    "wrong” are all rights requests, even when they are buried in a complaint about something "
                    "else. Someone may also ask for another person, such as a relative or a lawyer. Pass those on "
                    "too: the privacy team checks that they may act for that person.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 15",
                        "summary": "A person can ask whether we hold data about them and get a copy, together with "
                        "information such as why we use it, who receives it and how long we keep it.",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "If in doubt, route it",
                        "text": "<p>Forwarding a message that turns out not to be a rights request costs a few minutes. "
                        "Missing a real one can break the law and leave a customer very unhappy.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "A request hidden in a complaint",
                        "situation": "<p>Marco works in customer support in Leeds. A customer, Ruth, writes in live chat "
                        "about a late delivery. Her last line is: “And honestly, I’d like to see everything "
                        "you’ve got on me, because I keep getting emails I never signed up for.”</p>",
                        "question": "What would you do?",
                        "reveal": "<p>Marco sorts out the delivery, but he also spots two requests: an access request "
                        "(“everything you’ve got on me”) and an objection to marketing emails. He turns off her "
                        "marketing emails in the support tool, which agents may do. He logs both requests in the "
                        "privacy request queue the same day, quoting Ruth’s words, and tells her they have been "
                        "passed to the team that handles them.</p><p>He does not ask her to “use the proper form” "
                        "first, and he does not paste her customer record into the chat. Grace’s privacy team "
                        "gathers the data from every system and checks who they are sending it to.</p>",
                    },
                ),
                (
                    "takeaways",
                    {
                        "title": "Key takeaways",
                        "items": [
                            "People can ask to access, correct, delete, restrict, port or object to the use of their data.",
                            "A request needs no special words, form or channel.",
                            "Any employee can receive one, so everyone must recognise one.",
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "the-response-clock",
            "title": "Route it at once: the response clock",
            "summary": "Why the deadline starts the moment a request arrives, and what to do in the first hour.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<p>As soon as a rights request arrives, a deadline starts. In the EU GDPR, we must answer "
                    "without undue delay and within one month of receiving it. The clock runs from when "
                    "Northwind receives it, and a message to you counts. A request left in a shared inbox for "
                    "two weeks has used half its time.</p>"
                    "<p>Complex or numerous requests can get up to two more months, if the person is told why "
                    "within the first month. Answering is free of charge as a rule (Art. 12(5)).</p>"
                    "<p>In California, the CCPA gives a business 45 days to answer a request to know, delete or "
                    "correct. It can extend once by another 45 days when reasonably needed, if it tells the "
                    "consumer within the first 45. A request to opt out of the sale or sharing of data must be "
                    "acted on within 15 business days.</p>"
                    "<h3>What “route it at once” means</h3>"
                    "<ol>"
                    "<li><b>Log it the same day</b> in the privacy request queue, or email "
                    "privacy@northwind.example, with the date it arrived and the person’s own words.</li>"
                    "<li><b>Acknowledge it.</b> Tell the person it has gone to the right team. Do not promise "
                    "outcomes.</li>"
                    "<li><b>Do not handle it alone.</b> Do not send exports, delete records or decide what the law "
                    "requires: Grace’s team does that, across every system.</li>"
                    "</ol>"
                    "<p>Some requests are everyday work. If a signed-in customer asks you to fix their address or "
                    "stop marketing emails, and your normal tools do that, just do it and note it. "
                    "Route anything bigger.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 12(3)",
                        "summary": "Answer without undue delay and within one month, or up to two more months for complex "
                        "or numerous requests if the person is told in the first month.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "CCPA/CPRA",
                        "article": "§ 1798.130(a)(2)",
                        "summary": "Answer requests to know, delete or correct within 45 days, extendable once by 45 more "
                        "days with notice in the first period.",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "UK differences",
                        "text": "<p>Since the Data (Use and Access) Act 2025, the UK GDPR differs in three ways.</p><ul>"
                        "<li><b>The clock can pause</b> (UK GDPR Art. 12A). It starts only once we have any proof of "
                        "identity we reasonably need. If we must ask what a request covers, for example because we "
                        "hold a lot of data on someone, days spent waiting for the reply do not count.</li>"
                        "<li><b>Searches</b> for an access request must be reasonable and proportionate "
                        "(UK GDPR Art. 15(1A)).</li>"
                        "<li><b>Automated decisions</b> follow new rules (UK GDPR Arts 22A–22D). A significant "
                        "decision may be made solely by computer if we tell the person and let them give their view, "
                        "ask for a human and challenge it. Special category data has tighter limits. EU customers "
                        "keep EU GDPR Art. 22.</li>"
                        "</ul><p>Ask at once, and only for what we need.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Leave ID checks to the privacy team",
                        "text": "<p>We ask for extra proof only when we have a real doubt about who is asking "
                        "(Art. 12(6)). An email from the address on the account is often enough. A passport scan by "
                        "email is usually too much and creates a new risk. Grace’s team decides.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "A Friday email to marketing",
                        "situation": "<p>At 4 pm on a Friday, Sofia, our marketing manager, gets a newsletter "
                        "reply: “Please delete all my data. I want nothing more to do with you.” A big "
                        "campaign launches on Monday. Sofia unsubscribes the address and plans to “deal with the "
                        "rest when things calm down”.</p>",
                        "question": "What would you do?",
                        "reveal": "<p>Unsubscribing at once is a good first step, but the request covers all the "
                        "person’s data in every system. Sofia should log it with the privacy team before she "
                        "leaves: the clock started when the email arrived.</p><p>She should not delete customer "
                        "records herself. The privacy team may keep a small record, such as a suppression list "
                        "entry so they are not added again, and some records must be kept by law.</p>",
                    },
                ),
                (
                    "takeaways",
                    {
                        "title": "Key takeaways",
                        "items": [
                            "EU GDPR: one month, plus up to two more for complex requests; in the UK the clock can pause (Art. 12A).",
                            "CCPA: 45 days, extendable once by 45 more with notice.",
                            "Log, acknowledge and route the request the day it arrives.",
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "handle-requests-fairly",
            "title": "Handle rights requests fairly and fully",
            "summary": "What a good answer looks like, when a right has limits, and how you help the privacy team.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<p>Most of the work of answering a request falls to Grace’s privacy team, but they rely on "
                    "the rest of us. When they ask you to search a system, answer quickly and fully. The order "
                    "database, support tickets, chat history, shared drives, analytics tools and that spreadsheet "
                    "on your laptop all count. Never edit, hide or delete data to avoid handing it over. Apart from "
                    "being wrong, in the UK it can be a crime (Data Protection Act 2018 s. 173).</p>"
                    "<h3>Rights are strong, but some have limits</h3>"
                    "<ul>"
                    "<li><b>Access</b>: the copy must not harm other people, so details about other customers or "
                    "colleagues may be removed before it is sent (Art. 15(4)).</li>"
                    "<li><b>Erasure</b> applies in set cases (Art. 17(1)). For example, we no longer need the "
                    "data, the person withdraws the consent we relied on, they object and we have no overriding "
                    "reason, or the data was used unlawfully. Even then, some data may be kept (Art. 17(3)), such "
                    "as data the law makes us keep or data we need for a legal claim. So we delete what a ground "
                    "covers and no exception saves. Where no ground applies, such as for an order still on its "
                    "way, we keep what we need and say why.</li>"
                    "<li><b>Objection to direct marketing</b> is absolute. Once someone objects, we stop using "
                    "their data for marketing, with no weighing up (Art. 21(3)). For other objections, we must stop "
                    "unless we can show compelling reasons that override theirs.</li>"
                    "<li><b>Passing it on</b>: if we shared the data with others, we generally tell them about a "
                    "correction, deletion or restriction too (Art. 19).</li>"
                    "</ul>"
                    "<h3>Too much caution is a mistake too</h3>"
                    "<p>The law asks us to make rights easy to use (Art. 12(2)). Refusing a request because it "
                    "came the “wrong” way, asking for more proof than we need, or deleting records we must keep "
                    "all let people down. Whatever the outcome, the person gets a clear answer. If we refuse all or "
                    "part of a request, we explain why and tell them they can complain to the supervisory "
                    "authority (Art. 12(4)).</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 17",
                        "summary": "People can have their data erased where a ground in Art. 17(1) applies, such as the "
                        "data no longer being needed. Even then, data may be kept where an exception in Art. 17(3) "
                        "applies, such as a legal duty to keep it or a legal claim.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 21",
                        "summary": "People can object to uses of their data based on legitimate interests or a public task, and "
                        "when they object to direct marketing the company must stop using their data for it.",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Delete me, invoices and all",
                        "situation": "<p>Grace’s team asks Aisha, a backend engineer, to help with an erasure request "
                        "from Farah, who closed her Northwind account last year. Farah wants everything deleted, "
                        "including the invoices for her orders. Tax law requires Northwind to keep invoices for "
                        "several years.</p>",
                        "question": "What would you do?",
                        "reveal": "<p>Farah has closed her account, so most of her data is no longer needed. That is a "
                        "ground for erasure (Art. 17(1)(a)). Aisha deletes or anonymises her browsing history, wish "
                        "list and marketing profile, and reports back. The invoices fall under an exception: a legal "
                        "duty to keep them (Art. 17(3)(b)). They stay, with access limited to finance, until the "
                        "retention period ends.</p><p>Grace’s team then tells Farah what was deleted, what was kept "
                        "and why. Refusing the whole request, or deleting the invoices anyway, would both be "
                        "wrong.</p>",
                    },
                ),
                (
                    "takeaways",
                    {
                        "title": "Key takeaways",
                        "items": [
                            "Rights requests can come in any channel and any words; spot them and route them the same day.",
                            "GDPR requests get an answer within one month (the UK clock can pause), CCPA requests within 45 days, with limited extensions.",
                            "Search every system you own when the privacy team asks, and never hide or alter data.",
                            "Erasure applies in set cases and has exceptions, such as legal duties to keep records; an objection to direct marketing has none.",
                            "Over-caution lets people down too: no required forms, no excess ID, no deleting what we must keep.",
                        ],
                    },
                ),
            ],
        },
    ],
}
