"""Module 8 of Data Ethics Essentials: Keep data accurate."""

MODULE = {
    "number": 8,
    "slug": "keep-data-accurate",
    "title": "Keep data accurate",
    "summary": (
        "Correct customer data promptly when someone says it is wrong, and explain why stale or "
        "inaccurate data leads to unfair decisions about people."
    ),
    "lessons": [
        {
            "slug": "why-accuracy-matters",
            "title": "Why accurate data matters to real people",
            "summary": "Wrong or stale data leads to wrong decisions about people, sometimes at scale.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    (
                        "<p>Every record we hold feeds a decision about a person: where to send their parcel, "
                        "whether to approve their order, which offer to show them, whether to flag them for a "
                        "fraud check. When the record is wrong, the decision is wrong too, and the customer, not "
                        "the database, pays the price.</p>"
                        "<h3>What inaccurate data does</h3>"
                        "<ul>"
                        "<li>A letter with account details goes to an old address and is opened by the new "
                        "occupant. That can also count as a personal data breach.</li>"
                        "<li>A payment flag that was never cleared blocks a customer who settled months ago.</li>"
                        "<li>A customer who changed their name keeps receiving emails that use the old one, "
                        "which can be upsetting as well as careless.</li>"
                        "<li>A model trained on out-of-date records makes the same wrong guess about thousands "
                        "of people at once.</li>"
                        "</ul>"
                        "<p>That is why accuracy is one of the core principles in GDPR Art. 5, not an optional "
                        "extra for tidy-minded teams.</p>"
                        "<p>How careful you need to be depends on what the data is used for. A typo in a "
                        "newsletter greeting is a small thing. A wrong date of birth that blocks an age-checked "
                        "purchase, or a wrong marker on a fraud check, can cost someone money or access to a "
                        "service. The more a record affects someone, the more care it deserves.</p>"
                    ),
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 5(1)(d)",
                        "summary": (
                            "Personal data must be accurate and, where necessary, kept up to date. Every reasonable "
                            "step must be taken to correct or erase inaccurate data without delay, bearing in mind "
                            "why it is held."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "Accurate does not mean “always current”",
                        "text": (
                            "<p>An order record showing where a parcel was sent last year is accurate as a record "
                            "of what happened, even if the customer has since moved. What matters is that data "
                            "used for decisions now reflects reality, and that every record is clear about what it "
                            "is. Write opinions as opinions, and note where a fact came from.</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The flag that never cleared",
                        "situation": (
                            "<p>Marco, a support agent in Leeds, takes a call from a customer who cannot place an "
                            "order. The account carries an “unpaid balance” flag. The customer says they paid "
                            "months ago. Marco can see the payment in the billing system, but the flag was never "
                            "removed.</p>"
                        ),
                        "question": "What would you do in Marco’s place?",
                        "reveal": (
                            "<p>Treat it as an accuracy problem, not just a customer complaint. Marco should get "
                            "the flag cleared through the proper route straight away. He should check whether the "
                            "same flag was copied to other systems, such as the payment provider’s pay-later "
                            "checks, and confirm to the customer when it is fixed. He should also tell Hannah, "
                            "his team lead, about the pattern: if one payment failed to clear a flag, others "
                            "probably did too.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "correcting-data-on-request",
            "title": "Fixing data when a customer says it is wrong",
            "summary": "How to handle a correction request quickly, safely and completely.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    (
                        "<p>People have a right to have inaccurate data about them corrected, and incomplete "
                        "data completed. They will rarely call it a “rectification request”. It sounds like "
                        "“you’ve spelt my name wrong”, “I moved in May” or “that isn’t my date of birth”, and it "
                        "can arrive by email, phone, chat or a comment on social media. Each one counts.</p>"
                        "<h3>What to do</h3>"
                        "<ol>"
                        "<li><b>Log it</b> so there is a record of when it arrived.</li>"
                        "<li><b>Check in proportion.</b> Fixing a typo needs little checking. Changing the "
                        "email or phone number that controls an account needs a proper identity check, because "
                        "fraudsters use “update my details” to take over accounts.</li>"
                        "<li><b>Fix it at the source</b>, then in the copies downstream: billing, mailing "
                        "lists, the data warehouse. GDPR Art. 19 also asks you to tell anyone you disclosed the "
                        "data to, unless that is impossible or would take disproportionate effort.</li>"
                        "<li><b>Confirm</b> to the customer that it is done.</li>"
                        "</ol>"
                        "<p>Answer without undue delay and within one month (GDPR Art. 12(3)). Only complex or "
                        "numerous requests allow up to two more months, and the customer must be told within "
                        "the first month. If you think the data is right, do not simply overwrite it or ignore "
                        "the customer. Pass it to Grace’s privacy team (privacy@northwind.example). They will "
                        "check, explain the outcome and tell the customer their options. While accuracy is being "
                        "checked, the customer can ask you to restrict use of the data (Art. 18).</p>"
                        "<p>Fix what is wrong, and no more. An old order or invoice is a true record of what "
                        "happened, so update the customer’s current details and leave past records as they "
                        "were.</p>"
                    ),
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 16",
                        "summary": (
                            "A person can have inaccurate personal data about them corrected without undue delay, "
                            "and incomplete data completed, for example by adding a supplementary statement."
                        ),
                    },
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "CCPA/CPRA",
                        "article": "CCPA § 1798.106",
                        "summary": (
                            "Californian consumers can ask a business to correct inaccurate personal information, "
                            "and the business must use commercially reasonable efforts to do so, normally within "
                            "the 45-day response period."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Incomplete is not the same as wrong",
                        "text": (
                            "<p>Sometimes a record is correct but missing context, such as a complaint closed "
                            "without noting it was settled in the customer’s favour. Adding a short note to "
                            "complete the picture is part of the same right.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "UK differences",
                        "text": (
                            "<p>For customers in the UK, the UK GDPR now says when the month starts "
                            "(UK GDPR Art. 12A). If we reasonably ask for proof of identity, the clock starts "
                            "only once it arrives. Ask for ID only when the change needs it.</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The urgent email change",
                        "situation": (
                            "<p>A caller asks Hannah, the support team lead in Leeds, to change the email on an "
                            "account “right now”, because they have lost access to their old inbox. They cannot "
                            "answer the security questions. They know the full name and postcode on the account "
                            "and are getting frustrated.</p>"
                        ),
                        "question": "Should Hannah make the change?",
                        "reveal": (
                            "<p>Not yet. A name and postcode are easy for a stranger to find, and handing an "
                            "account to the wrong person would be a serious breach. Hannah should explain calmly "
                            "why the check matters, offer the usual identity-verification route, and log the "
                            "request. The right to rectification asks for speed, not for skipping security.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "accuracy-day-to-day",
            "title": "Keeping records accurate day to day",
            "summary": "Simple habits that stop errors getting in and stale data building up.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    (
                        "<p>Correcting errors when customers spot them is only half the job. Most inaccurate "
                        "data could have been stopped at the door, or cleared out before it did harm.</p>"
                        "<h3>Habits that help</h3>"
                        "<ul>"
                        "<li><b>Capture it well.</b> Validate formats, confirm email addresses, and read "
                        "spellings back to callers.</li>"
                        "<li><b>Keep one source of truth.</b> Private spreadsheet copies drift out of date and "
                        "miss every correction.</li>"
                        "<li><b>Act on signals.</b> Bounced emails, returned post and “this isn’t me” replies "
                        "are telling you something. Flag or fix the record instead of sending again.</li>"
                        "<li><b>Record the source and date</b> of facts that matter, so others can judge how "
                        "fresh they are.</li>"
                        "<li><b>Let old data go.</b> Data kept past its retention period is more likely to be "
                        "out of date. Delete or anonymise it on schedule.</li>"
                        "<li><b>Check what feeds your models.</b> Before training or scoring, ask how old the "
                        "data is and whether it was ever checked.</li>"
                        "</ul>"
                        "<p>If you spot a pattern of errors, such as a form that saves the wrong field or an "
                        "import that swaps two columns, report it. Fixing the cause protects every customer at "
                        "once, not only the one who noticed.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Don’t guess to fill gaps",
                        "text": (
                            "<p>Guessing someone’s gender from their first name, or their age from their job "
                            "title, creates inaccurate data on purpose. If a field is empty and you truly need it, "
                            "ask the customer. If you do not need it, leave it empty.</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The returned Rewards statements",
                        "situation": (
                            "<p>Sofia, the marketing manager, finds 40 Northwind Rewards statements returned marked "
                            "“not known at this address”. Each one shows the member’s name, membership number and "
                            "points balance. A colleague suggests posting them again next month in case it was a "
                            "delivery fault.</p>"
                        ),
                        "question": "What should Sofia do?",
                        "reveal": (
                            "<p>Stop sending to those addresses: each letter reveals personal details to whoever "
                            "now lives there. Sofia should flag the records and contact the members through another "
                            "channel already on file to confirm their address. She should also report the batch. "
                            "Forty returns at once may point to a faulty import rather than 40 house moves.</p>"
                        ),
                    },
                ),
                (
                    "takeaways",
                    {
                        "title": "Key takeaways",
                        "items": [
                            "Personal data must be accurate and, where necessary, kept up to date (GDPR Art. 5(1)(d)).",
                            "A correction can arrive in any words and any channel: log it and act without undue delay.",
                            "Verify in proportion, fix the source and its copies, and confirm to the customer.",
                            "If you believe the data is right, escalate to the privacy team rather than overwrite or ignore.",
                            "Fix what is wrong and no more: update current details, keep true records of the past.",
                            "Stop errors at capture, act on bounces and returns, and never guess to fill a gap.",
                        ],
                    },
                ),
            ],
        },
    ],
}
