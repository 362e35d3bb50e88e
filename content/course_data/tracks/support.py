"""Track of Data ethics in your role: Customer support and success."""

from datetime import date

COURSE = {
    "build_key": "role-support",
    "slug": "data-ethics-for-customer-support-and-success",
    "title": "Data ethics in your role: Customer support and success",
    "summary": (
        "Check who you are talking to without collecting too much, spot a rights request in any "
        "message, and keep customer data safe on screens, calls and in the tools you paste into."
    ),
    "intro": (
        "<p>For support agents, support team leads and customer success managers: the people who talk "
        "to customers about their own data every day. It takes about 15 minutes: three short lessons, "
        "each with a workplace case to think through, and a quiz. It builds on Data Ethics Essentials "
        "and shows what those principles mean on a call, in a chat and in a ticket.</p>"
    ),
    "legal_position_as_of": date(2026, 12, 1),
    "legal_review_months": 6,
    "attestation_text": (
        "I have completed this track and will apply it in my role: I will check identity in proportion "
        "to the risk, route rights requests the day they arrive, and keep customer data out of screens, "
        "recordings and tools where it does not belong."
    ),
}

MODULE = {
    "number": 1,
    "slug": "customer-support-and-success",
    "title": "Customer support and success",
    "summary": (
        "Verify identity with what we already hold, recognise and route rights requests at once, and "
        "handle screen sharing, call recordings and pasted text with care."
    ),
    "lessons": [
        {
            "slug": "check-who-you-are-talking-to",
            "title": "Check who you’re talking to, without over-collecting",
            "summary": "Identity checks that fit the risk, the signs of an account takeover, and when you may talk to someone acting for a customer.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<p>Before you share or change anything on an account, you need to be fairly sure you are "
                    "talking to the account holder. Aim for a check that fits the risk, not the biggest one you "
                    "can think of.</p>"
                    "<h3>Use what we already hold</h3>"
                    "<p>Northwind’s normal account checks use details we already have. A customer signed in to "
                    "the app or website chat has already proved who they are. On the phone or by email, send a "
                    "one-time code to the email address or mobile number on the account, or ask for the order "
                    "number plus two details the caller tells you, such as their postcode and last purchase. If "
                    "the check passes and nothing seems odd, help them.</p>"
                    "<p>Do not ask for a passport or a bank statement by default. A copy of an ID document is far "
                    "more data than the task needs, and one more thing we must protect and later delete. For a "
                    "rights request, Grace’s privacy team asks for more proof only when there is a real doubt "
                    "about who is asking, and then only what settles it.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 5(1)(c)",
                        "summary": "Personal data must be adequate, relevant and limited to what is necessary: an "
                        "identity check uses the least data that gives enough confidence.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 12(6)",
                        "summary": "Only where we have reasonable doubts about who is making a rights request may we "
                        "ask for the extra information needed to confirm it.",
                    },
                ),
                (
                    "text",
                    "<h3>Red flags for account takeover</h3>"
                    "<p>Fraudsters call support because support staff like to help. Slow down at:</p>"
                    "<ul><li>pressure to hurry: “I need this changed in the next ten minutes”;</li>"
                    "<li>changes to the email, phone number or delivery address, above all several at once or "
                    "just before an order ships;</li>"
                    "<li>a caller who fails the check but has a good story;</li>"
                    "<li>a caller who asks you to read out details “so I know it’s the right account”.</li></ul>"
                    "<p>Never read out data for a caller to confirm: ask them to tell you. If a check fails, do "
                    "not find a way round it; offer the normal routes and tell Hannah, your team lead. If data "
                    "may have gone to the wrong person, report it at once: that is a personal data breach, and "
                    "Northwind may have only 72 hours to tell the regulator (Art. 33). In the UK, tricking staff "
                    "into handing over personal data is a crime (Data Protection Act 2018 s. 170).</p>"
                    "<h3>Relatives, lawyers and other helpers</h3>"
                    "<p>People often call for someone else: a partner, a grown-up child, a carer. Be kind, and "
                    "be clear. We discuss an account only with the account holder or someone they have "
                    "authorised: a contact the customer added to the account, a signed letter of authority or a "
                    "power of attorney. Without one, suggest the customer contacts us. A solicitor’s letter "
                    "asking for a client’s data is usually a rights request: pass it to the privacy team, who "
                    "check the authority.</p>",
                ),
                (
                    "scenario",
                    {
                        "title": "The caller in a hurry",
                        "situation": "<p>A caller says he is Daniel Okafor. He wants tomorrow’s £900 tent order sent "
                        "to a flat in another city. His phone was stolen, he says, so the one-time code will not "
                        "reach him, and he asks Marco to read out the account’s email address “to prove it’s "
                        "mine”. Marco sees that the account email was changed yesterday.</p>",
                        "question": "What would you do?",
                        "reveal": "<p>Marco does not read out the email or change the address. A stolen phone, a "
                        "fresh email change, a new address for a costly order and pressure to skip the check are "
                        "classic takeover signs. He politely says he cannot make the change without the normal "
                        "check. Nor does he ask for a passport scan instead: it would not prove who owns the "
                        "account, and it brings in data we do not need.</p>"
                        "<p>He flags the account to Hannah, who follows the fraud process to reach the real Daniel "
                        "through the details held before the change.</p>",
                    },
                ),
            ],
        },
        {
            "slug": "spot-and-route-rights-requests",
            "title": "Spot a rights request and route it at once",
            "summary": "The everyday words customers use for their rights, what you can fix yourself, and why the clock starts the day a message arrives.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<p>Support hears more rights requests than any other team, and almost none of them say "
                    "“rights request”. They come in the middle of a complaint, at the end of a call or in a "
                    "one-line social media message. Your job is not to answer them in full. It is to notice them "
                    "and get them to Grace’s privacy team the same day.</p>"
                    "<h3>What people say, and what it means</h3>"
                    "<ul>"
                    "<li>“What do you hold on me?” or “Send me the recording of my call”: <b>access</b> "
                    "(Art. 15).</li>"
                    "<li>“Close my account and delete the lot”: <b>erasure</b> (Art. 17).</li>"
                    "<li>“You’ve spelt my name wrong”: <b>rectification</b> (Art. 16).</li>"
                    "<li>“Stop using my shopping to pick the ads I see”: <b>objection</b> (Art. 21).</li>"
                    "<li>“Can I have my order history in a file to take to another shop?”: <b>portability</b> "
                    "(Art. 20).</li>"
                    "</ul>"
                    "<p>Customers in California have similar rights under the CCPA: to know what we hold, to "
                    "have it deleted and to have it corrected. Route those too.</p>"
                    "<h3>Do the small things, route the big ones</h3>"
                    "<p>Some requests are everyday work. If a customer who has passed the checks says there is a "
                    "typo in their address, fix it. If they want no more marketing emails, switch them off in "
                    "the support tool. Note what you did on the ticket. Anything bigger goes to the privacy "
                    "request queue: a copy of their data, closing and deleting an account, or an objection your "
                    "tools cannot act on. Log the date it arrived and the customer’s own words, and tell the "
                    "customer it has gone to the team that handles it.</p>"
                    "<p>Never make a customer fill in a form before we act. A form can help, but the law asks us "
                    "to make rights easy to use (Art. 12(2)), so a request by phone, chat or letter counts just "
                    "the same. The clock starts when any part of Northwind receives it, even if it sits in the "
                    "wrong queue.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 12(3)",
                        "summary": "We answer without undue delay and within one month of receiving a request. Complex "
                        "or numerous requests can take two more months if we tell the person within the first month.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "CCPA/CPRA",
                        "article": "§ 1798.130(a)(2)",
                        "summary": "A request to know, delete or correct gets an answer within 45 days. The business can "
                        "extend once by another 45 days if it tells the consumer within the first 45.",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "UK differences",
                        "text": "<p>Under UK GDPR Art. 12A, added by the Data (Use and Access) Act 2025, the month "
                        "starts only once we have any proof of identity we reasonably asked for. If we hold a lot of "
                        "data on someone and need them to say what their request covers, the clock pauses while we "
                        "wait for the answer. Both only help if we ask quickly, so route at once. In the EU GDPR, "
                        "the month runs from the day the request arrives.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Found in the social inbox",
                        "situation": "<p>Hannah, the support team lead in Leeds, is checking the team’s social media "
                        "inbox. She finds a direct message sent twelve days ago: “Moving abroad. Close my Northwind "
                        "Rewards account, wipe my details and send me what you have first.” An agent tagged it "
                        "“general” and moved on.</p>",
                        "question": "What would you do?",
                        "reveal": "<p>Hannah logs it in the privacy request queue now, with the date it really "
                        "arrived, because the clock started twelve days ago. It holds two requests: access (“send "
                        "me what you have”) and then erasure (“wipe my details”). She replies that it is with the "
                        "privacy team, and she does not ask the customer to start again on a form.</p>"
                        "<p>Then she fixes the cause. She adds a “rights request” tag to the social inbox and "
                        "shows the team examples of the words customers really use.</p>",
                    },
                ),
            ],
        },
        {
            "slug": "screens-recordings-and-pasting",
            "title": "Screens, recordings and what to paste where",
            "summary": "Sharing only the screen that is needed, telling callers about recording, keeping card numbers out, and using approved tools.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<h3>Screen sharing</h3>"
                    "<p>Before you share your screen with a trainee or a vendor’s engineer, close what they do "
                    "not need: the ticket queue, other customers’ records, your inbox. Share one window, not the "
                    "whole desktop, and show a fault on a test account if you can. When a customer shares their "
                    "screen, ask them to close anything private first.</p>"
                    "<h3>Call recordings</h3>"
                    "<p>Northwind records support calls for training and to settle disputes. Callers are told at "
                    "the start that the call is recorded, why, and where to read more: our privacy notice. The "
                    "recorded message does this; if you call a customer back yourself, say it. Routine recordings "
                    "are deleted after 90 days; one saved for a complaint stays until the complaint is closed. A "
                    "customer who asks for a copy of a call is making an access request: route it.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 13(1)",
                        "summary": "When we collect data from a person, we tell them at that moment who we are, why we "
                        "use the data and on what legal basis, among other things.",
                    },
                ),
                (
                    "text",
                    "<h3>Card numbers</h3>"
                    "<p>Northwind never takes card details by chat or email. On the phone, agents transfer the "
                    "caller to the secure payment line, which keeps card numbers out of the recording. If a "
                    "customer types a card number into chat, use the redact button at once. If a caller reads "
                    "one out, stop them kindly and tell Hannah, so the recording can be redacted.</p>"
                    "<p>PCI DSS, the card industry’s standard, is not a law: Northwind "
                    "accepts it through its contract with its payment provider, and breaking it can bring "
                    "penalties under that contract. The law’s own rule is to keep personal data secure "
                    "(GDPR Art. 32), and a card number in a chat log is not secure.</p>"
                    "<h3>What to paste where</h3>"
                    "<p>Tools approved for customer data, such as the assistant built into the support system, "
                    "work for Northwind under a processor contract and use the data only as we instruct. A free "
                    "chatbot, an online translator, a grammar add-on or your own messaging app has no such "
                    "contract. Pasting customer data into it hands the data to an outsider, for good. Use the "
                    "approved tool, or take out names, order numbers and contact details first. Not sure a tool "
                    "is approved? Ask Hannah before you paste.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 28(3)",
                        "summary": "A processor works for us under a written contract, only on our instructions. Anyone "
                        "else is a third party (Art. 4(10)), and giving them data is a disclosure that needs its "
                        "own justification.",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "A quick translation",
                        "situation": "<p>Marco gets a long email in Polish from a customer. It includes her name, "
                        "home address and order number, and a note that the walking boots hurt because of her "
                        "diabetes. He is about to paste it into a free translation website.</p>",
                        "question": "What would you do?",
                        "reveal": "<p>Use the support system’s assistant to translate it: it is approved for "
                        "customer data under a processor contract. The free website has no contract with "
                        "Northwind and may keep what it is given, and the email mentions her health, a special "
                        "category of data (Art. 9).</p>"
                        "<p>If it has already been pasted, Marco tells Hannah straight away, and she brings in "
                        "Grace to judge whether it is a breach.</p>",
                    },
                ),
                (
                    "takeaways",
                    {
                        "title": "Key takeaways",
                        "items": [
                            "Check identity with what we already hold; no passport by default (Art. 5(1)(c), Art. 12(6)).",
                            "Never read data out to a caller; talk to relatives or lawyers only with the customer’s authority.",
                            "A rights request needs no form or special words. Log it the day it arrives: one month in the GDPR, 45 days under the CCPA.",
                            "Share one window, tell callers they are recorded (Art. 13), and keep recordings only for their set period.",
                            "Keep card numbers out of chats and recordings: PCI DSS is a contract rule, security a legal one (Art. 32).",
                            "Paste customer data only into approved tools: a processor under contract, not an outsider (Art. 28).",
                        ],
                    },
                ),
            ],
        },
    ],
}
