"""Question bank for module 5: Ask for real consent."""

QUESTIONS = [
    {
        "kind": "single",
        "scenario": (
            "Northwind’s new sign-up page has a box, already ticked, that reads “Send me offers from our partners”. "
            "Most customers leave it as it is."
        ),
        "prompt": "Have the customers who left the box ticked given valid consent?",
        "choices": [
            {
                "text": "No, because a box ticked in advance is not a clear positive action by the customer.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Yes, as long as the privacy notice mentions that partner offers may be sent.",
                "correct": False,
                "feedback": "A privacy notice informs people; it cannot turn doing nothing into a “yes”.",
            },
            {
                "text": "Yes, because customers could have unticked the box if they did not want the offers.",
                "correct": False,
                "feedback": "Silence and inactivity are not consent; the customer must act to agree.",
            },
            {
                "text": "Yes, provided customers can untick the option later in their account settings.",
                "correct": False,
                "feedback": "Being able to withdraw later does not make the original consent valid.",
            },
        ],
        "explanation": (
            "Consent must be an unambiguous indication given by a statement or a clear positive action "
            "(GDPR Art. 4(11)). Recital 32 says pre-ticked boxes, silence and inactivity do not count, so the box "
            "must start empty."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Customers join the marketing list with a single tick at checkout. To leave it, they must log in, "
            "find a form three menus deep and give a reason for leaving."
        ),
        "prompt": "What does the GDPR require of this opt-out process?",
        "choices": [
            {
                "text": "Withdrawing must be as easy as giving consent, so a simple one-step opt-out is needed.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "The form is acceptable as long as each opt-out is processed within one month.",
                "correct": False,
                "feedback": "The one-month clock is for rights requests; it does not excuse a hard opt-out.",
            },
            {
                "text": "The form is acceptable because it gives the company written proof of the withdrawal.",
                "correct": False,
                "feedback": "Keeping records is fine, but not at the cost of making withdrawal harder than opting in.",
            },
            {
                "text": "Marketing may continue until the customer explains why they want to leave the list.",
                "correct": False,
                "feedback": "Nobody has to justify withdrawing consent.",
            },
        ],
        "explanation": (
            "GDPR Art. 7(3) lets people withdraw consent at any time and requires withdrawing to be as easy as "
            "giving consent. One tick to join means leaving should be a click or a simple reply, with no login "
            "wall and no reasons demanded."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Chloe in HR is preparing onboarding forms. A draft asks new staff to “consent” to the company holding "
            "their bank details so that they can be paid."
        ),
        "prompt": "Which lawful basis fits best for holding staff bank details for payroll?",
        "choices": [
            {
                "text": "Contract, because paying staff is part of the employment contract.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Consent, recorded on a signed form kept in each personnel file.",
                "correct": False,
                "feedback": "Staff cannot freely refuse their employer, and pay cannot depend on a “yes”.",
            },
            {
                "text": "Explicit consent, because bank details are special category data.",
                "correct": False,
                "feedback": "Bank details are not a special category of data under GDPR Art. 9.",
            },
            {
                "text": "Vital interests, because employees rely on their salary to live.",
                "correct": False,
                "feedback": "Vital interests is for protecting someone’s life, not routine payroll.",
            },
        ],
        "explanation": (
            "Consent is only one of six lawful bases in GDPR Art. 6(1) and rarely fits employment, where staff may "
            "not feel free to say no. Paying someone under their employment contract fits the contract basis."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A to-do list app will only let people use it if they first agree to their location being passed to "
            "advertisers. The app does not need location to work."
        ),
        "prompt": "Why is this consent unlikely to be valid?",
        "choices": [
            {
                "text": "It is not freely given: the app demands a data use it does not need.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "It is only a problem if some of the app’s users are younger than 16.",
                "correct": False,
                "feedback": "Forcing consent is a problem for users of any age.",
            },
            {
                "text": "It is valid, because anyone who objects can simply choose another app.",
                "correct": False,
                "feedback": "The existence of other apps does not make a forced “yes” a free choice.",
            },
            {
                "text": "It is not specific, because location data is named in the request.",
                "correct": False,
                "feedback": "Naming the data helps; the real problem is that the user has no free choice.",
            },
        ],
        "explanation": (
            "GDPR Art. 7(4) asks whether a service has been made conditional on consent to data use that the "
            "service does not need. If it has, the consent is not freely given and so is not valid."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Kwame adds an analytics tool to Northwind’s website for EU visitors. Its script sets cookies as soon as "
            "the page loads, before the cookie banner appears."
        ),
        "prompt": "When may the analytics cookies be set?",
        "choices": [
            {
                "text": "Only after the visitor consents, as analytics is not strictly necessary.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Straight away, as long as the cookie banner explains them once it appears.",
                "correct": False,
                "feedback": "Consent has to come before the cookie is set, not after.",
            },
            {
                "text": "Straight away, because the privacy notice already lists every cookie we use.",
                "correct": False,
                "feedback": "Listing cookies informs people but is not consent.",
            },
            {
                "text": "Straight away, because analytics only counts visits and never needs consent.",
                "correct": False,
                "feedback": "Only strictly necessary storage is exempt; analytics is not strictly necessary.",
            },
        ],
        "explanation": (
            "ePrivacy Directive Art. 5(3) requires consent before storing or reading information on a user’s "
            "device, unless it is strictly necessary for a service the user asked for. Analytics cookies do not "
            "meet that exemption, so they must wait for consent."
        ),
    },
    {
        "kind": "single",
        "scenario": "",
        "prompt": (
            "Under GDPR Art. 8, what is the default age from which a child can consent alone to an online service "
            "offered directly to them?"
        ),
        "choices": [
            {"text": "16", "correct": True, "feedback": ""},
            {
                "text": "13",
                "correct": False,
                "feedback": "13 is the lowest age a member state may choose, not the default.",
            },
            {
                "text": "18",
                "correct": False,
                "feedback": "The GDPR sets a lower age than 18 for this.",
            },
            {
                "text": "14",
                "correct": False,
                "feedback": "14 is not the default age in GDPR Art. 8.",
            },
        ],
        "explanation": (
            "GDPR Art. 8 sets 16 as the default age and lets member states lower it, but not below 13. Below the "
            "applicable age, a parent or guardian must give or authorise consent."
        ),
    },
    {
        "kind": "multiple",
        "scenario": "Priya is designing a sign-up box for the monthly product newsletter.",
        "prompt": "Which features help make the consent valid? Select all that apply.",
        "choices": [
            {
                "text": "An empty tick box that the person has to tick themselves",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Wording that names the purpose: a monthly product newsletter",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "A note that they can unsubscribe at any time with one click",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "A line in the site terms saying that using the site means agreeing to emails",
                "correct": False,
                "feedback": "Consent hidden in terms of use is not a clear, separate choice.",
            },
            {
                "text": "One box that covers the newsletter, partner offers and profiling together",
                "correct": False,
                "feedback": "Bundling purposes stops people choosing each one separately.",
            },
        ],
        "explanation": (
            "Valid consent is a clear positive action for a specific purpose, given by someone who knows they can "
            "withdraw it (GDPR Art. 4(11), Art. 7(3)). Consent hidden in terms of use or bundled across purposes "
            "fails these tests (Art. 7(2), Recital 32)."
        ),
    },
    {
        "kind": "multiple",
        "scenario": "Lena is working out which lawful basis fits each of her team’s activities.",
        "prompt": "Which of these would usually rely on a lawful basis other than consent? Select all that apply.",
        "choices": [
            {
                "text": "Passing a customer’s address to the courier so their order arrives",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Keeping invoices for the period that tax law requires",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Running basic fraud checks on card payments",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Setting advertising cookies on a website visitor’s device",
                "correct": False,
                "feedback": "Advertising cookies are not strictly necessary, so they need consent.",
            },
            {
                "text": "Sending partner offers to people who signed up for them",
                "correct": False,
                "feedback": "This is exactly where consent is the right basis.",
            },
        ],
        "explanation": (
            "GDPR Art. 6(1) lists six lawful bases, and consent is not the default. Delivering an order fits "
            "contract, keeping invoices fits legal obligation, and basic fraud checks often fit legitimate "
            "interests."
        ),
    },
    {
        "kind": "true_false",
        "scenario": (
            "A customer withdraws consent to marketing emails. A colleague says every email sent to them before "
            "the withdrawal has now become unlawful."
        ),
        "prompt": "Withdrawing consent makes the emails already sent with valid consent unlawful. True or false?",
        "choices": [
            {
                "text": "True",
                "correct": False,
                "feedback": "Withdrawal works from that moment on; it does not reach back in time.",
            },
            {"text": "False", "correct": True, "feedback": ""},
        ],
        "explanation": (
            "GDPR Art. 7(3) says withdrawal does not affect the lawfulness of processing based on consent before "
            "it was withdrawn. What matters is that we stop from that moment, in every system that uses the "
            "consent."
        ),
    },
    {
        "kind": "true_false",
        "scenario": (
            "Sam notices that the newsletter sign-up form stores only the email address, not when or how the "
            "person agreed or what wording they saw."
        ),
        "prompt": (
            "The company must be able to show that each person consented, so it should record when, how and to "
            "what wording they agreed. True or false?"
        ),
        "choices": [
            {"text": "True", "correct": True, "feedback": ""},
            {
                "text": "False",
                "correct": False,
                "feedback": "Without a record we cannot show that consent was ever given.",
            },
        ],
        "explanation": (
            "Under GDPR Art. 7(1), where processing relies on consent, the controller must be able to demonstrate "
            "that the person consented. If the record is missing, treat the consent as missing too."
        ),
    },
]
