"""Module 6 of Data Ethics Essentials: Share carefully."""

MODULE = {
    "number": 6,
    "slug": "share-carefully",
    "title": "Share carefully",
    "summary": (
        "Check that any vendor, partner or AI tool has a contract and a clear purpose before customer data "
        "leaves, spot transfers outside the EEA, and explain what “selling” and “sharing” mean under the CCPA."
    ),
    "lessons": [
        {
            "slug": "before-data-leaves",
            "title": "Before any data leaves",
            "summary": "The quick checks every vendor and partner must pass before customer data is sent.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<p>Very little customer data stays inside our own systems. It goes to the email platform, "
                    "the payment provider, the cloud host, the survey tool and the agency running a campaign. "
                    "Each of those hand-overs is a decision someone made, and each one should pass a quick "
                    "check <b>before</b> any data moves.</p>"
                    "<h3>Processor or independent partner?</h3>"
                    "<p>A <b>processor</b> handles personal data only on our behalf and on our instructions: a "
                    "cloud host, a mailing service, a payroll provider. We stay in charge as the controller. "
                    "A partner that uses the data for <b>its own</b> purposes is a separate controller, so we "
                    "need a lawful basis for handing the data over, and customers must have been told it will "
                    "happen.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 28(1)",
                        "summary": (
                            "We may only use processors that give enough guarantees that they will protect "
                            "personal data properly and meet the GDPR’s requirements."
                        ),
                    },
                ),
                (
                    "text",
                    "<h3>The contract comes first</h3>"
                    "<p>GDPR Art. 28(3) requires a written contract with every processor, often called a data "
                    "processing agreement. It must set out what the work is and how long it lasts, its nature "
                    "and purpose, the types of personal data and the groups of people involved, and the "
                    "processor’s duties. Among other things, the processor must:</p>"
                    "<ul>"
                    "<li>act only on our documented instructions;</li>"
                    "<li>keep the data confidential and secure;</li>"
                    "<li>use sub-processors only with our authorisation;</li>"
                    "<li>help us answer customers’ rights requests and deal with breaches;</li>"
                    "<li>delete or return the data when the work ends.</li>"
                    "</ul>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 28(3)",
                        "summary": (
                            "Work done by a processor must be covered by a written contract stating the subject "
                            "matter, duration, nature and purpose of the processing, the types of data and "
                            "people involved, and the processor’s obligations."
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The free-trial survey tool",
                        "situation": (
                            "<p>Sofia in marketing finds a survey tool with a generous free trial. She plans to "
                            "upload this year’s customer list, with names, email addresses and order history, "
                            "this afternoon and send a satisfaction survey. Nobody else in the company has used "
                            "the tool before.</p>"
                        ),
                        "question": "What would you do?",
                        "reveal": (
                            "<p>Hold the upload and check first: is there a signed contract with data "
                            "protection terms (Art. 28(3)), and has the tool passed the company’s vendor review? "
                            "Clicking “I agree” on a free trial is rarely the contract we need. Ask procurement "
                            "or the privacy team. And ask whether a survey needs order history at all: names "
                            "and email addresses are probably enough.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Three questions before you send",
                        "text": (
                            "<ol>"
                            "<li>Who is receiving the data, and is there a contract?</li>"
                            "<li>What is the purpose, and were customers told about it?</li>"
                            "<li>What is the least data that will do the job?</li>"
                            "</ol>"
                            "<p>If you cannot answer all three, do not send yet.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "ai-tools-and-transfers",
            "title": "AI tools and data that crosses borders",
            "summary": "Why pasting data into an AI tool is sharing it, and when data may leave the EEA.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<p>Pasting a customer’s email into an AI chatbot to “tidy up a reply” feels like using a "
                    "spellchecker. It is not. The text goes to another company, which may store it, let its "
                    "staff review it, use it to train future models, or process it in another country. That "
                    "is sharing personal data with a third party, and the same checks apply as for any "
                    "other vendor.</p>"
                    "<h3>Using AI tools safely</h3>"
                    "<ul>"
                    "<li>Use only the AI tools your company has approved. Approved business versions usually "
                    "come with a contract that limits what the provider may do with the data.</li>"
                    "<li>Take out names, account numbers, contact details and anything else that identifies a "
                    "person before you paste, unless the tool is approved for that data.</li>"
                    "<li>Never put health details, other special category data or payment details into a tool "
                    "that has not been approved for them.</li>"
                    "<li>If you are not sure whether a tool is approved, ask before you use it.</li>"
                    "</ul>",
                ),
                (
                    "scenario",
                    {
                        "title": "Debugging with a chatbot",
                        "situation": (
                            "<p>Ravi, a backend engineer, is chasing a bug late on a Friday. He copies 200 lines "
                            "of a production log into a free public AI chatbot and asks what is going wrong. "
                            "The log includes customers’ email addresses and IP addresses.</p>"
                        ),
                        "question": "What would you do?",
                        "reveal": (
                            "<p>Use an approved tool, or replace the email and IP addresses with made-up values "
                            "first; a cleaned sample usually shows the bug just as well. A free public chatbot "
                            "has no contract with us, so we cannot control how long it keeps the data or "
                            "whether it trains on it. If real customer data has already been pasted, tell the "
                            "security or privacy team straight away so they can judge whether it is a "
                            "breach.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h3>Transfers outside the EEA</h3>"
                    "<p>Many vendors and AI providers store or access data in other countries. Under GDPR "
                    "Art. 44–49, personal data may only leave the European Economic Area when one of these "
                    "applies (the UK GDPR has similar rules for data leaving the UK):</p>"
                    "<ul>"
                    "<li>an <b>adequacy decision</b> says the destination country offers an adequate level of "
                    "protection (Art. 45);</li>"
                    "<li><b>appropriate safeguards</b> are in place, most often standard contractual clauses "
                    "(Art. 46);</li>"
                    "<li>a specific <b>derogation</b> applies, such as the person’s explicit consent to that "
                    "transfer; these are for particular situations, not routine transfers (Art. 49).</li>"
                    "</ul>"
                    "<p>You do not have to judge this yourself. You do need to ask where the data will be "
                    "stored and who can see it, including a vendor’s support staff in other countries who "
                    "can reach it remotely.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 46",
                        "summary": (
                            "Without an adequacy decision, personal data may go outside the EEA only with "
                            "appropriate safeguards, such as standard contractual clauses, and with enforceable "
                            "rights and effective remedies for the people concerned."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "An AI tool is a vendor",
                        "text": (
                            "<p>Treat every AI tool like any other supplier: it needs approval, a contract, a "
                            "clear purpose and a known location for the data before customer data goes "
                            "anywhere near it.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "selling-and-sharing-under-ccpa",
            "title": "Selling and sharing under the CCPA",
            "summary": "What “sale” and “sharing” mean in California, and how to honour an opt-out.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<p>If we have customers in California, the California Consumer Privacy Act, as amended by "
                    "the CPRA, adds its own rules about passing data on. Two words matter most, and both mean "
                    "more than they do in everyday speech.</p>"
                    "<h3>A “sale” does not need money</h3>"
                    "<p>Under Cal. Civ. Code 1798.140(ad), a “sale” means making personal information "
                    "available to a third party for money <b>or other valuable consideration</b>. Swapping "
                    "customer lists with a partner, or handing over data in return for a discount or free "
                    "services, can be a sale even though no invoice is ever sent.</p>"
                    "<h3>“Sharing” means cross-context advertising</h3>"
                    "<p>Under Cal. Civ. Code 1798.140(ah), “sharing” means disclosing personal information to a "
                    "third party for <b>cross-context behavioural advertising</b>: targeting ads at someone "
                    "based on what they do on other businesses’ websites, apps or services. It counts whether "
                    "or not money changes hands. Advertising pixels on our site that send visitor data to an "
                    "ad network are the classic example.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "CCPA/CPRA",
                        "article": "Cal. Civ. Code 1798.120",
                        "summary": (
                            "Consumers have the right to tell a business not to sell or share their personal "
                            "information, and once told, the business must stop."
                        ),
                    },
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "CCPA/CPRA",
                        "article": "Cal. Civ. Code 1798.135",
                        "summary": (
                            "A business that sells or shares personal information must give consumers a clear "
                            "way to opt out, such as a “Do Not Sell or Share My Personal Information” link."
                        ),
                    },
                ),
                (
                    "text",
                    "<h3>What this means day to day</h3>"
                    "<ul>"
                    "<li>Honour every opt-out: the website link, a recognised browser signal such as Global "
                    "Privacy Control, or a customer telling support “stop selling my data”. Pass it on "
                    "through the agreed process at once.</li>"
                    "<li>Service providers and contractors working for us under a contract with the terms the "
                    "CCPA requires are not third parties, so giving them data is not a sale. One more reason "
                    "the contract matters.</li>"
                    "<li>If we know a consumer is under 16, we may not sell or share their data unless they "
                    "(or a parent, for under-13s) have opted in.</li>"
                    "<li>Sensitive personal information, such as precise location or health data, comes with "
                    "a separate right to limit how it is used.</li>"
                    "</ul>",
                ),
                (
                    "scenario",
                    {
                        "title": "The partner list swap",
                        "situation": (
                            "<p>Hannah in partnerships is offered a deal by a travel company: swap customer email "
                            "lists so each side can market to the other’s customers. No money will change "
                            "hands, so she assumes the CCPA opt-out does not apply. Some of our customers live "
                            "in California.</p>"
                        ),
                        "question": "What would you do?",
                        "reveal": (
                            "<p>Treat the swap as a likely sale: each side gets something of value, the other "
                            "list, and that is enough. Customers who have opted out must be left out, and the "
                            "privacy notice must cover it. For customers in the EU or UK, marketing emails from "
                            "another company would normally need their prior consent as well. Bring in the "
                            "privacy team before agreeing to anything.</p>"
                        ),
                    },
                ),
                (
                    "takeaways",
                    {
                        "title": "Key takeaways",
                        "items": [
                            "Before data leaves, know who receives it and why, and make sure a contract is in place; processors need one under GDPR Art. 28(3).",
                            "Pasting customer data into an AI tool is sharing it: use approved tools and strip out personal details.",
                            "Data may leave the EEA only with an adequacy decision, appropriate safeguards such as standard contractual clauses, or a specific derogation (GDPR Art. 44–49).",
                            "Under the CCPA a “sale” can happen without money, and “sharing” covers cross-context behavioural advertising.",
                            "Honour every opt-out of sale or sharing promptly, including browser signals such as Global Privacy Control.",
                        ],
                    },
                ),
            ],
        },
    ],
}
