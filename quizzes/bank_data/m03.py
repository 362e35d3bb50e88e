"""Question bank for module 3: Collect only what you need."""

QUESTIONS = [
    {
        "kind": "single",
        "scenario": "Customers gave Northwind their mobile numbers so the app could send sign-in codes. A product manager now wants to text those numbers with discount offers.",
        "prompt": "What is the main problem with this plan?",
        "choices": [
            {
                "text": "The numbers were given for account security, and marketing is a new purpose that needs checking.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "There is no problem as long as every offer is relevant to the products in the customer’s account.",
                "correct": False,
                "feedback": "Relevance does not change the fact that the numbers were collected for a different purpose.",
            },
            {
                "text": "There is no problem because these customers already have a contract with us for the app.",
                "correct": False,
                "feedback": "The contract covers providing the app, not sending offers to numbers given for security.",
            },
            {
                "text": "There is no problem provided each text message includes a clear and simple way to unsubscribe.",
                "correct": False,
                "feedback": "An unsubscribe option is good practice but does not make an unplanned new use acceptable.",
            },
        ],
        "explanation": "GDPR Art. 5(1)(b) says data collected for one purpose must not be used later in a way incompatible with it. Numbers given for sign-in codes are for security; turning them into a marketing list is a new purpose that needs checking with the privacy team first.",
    },
    {
        "kind": "single",
        "scenario": "The sign-up form for a free webinar asks for name, email address, date of birth, home address and job title. Only the name and email are used to send the joining link.",
        "prompt": "Which change best follows the data minimisation principle?",
        "choices": [
            {
                "text": "Remove the fields the webinar does not need and keep only name and email.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Keep every field but mark the extra ones as optional for attendees.",
                "correct": False,
                "feedback": "Optional answers are still collected, so each field still needs a purpose.",
            },
            {
                "text": "Keep every field, since more detail will help future marketing.",
                "correct": False,
                "feedback": "A possible future use is not a stated purpose; this is collecting just in case.",
            },
            {
                "text": "Keep every field but delete the extra answers after one year.",
                "correct": False,
                "feedback": "Deleting later is better than never, but the extra data should not be collected at all.",
            },
        ],
        "explanation": "GDPR Art. 5(1)(c) requires personal data to be adequate, relevant and limited to what the purpose needs. The webinar only needs a name and an email address, so the other fields should go.",
    },
    {
        "kind": "single",
        "scenario": "An engineer finds that the application logs record every request in full, including customers’ names, emails and home addresses. The detail was switched on months ago to fix one bug.",
        "prompt": "What is the best next step?",
        "choices": [
            {
                "text": "Log only IDs and status details, mask personal fields, and tell the team so stored copies can be cleaned up.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Leave the logging as it is, because only employees of the company can search the stored logs.",
                "correct": False,
                "feedback": "Internal access does not make it acceptable to keep personal data that has no purpose.",
            },
            {
                "text": "Restrict who can search the logs, but keep logging full requests in case they help with future bugs.",
                "correct": False,
                "feedback": "Fewer viewers helps, but collecting data in case it is useful later is exactly what minimisation rules out.",
            },
            {
                "text": "Move the existing logs to a cheaper storage tier so that keeping them costs the company less.",
                "correct": False,
                "feedback": "Cheaper storage still keeps personal data nobody needs.",
            },
        ],
        "explanation": "Logs should hold what is needed to run and fix the service, not whole customer records (GDPR Art. 5(1)(c)). Stopping the collection and cleaning up the stored copies deals with both the cause and the data already gathered.",
    },
    {
        "kind": "single",
        "scenario": "Tidying a shared drive, a sales rep finds a three-year-old spreadsheet of trade show visitors with names, phone numbers and conversation notes. A colleague says to keep it in case there is another event.",
        "prompt": "What should the sales rep do?",
        "choices": [
            {
                "text": "Check the retention period and, if the purpose is over, delete the file and any copies.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Keep the file, because it may well be useful if the company runs another event.",
                "correct": False,
                "feedback": "Keeping data just in case is what storage limitation forbids.",
            },
            {
                "text": "Move the file into a personal folder so that it no longer clutters the shared drive.",
                "correct": False,
                "feedback": "Moving the file keeps the data and makes it even easier to forget.",
            },
            {
                "text": "Keep the file on the shared drive but protect it with a strong password.",
                "correct": False,
                "feedback": "A password improves security but does not justify keeping data whose purpose is over.",
            },
        ],
        "explanation": "GDPR Art. 5(1)(e) says personal data must not be kept in identifiable form longer than its purpose needs. A future event is a new purpose and can collect fresh details with a fresh explanation.",
    },
    {
        "kind": "single",
        "scenario": "",
        "prompt": "Which GDPR principle says personal data must not be kept in a form that identifies people for longer than the purpose needs?",
        "choices": [
            {"text": "Storage limitation, Art. 5(1)(e)", "correct": True, "feedback": ""},
            {
                "text": "Purpose limitation, Art. 5(1)(b)",
                "correct": False,
                "feedback": "Purpose limitation is about what data may be used for, not how long it is kept.",
            },
            {
                "text": "Data minimisation, Art. 5(1)(c)",
                "correct": False,
                "feedback": "Minimisation is about how much data is collected and held, not for how long.",
            },
            {
                "text": "Accuracy, Art. 5(1)(d)",
                "correct": False,
                "feedback": "Accuracy is about keeping data correct and up to date.",
            },
        ],
        "explanation": "Storage limitation, in GDPR Art. 5(1)(e), means setting a retention period for each kind of record and deleting or anonymising the data when it ends.",
    },
    {
        "kind": "single",
        "scenario": "Trial sign-up records must be deleted after 12 months. Marta, an analyst, still wants to report each quarter how many trial users went on to buy.",
        "prompt": "What is the best way for Marta to keep her reporting?",
        "choices": [
            {
                "text": "Keep quarterly totals that cannot identify anyone and let the records be deleted on schedule.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Keep the records but swap the names for customer IDs, so they are no longer personal data.",
                "correct": False,
                "feedback": "Records linked to a customer ID are pseudonymised and still count as personal data.",
            },
            {
                "text": "Ask for the retention period to be extended indefinitely because the reports are useful.",
                "correct": False,
                "feedback": "“Forever” is not a retention period, and totals meet the need without the personal data.",
            },
            {
                "text": "Copy the records to her laptop, where the system’s scheduled deletion will not reach them.",
                "correct": False,
                "feedback": "This creates a forgotten copy that breaks the retention period and adds security risk.",
            },
        ],
        "explanation": "When the business only needs numbers, anonymous totals can be kept and the personal records deleted, as GDPR Art. 5(1)(e) expects. Replacing names with IDs is not enough: data that can still be linked to a person remains personal data (Recital 26).",
    },
    {
        "kind": "multiple",
        "scenario": "A new newsletter sign-up form asks for email address, first name (used in the greeting, as the form explains), date of birth, gender, and a free-text box: “Anything else you’d like to tell us?”",
        "prompt": "Which parts of the form should you challenge? Select all that apply.",
        "choices": [
            {
                "text": "Date of birth, unless someone can name a purpose for it such as an age check",
                "correct": True,
                "feedback": "A newsletter does not normally need a date of birth.",
            },
            {
                "text": "Gender, if nobody can say how the answer will actually be used",
                "correct": True,
                "feedback": "A field with no stated purpose should be removed.",
            },
            {
                "text": "The free-text box, which invites people to share details we never asked for",
                "correct": True,
                "feedback": "Open boxes often collect health details, passwords or other data nobody planned for.",
            },
            {
                "text": "Email address, which the newsletter needs in order to be delivered",
                "correct": False,
                "feedback": "The email address is necessary for the stated purpose.",
            },
            {
                "text": "First name, used for the greeting in the way the form clearly explains",
                "correct": False,
                "feedback": "This field has a stated purpose that the customer has been told about.",
            },
        ],
        "explanation": "Under GDPR Art. 5(1)(c) every field needs a purpose the data is actually used for. Email and first name have one; date of birth, gender and an open comment box do not, so they should be challenged.",
    },
    {
        "kind": "multiple",
        "scenario": "Your team has just deleted closed customer accounts from the CRM, as its retention period requires.",
        "prompt": "Where might copies of that customer data still be hiding? Select all that apply.",
        "choices": [
            {
                "text": "Spreadsheet exports in downloads folders and on shared drives",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Test databases that were copied from the live system",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Attachments and pasted details in email and chat messages",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Monthly totals that cannot be linked to any individual",
                "correct": False,
                "feedback": "Anonymous totals do not identify anyone, so they are not a copy of the personal data.",
            },
            {
                "text": "The retention schedule listing how long each record type is kept",
                "correct": False,
                "feedback": "The schedule describes record types; it does not hold customers’ details.",
            },
        ],
        "explanation": "Deleting a record from the main system does little if copies live on in exports, test databases, email or chat. Storage limitation (GDPR Art. 5(1)(e)) applies to every copy.",
    },
    {
        "kind": "true_false",
        "scenario": "A marketer suggests adding a phone number field to the sign-up form: “We don’t need it now, but it might be useful one day. We’ll just make it optional.”",
        "prompt": "True or false: making the field optional makes it fine to collect phone numbers just in case?",
        "choices": [
            {
                "text": "True",
                "correct": False,
                "feedback": "An optional field still collects data from everyone who fills it in.",
            },
            {
                "text": "False",
                "correct": True,
                "feedback": "Every field needs a purpose, whether it is optional or not.",
            },
        ],
        "explanation": "Whatever customers type into an optional field is still collected, so it still needs a stated purpose under GDPR Art. 5(1)(c). “Might be useful one day” is not a purpose.",
    },
    {
        "kind": "true_false",
        "scenario": "",
        "prompt": "True or false: a retention period can come from a legal requirement, such as rules on keeping accounting records, as well as from business need?",
        "choices": [
            {"text": "True", "correct": True, "feedback": ""},
            {
                "text": "False",
                "correct": False,
                "feedback": "Some records must be kept for a set time by law, which is one source of retention periods.",
            },
        ],
        "explanation": "Some retention periods are set by law, for example for accounting and tax records; others reflect what the business genuinely needs. Either way, when the period ends the data should be deleted or anonymised (GDPR Art. 5(1)(e)).",
    },
]
