"""Question bank for module 1: Comply with the law."""

QUESTIONS = [
    {
        "kind": "single",
        "scenario": (
            "Leon in sales keeps a spreadsheet of contacts at client companies: each row has a person’s name, "
            "job title and work email address. He says none of it is personal data because it is all business "
            "information."
        ),
        "prompt": "Is Leon right?",
        "choices": [
            {
                "text": "No: a named person’s work details still identify that person, so they are personal data.",
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
                "text": "Only partly: the names are personal data, but the work email addresses are not.",
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
    {
        "kind": "single",
        "scenario": (
            "Aisha exports a week of server logs to chase a bug. Each line has a timestamp, an IP address, a user "
            "ID and the page visited, but no names."
        ),
        "prompt": "How should she treat the file?",
        "choices": [
            {
                "text": "As personal data, because the user IDs and IP addresses can be linked to customers.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "As technical data that falls outside data protection law, because it contains no names.",
                "correct": False,
                "feedback": "People can be identified without a name; user IDs link straight to accounts.",
            },
            {
                "text": "As personal data only if the export contains more than a thousand separate users.",
                "correct": False,
                "feedback": "There is no size threshold: one line about one person is personal data.",
            },
            {
                "text": "As anonymous data, as long as the file stays on company laptops and servers.",
                "correct": False,
                "feedback": "Where a file is kept doesn’t change whether people in it can be identified.",
            },
        ],
        "explanation": (
            "Under GDPR Art. 4(1), online identifiers such as IP addresses, and IDs that link to a customer "
            "account, make a person identifiable. The log is personal data, so Aisha should share only the "
            "fields that are needed and only through an approved route."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A new colleague tells you: “Under the GDPR we need customers’ consent for everything, including "
            "using their address to ship the order they just paid for.”"
        ),
        "prompt": "Which lawful basis best fits using the address to ship the order?",
        "choices": [
            {
                "text": "Contract: the use is needed to deliver what the customer has bought.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Consent: without a separate tick box, the address cannot be used at all.",
                "correct": False,
                "feedback": "Consent is one of six bases, not the default; shipping an order is needed for the contract.",
            },
            {
                "text": "Vital interests: delivering the order protects the customer’s interests.",
                "correct": False,
                "feedback": "Vital interests is about protecting someone’s life, for example in a medical emergency.",
            },
            {
                "text": "Public task: delivery services are a function carried out for the public.",
                "correct": False,
                "feedback": "Public task is mainly for public bodies carrying out official functions.",
            },
        ],
        "explanation": (
            "GDPR Art. 6(1) lists six lawful bases, and consent is only one of them. Using an address to deliver "
            "an order the customer has paid for is necessary for the contract with them, so contract is the "
            "natural basis."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Northwind is a software company based in Dublin. A customer in San Diego asks support to delete "
            "everything Northwind holds about her. A teammate says no privacy law applies because she lives "
            "outside Europe."
        ),
        "prompt": "What is the best response?",
        "choices": [
            {
                "text": "Log it and pass it straight to the privacy team, as the GDPR and California law may both apply.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Close the ticket politely, because the GDPR only protects people who live in the EU.",
                "correct": False,
                "feedback": "The GDPR covers processing by organisations established in the EU, whoever the customer is.",
            },
            {
                "text": "Ask her to prove she is a California resident before anyone in the team reads the request.",
                "correct": False,
                "feedback": "Support’s job is to recognise and route the request; the privacy team decides what checks are needed.",
            },
            {
                "text": "Delete her account at once yourself, so that the question of which law applies never arises.",
                "correct": False,
                "feedback": "Requests go through the agreed process so that nothing is missed and the response is recorded.",
            },
        ],
        "explanation": (
            "Because Northwind is established in the EU, the GDPR covers how it handles personal data wherever "
            "the customer lives, and California residents may also have a right to deletion under Cal. Civ. Code "
            "1798.105. Recognising the request and routing it at once is the employee’s part."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Hannah in marketing wants to export the email addresses of customers who contacted support about "
            "late deliveries, and upload them to an advertising platform to show them a discount advert."
        ),
        "prompt": "What should she do first?",
        "choices": [
            {
                "text": "Ask the privacy team first: advertising is a new purpose that needs its own lawful basis.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Go ahead, because the customers already gave Northwind their email addresses willingly.",
                "correct": False,
                "feedback": "They gave them to get help with a delivery, not for advertising.",
            },
            {
                "text": "Go ahead, provided the advert offers the customers a genuinely generous discount.",
                "correct": False,
                "feedback": "A good offer doesn’t supply a lawful basis or tell people about the new use.",
            },
            {
                "text": "Go ahead, but delete the uploaded list from the advertising platform after a month.",
                "correct": False,
                "feedback": "Deleting later doesn’t fix a use that had no basis to begin with.",
            },
        ],
        "explanation": (
            "Every use of personal data needs a lawful basis under GDPR Art. 6(1), and Art. 5 says data collected "
            "for one purpose should not be reused in a way incompatible with it. A new purpose, plus sharing with an "
            "advertising platform, should be checked with the privacy team before it starts."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "While helping a customer change a delivery date, Sam learns that she is recovering from surgery. "
            "The ticket form has a free-text notes field."
        ),
        "prompt": "What should Sam record?",
        "choices": [
            {
                "text": "Only what is needed to help with the delivery, such as “please leave parcel with neighbour”.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "The details of her surgery, so that colleagues understand the full background next time.",
                "correct": False,
                "feedback": "Health data is a special category; record only what you need to help.",
            },
            {
                "text": "A tag such as “medical” on her account, so that marketing can tailor future offers to her.",
                "correct": False,
                "feedback": "Using health information for marketing is forbidden unless a specific Art. 9 condition applies.",
            },
            {
                "text": "Nothing at all, and then close the ticket without changing the delivery date she asked for.",
                "correct": False,
                "feedback": "She still needs help; the point is to record only what that help requires.",
            },
        ],
        "explanation": (
            "Health data is one of the special categories in GDPR Art. 9, which may only be used when a specific "
            "condition applies. Recording the practical instruction helps the customer without storing sensitive "
            "details nobody needs."
        ),
    },
    {
        "kind": "multiple",
        "scenario": "You are tidying a shared drive and need to flag which files contain personal data.",
        "prompt": "Which of these contain personal data? Select all that apply.",
        "choices": [
            {
                "text": "A list of cookie IDs, each linked to a browsing history.",
                "correct": True,
                "feedback": "Cookie IDs are online identifiers that single out one browser and its user.",
            },
            {
                "text": "Photos of named customers taken at last year’s user conference.",
                "correct": True,
                "feedback": "Images of identifiable people are personal data.",
            },
            {
                "text": "A note saying “the only customer in Shetland who cancelled in May”.",
                "correct": True,
                "feedback": "A description can identify someone without a name.",
            },
            {
                "text": "A chart of total orders per country for the last quarter.",
                "correct": False,
                "feedback": "Large totals that pick out no one are not personal data.",
            },
            {
                "text": "A client company’s registered office address and annual turnover.",
                "correct": False,
                "feedback": "Facts about a company itself are not personal data.",
            },
        ],
        "explanation": (
            "GDPR Art. 4(1) covers information about anyone who can be identified, directly or indirectly: by an "
            "online identifier, an image or a combination of details. Facts about a company, or truly anonymous "
            "totals, fall outside it."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "A customer in Los Angeles emails support asking what rights she has over the data Northwind holds "
            "about her."
        ),
        "prompt": "Which of these are rights that the CCPA/CPRA gives California consumers? Select all that apply.",
        "choices": [
            {
                "text": "To ask the business to delete personal information it collected from them.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "To opt out of the sale or sharing of their personal information.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "To know what personal information the business collects about them.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "To receive a cash payment whenever the business uses their data.",
                "correct": False,
                "feedback": "The law gives rights over the data, not a payment for each use.",
            },
            {
                "text": "To choose which cloud provider the business uses to store their data.",
                "correct": False,
                "feedback": "Consumers get rights over their information, not a say in the business’s suppliers.",
            },
        ],
        "explanation": (
            "The CCPA/CPRA gives California consumers the rights to know, delete and correct, to opt out of the "
            "sale or sharing of their personal information, and to limit the use of sensitive personal "
            "information (for example Cal. Civ. Code 1798.105 on deletion). It does not entitle them to payment."
        ),
    },
    {
        "kind": "true_false",
        "scenario": (
            "Priya works in HR and handles payroll and sickness records. She says data protection law is about "
            "customers, so it doesn’t apply to her work with employee data."
        ),
        "prompt": "True or false: Priya is right?",
        "choices": [
            {
                "text": "True",
                "correct": False,
                "feedback": "Employees are people too; their data is personal data.",
            },
            {"text": "False", "correct": True, "feedback": ""},
        ],
        "explanation": (
            "GDPR Art. 4(1) protects information about any identifiable person, whether customer, employee or "
            "job applicant. Sickness records are health data, one of the special categories in Art. 9, so they "
            "need extra care."
        ),
    },
    {
        "kind": "true_false",
        "scenario": (
            "A manager says: “GDPR fines are capped at EUR 20 million, so for a company our size the risk is "
            "small.”"
        ),
        "prompt": "True or false: the highest GDPR fines can never exceed EUR 20 million?",
        "choices": [
            {
                "text": "True",
                "correct": False,
                "feedback": "The cap is EUR 20 million or 4% of worldwide turnover, whichever is higher.",
            },
            {"text": "False", "correct": True, "feedback": ""},
        ],
        "explanation": (
            "Under GDPR Art. 83(5), breaking the core principles, the lawful basis rules or people’s rights can "
            "bring a fine of up to EUR 20 million or 4% of worldwide annual turnover, whichever is higher. For a "
            "large company the 4% figure can be far above EUR 20 million."
        ),
    },
]
