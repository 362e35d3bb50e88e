"""Question bank for module 8: Keep data accurate."""

QUESTIONS = [
    {
        "kind": "single",
        "scenario": (
            "A customer emails support: “You’ve spelt my surname wrong on every invoice for a year.” The "
            "correct spelling is in their email signature and matches their payment details."
        ),
        "prompt": "What should the support agent do?",
        "choices": [
            {
                "text": "Correct the name in the customer record and confirm the change",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Ask for a formal written request with a copy of their passport",
                "correct": False,
                "feedback": "A simple spelling fix needs only proportionate checks, not heavy paperwork.",
            },
            {
                "text": "Fix the spelling on the next invoice PDF only",
                "correct": False,
                "feedback": "The error stays in the source record and will come back.",
            },
            {
                "text": "Add it to the list for the next quarterly data clean-up",
                "correct": False,
                "feedback": "Corrections should be made without undue delay, not months later.",
            },
        ],
        "explanation": (
            "The customer has a right to have inaccurate data corrected without undue delay (GDPR Art. 16). "
            "Checks should be in proportion to the change: a spelling fix backed by matching payment details "
            "can be made at the source straight away."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A caller asks Hannah to change the email address on an account immediately. They fail the "
            "security questions but know the account holder’s full name and postcode."
        ),
        "prompt": "What should Hannah do?",
        "choices": [
            {
                "text": "Hold the change until identity is confirmed the usual way",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Change it now, since corrections must happen without delay",
                "correct": False,
                "feedback": "Speed never means skipping the check that protects the account.",
            },
            {
                "text": "Change it, because knowing the name and postcode is enough",
                "correct": False,
                "feedback": "A name and postcode are easy for a stranger to find.",
            },
            {
                "text": "Change it, then send a notice to the old email address",
                "correct": False,
                "feedback": "By then the account may already be in the wrong hands.",
            },
        ],
        "explanation": (
            "Changing contact details that control an account is a common route to account takeover. Checks "
            "should match the risk, so Hannah should verify identity first, log the request and explain why."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A customer insists they have never missed a payment and asks for a late-payment marker to be "
            "removed. The billing records show one payment arrived three weeks late."
        ),
        "prompt": "What is the best response?",
        "choices": [
            {
                "text": "Log the dispute and pass it to the privacy team to check",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Remove the marker straight away to keep the customer happy",
                "correct": False,
                "feedback": "Deleting a record you believe is correct would make the data less accurate.",
            },
            {
                "text": "Tell the customer the records are final and close the case",
                "correct": False,
                "feedback": "The customer is entitled to have their challenge checked and answered.",
            },
            {
                "text": "Keep the marker but add a private note that the customer is difficult",
                "correct": False,
                "feedback": "An unfair opinion adds nothing and ignores the actual request.",
            },
        ],
        "explanation": (
            "When you believe the data is right, neither overwrite it nor ignore the customer: escalate so it "
            "can be checked and the outcome explained. While accuracy is being checked, the customer can ask "
            "for use of the data to be restricted (GDPR Art. 18)."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "On 3 March, a customer in Germany writes to ask Northwind to correct their date of birth. The "
            "request is simple and clear."
        ),
        "prompt": "By when must Northwind respond at the latest?",
        "choices": [
            {"text": "Without undue delay, and within one month", "correct": True, "feedback": ""},
            {
                "text": "Within 72 hours of receiving the request",
                "correct": False,
                "feedback": "72 hours is the deadline for telling the authority about a breach.",
            },
            {
                "text": "Within 45 days of receiving the request",
                "correct": False,
                "feedback": "45 days is the CCPA/CPRA response period, not the GDPR one.",
            },
            {
                "text": "Within three months, as standard for any request",
                "correct": False,
                "feedback": "An extension applies only to complex or numerous requests.",
            },
        ],
        "explanation": (
            "GDPR Art. 12(3) requires a response to rights requests, including rectification under Art. 16, "
            "without undue delay and within one month. Only complex or numerous requests allow a further "
            "extension, and a simple correction should usually be made much sooner."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Lucía finds 40 renewal letters returned “not known at this address”. Each shows the customer’s "
            "name, policy number and price. A colleague suggests posting them again next month."
        ),
        "prompt": "What should Lucía do?",
        "choices": [
            {
                "text": "Stop posting, flag the records and confirm addresses another way",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Post them again next month in case it was a delivery error",
                "correct": False,
                "feedback": "Resending keeps exposing personal details to whoever lives there now.",
            },
            {
                "text": "Post them again marked “private and confidential”",
                "correct": False,
                "feedback": "A label does not stop the wrong person opening the letter.",
            },
            {
                "text": "Delete the 40 customer records because the addresses are wrong",
                "correct": False,
                "feedback": "The customers still exist and need their renewal; fix the address instead.",
            },
        ],
        "explanation": (
            "Returned post is a sign the data is inaccurate, and GDPR Art. 5(1)(d) requires reasonable steps "
            "to correct it without delay. Resending risks disclosing personal data to strangers, and a batch "
            "this size may point to a faulty import worth reporting."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A customer tells Ravi they moved house in May. Their past orders show the old address, where "
            "those parcels were actually delivered."
        ),
        "prompt": "What is the right way to update the records?",
        "choices": [
            {
                "text": "Update the current address; past orders can keep the old one",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Overwrite the address on every past order so all records match",
                "correct": False,
                "feedback": "That would make the history wrong: those parcels did go to the old address.",
            },
            {
                "text": "Delete the past orders that show the old address",
                "correct": False,
                "feedback": "The orders are accurate records of what happened and may be needed.",
            },
            {
                "text": "Keep both addresses as current in case the move falls through",
                "correct": False,
                "feedback": "Guessing which address is current leads to post going to the wrong place.",
            },
        ],
        "explanation": (
            "Accuracy means data reflects reality for the purpose it is used for. The current address must be "
            "updated (GDPR Art. 16), while past orders remain accurate records of where parcels were sent."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Sofia fixes a customer’s wrong phone number in the CRM after the customer points out the error."
        ),
        "prompt": "What else should Sofia make sure happens? Select all that apply.",
        "choices": [
            {
                "text": "The copies in the billing and text-messaging tools are updated",
                "correct": True,
                "feedback": "Fixing only the CRM leaves the error alive elsewhere.",
            },
            {
                "text": "Partners who received the old number are told, where practical",
                "correct": True,
                "feedback": "GDPR Art. 19 asks you to tell recipients unless it is impossible or disproportionate.",
            },
            {
                "text": "The customer is told that the correction has been made",
                "correct": True,
                "feedback": "Confirming closes the request and shows it was taken seriously.",
            },
            {
                "text": "The old number is saved in the notes in case the new one fails",
                "correct": False,
                "feedback": "Keeping known-wrong data risks someone using it again.",
            },
            {
                "text": "Other systems are left to catch up at the next scheduled sync",
                "correct": False,
                "feedback": "Corrections should reach every copy without undue delay.",
            },
        ],
        "explanation": (
            "A correction is complete only when every copy is fixed, recipients are told where practical "
            "(GDPR Art. 19) and the customer knows it is done. Leaving the wrong data anywhere means it can "
            "still be used."
        ),
    },
    {
        "kind": "multiple",
        "scenario": "",
        "prompt": "Which habits help keep customer data accurate? Select all that apply.",
        "choices": [
            {
                "text": "Confirming email addresses when customers sign up",
                "correct": True,
                "feedback": "Stops typing errors getting in at the start.",
            },
            {
                "text": "Reading spellings back to callers before saving them",
                "correct": True,
                "feedback": "A quick check catches mistakes while the customer is still there.",
            },
            {
                "text": "Flagging records when emails bounce or post is returned",
                "correct": True,
                "feedback": "These are signals that the data is out of date.",
            },
            {
                "text": "Keeping your own spreadsheet copy to check details offline",
                "correct": False,
                "feedback": "Private copies miss every correction and drift out of date.",
            },
            {
                "text": "Filling a blank gender field by guessing from the first name",
                "correct": False,
                "feedback": "Guessing creates inaccurate data; ask or leave the field empty.",
            },
        ],
        "explanation": (
            "Most inaccurate data can be stopped at capture or spotted through signals like bounces and "
            "returns. Private copies and guesses do the opposite, adding data that is wrong or soon stale."
        ),
    },
    {
        "kind": "true_false",
        "scenario": (
            "A support note reads: “In my view the customer seemed confused about the contract terms. "
            "Agent: Kai.” The customer later disagrees that they were confused."
        ),
        "prompt": (
            "True or false: the note is not inaccurate just because the customer disagrees, as long as it is "
            "clearly recorded as one person’s opinion."
        ),
        "choices": [
            {"text": "True", "correct": True, "feedback": ""},
            {
                "text": "False",
                "correct": False,
                "feedback": "A clearly labelled opinion accurately records what someone thought.",
            },
        ],
        "explanation": (
            "Accuracy is about whether a record is correct for what it claims to be. A note clearly written "
            "as an opinion, with who gave it, accurately records that opinion; presenting it as a fact would "
            "not. The customer can still ask for their own view to be noted alongside it."
        ),
    },
    {
        "kind": "true_false",
        "scenario": (
            "Kwame’s team builds a model that predicts which customers are likely to leave. It is trained on "
            "three-year-old contact and usage data that nobody has checked."
        ),
        "prompt": (
            "True or false: because the model only makes predictions, the accuracy of the data behind it "
            "does not matter."
        ),
        "choices": [
            {
                "text": "True",
                "correct": False,
                "feedback": "Stale data leads to wrong predictions about real customers.",
            },
            {"text": "False", "correct": True, "feedback": ""},
        ],
        "explanation": (
            "Predictions drive decisions about people, such as offers or service levels, and stale data "
            "repeats the same mistake across many customers at once. GDPR Art. 5(1)(d) requires personal data "
            "to be accurate and, where necessary, kept up to date, so check what feeds a model."
        ),
    },
]
