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
                    "<p>The people whose data we hold have rights over it. The GDPR, and the UK GDPR which mirrors it, "
                    "sets these rights out in Articles 15 to 22. California’s CCPA/CPRA gives consumers similar rights "
                    "to know, delete and correct. You do not need to know every detail. You do need to recognise a "
                    "request when you see one and pass it to the right team straight away.</p>"
                    "<h3>The rights in brief</h3>"
                    "<ul>"
                    "<li><b>Access</b> (Art. 15): to get a copy of their data and to know how we use it.</li>"
                    "<li><b>Rectification</b> (Art. 16): to have wrong data corrected and incomplete data completed.</li>"
                    "<li><b>Erasure</b> (Art. 17): to have data deleted in certain cases, often called the “right to be forgotten”.</li>"
                    "<li><b>Restriction</b> (Art. 18): to have us keep the data but pause using it, for example while a "
                    "dispute about its accuracy is checked.</li>"
                    "<li><b>Portability</b> (Art. 20): to receive data they gave us in a machine-readable format, or to "
                    "have it sent to another company where that is technically feasible.</li>"
                    "<li><b>Objection</b> (Art. 21): to object to some uses of their data, including direct marketing.</li>"
                    "<li><b>Automated decisions</b> (Art. 22): not to be subject to certain decisions made solely by a "
                    "computer that have legal or similarly significant effects on them.</li>"
                    "</ul>"
                    "<h3>There are no magic words</h3>"
                    "<p>A request does not have to mention the GDPR, quote an article or use a form. It can arrive by "
                    "email, live chat, phone, letter or a social media message, and it can reach anyone in the company: "
                    "a support agent, a salesperson at a trade fair, an engineer answering a bug report. “What do you "
                    "know about me?”, “Take me off everything” and “You’ve got my address wrong” are all rights "
                    "requests, even when they are buried in a complaint about something else.</p>",
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
                        "Missing a real one can mean a breach of the law and a very unhappy customer.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "A request hidden in a complaint",
                        "situation": "<p>Kenji works in customer support. A customer, Ruth, writes in live chat about a "
                        "late delivery. Her last line is: “And honestly, I’d like to see everything you’ve "
                        "got on me, because I keep getting emails I never signed up for.”</p>",
                        "question": "What would you do?",
                        "reveal": "<p>Kenji sorts out the delivery, but he also spots two requests: an access request "
                        "(“everything you’ve got on me”) and an objection to marketing emails. He logs both "
                        "through the agreed privacy route the same day, quoting Ruth’s words, and tells her they "
                        "have been passed to the team that handles them.</p><p>He does not ask her to “use the "
                        "proper form” before acting, and he does not paste her CRM record into the chat: the "
                        "privacy team gathers the data from every system and checks who they are sending it to.</p>",
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
                    "<p>As soon as a rights request arrives, a deadline starts running. Under the GDPR the company must "
                    "respond without undue delay and at the latest within one month of receiving the request. The clock "
                    "runs from when the company receives it, and a message to you counts: it does not wait until the "
                    "request reaches the privacy team. A request that sits in a shared inbox for two weeks has already "
                    "used up half its time.</p>"
                    "<p>For complex or numerous requests the company can extend the deadline by up to two further "
                    "months, but only if it tells the person within the first month and explains why. Answering is free "
                    "of charge as a rule. In California, businesses have 45 days to respond to a request to know, delete "
                    "or correct, which can be extended once by another 45 days with notice to the consumer.</p>"
                    "<h3>What “route it at once” means</h3>"
                    "<ol>"
                    "<li><b>Log it the same day</b> in the agreed place, such as the privacy request queue, with the date "
                    "it arrived and the person’s own words.</li>"
                    "<li><b>Acknowledge it.</b> Tell the person it has been received and passed to the team that deals "
                    "with it. Do not promise outcomes.</li>"
                    "<li><b>Do not handle it alone.</b> Do not send exports, delete records or make your own decisions. "
                    "The privacy team collects data from every system and decides what the law requires.</li>"
                    "</ol>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 12(3)",
                        "summary": "Requests must be answered without undue delay and within one month; for complex or "
                        "numerous requests this can be extended by two more months if the person is told within "
                        "the first month.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "CCPA/CPRA",
                        "article": "Cal. Civ. Code 1798.130",
                        "summary": "Businesses must respond to requests to know, delete or correct within 45 days, which can "
                        "be extended once by a further 45 days if the consumer is told within the first period.",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Leave identity checks to the experts",
                        "text": "<p>We must make sure we send data to the right person, but asking for a passport scan by "
                        "email is often more than is needed and creates a new risk. The privacy team decides what "
                        "proof is proportionate.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "A Friday email to marketing",
                        "situation": "<p>At 4 pm on a Friday, Lena in marketing receives a reply to a newsletter: “Please "
                        "delete all my data. I want nothing more to do with you.” A big campaign launches on "
                        "Monday. Lena unsubscribes the address and plans to “deal with the rest when things "
                        "calm down”.</p>",
                        "question": "What would you do?",
                        "reveal": "<p>Unsubscribing straight away is a good first step, but the request covers all the "
                        "person’s data in every system, not just the mailing list. Lena should log it with the "
                        "privacy team before she leaves on Friday: the clock started when the email arrived.</p>"
                        "<p>She should not start deleting CRM records herself. The privacy team may need to keep "
                        "a minimal record, such as the address on a suppression list so the person is not added "
                        "again by mistake, and some records may have to be kept by law.</p>",
                    },
                ),
                (
                    "takeaways",
                    {
                        "title": "Key takeaways",
                        "items": [
                            "GDPR: one month, extendable by two more for complex requests if the person is told in time.",
                            "CCPA/CPRA: 45 days, extendable once by 45 more with notice.",
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
                    "<p>Most of the work of answering a request falls to the privacy team, but they rely on the rest of "
                    "us. When they ask you to search a system, answer quickly and completely: the CRM, support tickets, "
                    "chat history, shared drives, analytics tools and that spreadsheet on your laptop all count. Never "
                    "edit, hide or delete data to avoid handing it over. Apart from being wrong, in the UK it can be a "
                    "criminal offence.</p>"
                    "<h3>Rights are strong, but some have limits</h3>"
                    "<ul>"
                    "<li><b>Access</b>: the copy must not reveal other people’s data, so details about other customers or "
                    "colleagues may be removed before it is sent (Art. 15(4)).</li>"
                    "<li><b>Erasure</b> is not absolute. Data can be kept where, for example, the law requires us to keep "
                    "it or we need it for a legal claim (Art. 17(3)). Everything else is deleted.</li>"
                    "<li><b>Objection to direct marketing</b> is absolute. Once someone objects, we stop using their data "
                    "for marketing; there is no weighing up (Art. 21(3)). Other objections are weighed against the "
                    "company’s reasons, which must be compelling.</li>"
                    "<li><b>Passing it on</b>: if we shared the data with others, we generally tell them about a "
                    "correction, deletion or restriction too (Art. 19).</li>"
                    "</ul>"
                    "<p>Whatever the outcome, the person gets a clear answer. If we refuse all or part of a request, we "
                    "explain why and tell them they can complain to the supervisory authority.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 17",
                        "summary": "People can have their data erased in set cases, such as when it is no longer needed, "
                        "but data may be kept where, for example, a legal obligation or a legal claim requires it.",
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
                        "situation": "<p>Mateo, a billing analyst, is asked by the privacy team to help with an erasure "
                        "request from a former subscriber, Farah. She wants everything deleted, including her "
                        "invoices from last year. Tax law requires the company to keep invoices for several "
                        "years.</p>",
                        "question": "What would you do?",
                        "reveal": "<p>Mateo deletes or anonymises what is no longer needed in his systems, such as her "
                        "usage history and marketing profile, and reports back. He keeps the invoices the law "
                        "requires, with access limited to finance, until the retention period ends.</p><p>The "
                        "privacy team then tells Farah what was deleted, what was kept and why. Refusing the whole "
                        "request, or deleting the invoices anyway, would both be wrong.</p>",
                    },
                ),
                (
                    "takeaways",
                    {
                        "title": "Key takeaways",
                        "items": [
                            "Rights requests can come in any channel and any words; recognise them and route them the same day.",
                            "GDPR requests get an answer within one month, CCPA/CPRA requests within 45 days, with limited extensions.",
                            "Search every system you own when the privacy team asks, and never hide or alter data.",
                            "Erasure has limits, such as legal retention duties; an objection to direct marketing does not.",
                            "The person always gets a clear answer, including why anything was kept.",
                        ],
                    },
                ),
            ],
        },
    ],
}
