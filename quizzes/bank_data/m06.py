"""Question bank for module 6: Share carefully."""

QUESTIONS = [
    {
        "kind": "single",
        "scenario": (
            "Sofia in marketing wants to upload the customer list, with names, emails and order history, to a new "
            "survey tool she found on a free trial. Nobody else in the company uses it."
        ),
        "prompt": "What should happen before any customer data is uploaded?",
        "choices": [
            {
                "text": "Confirm it has passed vendor review and has a contract with data protection terms.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Check that the tool’s website states that the service is fully GDPR compliant.",
                "correct": False,
                "feedback": "A marketing claim on a website is not a contract setting out the processor’s duties.",
            },
            {
                "text": "Add a line to the survey email telling customers which tool is being used.",
                "correct": False,
                "feedback": "Telling customers afterwards does not replace the contract and vendor checks.",
            },
            {
                "text": "Accept the free-trial terms, since clicking “I agree” creates a binding contract.",
                "correct": False,
                "feedback": "Standard trial terms rarely contain the processor terms GDPR Art. 28(3) requires.",
            },
        ],
        "explanation": (
            "A processor may only be used under a written contract covering the subject matter, duration, purpose, "
            "types of data and the processor’s duties (GDPR Art. 28(3)), and it must give sufficient guarantees "
            "(Art. 28(1)). The vendor review and contract come before any data moves."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Ravi pasted 200 lines of a production log into a free public AI chatbot to debug an error. He then "
            "notices the log contained customers’ email and IP addresses."
        ),
        "prompt": "What is the best next step?",
        "choices": [
            {
                "text": "Tell the privacy or security team now, and use an approved tool next time.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Delete the conversation from the chatbot history and carry on, since the tool is only software.",
                "correct": False,
                "feedback": "Deleting the chat on our side does not undo the disclosure to the provider.",
            },
            {
                "text": "Do nothing, because email and IP addresses in a technical log are not personal data.",
                "correct": False,
                "feedback": "Email and IP addresses can identify people, so they are personal data.",
            },
            {
                "text": "Ask the chatbot in the same conversation to forget everything that was pasted into it.",
                "correct": False,
                "feedback": "A request typed into the chat gives no guarantee about what the provider keeps.",
            },
        ],
        "explanation": (
            "Pasting data into an AI tool shares it with a third party, and a free public tool has no contract with "
            "us. The privacy or security team must assess it quickly, because the breach clock under GDPR Art. 33 "
            "runs from when the company becomes aware."
        ),
    },
    {
        "kind": "single",
        "scenario": "",
        "prompt": "Which of these must a processor contract under GDPR Art. 28(3) set out?",
        "choices": [
            {
                "text": "The subject matter, duration, purpose and types of data, plus the processor’s duties",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "The price, the service levels and the notice period for ending the contract",
                "correct": False,
                "feedback": "These are normal commercial terms, not what Art. 28(3) requires.",
            },
            {
                "text": "A full list of every customer whose personal data will be sent to the processor",
                "correct": False,
                "feedback": "The contract describes the types of data and people, not each individual.",
            },
            {
                "text": "Only the security measures the processor will use to protect the data",
                "correct": False,
                "feedback": "Security is one duty among several that the contract must cover.",
            },
        ],
        "explanation": (
            "GDPR Art. 28(3) requires a written contract covering the subject matter and duration, the nature and "
            "purpose of the processing, the types of personal data and categories of people, and the processor’s "
            "obligations, such as acting only on documented instructions."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A new helpdesk vendor’s support team works from a country outside the EEA that has no adequacy "
            "decision. They will need remote access to EU customers’ tickets."
        ),
        "prompt": "What would normally make this transfer lawful?",
        "choices": [
            {
                "text": "Appropriate safeguards, such as standard contractual clauses signed with the vendor.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "An email from the vendor promising that its staff will treat the data carefully.",
                "correct": False,
                "feedback": "An informal promise is not one of the safeguards in GDPR Art. 46.",
            },
            {
                "text": "Nothing at all, because reading data remotely never counts as a transfer.",
                "correct": False,
                "feedback": "Access from another country can count as a transfer, so ask the privacy team.",
            },
            {
                "text": "Each customer’s consent, collected by default in the terms of service.",
                "correct": False,
                "feedback": "Consent buried in terms is not explicit consent, and derogations are not for routine transfers.",
            },
        ],
        "explanation": (
            "Under GDPR Art. 44–49, data may leave the EEA only with an adequacy decision, appropriate safeguards "
            "such as standard contractual clauses (Art. 46), or a specific derogation (Art. 49). For a routine, "
            "ongoing arrangement, safeguards are the usual route."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Hannah is offered a deal by a travel company: swap customer email lists so each can market to the "
            "other’s customers. No money changes hands. Some customers live in California."
        ),
        "prompt": "How should this swap be treated under the CCPA?",
        "choices": [
            {
                "text": "As a likely sale, because each side receives something of value in return.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "As outside the CCPA’s opt-out rules, because no money is paid for the lists.",
                "correct": False,
                "feedback": "A sale can be for money or other valuable consideration.",
            },
            {
                "text": "As acceptable without any checks, provided the partner is also based in California.",
                "correct": False,
                "feedback": "Where the partner is based does not change whether the swap is a sale.",
            },
            {
                "text": "As a service provider arrangement, because both companies benefit from it.",
                "correct": False,
                "feedback": "The partner uses the list for its own marketing, so it is a third party.",
            },
        ],
        "explanation": (
            "Cal. Civ. Code 1798.140(ad) defines a sale as making personal information available to a third party "
            "for money or other valuable consideration. Customers who have opted out under 1798.120 must be left "
            "out, and the privacy team should review the deal first."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Marketing adds an ad network’s pixel to the website. It sends visitors’ browsing activity to the ad "
            "network so that our ads can follow them on other sites."
        ),
        "prompt": "What is this under the CCPA?",
        "choices": [
            {
                "text": "Sharing, because it discloses data for cross-context behavioural advertising.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Not covered, because the ad network does not pay us for the browsing data.",
                "correct": False,
                "feedback": "Sharing for cross-context advertising counts with or without payment.",
            },
            {
                "text": "A service provider use, because the ad network sends us an invoice each month.",
                "correct": False,
                "feedback": "Paying a company does not stop ad targeting across sites being sharing.",
            },
            {
                "text": "A transfer that is lawful once standard contractual clauses are signed.",
                "correct": False,
                "feedback": "Standard contractual clauses are a GDPR transfer tool, not a CCPA answer.",
            },
        ],
        "explanation": (
            "Cal. Civ. Code 1798.140(ah) defines sharing as disclosing personal information to a third party for "
            "cross-context behavioural advertising, whether or not money is involved. Consumers can opt out of it "
            "under 1798.120."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "A customer in California writes to support: “Please stop selling my data.” The agent, Marco, is not "
            "sure what to do."
        ),
        "prompt": "Which steps are right? Select all that apply.",
        "choices": [
            {
                "text": "Treat it as an opt-out request and pass it on at once through the agreed process",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Make sure their data stops going to third parties it is sold or shared with",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Ask the customer to explain their reasons before taking any action",
                "correct": False,
                "feedback": "Consumers do not need to give a reason to opt out.",
            },
            {
                "text": "Tell the customer the request will be handled at the annual privacy review",
                "correct": False,
                "feedback": "An opt-out must be acted on promptly, not saved up.",
            },
            {
                "text": "Reply that they must use the website link, then close the ticket",
                "correct": False,
                "feedback": "The customer has clearly asked to opt out; route the request instead of turning them away.",
            },
        ],
        "explanation": (
            "Under Cal. Civ. Code 1798.120, consumers may tell a business not to sell or share their personal "
            "information, and the business must then stop. A request can arrive in plain words through support, "
            "so route it at once."
        ),
    },
    {
        "kind": "multiple",
        "scenario": "Jonas in sales wants to send this quarter’s leads to a new data enrichment service.",
        "prompt": "Which questions should be answered before any data is sent? Select all that apply.",
        "choices": [
            {
                "text": "Is there a contract with data protection terms in place?",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "What is the purpose, and were the people told about it?",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "What is the least data that will do the job?",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Is the vendor a well-known brand that others use?",
                "correct": False,
                "feedback": "Being popular is not the same as having the right contract and purpose.",
            },
            {
                "text": "Does the vendor offer a free trial to test with?",
                "correct": False,
                "feedback": "A free trial says nothing about how the vendor will handle the data.",
            },
        ],
        "explanation": (
            "Before data leaves, check who receives it under what contract (GDPR Art. 28), that the purpose is one "
            "customers were told about, and that only the data needed is sent."
        ),
    },
    {
        "kind": "true_false",
        "scenario": (
            "Amira says free public chatbots and approved business AI tools are the same thing, because both are "
            "“just software”."
        ),
        "prompt": "Pasting customer data into an AI chatbot shares that personal data with a third party. True or false?",
        "choices": [
            {"text": "True", "correct": True, "feedback": ""},
            {
                "text": "False",
                "correct": False,
                "feedback": "The text goes to the provider, which may store it, review it or train on it.",
            },
        ],
        "explanation": (
            "An AI tool is run by another company, so pasting data into it discloses that data to them. Use only "
            "approved tools with a contract, and remove personal details unless the tool is approved for them."
        ),
    },
    {
        "kind": "true_false",
        "scenario": "",
        "prompt": "Under the CCPA, passing on personal information only counts as a “sale” if the business is paid money for it. True or false?",
        "choices": [
            {
                "text": "True",
                "correct": False,
                "feedback": "Other valuable consideration, such as a list swap or free services, can also make it a sale.",
            },
            {"text": "False", "correct": True, "feedback": ""},
        ],
        "explanation": (
            "Cal. Civ. Code 1798.140(ad) covers making personal information available to a third party for money "
            "or other valuable consideration. Swaps, discounts and free services can all count."
        ),
    },
]
