"""Question bank for module 2: Be transparent."""

QUESTIONS = [
    {
        "kind": "single",
        "scenario": (
            "Chloe is drafting the short notice for a newsletter sign-up form. She has covered who Northwind is "
            "and why it wants the email address."
        ),
        "prompt": "Which of these must the notice also tell people?",
        "choices": [
            {
                "text": "How long the email address will be kept, or how that period is decided.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "The names of the individual staff members who will read the sign-ups.",
                "correct": False,
                "feedback": "People must be told who receives their data, but not each employee by name.",
            },
            {
                "text": "The technical details of the encryption used to protect the mailing list.",
                "correct": False,
                "feedback": "Security matters, but the notice need not describe the technology.",
            },
            {
                "text": "How many people have already signed up to the newsletter this year.",
                "correct": False,
                "feedback": "This is not something the law requires the notice to say.",
            },
        ],
        "explanation": (
            "GDPR Art. 13 lists what people must be told when their data is collected from them, including how "
            "long it will be kept or the criteria used to decide. Internal staff names and technical security "
            "details are not on that list."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Northwind’s sales team receives a list of business contacts from an events partner. Nobody on the "
            "list has dealt with Northwind before."
        ),
        "prompt": "When must the people on the list be told that Northwind holds their data?",
        "choices": [
            {
                "text": "Within a reasonable period, one month at the latest, or at the first contact if that is sooner.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Only if one of them asks, because the partner already gave them its own privacy notice.",
                "correct": False,
                "feedback": "The partner’s notice doesn’t tell them what Northwind will do with the data.",
            },
            {
                "text": "Within 72 hours of receiving the list, the same deadline as for reporting a personal data breach.",
                "correct": False,
                "feedback": "72 hours is the deadline for reporting a breach to the authority, not for notices.",
            },
            {
                "text": "Within a year, at the next scheduled annual review of Northwind’s privacy notice.",
                "correct": False,
                "feedback": "The limit is one month at the latest, and sooner if Northwind contacts them.",
            },
        ],
        "explanation": (
            "When data is obtained from someone other than the person, GDPR Art. 14(3) requires the information "
            "within a reasonable period and at the latest within one month. If the data is used to contact the "
            "person, they must be told at the latest at that first contact."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A person on that partner list replies to a sales email: “Where did you get my details?” Northwind "
            "had not yet sent any privacy information to the people on the list."
        ),
        "prompt": "Which piece of information does Art. 14 specifically require here that Art. 13 does not?",
        "choices": [
            {
                "text": "The source the data came from, and whether it was publicly available.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "The contact details of the organisation that holds and uses the data.",
                "correct": False,
                "feedback": "Both articles require the organisation’s identity and contact details.",
            },
            {
                "text": "The person’s right to complain to a data protection supervisory authority.",
                "correct": False,
                "feedback": "Both articles require this right to be mentioned.",
            },
            {
                "text": "How long the organisation will keep the data, or how it decides that.",
                "correct": False,
                "feedback": "Both articles require the retention period or criteria.",
            },
        ],
        "explanation": (
            "When data comes from somewhere else, the person cannot know where it came from unless told. GDPR "
            "Art. 14 therefore adds the source of the data and the categories of data held to the information "
            "that Art. 13 already requires."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Tomasz is asked to send a year of chat transcripts to an external AI service to build a tool that "
            "suggests upgrade offers. The privacy notice says chats are used “to answer your questions and to "
            "train our support staff”."
        ),
        "prompt": "What should Tomasz do?",
        "choices": [
            {
                "text": "Hold off and raise it with the privacy contact, as both the purpose and the recipient are new.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Go ahead, because the chat data already belongs to Northwind and is stored on its systems.",
                "correct": False,
                "feedback": "Holding data doesn’t mean every new use of it is covered by the notice.",
            },
            {
                "text": "Go ahead, because improving the product is covered by the “train our support staff” wording.",
                "correct": False,
                "feedback": "Sales offers generated by an outside AI tool go well beyond training support staff.",
            },
            {
                "text": "Go ahead, and add a line to the privacy notice once the new tool has proved useful.",
                "correct": False,
                "feedback": "People must be told about a new purpose before it begins, not after.",
            },
        ],
        "explanation": (
            "Using data for a new purpose or with a new recipient may not be covered by what customers were told. "
            "Under GDPR Art. 13(3), people must be told about a new purpose before the data is used for it, and "
            "the privacy team must also confirm a lawful basis and the vendor contract."
        ),
    },
    {
        "kind": "single",
        "scenario": "You are asked to pick the line that will appear under the phone number field at checkout.",
        "prompt": "Which line best meets the standard of clear, plain language?",
        "choices": [
            {
                "text": "We give your number to our courier only to text you about this delivery, then delete it after 30 days.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Your number may be used to enhance your experience and for certain other related business purposes.",
                "correct": False,
                "feedback": "“May”, “enhance” and “certain” leave the reader none the wiser.",
            },
            {
                "text": "Telephone data is processed under Art. 6(1)(b) GDPR for fulfilment and retained as long as necessary.",
                "correct": False,
                "feedback": "Accurate-sounding jargon that most customers could not explain back.",
            },
            {
                "text": "We value your privacy and always handle your phone number responsibly, in line with our policies.",
                "correct": False,
                "feedback": "Reassuring, but it says nothing about what actually happens to the number.",
            },
        ],
        "explanation": (
            "GDPR Art. 12(1) requires information that is concise, intelligible and in clear, plain language. The "
            "best line says what data is used, why, who else sees it and how long it is kept, in words a customer "
            "could explain back."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "The legal team has drafted a 12-page privacy notice in dense legal language. A manager asks how to "
            "make it work better for customers without leaving anything out."
        ),
        "prompt": "What would help most?",
        "choices": [
            {
                "text": "Add a short plain-language summary up front, with clear headings that lead to the detail.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Make it available only as a PDF that customers can request by emailing the legal team.",
                "correct": False,
                "feedback": "The information must be easy to reach, not hidden behind a request.",
            },
            {
                "text": "Shorten it by removing the sections on people’s rights and on how long data is kept.",
                "correct": False,
                "feedback": "Rights and retention are required content; they can’t simply be dropped.",
            },
            {
                "text": "Add more legal terms and article numbers so that the notice is fully precise.",
                "correct": False,
                "feedback": "More jargon makes the notice harder, not easier, to understand.",
            },
        ],
        "explanation": (
            "GDPR Art. 12(1) asks for information that is concise, easily accessible and in clear, plain language, "
            "while Art. 13 fixes what it must contain. A plain summary that leads to the full detail keeps all the "
            "required content and makes it usable."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "You are reviewing the privacy notice shown on Northwind’s account sign-up page, where customers type "
            "in their own details."
        ),
        "prompt": "Which of these must the notice include? Select all that apply.",
        "choices": [
            {
                "text": "The purposes of using the data and the lawful basis for each.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "The right to complain to a data protection supervisory authority.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "The recipients, or categories of recipients, of the data.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "The full text of every contract Northwind has with its suppliers.",
                "correct": False,
                "feedback": "People must know who receives the data, not read the contracts.",
            },
            {
                "text": "The personal details of each employee who can access the data.",
                "correct": False,
                "feedback": "Naming individual staff is not required and would expose their own data.",
            },
        ],
        "explanation": (
            "When data is collected from the person, GDPR Art. 13 requires the purposes and lawful basis, the "
            "recipients, the retention period, people’s rights including the right to complain, and more. It "
            "does not require contracts or staff lists."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Northwind’s notice says: “We use your email address to send order confirmations and delivery "
            "updates.” Several teams have ideas for the email addresses."
        ),
        "prompt": "Which of these uses are NOT covered by that notice? Select all that apply.",
        "choices": [
            {
                "text": "Sending a weekly newsletter with promotions and new products.",
                "correct": True,
                "feedback": "Marketing is a different purpose from order updates.",
            },
            {
                "text": "Uploading the addresses to an advertising platform to target ads.",
                "correct": True,
                "feedback": "This is a new purpose and a new recipient.",
            },
            {
                "text": "Feeding the addresses into a model that scores customers’ value.",
                "correct": True,
                "feedback": "Profiling is a new kind of use that the notice doesn’t mention.",
            },
            {
                "text": "Emailing a customer that their parcel will arrive a day late.",
                "correct": False,
                "feedback": "This is a delivery update, which the notice covers.",
            },
            {
                "text": "Emailing a receipt after a customer places a new order.",
                "correct": False,
                "feedback": "This is an order confirmation, which the notice covers.",
            },
        ],
        "explanation": (
            "A notice is a promise about how data will be used. New purposes, new recipients and profiling go "
            "beyond it and must be checked with the privacy team, and people told before the data is used that "
            "way (GDPR Art. 13(3))."
        ),
    },
    {
        "kind": "true_false",
        "scenario": (
            "Leon collects names and emails from visitors at a trade fair stand. He plans to email them the "
            "privacy information a few weeks later, once he is back in the office."
        ),
        "prompt": "True or false: that is soon enough, because he has up to one month?",
        "choices": [
            {
                "text": "True",
                "correct": False,
                "feedback": "The one-month limit is for data obtained from someone else.",
            },
            {"text": "False", "correct": True, "feedback": ""},
        ],
        "explanation": (
            "When data is collected directly from the person, GDPR Art. 13 requires the information at the time "
            "it is collected. The one-month limit in Art. 14 only applies when the data comes from another source."
        ),
    },
    {
        "kind": "true_false",
        "scenario": (
            "A colleague says: “Writing privacy information in plain language is nice to have, but legally all "
            "that matters is that the right facts are in there somewhere.”"
        ),
        "prompt": "True or false: plain, clear language is itself a legal requirement under the GDPR?",
        "choices": [
            {"text": "True", "correct": True, "feedback": ""},
            {
                "text": "False",
                "correct": False,
                "feedback": "Art. 12(1) sets requirements for how the information is written, not only what it contains.",
            },
        ],
        "explanation": (
            "GDPR Art. 12(1) requires privacy information to be concise, transparent, intelligible and easily "
            "accessible, using clear and plain language. A notice with the right facts buried in jargon can "
            "still fall short."
        ),
    },
]
