"""Module 4 of Data Ethics Essentials: Keep data secure."""

MODULE = {
    "number": 4,
    "slug": "keep-data-secure",
    "title": "Keep data secure",
    "summary": (
        "Handle customer data with encryption and least privilege, keep it out of tickets, chat and "
        "laptop spreadsheets, and report a suspected breach at once."
    ),
    "lessons": [
        {
            "slug": "security-is-everyones-job",
            "title": "Security is part of everyone’s job",
            "summary": "What encryption and least privilege mean in daily work, and the habits that prevent most leaks.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<p>Most data leaks do not start with a brilliant hacker. They start with an ordinary slip: "
                    "a reused password, an email sent to the wrong person, a laptop left unlocked in a café, a "
                    "shared link that anyone can open. That is why security is not only a job for the IT team. "
                    "Everyone who touches customer data helps to keep it safe.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 32",
                        "summary": "Organisations must protect personal data with technical and organisational measures "
                        "that match the risk, such as encryption, pseudonymisation, the ability to restore "
                        "data after an incident, and regular testing.",
                    },
                ),
                (
                    "text",
                    "<h3>Encryption</h3>"
                    "<p>Encryption turns data into something unreadable without the right key. Well-run systems "
                    "encrypt data while it travels and while it is stored. Your part is simple: use the approved "
                    "tools, which already do this; keep your laptop’s disk encryption switched on; and never "
                    "turn protection off or work around it to save time. If you need to send a file containing "
                    "personal data, use the approved secure sharing tool, not personal email or an open link.</p>"
                    "<h3>Least privilege</h3>"
                    "<p>Least privilege means each person can reach the data their job needs, and no more, for "
                    "as long as they need it. It limits the damage if an account is taken over, and it removes "
                    "the temptation to browse out of curiosity. In practice:</p>"
                    "<ul><li>ask for the narrowest access that does the job, and say why you need it</li>"
                    "<li>hand back access you no longer use, especially after changing role</li>"
                    "<li>never share your login or use someone else’s</li>"
                    "<li>look up a customer only when your work requires it</li></ul>",
                ),
                (
                    "scenario",
                    {
                        "title": "Just for the afternoon",
                        "situation": "<p>Ravi, a product manager, needs figures on returns for a planning "
                        "meeting. His access to the customer database is still waiting for approval. "
                        "Tomasz, a data analyst, offers to let him use his login “just for the afternoon” "
                        "so he can make a start.</p>",
                        "question": "What should Ravi do?",
                        "reveal": "<p>Thank Tomasz and say no. Ravi can ask his manager to speed up the request, "
                        "or ask Tomasz to run the query himself and share only the totals. Sharing a login "
                        "breaks least privilege, and the records would show Tomasz doing work he did not do, "
                        "so if something went wrong nobody could tell who did what. The approval step also "
                        "checks that Ravi gets only the data his work needs. Tomasz meant well, but a "
                        "short delay is a small price.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "The habits that matter most",
                        "text": "<ul><li>Lock your screen whenever you step away.</li>"
                        "<li>Use the password manager and multi-factor sign-in.</li>"
                        "<li>Treat unexpected links and attachments with suspicion, and report phishing.</li>"
                        "<li>Keep devices and software updated when prompted.</li></ul>",
                    },
                ),
            ],
        },
        {
            "slug": "keep-data-in-the-right-place",
            "title": "Keep personal data out of tickets, chat and laptops",
            "summary": "Why copies of customer data in tickets, chat, spreadsheets and unapproved tools are a risk, and what to do instead.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<p>Customer data is safest inside the systems built to hold it: the CRM, the billing system, "
                    "the customer record in the support platform. There it has access controls, audit trails, "
                    "backups and a retention period. The moment it is copied somewhere else, by pasting it into a "
                    "chat, attaching it to a ticket or exporting it to a spreadsheet, those protections fall "
                    "away, and the copy is easily forgotten.</p>"
                    "<h3>The usual leaks</h3>"
                    "<ul><li><b>Tickets and issue trackers.</b> Bug reports often carry full customer records or "
                    "screenshots, seen by engineers, contractors and connected tools. Refer to a customer by an ID "
                    "instead.</li>"
                    "<li><b>Chat.</b> Messages are searchable, widely visible and kept for a long time. Do not paste "
                    "account details, ID documents or payment information into channels or direct messages.</li>"
                    "<li><b>Spreadsheets on laptops.</b> Exports are handy and risky. Laptops get lost, files get "
                    "forwarded, and copies outlive their purpose. Work in the source system or an approved analysis "
                    "environment. If you must export, take only the columns you need, keep the file in approved "
                    "encrypted storage, and delete it when you are done.</li>"
                    "<li><b>AI tools and online converters.</b> Pasting customer data into a tool the company has "
                    "not approved sends it to an outside business with no contract to protect it. Use only tools "
                    "approved for that kind of data: they work for us under a contract (module 6).</li></ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Use an ID, not a person",
                        "text": "<p>In most conversations about a problem, a customer or order ID is all a colleague "
                        "needs. If their job requires more, they can look it up in the system with their own "
                        "access.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "A passport in the team channel",
                        "situation": "<p>A customer emails a photo of her passport to prove who she is. Marco, a "
                        "support agent in Leeds, is unsure whether the photo is clear enough, so he drops it "
                        "into the team’s busy chat channel and asks, “Does this look OK to everyone?”</p>",
                        "question": "What would you have done instead?",
                        "reveal": "<p>Kept the image inside the support system, attached to the customer’s case, and "
                        "asked Hannah, his team lead, to look at it there. An identity document is exactly the "
                        "kind of data that causes real harm if it spreads.</p>"
                        "<p>Now that it is in the channel, Marco should tell Hannah and report it through "
                        "the incident channel straight away, then remove the message as they advise. Jonas "
                        "in IT security can check who saw or downloaded it. It is also worth asking whether "
                        "a full passport photo was needed at all, or whether a lighter check would do.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Convenience is not a reason",
                        "text": "<p>“It was quicker” is the most common explanation for customer data turning up "
                        "where it should not be. If the approved way is too slow for your work, say so to "
                        "your manager or the security team so it can be fixed, rather than working around it.</p>",
                    },
                ),
            ],
        },
        {
            "slug": "report-a-breach",
            "title": "Spot and report a breach at once",
            "summary": "What counts as a personal data breach, why the 72-hour deadline makes speed vital, and exactly what to do.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<p>Even with good habits, things go wrong. The GDPR defines a "
                    "personal data breach broadly (Art. 4(12)): a security failure that leads to personal data "
                    "being destroyed, lost, altered, disclosed or accessed without authority, by accident or on "
                    "purpose. It is not only hacking. It includes:</p>"
                    "<ul><li>an email with customer details sent to the wrong person</li>"
                    "<li>a lost or stolen laptop or phone</li>"
                    "<li>a file shared with a link that anyone can open</li>"
                    "<li>a colleague looking up records they have no reason to see</li></ul>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 33",
                        "summary": "A breach must be reported to the supervisory authority without undue delay and, where "
                        "feasible, within 72 hours of the organisation becoming aware of it, unless it is "
                        "unlikely to put people at risk. "
                        "Every breach must also be recorded internally, even those that are not reported.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 34",
                        "summary": "When a breach is likely to result in a high risk to people, they must also be told "
                        "without undue delay, in clear language, so they can protect themselves.",
                    },
                ),
                (
                    "text",
                    "<h3>Your part: report at once</h3>"
                    "<p>Deciding whether a breach must be reported, and to whom, is the privacy team’s job. Your job "
                    "is to make sure they know, straight away: the 72 hours must cover finding out what "
                    "happened, judging the risk and preparing the notice.</p>"
                    "<ol><li>Report it immediately through the incident channel, even if you are not sure it is a "
                    "breach.</li>"
                    "<li>Contain it if you safely can: revoke the open link, report the lost device so it can be "
                    "locked or wiped.</li>"
                    "<li>Keep the evidence. Do not delete logs or messages that show what happened.</li>"
                    "<li>Do not investigate alone, contact the regulator or tell customers yourself; the team "
                    "coordinates that.</li></ol>"
                    "<p>If a vendor tells you about an incident on their side, report that too: vendors handling "
                    "data for us must tell us without undue delay (Art. 33(2)). And if a lost laptop was encrypted, "
                    "the risk to people may be much lower.</p>",
                ),
                (
                    "scenario",
                    {
                        "title": "The wrong attachment",
                        "situation": "<p>At 5 pm on a Friday, Hannah, the support team lead in Leeds, emails a "
                        "customer his refund statement. As it goes, she sees she attached the wrong file: a list "
                        "of 40 other customers’ names, addresses and refund amounts. She is about to leave for a "
                        "long weekend.</p>",
                        "question": "What should Hannah do before she logs off?",
                        "reveal": "<p>Report it through the incident channel now, not on Tuesday, with the facts: what "
                        "was sent, to whom, when, and how many people are affected. The team may then ask the "
                        "recipient to delete the email. Waiting four days could leave little or "
                        "no time if the authority has to be told, and the 40 customers may need a warning.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Never hide a mistake",
                        "text": "<p>Please don’t stay quiet because the slip was your own. A mistake reported "
                        "quickly can usually be contained; hidden for a week, it can harm customers and lead "
                        "to fines. Breaking the security and breach-notice duties (Arts 32 to 34) can cost up "
                        "to EUR 10 million or 2 % of worldwide annual turnover, whichever is higher (GDPR "
                        "Art. 83(4)). Breaking the core principles in Art. 5, one of which is security, or "
                        "people’s rights can cost up to EUR 20 million or 4 % (Art. 83(5)). In the UK GDPR the "
                        "lower tier is GBP 8.7 million or 2 %.</p>",
                    },
                ),
                (
                    "takeaways",
                    {
                        "title": "Key takeaways",
                        "items": [
                            "Protect data with the approved tools: encryption on, secure sharing, multi-factor sign-in (GDPR Art. 32).",
                            "Ask only for the access your job needs, hand back what you no longer use, and never share a login.",
                            "Keep customer data in the systems built for it, not in tickets, chat, unapproved AI tools or laptop spreadsheets.",
                            "Report a suspected breach at once, even if unsure: the authority may need to be told within 72 hours (Art. 33).",
                            "Breaking the security and breach-notice duties can be fined up to EUR 10 million or 2 % of worldwide turnover (Art. 83(4)).",
                            "People must be told without undue delay when a breach puts them at high risk (Art. 34).",
                        ],
                    },
                ),
            ],
        },
    ],
}
