"""Question bank for module 1: Comply with the law.

A judgment question says so under "judgment": "go_ahead" (going ahead is the right answer)
or "over_caution" (the mistake is to hold back, delete or escalate needlessly); tests.content.quality
counts them, and the quiz builder leaves the key out of the quiz.
"""

QUESTIONS = [
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "Tomasz, a data analyst, has built a monthly report for the buying team: total returns per product "
            "range per country. The smallest figure in it covers 2,400 orders. He wonders whether he must clear "
            "it with the privacy team before sending it round."
        ),
        "prompt": "What is the best view?",
        "choices": [
            {
                "text": "Send it: totals this large pick out nobody, so the report really holds no personal data.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Hold it until the privacy team has agreed a lawful basis for each figure in the report.",
                "correct": False,
                "feedback": "A lawful basis is needed for personal data; large totals that pick out no one are not.",
            },
            {
                "text": "Remove the country column first, because a country name can still identify a single shopper.",
                "correct": False,
                "feedback": "A country with thousands of orders behind it points to nobody in particular.",
            },
            {
                "text": "Encrypt the file and send it to named people only, since every sales figure is personal data.",
                "correct": False,
                "feedback": "Sales totals are not personal data unless they can be traced back to a person.",
            },
        ],
        "explanation": (
            "GDPR Art. 4(1) covers information about a person who can be identified. Truly anonymous figures, "
            "where nobody can be picked out by any means reasonably likely to be used, fall outside the GDPR "
            "(Recital 26). Totals of thousands of orders are fine to share; only very small groups need care."
        ),
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": (
            "A woman phones Marco. Her father died last month, and she asks for his Rewards account to be shut "
            "and for the emails that still arrive for him to stop."
        ),
        "prompt": "What should Marco do?",
        "choices": [
            {
                "text": "Help her through Northwind’s bereavement steps to close the account and stop the emails.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Refuse politely, since under the GDPR only the account holder himself may ask for changes.",
                "correct": False,
                "feedback": "The GDPR protects living people; it doesn’t stop a family closing a dead relative’s account.",
            },
            {
                "text": "Log it as his GDPR erasure request and tell her a reply will follow within one month.",
                "correct": False,
                "feedback": "GDPR rights belong to living people (Recital 27); this is a bereavement case, not his request.",
            },
            {
                "text": "Ask her for a court order before anyone at Northwind touches the account or the emails.",
                "correct": False,
                "feedback": "Far more than the law asks; it would hurt a grieving customer for no reason.",
            },
        ],
        "explanation": (
            "The GDPR protects living people: Recital 27 says it does not apply to the data of people who have "
            "died, though some countries add their own rules. Marco can help the daughter through the normal "
            "bereavement steps. Her own details, given on the call, are personal data under Art. 4(1) and need "
            "the usual care."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Leon is signing up a small San Diego tour firm as a Northwind partner. It has yearly revenue of "
            "USD 4 million and keeps details of about 20,000 customers. Its owner says the CCPA can’t apply to "
            "them because they are too small."
        ),
        "prompt": "Which fact, if true, would bring the tour firm under the CCPA?",
        "choices": [
            {
                "text": "It earns over half its yearly revenue from selling its customer list.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "It keeps its customer records with a cloud host whose servers are in California.",
                "correct": False,
                "feedback": "Where the servers sit is not one of the three tests in § 1798.140(d).",
            },
            {
                "text": "It emails a newsletter to its customers in California.",
                "correct": False,
                "feedback": "Sending emails doesn’t meet any of the size tests on its own.",
            },
            {
                "text": "It employs more than 50 people across its offices in San Diego and Los Angeles.",
                "correct": False,
                "feedback": "Staff numbers are not one of the tests; revenue and data volumes are.",
            },
        ],
        "explanation": (
            "Under Cal. Civ. Code § 1798.140(d), a for-profit firm doing business in California is covered if it "
            "meets one of three tests: yearly gross revenue above an inflation-adjusted limit (about USD 26.6 "
            "million in 2025); buying, selling or sharing the personal information of 100,000 or more consumers "
            "or households; or earning 50% or more of its revenue from selling or sharing personal information."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Sofia plans an email and text campaign for Northwind Rewards members in France, England and "
            "California. She asks which rules the team should check before it starts."
        ),
        "prompt": "Which of these may apply to the campaign? Select all that apply.",
        "choices": [
            {
                "text": "The EU GDPR, for how Northwind handles the data of its members in France.",
                "correct": True,
                "feedback": "Northwind is set up in Dublin, so the GDPR covers its handling of personal data.",
            },
            {
                "text": "The UK GDPR, for the members in England.",
                "correct": True,
                "feedback": "Northwind sells to people in the UK, so the UK GDPR applies to their data.",
            },
            {
                "text": "PECR, for the emails and texts sent to members in England.",
                "correct": True,
                "feedback": "Marketing emails and texts in the UK have their own rules in PECR.",
            },
            {
                "text": "The CCPA/CPRA, for the Californian members’ personal information.",
                "correct": True,
                "feedback": "Northwind meets the CCPA size test and sells to Californians.",
            },
            {
                "text": "The US health privacy rules for hospitals and health insurers (HIPAA).",
                "correct": False,
                "feedback": "HIPAA covers health plans and care providers, not an outdoor-gear campaign.",
            },
            {
                "text": "None of them, as long as the campaign list is kept on servers in Texas.",
                "correct": False,
                "feedback": "Moving data to another country doesn’t switch the rules off.",
            },
        ],
        "explanation": (
            "Several laws can apply at once: the GDPR (Art. 3) for an EU-based company, the UK GDPR for UK "
            "customers, PECR reg. 22 (and the ePrivacy Directive Art. 13 in the EU) for marketing emails and "
            "texts, and the CCPA/CPRA (Cal. Civ. Code § 1798.140) for Californians. Where the data is stored "
            "does not change which laws apply."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Jonas, an IT security engineer, plans to move copies of the customer database from Dublin to a "
            "cheaper cloud region in Virginia. A colleague says: “Once the backups are in the US, the GDPR no "
            "longer covers them.”"
        ),
        "prompt": "What should Jonas do?",
        "choices": [
            {
                "text": "Check it with the privacy team: the GDPR still applies, and transfer rules come in too.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Go ahead, because from then on the Virginia privacy law takes over for the backup copies.",
                "correct": False,
                "feedback": "US state laws may add duties, but they don’t switch off the GDPR for an EU company.",
            },
            {
                "text": "Move only the newest backups, because the GDPR stops covering data once it is a year old.",
                "correct": False,
                "feedback": "There is no age limit: old backups are still personal data.",
            },
            {
                "text": "Encrypt the backups first, as the GDPR then stops applying to anything stored abroad.",
                "correct": False,
                "feedback": "Encryption is a good safeguard, but the data stays personal data under the GDPR.",
            },
        ],
        "explanation": (
            "Under GDPR Art. 3(1), the GDPR applies to processing by an organisation set up in the EU, whether or "
            "not the processing takes place in the EU. Sending data outside the EEA also brings in the transfer "
            "rules in Arts 44–49, so the move needs a check first."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Aisha adds crash reporting to the Northwind app. Each crash event holds the phone model, the app "
            "version and a hashed customer ID that the support team can look up to find the account."
        ),
        "prompt": "Are the crash events personal data?",
        "choices": [
            {
                "text": "Yes, because Northwind can link the hashed ID back to one customer’s account and name.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "No, because hashing the customer ID turns the whole event into anonymous data.",
                "correct": False,
                "feedback": "If Northwind can still link the hash to an account, the data is pseudonymised, not anonymous.",
            },
            {
                "text": "Only if the events also hold the customer’s name, email address or phone number.",
                "correct": False,
                "feedback": "An ID that links to an account identifies a person without a name.",
            },
            {
                "text": "No, because a phone model and an app version describe a device, not a person.",
                "correct": False,
                "feedback": "On their own, perhaps; but the linked ID ties each event to a customer.",
            },
        ],
        "explanation": (
            "GDPR Art. 4(1) covers data about a person who can be identified directly or indirectly. A hashed ID "
            "that Northwind can look up is pseudonymised data (Art. 4(5)), which Recital 26 says is still "
            "personal data."
        ),
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": (
            "A customer on web chat has passed the usual account security check. She asks Marco where her "
            "order of walking boots is and which address it is going to. Marco hesitates: “Her address is "
            "personal data, so maybe I can’t say it in the chat.”"
        ),
        "prompt": "What should Marco do?",
        "choices": [
            {
                "text": "Tell her the status and the address: it is her own data and she passed the check.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Ask her to put the question in writing so that the privacy team can reply within a month.",
                "correct": False,
                "feedback": "A simple order question from a checked customer doesn’t need the privacy team.",
            },
            {
                "text": "Give the order status but refuse to confirm the address, as the GDPR bans that in chat.",
                "correct": False,
                "feedback": "The GDPR doesn’t stop you telling a checked customer her own address.",
            },
            {
                "text": "Pass the chat to Hannah, his team lead, since personal data can be shared by leads alone.",
                "correct": False,
                "feedback": "No such rule: escalating a routine question just delays the customer.",
            },
        ],
        "explanation": (
            "Helping a customer with her own order is part of delivering what she bought, so the contract basis "
            "in GDPR Art. 6(1)(b) covers it. Once she has passed the security check, telling her about her own "
            "order is exactly what the data is for."
        ),
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "Jonas wants to record the IP address behind each failed login to the Northwind website for 30 days, "
            "so he can block attacks on customer accounts. He asks whether customers must agree to it first."
        ),
        "prompt": "What is the best answer?",
        "choices": [
            {
                "text": "Go ahead without consent: blocking attacks is a legitimate interest, with short, secure logs.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Yes: customers have to tick a box at sign-up agreeing to have their IP address recorded.",
                "correct": False,
                "feedback": "Consent is one basis of six, and a poor fit for security that must not depend on a tick.",
            },
            {
                "text": "No lawful basis is needed at all, since IP addresses in security logs are only technical data.",
                "correct": False,
                "feedback": "IP addresses are online identifiers, so the logs are personal data and need a basis.",
            },
            {
                "text": "Only after every customer has signed a new version of their terms and conditions.",
                "correct": False,
                "feedback": "The contract basis is not needed here; legitimate interests fits security logs.",
            },
        ],
        "explanation": (
            "Keeping systems and accounts secure is a recognised legitimate interest (GDPR Art. 6(1)(f) and "
            "Recital 49). A short, secure log used only to stop attacks passes the balancing test, so Jonas can "
            "go ahead without asking for consent."
        ),
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "Tomasz wants to use last year’s order lines, with customer IDs replaced by codes, to work out how "
            "many tents each warehouse should stock next spring. The order data was collected to fulfil orders. "
            "Grace, the DPO, has noted the plan in the records."
        ),
        "prompt": "What is the best view?",
        "choices": [
            {
                "text": "It fits with the first purpose, so it can rest on the same lawful basis and go ahead.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "It needs fresh consent from every customer, because order data was collected for delivery only.",
                "correct": False,
                "feedback": "A compatible purpose can rely on the original basis (Art. 6(4)); fresh consent isn’t needed.",
            },
            {
                "text": "It must wait until a new lawful basis is chosen and every customer is sent a new notice.",
                "correct": False,
                "feedback": "Over-cautious: stock planning on coded data is close to the first purpose and low risk.",
            },
            {
                "text": "It is fine, and the order lines can also go to suppliers to plan their stock.",
                "correct": False,
                "feedback": "Sending data to suppliers adds a new recipient and needs its own check.",
            },
        ],
        "explanation": (
            "Under GDPR Art. 6(4), a further purpose that is compatible with the first can rely on the same basis. "
            "Stock planning is closely linked to selling and delivering goods, customers would expect it, the "
            "effect on them is small, and the IDs are replaced by codes."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "An insurance partner offers to pay for a feed of Northwind Rewards members’ purchase history, so "
            "it can price its travel cover. Leon thinks it is easy money, since Northwind already holds the data."
        ),
        "prompt": "What should Leon do?",
        "choices": [
            {
                "text": "Raise it with the privacy team before anything at all is agreed or sent to the partner.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Agree it, because the data was given freely and Northwind can choose how to use its own records.",
                "correct": False,
                "feedback": "Holding data doesn’t make every new use lawful; each use needs a basis.",
            },
            {
                "text": "Send a trial file first, and ask the privacy team only if the partner decides to buy the feed.",
                "correct": False,
                "feedback": "A trial file is already a disclosure; the check comes before any data leaves.",
            },
            {
                "text": "Agree it, if the feed leaves out names and keeps only email addresses.",
                "correct": False,
                "feedback": "Email addresses identify people, so the feed would still be personal data.",
            },
        ],
        "explanation": (
            "Pricing insurance is far from the purpose the data was collected for, and members would not expect "
            "it, so it is unlikely to be compatible under GDPR Art. 6(4). It would need its own lawful basis under "
            "Art. 6(1), a notice to members, and a check of the sale under the CCPA for Californians."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Hannah, the support team lead in Leeds, is reviewing notes agents wrote on tickets this week."
        ),
        "prompt": "Which of these notes contain special category data under GDPR Art. 9? Select all that apply.",
        "choices": [
            {
                "text": "“Needs wider boots because diabetes makes his feet swell.”",
                "correct": True,
                "feedback": "Information about a person’s health is special category data.",
            },
            {
                "text": "“Asked for delivery to her office address instead of home.”",
                "correct": False,
                "feedback": "An address is personal data, but not a special category.",
            },
            {
                "text": "“Card ending 4421 was declined twice at checkout.”",
                "correct": False,
                "feedback": "Payment details need strong security, but they are not an Art. 9 category.",
            },
            {
                "text": "“Angry about a late parcel; threatened to leave a bad review.”",
                "correct": False,
                "feedback": "An opinion or mood is personal data, but not special category data.",
            },
            {
                "text": "“Wants the Rewards points from her old account moved across.”",
                "correct": False,
                "feedback": "Loyalty points are ordinary personal data.",
            },
        ],
        "explanation": (
            "GDPR Art. 9 lists the special categories, including health. The other notes are ordinary personal "
            "data under Art. 4(1): they still need care, but not the extra Art. 9 conditions."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Chloe, the HR business partner, and Ravi, a product manager, are listing the data their new projects "
            "would hold, to see which items fall under GDPR Art. 9."
        ),
        "prompt": "Which of these are special category data under Art. 9? Select all that apply.",
        "choices": [
            {
                "text": "Face scans the app uses to confirm who a customer is at login.",
                "correct": True,
                "feedback": "Biometric data used to identify a person uniquely is a special category.",
            },
            {
                "text": "Job applicants’ racial or ethnic origin from a diversity survey.",
                "correct": True,
                "feedback": "Racial or ethnic origin is a special category.",
            },
            {
                "text": "Staff members’ trade union membership, used for payroll deductions.",
                "correct": True,
                "feedback": "Trade union membership is a special category.",
            },
            {
                "text": "A warehouse applicant’s past conviction for theft.",
                "correct": False,
                "feedback": "Conviction data has its own rule in Art. 10, separate from Art. 9.",
            },
            {
                "text": "Customers’ profile photos shown on their Rewards page.",
                "correct": False,
                "feedback": "An ordinary photo becomes biometric data only when processed to identify someone.",
            },
            {
                "text": "Customers’ bank card numbers saved for faster checkout.",
                "correct": False,
                "feedback": "Card numbers need strong security but are not an Art. 9 category.",
            },
        ],
        "explanation": (
            "GDPR Art. 9 covers racial or ethnic origin, political opinions, religious or philosophical beliefs, "
            "trade union membership, genetic data, biometric data used to identify a person uniquely, health, and "
            "sex life or sexual orientation. Criminal-offence data is covered by Art. 10 instead, and a plain "
            "photo is biometric data only when processed to identify someone (Recital 51)."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A warehouse manager asks Chloe to run criminal record checks on every applicant for the new "
            "packing team, “just to be safe”. The recruitment agency says it can get the records."
        ),
        "prompt": "What should Chloe do?",
        "choices": [
            {
                "text": "Ask Grace first, because criminal record data may be used only where a law allows it.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Go ahead: court records are public, so the GDPR doesn’t cover information about convictions.",
                "correct": False,
                "feedback": "Conviction data is personal data, and Art. 10 sets strict limits on using it.",
            },
            {
                "text": "Add a consent box to the application form, then run the checks on everyone who ticks it.",
                "correct": False,
                "feedback": "Consent from a job applicant is rarely free, and Art. 10 needs a legal basis in law.",
            },
            {
                "text": "Treat the records as health data, which Art. 9 lets HR use when hiring.",
                "correct": False,
                "feedback": "Criminal records are not health data, and Art. 9 does not free HR to use either.",
            },
        ],
        "explanation": (
            "GDPR Art. 10 says data about criminal convictions and offences may be used only under the control of "
            "an official body or where EU or national law allows it with safeguards. Whether an employer may run "
            "such checks depends on national law, so the DPO must be asked before any check is made."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Jonas is writing a risk summary. He asks which fine tier would apply if Northwind reported a "
            "personal data breach to the regulator late."
        ),
        "prompt": "Which tier applies to a late breach report?",
        "choices": [
            {
                "text": "Up to EUR 10 million or 2% of worldwide annual turnover, whichever is higher.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Up to EUR 20 million or 4% of worldwide annual turnover, whichever is higher.",
                "correct": False,
                "feedback": "That top tier is for the principles, lawful bases, rights and transfers (Art. 83(5)).",
            },
            {
                "text": "A set fine of EUR 5,000 for each day the report was late, with no upper limit.",
                "correct": False,
                "feedback": "The GDPR sets maximum amounts per tier, not a daily rate.",
            },
            {
                "text": "No fine can be given, since a report that arrives in the end meets the duty.",
                "correct": False,
                "feedback": "The 72-hour limit in Art. 33 is a duty in its own right; missing it can be fined.",
            },
        ],
        "explanation": (
            "Failures in the duties of Arts 25–39, which include security (Art. 32) and breach reporting "
            "(Art. 33), fall in the lower tier of GDPR Art. 83(4): up to EUR 10 million or 2% of worldwide annual "
            "turnover. Breaking the core principles, lawful bases or people’s rights falls under Art. 83(5)."
        ),
    },
    {
        "kind": "true_false",
        "scenario": (
            "At a team meeting, a manager says: “Leaving customer data on an unencrypted laptop is fined in the "
            "same tier as using customer data with no lawful basis.”"
        ),
        "prompt": "True or false: the manager has the fine tiers right.",
        "choices": [
            {
                "text": "True",
                "correct": False,
                "feedback": "Security failures are in the lower tier (Art. 83(4)); no lawful basis is in the higher one.",
            },
            {"text": "False", "correct": True, "feedback": ""},
        ],
        "explanation": (
            "GDPR Art. 83 has two tiers. Security failures under Art. 32 can cost up to EUR 10 million or 2% of "
            "worldwide turnover (Art. 83(4)). Using data with no lawful basis under Art. 6 can cost up to EUR 20 "
            "million or 4% (Art. 83(5)). In both, the higher figure applies."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "The police in Leeds email Hannah asking for the delivery address Northwind holds for a customer, as "
            "part of a theft inquiry. Grace will decide, but Hannah wonders which UK lawful basis might fit."
        ),
        "prompt": "Which basis does the UK GDPR now offer for this that the EU GDPR does not?",
        "choices": [
            {
                "text": "Recognised legitimate interests, for set purposes such as preventing crime.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Public task, which the 2025 Act opened to any private firm that helps the police.",
                "correct": False,
                "feedback": "Public task is still mainly for public bodies; the new basis is a separate one.",
            },
            {
                "text": "Police consent, given by the officer on the customer’s behalf and kept on file.",
                "correct": False,
                "feedback": "Consent can only come from the person the data is about.",
            },
            {
                "text": "Vital interests, which the UK now extends to every crime that the police look into.",
                "correct": False,
                "feedback": "Vital interests is still about protecting someone’s life.",
            },
        ],
        "explanation": (
            "Since the Data (Use and Access) Act 2025, UK GDPR Art. 6(1)(ea) adds a seventh basis, “recognised "
            "legitimate interests”, for a fixed list of purposes such as crime prevention, safeguarding and "
            "emergencies, with no balancing test. The EU GDPR has six bases. Requests like this still go to the "
            "DPO, who checks them."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A customer in Manchester emails the Leeds team asking for a copy of all her data. The email address "
            "doesn’t match any account, so Hannah asks her for proof of who she is. The reply takes ten days."
        ),
        "prompt": "Under the UK GDPR, how does the time limit for the request work here?",
        "choices": [
            {
                "text": "The clock doesn’t run while Northwind waits for the proof of ID that it reasonably needs.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "The month began when her email arrived and runs on, whatever Northwind asks her for.",
                "correct": False,
                "feedback": "Under UK GDPR Art. 12A the clock can pause while reasonably needed ID is awaited.",
            },
            {
                "text": "The one-month limit is swapped for a fixed 45 days once proof of identity is asked for.",
                "correct": False,
                "feedback": "45 days is the CCPA’s time limit, not the UK GDPR’s.",
            },
            {
                "text": "The request lapses, so Northwind can ignore it unless she writes in again from scratch.",
                "correct": False,
                "feedback": "The request stands; only the clock waits for the ID.",
            },
        ],
        "explanation": (
            "UK GDPR Art. 12A, added by the Data (Use and Access) Act 2025, lets the one-month clock pause while "
            "the organisation waits for information it reasonably needs, such as proof of identity or what the "
            "request is about. Asking for ID must still be reasonable, and the clock runs again once the "
            "information arrives."
        ),
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "Ravi is planning the cookie banner for Northwind’s UK website. The web team wants a first-party "
            "analytics cookie that counts page visits, used only to improve Northwind’s own site."
        ),
        "prompt": "Under PECR as amended, what is right for UK visitors?",
        "choices": [
            {
                "text": "It can be set without consent, if visitors are told and can easily object.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "It needs opt-in consent before it is set, exactly as the strictest EU rules require.",
                "correct": False,
                "feedback": "That was the old UK position; PECR reg. 6 now exempts this kind of cookie.",
            },
            {
                "text": "It may be set without telling visitors at all, because analytics cookies are outside PECR.",
                "correct": False,
                "feedback": "The exemption depends on telling visitors and letting them object.",
            },
            {
                "text": "It is allowed only if the same cookie also shows adverts from Northwind’s partners.",
                "correct": False,
                "feedback": "Advertising cookies still need consent; the exemption is for analytics and similar uses.",
            },
        ],
        "explanation": (
            "PECR reg. 6, as amended by the Data (Use and Access) Act 2025, lets some cookies be set without "
            "consent, such as those used for a site’s own statistics or to remember a user’s choices, provided "
            "users get clear information and a simple way to object. In the EU, the ePrivacy Directive "
            "Art. 5(3) generally still needs consent for analytics cookies."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Northwind’s UK fraud system blocks some orders on its own, with no person involved. Assume the block "
            "has a significant effect on customers and uses no special category data. Ravi asks what the UK rules "
            "need."
        ),
        "prompt": "What does the UK GDPR require for these decisions?",
        "choices": [
            {
                "text": "Safeguards: tell customers, let them challenge the decision, and offer a human review.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Nothing, as the Data (Use and Access) Act 2025 removed every rule on automated decisions.",
                "correct": False,
                "feedback": "The Act relaxed the rules, but UK GDPR Art. 22C keeps safeguards in place.",
            },
            {
                "text": "A full ban, as the UK now forbids any decision made by a machine without a person.",
                "correct": False,
                "feedback": "The UK rules allow such decisions more widely than before, with safeguards.",
            },
            {
                "text": "Written consent from every customer before each order is checked by the system.",
                "correct": False,
                "feedback": "Since 2025 the UK limits these decisions mainly where special category data is used.",
            },
        ],
        "explanation": (
            "UK GDPR Arts 22A–22D, added by the Data (Use and Access) Act 2025, allow significant decisions made "
            "by a machine alone more widely than the EU GDPR’s Art. 22, except where special category data is "
            "used. Art. 22C requires safeguards: telling people, letting them make their case and contest the "
            "decision, and human review."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Tomasz is setting up a new customer table for the analytics team and lists his plans for it."
        ),
        "prompt": "Which of these plans break a GDPR Art. 5 principle? Select all that apply.",
        "choices": [
            {
                "text": "Keeping every customer’s full browsing history for ever, in case it is useful one day.",
                "correct": True,
                "feedback": "No limit and no purpose: this breaks storage limitation and minimisation.",
            },
            {
                "text": "Adding customers’ dates of birth, although no report uses them.",
                "correct": True,
                "feedback": "Data that no purpose needs breaks data minimisation.",
            },
            {
                "text": "Deleting each row two years after the customer’s last order, as the schedule says.",
                "correct": False,
                "feedback": "A set retention period is how storage limitation is met.",
            },
            {
                "text": "Fixing a customer’s postcode as soon as she reports that it is wrong.",
                "correct": False,
                "feedback": "This meets the accuracy principle.",
            },
            {
                "text": "Giving access only to the analysts who build the monthly reports.",
                "correct": False,
                "feedback": "Limiting access supports the security principle.",
            },
        ],
        "explanation": (
            "GDPR Art. 5(1) requires data to be limited to what is needed (c), kept accurate (d), kept no longer "
            "than needed (e) and kept secure (f). Keeping everything for ever, or fields nobody uses, breaks "
            "these principles; set retention, prompt fixes and limited access meet them."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Before an audit, Leon is asked to label each file in his team folder that holds personal data."
        ),
        "prompt": "Which of these are personal data? Select all that apply.",
        "choices": [
            {
                "text": "A list of buyers at client shops, with each buyer’s name and work email.",
                "correct": True,
                "feedback": "A named contact’s work details identify that person.",
            },
            {
                "text": "An error report that lists the IP addresses of visitors to the trade site.",
                "correct": True,
                "feedback": "IP addresses are online identifiers.",
            },
            {
                "text": "Chat transcripts in which trade customers give their first names.",
                "correct": True,
                "feedback": "Transcripts with names relate to identifiable people.",
            },
            {
                "text": "A sheet of Northwind Rewards membership numbers and points balances.",
                "correct": True,
                "feedback": "A membership number points to one member.",
            },
            {
                "text": "Tents sold to trade customers in California last quarter, as one total.",
                "correct": False,
                "feedback": "A large total that picks out nobody is not personal data.",
            },
            {
                "text": "Northwind’s courier’s registered office address and yearly turnover.",
                "correct": False,
                "feedback": "Facts about a company itself are not personal data.",
            },
        ],
        "explanation": (
            "GDPR Art. 4(1) covers any information about a person who can be identified, by a name, an ID number, "
            "an online identifier or other details. Facts about a company, or totals that pick out nobody, fall "
            "outside it."
        ),
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": (
            "Ravi is redesigning checkout. He wants a required tick box: “I consent to Northwind using my address "
            "to deliver my order.” Customers who leave it empty could not buy."
        ),
        "prompt": "What is the best advice for Ravi?",
        "choices": [
            {
                "text": "Drop the box: delivery rests on the contract, and the privacy notice already explains it.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Keep the box, because under the GDPR every use of an address needs the customer’s consent.",
                "correct": False,
                "feedback": "Consent is one basis of six; delivering an order is covered by the contract.",
            },
            {
                "text": "Keep the box but tick it in advance, so that customers don’t have to stop and think about it.",
                "correct": False,
                "feedback": "A pre-ticked box is never valid consent, and consent isn’t the right basis here anyway.",
            },
            {
                "text": "Make the box optional, and ship orders only to the customers who chose to tick it.",
                "correct": False,
                "feedback": "This would refuse delivery to paying customers for no legal reason.",
            },
        ],
        "explanation": (
            "Using an address to deliver an order the customer has paid for is necessary for the contract, so "
            "GDPR Art. 6(1)(b) is the natural basis. Asking for consent here adds friction and misleads people, "
            "because they could not really refuse."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Leon keeps a spreadsheet of buyers at client shops: each row has a person’s name, job title and work "
            "email. He says none of it is personal data because it is all business information."
        ),
        "prompt": "Is Leon right?",
        "choices": [
            {
                "text": "No: a named buyer’s work details still point to that person, so they count.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Yes: contact details used for business-to-business sales are outside data protection law.",
                "correct": False,
                "feedback": "The law protects the person, whatever the setting; a work email still identifies them.",
            },
            {
                "text": "Yes, unless the spreadsheet also includes home addresses or personal phone numbers.",
                "correct": False,
                "feedback": "Name, job title and work email already identify someone without any home details.",
            },
            {
                "text": "Only partly: the buyers’ names are personal data, but their work email addresses are not.",
                "correct": False,
                "feedback": "A work email such as first.last@client.com points to one person, so it is personal data too.",
            },
        ],
        "explanation": (
            "GDPR Art. 4(1) covers any information relating to a person who can be identified. A named contact’s "
            "job title and work email identify that person, so the spreadsheet is personal data. Facts about the "
            "company itself, such as its registered address, would not be."
        ),
    },
]
