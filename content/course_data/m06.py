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
                    "In law a processor is not a “third party” (GDPR Art. 4(10)): it works inside our "
                    "instructions and our contract.</p>"
                    "<p>A partner that uses the data for <b>its own</b> purposes, such as an insurer marketing "
                    "its policies, is a third party and a separate controller. We need a lawful basis for "
                    "handing the data over, and customers must have been told it will happen.</p>",
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
                            "<p>Hannah, the support team lead in Leeds, finds a survey tool with a generous free "
                            "trial. She plans to upload this year’s customer list, with names, email addresses "
                            "and order history, this afternoon and send a satisfaction survey. Nobody else at "
                            "Northwind has used the tool before.</p>"
                        ),
                        "question": "What would you do?",
                        "reveal": (
                            "<p>Hold the upload and check first: is there a signed contract with data "
                            "protection terms (Art. 28(3)), and has the tool passed the company’s vendor review? "
                            "Clicking “I agree” on a free trial is rarely the contract we need. Ask procurement "
                            "or Grace, our DPO. And ask whether a survey needs order history at all: names "
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
                            "<p>If you cannot answer all three, do not send yet. Once a vendor is approved and "
                            "the contract is signed, using it for the agreed purpose is normal work: you do "
                            "not need fresh approval each time.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "ai-tools-and-transfers",
            "title": "AI tools and data that crosses borders",
            "summary": "When an AI tool is our processor and when pasting into it is a disclosure, and when data may leave the EEA.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<p>Pasting a customer’s email into a free public AI chatbot to “tidy up a reply” feels "
                    "like using a spellchecker. It is not. The text goes to another company that has no "
                    "contract with Northwind. It may store the text, let its staff read it, train models on "
                    "it or process it in another country. That is a disclosure outside any contract, and we "
                    "cannot take it back.</p>"
                    "<p>An AI tool that Northwind has approved is different. Its provider works under a "
                    "processor contract (GDPR Art. 28) and acts only on our instructions, for example not "
                    "training its models on our data. It is our processor, not a third party (Art. 4(10)), "
                    "so using it for the work it was approved for is fine.</p>"
                    "<h3>Using AI tools safely</h3>"
                    "<ul>"
                    "<li>Use only approved tools, and only for the kinds of data they are approved for.</li>"
                    "<li>In any other tool, take out names, account numbers, contact details and anything else "
                    "that identifies a person before you paste.</li>"
                    "<li>Keep health details, other special category data and payment details out of any tool "
                    "not approved for them.</li>"
                    "<li>Not sure whether a tool is approved? Ask before you use it.</li>"
                    "</ul>",
                ),
                (
                    "scenario",
                    {
                        "title": "Debugging with a chatbot",
                        "situation": (
                            "<p>Aisha, a backend engineer, is chasing a bug late on a Friday. She copies 200 "
                            "lines of a production log into a free public AI chatbot and asks what is going "
                            "wrong. The log includes customers’ email addresses and IP addresses.</p>"
                        ),
                        "question": "What would you do?",
                        "reveal": (
                            "<p>Use an approved tool, or replace the email and IP addresses with made-up values "
                            "first; a cleaned sample usually shows the bug just as well. A free public chatbot "
                            "has no contract with us, so we cannot control how long it keeps the data or "
                            "whether it trains on it. If real customer data has already been pasted, tell "
                            "Jonas in IT security or Grace straight away so they can judge whether it is a "
                            "breach (GDPR Art. 33).</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h3>Transfers outside the EEA</h3>"
                    "<p>Many vendors and AI providers store or reach data in other countries. Under GDPR "
                    "Art. 44–49, personal data may leave the European Economic Area only when one of these "
                    "applies (the UK GDPR has similar rules for data leaving the UK):</p>"
                    "<ul>"
                    "<li>an <b>adequacy decision</b> says the country protects data well enough (Art. 45). "
                    "For the US, the EU–US Data Privacy Framework (adequacy decision of July 2023) covers "
                    "only US companies certified under it, so check the vendor is on the list;</li>"
                    "<li><b>appropriate safeguards</b>, most often standard contractual clauses (Art. 46). "
                    "Before relying on them, the privacy team does a <b>transfer impact assessment</b>: can "
                    "the vendor keep its promises under its own country’s laws, or are extra measures such "
                    "as encryption needed?</li>"
                    "<li>a specific <b>derogation</b>, such as the person’s explicit consent to that transfer "
                    "(Art. 49). These are for one-off cases, not routine transfers.</li>"
                    "</ul>"
                    "<p>You do not have to judge this yourself. You do need to ask where the data will be "
                    "stored and who can reach it, including a vendor’s support staff abroad.</p>",
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
                        "title": "AI literacy is a legal duty",
                        "text": (
                            "<p>Since 2 February 2025, the EU AI Act Art. 4 requires companies that use AI "
                            "systems to make sure the staff using them understand enough about how they work, "
                            "their risks and their limits. That is why Northwind gives guidance like this. "
                            "Treat an AI tool’s answer as a draft, and check it before it reaches a "
                            "customer.</p>"
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
                    "<p>Northwind sells to customers in California, so the California Consumer Privacy Act "
                    "(CCPA), as amended by the CPRA, adds its own rules on passing data on. Two words matter "
                    "most. Both mean more than they do in everyday speech.</p>"
                    "<h3>A “sale” does not need money</h3>"
                    "<p>Under CCPA § 1798.140(ad), a “sale” means making personal information available to a "
                    "third party for money <b>or other valuable consideration</b>. Swapping customer lists "
                    "with a partner can be a sale. So can handing over data for a discount or free services, "
                    "even if no invoice is ever sent.</p>"
                    "<h3>“Sharing” means cross-context advertising</h3>"
                    "<p>Under CCPA § 1798.140(ah), “sharing” means giving personal information to a third "
                    "party for <b>cross-context behavioural advertising</b>. That is, targeting ads at someone "
                    "based on what they do on other businesses’ sites, apps or services. It counts whether or "
                    "not money changes hands. The classic example is an ad pixel on our site that sends "
                    "visitor data to an ad network.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "CCPA/CPRA",
                        "article": "§ 1798.120",
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
                        "article": "§ 1798.135",
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
                            "<p>Sofia, the marketing manager, is offered a deal by a hiking-holiday company: "
                            "swap customer email lists so each side can market to the other’s customers. No "
                            "money will change hands, so she assumes the CCPA opt-out does not apply. Some of "
                            "our customers live in California.</p>"
                        ),
                        "question": "What would you do?",
                        "reveal": (
                            "<p>Treat the swap as a likely sale: each side gets something of value, the other "
                            "list, and that is enough. Customers who have opted out must be left out, and the "
                            "privacy notice must cover it. For customers in the EU or UK, marketing emails from "
                            "another company would normally need their prior consent as well (module 5). "
                            "Bring in Grace before agreeing to anything.</p>"
                        ),
                    },
                ),
                (
                    "takeaways",
                    {
                        "title": "Key takeaways",
                        "items": [
                            "Before data leaves, know who gets it and why, and have a contract in place; processors need one (GDPR Art. 28(3)).",
                            "An approved AI tool under an Art. 28 contract is our processor. Pasting into a public chatbot discloses data outside any contract, so strip out personal details first.",
                            "Data may leave the EEA only with an adequacy decision (for the US, the Data Privacy Framework for certified firms), safeguards such as standard clauses, or a derogation (GDPR Art. 44–49).",
                            "Staff who use AI tools must understand them well enough to use them safely (EU AI Act Art. 4).",
                            "Under the CCPA a “sale” can happen without money, and “sharing” covers ads based on what people do on other sites.",
                            "Act on every opt-out of sale or sharing at once, including browser signals such as Global Privacy Control.",
                        ],
                    },
                ),
            ],
        },
    ],
}
