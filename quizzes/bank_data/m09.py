"""Question bank for module 9: Respect people's rights."""

QUESTIONS = [
    {
        "kind": "single",
        "scenario": "A customer phones the support line about a billing error. Before hanging up she says: "
        "“While I’ve got you, I want to know exactly what information you hold about me.”",
        "prompt": "How should the support agent treat her last remark?",
        "choices": [
            {
                "text": "As an access request to log and route to the privacy team the same day",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "As a casual question, answered by reading out her CRM record on the call",
                "correct": False,
                "feedback": "The CRM is only one system, and the privacy team must gather data from all of them.",
            },
            {
                "text": "As nothing yet, until she sends the request in writing on the official form",
                "correct": False,
                "feedback": "A request needs no form or written format to count.",
            },
            {
                "text": "As a complaint to pass to the billing team with the original ticket",
                "correct": False,
                "feedback": "The billing team cannot answer a request to see all her data.",
            },
        ],
        "explanation": "Asking what data a company holds is a request for access under GDPR Art. 15, even without "
        "mentioning the law or using a form. The agent should log it and route it at once so the "
        "privacy team can answer fully and on time.",
    },
    {
        "kind": "single",
        "scenario": "An access request from a customer in Germany reaches a sales manager’s inbox on 3 March. "
        "It is straightforward and the customer has sent nothing else.",
        "prompt": "By when must the company answer, as a rule?",
        "choices": [
            {
                "text": "Without undue delay, and by 3 April at the latest",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Within 45 days of the privacy team receiving it",
                "correct": False,
                "feedback": "45 days is the CCPA/CPRA period, and the clock starts when the company receives it.",
            },
            {
                "text": "Within 72 hours of the sales manager opening it",
                "correct": False,
                "feedback": "72 hours is the deadline for notifying the authority of a breach, not for rights requests.",
            },
            {
                "text": "Within one month of the request being logged by the privacy team",
                "correct": False,
                "feedback": "The clock runs from when the company receives the request, not from when it is logged.",
            },
        ],
        "explanation": "GDPR Art. 12(3) requires an answer without undue delay and within one month of receiving the "
        "request. A message to any employee counts as the company receiving it, which is why it must be "
        "routed at once.",
    },
    {
        "kind": "single",
        "scenario": "The privacy team is answering an access request from a long-standing customer whose data sits "
        "in twelve different systems. They realise they cannot finish within a month.",
        "prompt": "What does the GDPR allow them to do?",
        "choices": [
            {
                "text": "Extend by up to two further months, telling the customer within the first month and why",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Take up to three months in total without telling the customer, as long as the answer is complete",
                "correct": False,
                "feedback": "The person must be told about the extension, and the reasons, within the first month.",
            },
            {
                "text": "Extend only if the customer agrees in writing to the longer deadline",
                "correct": False,
                "feedback": "The customer’s agreement is not required; telling them in time is.",
            },
            {
                "text": "Charge the customer a fee to cover the extra work of searching every system",
                "correct": False,
                "feedback": "Answering is free of charge as a rule; complexity is a reason to extend, not to charge.",
            },
        ],
        "explanation": "GDPR Art. 12(3) lets the deadline be extended by two further months for complex or numerous "
        "requests, but the person must be told within the first month, with the reasons.",
    },
    {
        "kind": "single",
        "scenario": "Northwind sells to customers in California. A California customer emails asking the company "
        "to delete the personal information it holds about him.",
        "prompt": "Under the CCPA/CPRA, how long does the business have to respond?",
        "choices": [
            {
                "text": "45 days, extendable once by another 45 days with notice to the customer",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "One month, extendable by two further months for complex requests",
                "correct": False,
                "feedback": "That is the GDPR rule under Art. 12(3).",
            },
            {
                "text": "90 days, with no need to tell the customer about any delay",
                "correct": False,
                "feedback": "The basic period is 45 days, and any extension must be notified.",
            },
            {
                "text": "72 hours, because deletion requests are treated as urgent",
                "correct": False,
                "feedback": "72 hours is the GDPR deadline for notifying the authority of a breach.",
            },
        ],
        "explanation": "Under the CCPA/CPRA (Cal. Civ. Code 1798.130), businesses respond to requests to know, delete "
        "or correct within 45 days, and can extend once by a further 45 days if they tell the consumer "
        "within the first period.",
    },
    {
        "kind": "single",
        "scenario": "A former customer asks Northwind to delete all her data, including her invoices. Tax law "
        "requires the company to keep invoices for several years.",
        "prompt": "What is the right response?",
        "choices": [
            {
                "text": "Delete what is not needed, keep the invoices the law requires, and tell her why",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Refuse the whole request, because some of her data has to be kept",
                "correct": False,
                "feedback": "A legal duty to keep some data does not justify keeping everything else.",
            },
            {
                "text": "Delete everything including the invoices, because her request comes first",
                "correct": False,
                "feedback": "Erasure is not absolute; a legal obligation to keep records is an exception.",
            },
            {
                "text": "Keep all her data until the invoice retention period ends, then delete it together",
                "correct": False,
                "feedback": "Data that is no longer needed should be deleted now, not held back.",
            },
        ],
        "explanation": "The right to erasure has exceptions, including where the law requires data to be kept "
        "(GDPR Art. 17(3)). Everything else is deleted, and the person is told what was kept and why.",
    },
    {
        "kind": "single",
        "scenario": "A subscriber replies to a promotional email: “Stop using my details to send me offers.” "
        "The marketing team relies on legitimate interests for these emails.",
        "prompt": "What must the company do?",
        "choices": [
            {
                "text": "Stop using his data for direct marketing, with no weighing up of interests",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Weigh his objection against the company’s legitimate interests before deciding",
                "correct": False,
                "feedback": "Weighing applies to other objections, not to direct marketing.",
            },
            {
                "text": "Stop after the campaigns already scheduled this month have gone out",
                "correct": False,
                "feedback": "An objection to direct marketing should be acted on, not deferred for planned sends.",
            },
            {
                "text": "Keep sending offers, because he did not give consent in the first place",
                "correct": False,
                "feedback": "The right to object applies precisely where the basis is legitimate interests.",
            },
        ],
        "explanation": "Under GDPR Art. 21(3), when someone objects to direct marketing, their data must no longer be "
        "used for that purpose. Unlike other objections, there is no balancing test.",
    },
    {
        "kind": "multiple",
        "scenario": "",
        "prompt": "Which of these customer messages are rights requests that should be routed to the privacy team? "
        "Select all that apply.",
        "choices": [
            {
                "text": "“Your system still has my old surname. Please fix it.”",
                "correct": True,
                "feedback": "This is a request for rectification (Art. 16).",
            },
            {
                "text": "“Can you send my order history in a file I can upload to another shop?”",
                "correct": True,
                "feedback": "This is a portability request (Art. 20).",
            },
            {
                "text": "“I don’t want you using my data for marketing any more.”",
                "correct": True,
                "feedback": "This is an objection to direct marketing (Art. 21).",
            },
            {
                "text": "“When will my replacement charger be delivered?”",
                "correct": False,
                "feedback": "This is an ordinary service question about an order.",
            },
            {
                "text": "“How do I reset my account password?”",
                "correct": False,
                "feedback": "This is a support question, not a request about their data.",
            },
        ],
        "explanation": "Rights requests come in everyday words. Asking to fix data, to take data elsewhere or to stop "
        "marketing are requests under GDPR Art. 16, 20 and 21, and each must be routed at once.",
    },
    {
        "kind": "multiple",
        "scenario": "Priya, a support agent, receives a live chat message: “Please send me a copy of all the "
        "data you have about me.”",
        "prompt": "Which steps should Priya take? Select all that apply.",
        "choices": [
            {
                "text": "Log the request the same day, with the date and the customer’s own words",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Tell the customer the request has been received and passed to the right team",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Forward it to the privacy team through the agreed route",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Send the customer a screenshot of their CRM record straight away",
                "correct": False,
                "feedback": "That is incomplete and skips the checks the privacy team makes.",
            },
            {
                "text": "Ask the customer to email a passport scan before she forwards anything",
                "correct": False,
                "feedback": "Identity checks are for the privacy team, and a passport scan is often more than is needed.",
            },
        ],
        "explanation": "The front-line job is to recognise, log, acknowledge and route the request at once. The privacy "
        "team then gathers data from every system and decides what identity proof is proportionate.",
    },
    {
        "kind": "true_false",
        "scenario": "",
        "prompt": "A rights request only counts if the customer mentions the GDPR or uses the company’s request form. "
        "True or false?",
        "choices": [
            {
                "text": "True",
                "correct": False,
                "feedback": "No special words, form or channel are needed.",
            },
            {"text": "False", "correct": True, "feedback": ""},
        ],
        "explanation": "People can make a request in any words and through any channel, and it can reach any employee. "
        "The one-month clock under GDPR Art. 12(3) runs regardless of how the request is phrased.",
    },
    {
        "kind": "true_false",
        "scenario": "While preparing a copy of a customer’s data for an access request, the privacy team finds a "
        "support thread that also names another customer and a colleague’s personal phone number.",
        "prompt": "The privacy team may remove the other people’s details from the copy before sending it. "
        "True or false?",
        "choices": [
            {"text": "True", "correct": True, "feedback": ""},
            {
                "text": "False",
                "correct": False,
                "feedback": "The copy must not harm the rights of other people.",
            },
        ],
        "explanation": "GDPR Art. 15(4) says the right to a copy must not adversely affect the rights and freedoms of "
        "others, so details about other people can be removed. The customer still gets their own data.",
    },
]
