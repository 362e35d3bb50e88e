"""Question bank for module 10: Build an ethical culture."""

QUESTIONS = [
    {
        "kind": "single",
        "scenario": "An analyst has built a model that predicts from shopping baskets which customers are probably "
        "pregnant, so marketing can send baby-product offers early. A colleague says it is fine because "
        "the purchase data is already held.",
        "prompt": "What is the best next step?",
        "choices": [
            {
                "text": "Pause and raise it with the manager and privacy contact before launch",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Go ahead, because the company already holds the purchase data lawfully",
                "correct": False,
                "feedback": "Holding data for one purpose does not make every new use acceptable.",
            },
            {
                "text": "Run it quietly on a small group of customers first to see if anyone complains",
                "correct": False,
                "feedback": "A small pilot on real customers is still a live use of their data.",
            },
            {
                "text": "Launch it, and ask the privacy team to review it once results come in",
                "correct": False,
                "feedback": "Privacy review belongs before launch, when changes are cheap.",
            },
        ],
        "explanation": "Customers would not expect this use, it could reveal a pregnancy to others, and the prediction "
        "may count as health data under GDPR Art. 9. Asking “should we?” means raising it early; a data "
        "protection impact assessment (Art. 35) is likely to be needed if it goes ahead in any form.",
    },
    {
        "kind": "single",
        "scenario": "A product team is debating whether to use customers’ app location history to time push "
        "notifications. Legal has confirmed a lawful basis is available.",
        "prompt": "Which question best captures asking “should we?” rather than only “may we?”?",
        "choices": [
            {
                "text": "Would customers expect this, and could we explain it to them?",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Which lawful basis under Art. 6 can we point to if anyone asks?",
                "correct": False,
                "feedback": "That is a “may we?” question, and legal has already answered it.",
            },
            {
                "text": "How much extra revenue will this bring in over the next quarter?",
                "correct": False,
                "feedback": "Business value matters, but it says nothing about how customers are affected.",
            },
            {
                "text": "Have any of our competitors already launched something similar?",
                "correct": False,
                "feedback": "What others do is no test of whether it is right for our customers.",
            },
        ],
        "explanation": "The law sets the minimum. Asking whether people would expect a use, whether we could explain it "
        "to their face, who could be harmed and whether there is a less intrusive way tests whether we "
        "should, not only whether we may.",
    },
    {
        "kind": "single",
        "scenario": "In his last week at the company, a sales colleague tells you over lunch that he has exported the "
        "full customer contact list to his personal cloud drive to keep in touch with clients.",
        "prompt": "What should you do?",
        "choices": [
            {
                "text": "Report it promptly to your manager or the privacy contact",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Download a copy of the file yourself so there is evidence of what he took",
                "correct": False,
                "feedback": "Copying data as evidence creates a second problem; report the facts instead.",
            },
            {
                "text": "Wait to see whether he actually contacts any customers after he leaves",
                "correct": False,
                "feedback": "If this is a breach, the 72-hour clock for notifying the authority matters.",
            },
            {
                "text": "Call him out in the team chat so everyone knows this is not acceptable",
                "correct": False,
                "feedback": "Public blame does not fix the problem; the right people need the facts.",
            },
        ],
        "explanation": "Customer data on a personal drive may be a personal data breach. Under GDPR Art. 33 the company "
        "generally has 72 hours from becoming aware to notify the supervisory authority, so reporting "
        "quickly, with facts and without copying data, is the right response.",
    },
    {
        "kind": "single",
        "scenario": "Ines has just been appointed as Northwind’s data protection officer. A new starter asks what her "
        "job actually involves.",
        "prompt": "Which of these is one of the DPO’s tasks under GDPR Art. 39?",
        "choices": [
            {
                "text": "Advising staff and monitoring compliance, including staff training",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Taking over legal responsibility for data protection from the company’s management",
                "correct": False,
                "feedback": "Accountability stays with the organisation under Art. 5(2).",
            },
            {
                "text": "Approving or blocking every marketing campaign before it is sent to customers",
                "correct": False,
                "feedback": "The DPO advises and monitors; routine sign-off of campaigns is not a listed task.",
            },
            {
                "text": "Running the security team’s response to incidents in place of IT",
                "correct": False,
                "feedback": "The DPO advises on data protection; running incident response is not a listed task.",
            },
        ],
        "explanation": "Art. 39 lists the DPO’s tasks: informing and advising the organisation and staff, monitoring "
        "compliance (including awareness-raising and training), advising on impact assessments and "
        "cooperating with the supervisory authority. The organisation itself remains accountable.",
    },
    {
        "kind": "single",
        "scenario": "Sofia wants her customer success team to start using a free AI tool that records and summarises "
        "customer calls. Its terms say recordings may be used to train the vendor’s models.",
        "prompt": "What should Sofia do first?",
        "choices": [
            {
                "text": "Check with the privacy contact before any customer call is recorded",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Trial it on real calls for a week, then ask the privacy contact",
                "correct": False,
                "feedback": "Customer data would already have gone to the vendor.",
            },
            {
                "text": "Use it only on calls where the customer does not object",
                "correct": False,
                "feedback": "This does not fix the missing contract or the vendor’s own use of recordings.",
            },
            {
                "text": "Go ahead, because a free tool does not need a contract",
                "correct": False,
                "feedback": "Price has nothing to do with it; a processor needs a contract under Art. 28.",
            },
        ],
        "explanation": "A new tool receiving customer data needs a processor contract (GDPR Art. 28), customers must be "
        "told, and the vendor’s own training use and any transfers must be checked. Asking the privacy "
        "contact first is quick and avoids a problem that is hard to undo.",
    },
    {
        "kind": "single",
        "scenario": "A regulator asks Northwind how it knows that its staff handle customer data properly.",
        "prompt": "What does the accountability principle in GDPR Art. 5(2) expect the company to do?",
        "choices": [
            {
                "text": "Show compliance with evidence, such as records and training",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Comply with the principles, with no need to prove it unless fined",
                "correct": False,
                "feedback": "Art. 5(2) requires the company to be able to demonstrate compliance.",
            },
            {
                "text": "Refer the regulator to the DPO, who answers personally for compliance",
                "correct": False,
                "feedback": "The DPO advises and monitors; the organisation is accountable.",
            },
            {
                "text": "Ask the regulator to show evidence of a problem before answering",
                "correct": False,
                "feedback": "The burden is on the company to demonstrate compliance.",
            },
        ],
        "explanation": "Under GDPR Art. 5(2) the organisation is responsible for complying with the principles and must "
        "be able to demonstrate it. Records, processes and training evidence, such as this course, are "
        "part of that.",
    },
    {
        "kind": "multiple",
        "scenario": "During a design review, Jonas notices that a new sign-up form asks for date of birth and "
        "gender, and nobody can say what they are for.",
        "prompt": "Which are good ways for Jonas to raise his concern? Select all that apply.",
        "choices": [
            {
                "text": "Ask the team what each of the two fields is for",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Suggest dropping the fields unless a purpose is agreed",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Mention it to his manager or the privacy contact if it is not resolved",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Say nothing until he is sure the form breaks the law",
                "correct": False,
                "feedback": "Concerns are cheapest to fix early; certainty is not required to ask.",
            },
            {
                "text": "Quietly copy test sign-ups to his laptop as evidence",
                "correct": False,
                "feedback": "Copying data as evidence creates a new risk.",
            },
        ],
        "explanation": "Speaking up well means stating facts, asking questions, suggesting alternatives and going to "
        "the right person. It does not require certainty, and it never involves copying data.",
    },
    {
        "kind": "multiple",
        "scenario": "Mei has just joined the marketing team and asks when she should get in touch with the privacy "
        "contact.",
        "prompt": "Which situations call for contacting the privacy contact? Select all that apply.",
        "choices": [
            {
                "text": "Before a new vendor or AI tool receives any customer data",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "When she suspects customer data has been exposed",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "When a customer asks for a copy of the data held about them",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Only once a regulator has been in touch with the company",
                "correct": False,
                "feedback": "By then it is far too late; the privacy contact should be involved early.",
            },
            {
                "text": "Only when her manager agrees the issue is serious enough",
                "correct": False,
                "feedback": "Anyone can go to the privacy contact, and quick questions are welcome.",
            },
        ],
        "explanation": "The privacy contact should hear early about new tools and uses of data, suspected breaches and "
        "rights requests. Under GDPR Art. 38 the DPO must be involved properly and in good time in data "
        "protection issues.",
    },
    {
        "kind": "true_false",
        "scenario": "",
        "prompt": "Under the GDPR, every company that handles customer data must appoint a data protection officer. "
        "True or false?",
        "choices": [
            {
                "text": "True",
                "correct": False,
                "feedback": "Art. 37 requires a DPO only in certain cases.",
            },
            {"text": "False", "correct": True, "feedback": ""},
        ],
        "explanation": "GDPR Art. 37 requires a DPO for public authorities and where core activities involve regular, "
        "systematic, large-scale monitoring of people or large-scale special category data. Other "
        "companies often name a privacy lead, and every employee should know who their contact is.",
    },
    {
        "kind": "true_false",
        "scenario": "In a code review, Kwame sees that a new feature logs every customer’s full home address. A "
        "teammate says: “It’s fine, we have a legitimate interest.”",
        "prompt": "It is still worth Kwame asking whether the feature needs to log full addresses at all. "
        "True or false?",
        "choices": [
            {"text": "True", "correct": True, "feedback": ""},
            {
                "text": "False",
                "correct": False,
                "feedback": "A lawful basis does not answer whether the data is needed.",
            },
        ],
        "explanation": "A lawful basis answers “may we?”, not “should we?” or “do we need to?”. Asking what the data is "
        "for is exactly the kind of early, blame-free question that builds a good culture.",
    },
]
