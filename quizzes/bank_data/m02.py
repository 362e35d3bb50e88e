"""Question bank for module 2: Be transparent.

A judgment question says so under "judgment": "go_ahead" (going ahead is the right answer)
or "over_caution" (the mistake is to hold back, delete or escalate needlessly); tests.content.quality
counts them, and the quiz builder leaves the key out of the quiz.
"""

QUESTIONS = [
    {
        "kind": "single",
        "scenario": (
            "Sofia is drafting the short notice for the newsletter sign-up form. She has covered who Northwind is "
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
                "text": "The technical details of the type of encryption used to protect the whole mailing list.",
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
            "GDPR Art. 13(2)(a) requires people to be told how long their data will be kept, or the criteria used "
            "to decide, when it is collected from them. Internal staff names and technical security details are "
            "not on the Art. 13 list."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Leon receives a list of shop buyers from an events partner. Nobody on the list has dealt with "
            "Northwind before, and Leon plans to work through it over the coming weeks."
        ),
        "prompt": "When must the people on the list be told that Northwind holds their data?",
        "choices": [
            {
                "text": "Within a reasonable period and one month at the latest, or at first contact if sooner.",
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
                "text": "Within a year, at the next planned yearly review of Northwind’s privacy notice.",
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
            "A buyer on that partner list replies to Leon’s first email: “Where did you get my details?” "
            "Northwind had not yet sent any privacy information to the people on the list."
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
            "Art. 14(2)(f) therefore adds the source of the data, and Art. 14(1)(d) the categories of data held, "
            "to the information that Art. 13 already requires."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Northwind adds “pay in three” at checkout. Its own system decides in a second, with no person "
            "involved, whether to offer the credit, and refuses some customers. Ravi asks what the privacy "
            "notice needs to say about it."
        ),
        "prompt": "What must the notice tell customers?",
        "choices": [
            {
                "text": "That the decision is automated, how it works in plain words, and what it means for them.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "The full source code and training data of the scoring model, so that experts can check it.",
                "correct": False,
                "feedback": "The law asks for meaningful information about the logic, not the code itself.",
            },
            {
                "text": "Nothing about the decision, as long as refused customers can phone support to ask why later.",
                "correct": False,
                "feedback": "People must be told up front that such decisions are made (Art. 13(2)(f)).",
            },
            {
                "text": "The names of the engineers who built the model, and when they last changed it.",
                "correct": False,
                "feedback": "Staff names are not required and tell customers nothing useful about the decision.",
            },
        ],
        "explanation": (
            "An automatic refusal of credit is a decision made by a machine alone with a significant effect, the "
            "kind covered by GDPR Art. 22. Art. 13(2)(f) then requires the notice to say that such decisions are "
            "made and to give meaningful information about the logic involved and the likely effects."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Grace, the DPO, is checking which of Northwind’s automated systems the privacy notice must describe "
            "under GDPR Art. 13(2)(f)."
        ),
        "prompt": "Which of these are decisions that Art. 13(2)(f) requires the notice to explain? Select all that apply.",
        "choices": [
            {
                "text": "An online credit request refused by the system, with no person involved.",
                "correct": True,
                "feedback": "A machine-only decision with a significant effect is covered by Art. 22.",
            },
            {
                "text": "Sorting new support tickets into queues by topic before an agent reads them.",
                "correct": False,
                "feedback": "Routing tickets has no legal or similarly significant effect on the customer.",
            },
            {
                "text": "Suggesting a tent size on the basis of what is already in the basket.",
                "correct": False,
                "feedback": "A suggestion the customer can ignore has no significant effect.",
            },
            {
                "text": "Sending an automatic email receipt after each order is placed.",
                "correct": False,
                "feedback": "A receipt is automatic, but it decides nothing about the person.",
            },
            {
                "text": "A CV scoring tool whose results a recruiter reviews before deciding.",
                "correct": False,
                "feedback": "A real human decision means it is not made by the machine alone.",
            },
        ],
        "explanation": (
            "GDPR Art. 13(2)(f) refers to the decisions in Art. 22: made solely by automated means and with a "
            "legal or similarly significant effect, such as refusing credit. Routine automation, suggestions, "
            "and tools whose output a person genuinely reviews are not in that group, though the notice may "
            "still describe them."
        ),
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "A storm has closed the Leeds depot. The checkout notice says customers’ mobile numbers are used "
            "“to text you about your delivery”. Marco wants to text a customer that her parcel is held up and "
            "offer to send it to a pickup point."
        ),
        "prompt": "What should Marco do?",
        "choices": [
            {
                "text": "Send the text: a delivery update is exactly the use that the customer was told about.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Ask Grace, the DPO, to approve the wording first, as any text to a customer needs her review.",
                "correct": False,
                "feedback": "The DPO doesn’t need to review routine messages that the notice already covers.",
            },
            {
                "text": "Email the customer a fresh privacy notice before using her number for this message.",
                "correct": False,
                "feedback": "She was told at checkout; a delivery update needs no new notice.",
            },
            {
                "text": "Wait for the customer to call in, because texting her first would need her own separate consent.",
                "correct": False,
                "feedback": "A delivery update is part of the order, and the notice already covers it.",
            },
        ],
        "explanation": (
            "The customer was told, under GDPR Art. 13(1)(c), that her number would be used for delivery texts. "
            "A delay notice is exactly that use, and it rests on the contract (Art. 6(1)(b)). Holding back would "
            "only leave her without her parcel."
        ),
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "The help centre page explains: “We note which help articles you open so we can fix the ones that "
            "don’t answer your question.” Tomasz wants to rank articles by how often readers go on to phone us."
        ),
        "prompt": "What is the best view?",
        "choices": [
            {
                "text": "Go ahead: the notice already tells customers about this use, so nothing new is needed.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Stop until every customer has been emailed an updated notice that describes the ranking.",
                "correct": False,
                "feedback": "Customers were already told; the ranking is the promised use.",
            },
            {
                "text": "Ask customers to tick a box agreeing to the ranking before any article is counted again.",
                "correct": False,
                "feedback": "The use is covered and needs no fresh consent.",
            },
            {
                "text": "Rank the articles only by hand, since using software on this data counts as profiling.",
                "correct": False,
                "feedback": "Counting article views to improve them is not profiling people.",
            },
        ],
        "explanation": (
            "A notice is a promise about how data will be used (GDPR Art. 13(1)(c)). When a plan does what the "
            "notice already says, in the way it says, no new notice or consent is needed."
        ),
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "Jonas is moving the help desk from one EU cloud host to another, under a processor contract. The "
            "privacy notice lists “our cloud hosting providers in the EU” among the recipients of customer data."
        ),
        "prompt": "What does the move mean for the notice?",
        "choices": [
            {
                "text": "No change is needed: the notice names this type of recipient, and data stays in the EU.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Every customer must be emailed first, as each new supplier needs a notice.",
                "correct": False,
                "feedback": "Art. 13 allows categories of recipients, and this one is already listed.",
            },
            {
                "text": "Each customer has to agree to the move before any support ticket is copied to the new host.",
                "correct": False,
                "feedback": "A processor under contract is not a new purpose; no consent is needed.",
            },
            {
                "text": "The move has to wait until the notice names the new host, word for word, as a recipient.",
                "correct": False,
                "feedback": "Naming a category of recipient is allowed, so the move need not wait.",
            },
        ],
        "explanation": (
            "GDPR Art. 13(1)(e) requires the notice to name the recipients or categories of recipients. The new "
            "host falls in a category already listed, under an Art. 28 contract, with no transfer outside the EU, "
            "so the move can go ahead without a new notice."
        ),
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": (
            "The web team has corrected a spelling mistake and a broken link in Northwind’s privacy notice. "
            "Nothing else has changed. Sofia suggests emailing all two million customers about the update."
        ),
        "prompt": "What is the best advice?",
        "choices": [
            {
                "text": "Publish the fixed notice with its new date; a typo fix needs no email to customers.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Email every customer, as any change at all to a notice has to be sent to each person.",
                "correct": False,
                "feedback": "Telling people is needed for real changes, such as a new purpose, not for typos.",
            },
            {
                "text": "Report the old spelling mistake to the regulator as a transparency failure first.",
                "correct": False,
                "feedback": "A typo that changed nothing is not something to report.",
            },
            {
                "text": "Pause all marketing until every customer has agreed to the corrected notice.",
                "correct": False,
                "feedback": "A notice is information, not something people must agree to.",
            },
        ],
        "explanation": (
            "GDPR Art. 13(3) requires people to be told before their data is used for a new purpose, and real "
            "changes to a notice should be brought to their attention. Fixing a typo and a link changes nothing "
            "about how data is used, so updating the page is enough."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Northwind runs a tent-testing weekend in the Lake District. Guests book a slot on a tablet at the "
            "gate, giving their name and mobile number. The events team plans to send the privacy details by "
            "text the following week."
        ),
        "prompt": "When must the guests be given the privacy information?",
        "choices": [
            {
                "text": "When they book, for example with a short notice and a link on the tablet screen.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Within one month, since that is the time limit set for every single kind of privacy information.",
                "correct": False,
                "feedback": "The one-month limit in Art. 14 is for data obtained from someone else.",
            },
            {
                "text": "Within 72 hours of the weekend, once the bookings have been checked and tidied up.",
                "correct": False,
                "feedback": "72 hours is a breach-reporting deadline, not a notice deadline.",
            },
            {
                "text": "At the first marketing text, whenever the team decides to send one to the guests.",
                "correct": False,
                "feedback": "Data collected from the person needs the information at the time it is collected.",
            },
        ],
        "explanation": (
            "When data is collected from the person, GDPR Art. 13(1) requires the information at the time it is "
            "collected. A short notice on the screen with a link to the full notice meets this."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "The Northwind Rewards notice says: “We use your purchase history to give you points and member "
            "offers.” Teams have sent in new ideas for the data."
        ),
        "prompt": "Which ideas go beyond that notice and need a check first? Select all that apply.",
        "choices": [
            {
                "text": "Sharing members’ purchase history with an insurance partner.",
                "correct": True,
                "feedback": "A new recipient and a new purpose that members were not told about.",
            },
            {
                "text": "Keeping purchase history for ten years when the notice says three.",
                "correct": True,
                "feedback": "Keeping data longer than the notice states breaks the promise.",
            },
            {
                "text": "Emailing a member that her points expire next month.",
                "correct": False,
                "feedback": "Running the points scheme is the purpose members were told about.",
            },
            {
                "text": "Adding points for a purchase made at a Northwind pop-up shop.",
                "correct": False,
                "feedback": "Giving points for purchases is the stated use.",
            },
            {
                "text": "Offering stove fuel to a member who bought a camping stove.",
                "correct": False,
                "feedback": "A member offer based on purchases is covered, subject to the marketing rules.",
            },
        ],
        "explanation": (
            "A new recipient, a new purpose or longer keeping goes beyond the notice (GDPR Art. 13(1)(c), (e) "
            "and 13(2)(a)). Under Art. 13(3), people must be told before data is used for a new purpose. Uses "
            "the notice already describes can go ahead."
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
                "feedback": "Required by Art. 13(1)(c).",
            },
            {
                "text": "The right to complain to a data protection supervisory authority.",
                "correct": True,
                "feedback": "Required by Art. 13(2)(d).",
            },
            {
                "text": "The recipients, or categories of recipients, of the data.",
                "correct": True,
                "feedback": "Required by Art. 13(1)(e).",
            },
            {
                "text": "How to contact Northwind’s data protection officer.",
                "correct": True,
                "feedback": "Required by Art. 13(1)(b) where there is a DPO.",
            },
            {
                "text": "The full text of every contract Northwind has with its suppliers.",
                "correct": False,
                "feedback": "People must know who receives the data, not read the contracts.",
            },
            {
                "text": "The home addresses of each employee who can access the data.",
                "correct": False,
                "feedback": "Naming individual staff is not required and would expose their own data.",
            },
        ],
        "explanation": (
            "When data is collected from the person, GDPR Art. 13 requires the controller’s identity and the DPO’s "
            "contact details, the purposes and lawful basis, the recipients, the retention period, people’s "
            "rights including the right to complain, and more. It does not require contracts or staff details."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Northwind’s notice says: “We use your email address to send order confirmations and delivery "
            "updates.” Several teams want to use the addresses for other things."
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
                "text": "Telling a customer by email that her parcel will arrive a day late.",
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
        "kind": "single",
        "scenario": (
            "Ravi adds an optional date-of-birth field to the Northwind Rewards sign-up, so members can get a "
            "birthday voucher. He asks you for the line to show under the field."
        ),
        "prompt": "Which line best meets the standard of clear, plain language?",
        "choices": [
            {
                "text": "Tell us your birthday and we’ll send a voucher each year. We don’t share it.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Date-of-birth data is processed under Art. 6(1)(a) for loyalty benefit fulfilment purposes.",
                "correct": False,
                "feedback": "Accurate-sounding jargon that most members could not explain back.",
            },
            {
                "text": "Your information may be used to enhance your experience and for certain other closely related purposes.",
                "correct": False,
                "feedback": "“May”, “enhance” and “certain” leave the reader none the wiser.",
            },
            {
                "text": "We respect your privacy and handle your personal details responsibly, in line with policy.",
                "correct": False,
                "feedback": "Reassuring, but it says nothing about what happens to the date of birth.",
            },
        ],
        "explanation": (
            "GDPR Art. 12(1) requires information that is concise, intelligible and in clear, plain language. The "
            "best line says what the data is for and who sees it, in words a member could explain back."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "The legal team has drafted a 12-page privacy notice in dense legal language. Hannah says customers "
            "keep phoning to ask what it means, and asks how to make it work better without leaving anything out."
        ),
        "prompt": "What would help most?",
        "choices": [
            {
                "text": "A plain summary at the top, with clear headings leading to the detail.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Offering it only as a PDF that customers request from the legal team.",
                "correct": False,
                "feedback": "The information must be easy to reach, not hidden behind a request.",
            },
            {
                "text": "Shortening it by removing the sections on people’s rights and on how long data is kept.",
                "correct": False,
                "feedback": "Rights and retention are required content; they can’t simply be dropped.",
            },
            {
                "text": "Adding more legal terms and article numbers so that every sentence is fully precise.",
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
        "kind": "single",
        "scenario": (
            "Northwind checks every order for signs of card fraud. The notice says only: “We process your data "
            "based on our legitimate interests.” Grace asks what is missing."
        ),
        "prompt": "What should the notice add?",
        "choices": [
            {
                "text": "The actual interest, for example stopping people using stolen cards on customers’ orders.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "A signature box where each customer confirms that they agree with Northwind’s interest.",
                "correct": False,
                "feedback": "Legitimate interests is not consent; people are told, not asked to sign.",
            },
            {
                "text": "A list of every fraud case Northwind has handled in the past year, with the sums involved.",
                "correct": False,
                "feedback": "That is not required, and could expose other people’s data.",
            },
            {
                "text": "The full written balancing test, pasted into the notice word for word with its scores.",
                "correct": False,
                "feedback": "The notice must name the interest; the full assessment can be kept on file.",
            },
        ],
        "explanation": (
            "Where the basis is legitimate interests, GDPR Art. 13(1)(d) requires the notice to say what the "
            "interest is. “Our legitimate interests” on its own tells people nothing about why their data is used."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Chloe receives CVs for a warehouse role from TalentBridge, a recruitment agency. The candidates "
            "applied through the agency and have never been in touch with Northwind."
        ),
        "prompt": "What does Northwind owe the candidates?",
        "choices": [
            {
                "text": "Its own privacy information within a month: what it holds, why, and where it came from.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Nothing at all: the agency’s notice covers everything Northwind will later do with the CVs.",
                "correct": False,
                "feedback": "The agency’s notice doesn’t tell them how Northwind uses or keeps their data.",
            },
            {
                "text": "A notice sent only to those invited to interview, since the rest are never contacted at all.",
                "correct": False,
                "feedback": "Everyone whose CV Northwind holds is owed the information.",
            },
            {
                "text": "An answer if a candidate asks where Northwind got the CV, and no notice otherwise.",
                "correct": False,
                "feedback": "Art. 14 requires Northwind to tell them without being asked.",
            },
        ],
        "explanation": (
            "When data comes from someone else, GDPR Art. 14 requires the controller to give its own privacy "
            "information within a reasonable period and at the latest within one month (Art. 14(3)), including "
            "the categories of data and their source."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Aisha is moving the website’s live help widget to a provider hosted in the United States. Today’s "
            "notice is silent about data leaving the UK or the EEA."
        ),
        "prompt": "What must the notice say once the move happens?",
        "choices": [
            {
                "text": "That chat data now goes to the United States, and which safeguard protects it once it is there.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Nothing new, because a chat tool is a supplier and suppliers are never named in a notice.",
                "correct": False,
                "feedback": "Transfers outside the UK or EEA, and their safeguards, must be disclosed.",
            },
            {
                "text": "The full server locations and IP ranges the chat tool uses for its hosting around the world.",
                "correct": False,
                "feedback": "Technical detail isn’t required; the country and the safeguard are.",
            },
            {
                "text": "A warning that US law offers no protection, and that customers chat at their own risk.",
                "correct": False,
                "feedback": "The notice explains the safeguard in place; it doesn’t shift the risk to customers.",
            },
        ],
        "explanation": (
            "GDPR Art. 13(1)(f) requires the notice to say when data is transferred outside the EEA (or the UK, "
            "under the UK GDPR) and which safeguard applies, such as an adequacy decision or standard contractual "
            "clauses, and how to get a copy."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Ravi’s team plans a “picked for you” feature that joins each customer’s browsing history with their "
            "past orders. The notice mentions browsing data for site statistics and orders for delivery."
        ),
        "prompt": "What should Ravi do before launch?",
        "choices": [
            {
                "text": "Ask the privacy team if the joined use is covered, and update the notice first if not.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Launch it, since both data sets are already held and joining data you hold needs no notice.",
                "correct": False,
                "feedback": "Joining data sets to learn something new is a new use that the notice may not cover.",
            },
            {
                "text": "Launch it quietly as a trial, and add a line to the notice later if customers like it.",
                "correct": False,
                "feedback": "People must be told before a new use starts, not after.",
            },
            {
                "text": "Cancel it, because the GDPR forbids any kind of profiling of customers.",
                "correct": False,
                "feedback": "Profiling is allowed with a lawful basis and proper notice.",
            },
        ],
        "explanation": (
            "Joining two data sets to profile customers is a new combination and a new purpose. Under GDPR "
            "Art. 13(3), people must be told before their data is used for a new purpose, and the privacy team "
            "must check whether it is compatible (Art. 6(4)) or needs its own basis."
        ),
    },
    {
        "kind": "true_false",
        "scenario": (
            "Sofia thinks the phrase “to improve our services” in Northwind’s notice lets the team reuse customer "
            "data for new projects without checking them against the notice."
        ),
        "prompt": "True or false: Sofia is right.",
        "choices": [
            {
                "text": "True",
                "correct": False,
                "feedback": "Vague wording doesn’t stretch to cover any new use; each one needs checking.",
            },
            {"text": "False", "correct": True, "feedback": ""},
        ],
        "explanation": (
            "GDPR Art. 13(1)(c) requires the purposes to be stated, and Art. 12(1) requires clear and plain "
            "language. A broad phrase such as “to improve our services” does not tell people about new "
            "projects, so each one must be checked and, if new, explained before it starts (Art. 13(3))."
        ),
    },
    {
        "kind": "true_false",
        "scenario": (
            "A colleague says: “Writing privacy information in plain language is nice to have, but legally what "
            "matters is that the right facts are in there somewhere.”"
        ),
        "prompt": "True or false: under the GDPR, how the notice is written is itself a legal requirement.",
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
    {
        "kind": "single",
        "scenario": (
            "Ravi makes the mobile field in the delivery form optional. People who skip it just won’t get tracking "
            "updates by SMS. He wonders whether the notice should mention this."
        ),
        "prompt": "What should the notice tell customers?",
        "choices": [
            {
                "text": "That giving the number is optional, and that without it they won’t get any delivery texts.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Nothing: fields that customers can leave empty never need to be mentioned in a notice.",
                "correct": False,
                "feedback": "People must be told whether giving data is required and what happens if they don’t.",
            },
            {
                "text": "That customers who leave it empty will pay a higher delivery charge on each order.",
                "correct": False,
                "feedback": "That isn’t true here; the notice must describe the real consequence.",
            },
            {
                "text": "That the law requires every online shopper to give a phone number with their order.",
                "correct": False,
                "feedback": "No such law exists, and the field is optional.",
            },
        ],
        "explanation": (
            "GDPR Art. 13(2)(e) requires the notice to say whether giving the data is a legal or contractual "
            "requirement or optional, and what happens if the person does not give it."
        ),
    },
]
