"""Question bank for module 7: Anonymise and pseudonymise."""

QUESTIONS = [
    {
        "kind": "single",
        "scenario": (
            "Tomasz hashes every customer email address before sending the list to an advertising partner, "
            "so the file shows long strings of characters instead of addresses."
        ),
        "prompt": "How should the hashed list be treated?",
        "choices": [
            {
                "text": "As pseudonymised data that is still personal data",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "As anonymous data that falls outside the GDPR",
                "correct": False,
                "feedback": "Anyone holding the same address can hash it and find the match.",
            },
            {
                "text": "As anonymous data once the partner deletes the originals",
                "correct": False,
                "feedback": "The partner never had the originals; matching works by hashing known addresses.",
            },
            {
                "text": "As encrypted data that needs no lawful basis to share",
                "correct": False,
                "feedback": "Protected or not, sharing personal data always needs a lawful basis.",
            },
        ],
        "explanation": (
            "A hash of an email address can be matched by anyone who already knows the address, so people can "
            "still be identified. Under GDPR Recital 26, pseudonymised data is still personal data and every "
            "rule, including a lawful basis and a contract with the partner, still applies."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Grace, an analyst, receives a sales file in which every customer name has been replaced by a "
            "customer code. The finance team keeps the table that links codes to names."
        ),
        "prompt": "What is the status of the file Grace received?",
        "choices": [
            {
                "text": "Personal data, because the codes can be linked back to people",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Anonymous data, because Grace herself cannot see any names",
                "correct": False,
                "feedback": "What counts is whether anyone can reasonably re-identify people, including the company.",
            },
            {
                "text": "Anonymous data, as long as finance stores the table securely",
                "correct": False,
                "feedback": "Keeping the key safe is good practice, but the data stays pseudonymised.",
            },
            {
                "text": "Not personal data, because sales figures are about products",
                "correct": False,
                "feedback": "Each row describes what an identifiable customer bought.",
            },
        ],
        "explanation": (
            "Replacing names with codes while a lookup table exists is pseudonymisation as defined in GDPR "
            "Art. 4(5). Recital 26 confirms that such data is still personal data, so it must be protected and "
            "used only for a proper purpose."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Mateo needs realistic customer records to test a new checkout feature on the staging server, "
            "which is less tightly protected than the live system."
        ),
        "prompt": "Which option is the best first choice?",
        "choices": [
            {
                "text": "Generate synthetic records shaped like real customer data",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Copy the live database to staging and delete it after testing",
                "correct": False,
                "feedback": "A full copy puts every customer’s data in a weaker environment for no need.",
            },
            {
                "text": "Copy the live database but restrict staging access to his team",
                "correct": False,
                "feedback": "Fewer viewers helps, but the real data still sits in a test system.",
            },
            {
                "text": "Copy the live database after deleting only the name column",
                "correct": False,
                "feedback": "Emails, addresses and order details still identify people.",
            },
        ],
        "explanation": (
            "Testing rarely needs real people’s data, and test systems are usually less protected than live "
            "ones. Data protection by design (GDPR Art. 25) means choosing synthetic or properly masked data "
            "first, and using real data only when truly needed, in minimum amounts and with approval."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Aisha in HR shares staff survey scores by team, with names removed. One team has three members, "
            "and only one is over 50; the breakdown shows that person’s low score."
        ),
        "prompt": "What is the best fix before the report is shared?",
        "choices": [
            {
                "text": "Merge small teams and hide results below a minimum group size",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Replace the team names with letters such as Team A and Team B",
                "correct": False,
                "feedback": "Managers still know which team is theirs, so the person is still exposed.",
            },
            {
                "text": "Add a note asking managers not to guess who answered",
                "correct": False,
                "feedback": "A request does not stop anyone singling out the respondent.",
            },
            {
                "text": "Share it as it is, because no names appear in the report",
                "correct": False,
                "feedback": "People can be singled out without a name, through small groups and rare values.",
            },
        ],
        "explanation": (
            "Small groups and rare details let people be singled out even without names. Recital 26 asks you "
            "to consider all means reasonably likely to be used, including singling out, so aggregate into "
            "larger groups and suppress small counts."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Northwind is preparing data for a retail partner who wants to understand regional demand."
        ),
        "prompt": "Which of these datasets is most likely to be truly anonymous?",
        "choices": [
            {
                "text": "Purchase totals per region, each based on hundreds of customers",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Each purchase with names removed but postcode and birth date kept",
                "correct": False,
                "feedback": "Postcode and birth date together often point to one person.",
            },
            {
                "text": "Each purchase listed against a hashed version of the customer email",
                "correct": False,
                "feedback": "Hashed emails can be matched, so this is pseudonymised data.",
            },
            {
                "text": "Each purchase listed against an internal customer number",
                "correct": False,
                "feedback": "The company can link the number to a person, so it is personal data.",
            },
        ],
        "explanation": (
            "Aggregated figures based on large groups do not describe any one person, so they can be anonymous. "
            "Row-level data with identifiers, hashes or revealing combinations can be linked back to "
            "individuals and remains personal data under Recital 26."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "The data team pseudonymises support tickets so that analysts can study response times. They need "
            "to decide where the lookup table linking codes to customers should live."
        ),
        "prompt": "Where should the lookup table be kept?",
        "choices": [
            {
                "text": "Apart from the data, with access limited to a few named people",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "In the same shared folder, so analysts can check odd results",
                "correct": False,
                "feedback": "If the key travels with the data, the protection is gone.",
            },
            {
                "text": "Attached to the dataset, but in a password-protected tab",
                "correct": False,
                "feedback": "Anyone with the file and the password can undo the pseudonymisation.",
            },
            {
                "text": "With the analytics vendor, who can re-link records on request",
                "correct": False,
                "feedback": "Handing the key to a third party widens access instead of limiting it.",
            },
        ],
        "explanation": (
            "GDPR Art. 4(5) defines pseudonymisation as keeping the extra information that re-identifies "
            "people separately and under technical and organisational protection. If the key sits alongside "
            "the data, pseudonymisation gives almost no protection."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Lena removes the name and email columns from a customer dataset before sharing it with another "
            "department, and calls it anonymised."
        ),
        "prompt": "Which remaining fields could still let someone identify a customer? Select all that apply.",
        "choices": [
            {
                "text": "Full postcode together with date of birth",
                "correct": True,
                "feedback": "Combinations like this often match just one person.",
            },
            {
                "text": "A free-text notes field copied from support tickets",
                "correct": True,
                "feedback": "Free text often contains names, numbers and other identifying details.",
            },
            {
                "text": "The device ID used for each login",
                "correct": True,
                "feedback": "Device IDs point to individuals and can be matched across systems.",
            },
            {
                "text": "The total number of orders placed in each country",
                "correct": False,
                "feedback": "A country-wide total based on many customers describes no one person.",
            },
            {
                "text": "The average order value for each calendar month",
                "correct": False,
                "feedback": "A monthly average across all customers does not single anyone out.",
            },
        ],
        "explanation": (
            "Removing names is rarely enough: combinations of ordinary details, free text and technical "
            "identifiers can all single people out. Large aggregates such as country totals or monthly "
            "averages do not describe any individual."
        ),
    },
    {
        "kind": "multiple",
        "scenario": "",
        "prompt": "Which statements about anonymous and pseudonymised data are correct? Select all that apply.",
        "choices": [
            {
                "text": "Truly anonymous data falls outside the GDPR",
                "correct": True,
                "feedback": "Recital 26 says the GDPR does not apply to anonymous information.",
            },
            {
                "text": "Data that is anonymous today may become identifiable as technology improves",
                "correct": True,
                "feedback": "Recital 26 asks you to consider available technology and how it develops.",
            },
            {
                "text": "Pseudonymisation is one example of data protection by design",
                "correct": True,
                "feedback": "GDPR Art. 25 names it as an example of a suitable measure.",
            },
            {
                "text": "Removing names and emails is always enough to make data anonymous",
                "correct": False,
                "feedback": "Other details, alone or combined, can still identify people.",
            },
            {
                "text": "Anonymised data can be re-linked to customers whenever the company needs",
                "correct": False,
                "feedback": "If the company can re-link it, the data is pseudonymised, not anonymous.",
            },
        ],
        "explanation": (
            "Under Recital 26, anonymous data is outside the GDPR, but only if no one can identify people by "
            "means reasonably likely to be used, judged against current and developing technology. "
            "Pseudonymisation reduces risk and is named in GDPR Art. 25, yet the data stays personal data."
        ),
    },
    {
        "kind": "true_false",
        "scenario": (
            "Oskar wants an external AI chatbot to summarise complaint records. He replaces names with "
            "customer codes before pasting the records in."
        ),
        "prompt": (
            "True or false: because the names have been replaced with codes, pasting the records into the "
            "AI tool does not involve sharing personal data."
        ),
        "choices": [
            {
                "text": "True",
                "correct": False,
                "feedback": "The codes can be linked back to customers, and the text may contain other details.",
            },
            {"text": "False", "correct": True, "feedback": ""},
        ],
        "explanation": (
            "Records with codes instead of names are pseudonymised and still personal data (Recital 26), and "
            "complaint text often contains other identifying details. Sending them to an external tool is "
            "sharing personal data and needs the same checks as any other sharing."
        ),
    },
    {
        "kind": "true_false",
        "scenario": (
            "A product team is designing a new loyalty app. Someone suggests deciding on pseudonymisation and "
            "data minimisation later, once the app is live."
        ),
        "prompt": (
            "True or false: GDPR Art. 25 expects these protections to be considered while the app is being "
            "designed, not only after launch."
        ),
        "choices": [
            {"text": "True", "correct": True, "feedback": ""},
            {
                "text": "False",
                "correct": False,
                "feedback": "Art. 25 applies from the moment the means of processing are being decided.",
            },
        ],
        "explanation": (
            "Data protection by design and by default (GDPR Art. 25) means building measures such as "
            "pseudonymisation in from the start, and processing only the data needed for each purpose. "
            "Adding them after launch is harder and leaves customers exposed in the meantime."
        ),
    },
]
