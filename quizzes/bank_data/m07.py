"""Question bank for module 7: Anonymise and pseudonymise.

A judgment question says so under "judgment": "go_ahead" (going ahead is the right answer)
or "over_caution" (the mistake is to hold back, delete or escalate needlessly); tests.content.quality
counts them, and the quiz builder leaves the key out of the quiz.
"""

QUESTIONS = [
    {
        "kind": "single",
        "scenario": (
            "Tomasz, a data analyst, is sent an export of Northwind Rewards purchases. Member names have been "
            "swapped for membership numbers, and the loyalty system can still look up who each number "
            "belongs to."
        ),
        "prompt": "How should Tomasz treat the export?",
        "choices": [
            {
                "text": "As personal data, since Northwind can link the numbers to people",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "As anonymous data, since nobody on his own team can see a single name",
                "correct": False,
                "feedback": "What counts is whether anyone, Northwind included, can reasonably re-identify people.",
            },
            {
                "text": "As anonymous data, if he never opens the loyalty system",
                "correct": False,
                "feedback": "His own restraint does not change the data: the link still exists.",
            },
            {
                "text": "As company data about sales, which falls outside data protection law",
                "correct": False,
                "feedback": "Each row describes what an identifiable member bought.",
            },
        ],
        "explanation": (
            "Swapping names for numbers while a lookup exists is pseudonymisation (GDPR Art. 4(5)). Recital 26 "
            "says such data is still personal data, so the usual rules on purpose, security and retention apply."
        ),
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "Sofia wants to publish a blog post saying “tent sales rose 18 % in Ireland this spring”, with a "
            "chart of sales per country per month. Each figure is built from thousands of orders."
        ),
        "prompt": "What should Sofia do before publishing?",
        "choices": [
            {
                "text": "Publish it: totals built from thousands of orders describe no single customer",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Ask every customer counted in the chart for consent before it goes out",
                "correct": False,
                "feedback": "Totals from thousands of orders are anonymous, so no consent is needed.",
            },
            {
                "text": "Run a full DPIA first, because the chart is made from customer orders",
                "correct": False,
                "feedback": "Anonymous totals carry no high risk to anyone; a DPIA would add nothing.",
            },
            {
                "text": "Swap the real figures for invented numbers, just to be on the safe side",
                "correct": False,
                "feedback": "Over-cautious and misleading: the real totals identify no one.",
            },
        ],
        "explanation": (
            "Large aggregates that cannot be traced to any person are anonymous. Recital 26 puts anonymous "
            "information outside the GDPR, so Sofia can publish it without consent or an impact assessment."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Tomasz is building a returns dashboard for the buying team, broken down by product and postcode "
            "district. Some rare items, such as an expedition down suit, sold only two or three units in a "
            "district."
        ),
        "prompt": "Which change best keeps the dashboard from revealing individual customers?",
        "choices": [
            {
                "text": "Hide or merge any cell based on fewer than an agreed number of people",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Show membership numbers instead of names when someone drills down into a cell",
                "correct": False,
                "feedback": "Membership numbers are pseudonyms; the buyer could still reach the person.",
            },
            {
                "text": "Add a banner asking viewers not to try to work out who returned what",
                "correct": False,
                "feedback": "A request does not stop anyone singling out a customer.",
            },
            {
                "text": "Limit access to the buying team, who have signed the code of conduct",
                "correct": False,
                "feedback": "Fewer viewers helps, but small cells still point to people.",
            },
        ],
        "explanation": (
            "Small counts and rare values let people be singled out even without names. Recital 26 asks you to "
            "consider singling out, so suppress or merge small groups before calling figures anonymous."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Aisha is preparing app crash reports for an outside analytics vendor. She has already removed "
            "user names and email addresses."
        ),
        "prompt": "Which remaining fields could still point back to a customer? Select all that apply.",
        "choices": [
            {
                "text": "The advertising ID of each phone",
                "correct": True,
                "feedback": "Device and advertising IDs are identifiers that can be matched to people.",
            },
            {
                "text": "Exact GPS location at the moment of the crash",
                "correct": True,
                "feedback": "Precise locations, such as a home address, single people out.",
            },
            {
                "text": "The app version number",
                "correct": False,
                "feedback": "Thousands of users share each version, so it points to no one.",
            },
            {
                "text": "The phone’s operating system name",
                "correct": False,
                "feedback": "A handful of systems cover everyone, so it describes no single person.",
            },
            {
                "text": "Crash count per app version across all users",
                "correct": False,
                "feedback": "A total across all users is an aggregate.",
            },
        ],
        "explanation": (
            "Removing names is rarely enough: technical identifiers and precise locations still single people "
            "out (Recital 26). Values shared by huge groups, and totals, do not."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Jonas, an IT security engineer, reviews how support tickets are pseudonymised for the analytics "
            "warehouse. The table that maps ticket codes to customer IDs sits in the same schema, readable by "
            "every analyst."
        ),
        "prompt": "What should Jonas recommend?",
        "choices": [
            {
                "text": "Move the mapping table to a store only a few named people can read",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Rename the mapping table so that analysts are less likely to stumble on it",
                "correct": False,
                "feedback": "Hiding it by name gives no real protection.",
            },
            {
                "text": "Leave it there, but log every query run against it",
                "correct": False,
                "feedback": "Logging helps, yet the key still travels with the data.",
            },
            {
                "text": "Delete all the pseudonymised tickets, since the scheme has clearly failed",
                "correct": False,
                "feedback": "Too drastic: separating the key fixes the problem and keeps useful data.",
            },
        ],
        "explanation": (
            "GDPR Art. 4(5) expects the extra information that re-identifies people to be kept separately and "
            "protected. A key beside the data gives almost no protection; moving it restores it."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Ravi’s team needs realistic names, addresses and order histories to load-test the new checkout "
            "before Black Friday."
        ),
        "prompt": "What is the best source of test data?",
        "choices": [
            {
                "text": "Synthetic records made to match the shape and volume of real orders",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "A full copy of last year’s live orders, deleted straight after the test",
                "correct": False,
                "feedback": "It puts every customer’s data in a weaker system for no need.",
            },
            {
                "text": "Live orders with the name column removed, loaded onto the test servers",
                "correct": False,
                "feedback": "Addresses and order histories still identify people.",
            },
            {
                "text": "Live orders placed by staff, who are used to tests",
                "correct": False,
                "feedback": "Staff are people too, and nobody agreed to this use of their orders.",
            },
        ],
        "explanation": (
            "A load test needs volume and shape, not real people. Data protection by design (GDPR Art. 25) means "
            "choosing synthetic or masked data first and using real data only when truly needed."
        ),
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "Tomasz must check a refund error on 12 orders. Grace has signed off an extract of just the order "
            "lines and refund amounts, with customer details replaced by codes, in the locked analysis area. "
            "It will be removed next Friday."
        ),
        "prompt": "Tomasz’s manager asks whether he may use the extract. What is the right answer?",
        "choices": [
            {
                "text": "Yes: it is small, masked, approved and time-limited",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "No: live customer data may not be used for analysis of any kind",
                "correct": False,
                "feedback": "Real data can be used when it is needed and properly limited, as here.",
            },
            {
                "text": "Only once each of the 12 customers has given written consent to it",
                "correct": False,
                "feedback": "Fixing their refunds is part of the contract; consent is not the basis here.",
            },
            {
                "text": "Not until the codes are removed too, so the data is fully anonymous",
                "correct": False,
                "feedback": "He needs to link the fix to the right orders; protected pseudonyms are fine.",
            },
        ],
        "explanation": (
            "Pseudonymised data is still personal data (Recital 26), but it can be used for a proper purpose. "
            "Using only the rows needed, masked, approved and deleted on time is data protection by design "
            "(GDPR Art. 25)."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Hannah wants to find themes in 300 complaint emails from Leeds customers. She plans to swap names "
            "for codes and paste the emails into a free chatbot she uses at home."
        ),
        "prompt": "What is the main problem with her plan?",
        "choices": [
            {
                "text": "Nothing: once names are swapped for codes the emails are anonymous",
                "correct": False,
                "feedback": "Complaint text holds addresses, orders and other details; it is still personal data.",
            },
            {
                "text": "The emails are still personal data and the tool is not an approved one",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Complaint emails may not be analysed with AI tools under any circumstances",
                "correct": False,
                "feedback": "An approved tool under a processor contract can be used for this.",
            },
            {
                "text": "She should paste 50 emails at a time so that less data is exposed at once",
                "correct": False,
                "feedback": "Smaller batches send the same personal data to the same unapproved tool.",
            },
        ],
        "explanation": (
            "Codes do not make free text anonymous (Recital 26). An approved tool working for Northwind under a "
            "processor contract (GDPR Art. 28) could be used; a personal chatbot is an outsider with no contract."
        ),
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": (
            "Before the yearly purge of old orders, Tomasz keeps a table of monthly sales totals per product and "
            "country, with no customer-level rows. A colleague says the totals must be purged as well."
        ),
        "prompt": "Who is right?",
        "choices": [
            {
                "text": "Tomasz: anonymous totals fall outside the purge and can stay",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "The colleague: anything made from personal data must go in the purge",
                "correct": False,
                "feedback": "Deleting anonymous totals loses useful figures and protects no one.",
            },
            {
                "text": "Neither: the totals may stay only if customers agree",
                "correct": False,
                "feedback": "Anonymous data is outside the GDPR, so no one’s agreement is needed.",
            },
            {
                "text": "Both in part: the totals may stay for one more retention period only",
                "correct": False,
                "feedback": "Retention periods apply to data that identifies people; these totals do not.",
            },
        ],
        "explanation": (
            "GDPR Art. 5(1)(e) limits how long data is kept in a form that identifies people. Anonymising is one "
            "way to meet it, and anonymous data is outside the GDPR (Recital 26), so the totals can stay."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Ravi is designing the Northwind Rewards sign-up screen. Marketing would like birthday, gender, "
            "phone number and interests to be required fields."
        ),
        "prompt": "What does data protection by default point Ravi towards?",
        "choices": [
            {
                "text": "Require what the programme needs; make the rest optional",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Require all four, since members can edit or remove them later in the app",
                "correct": False,
                "feedback": "By default means collecting less from the start, not fixing it later.",
            },
            {
                "text": "Pre-tick a box sharing interests with partners",
                "correct": False,
                "feedback": "Defaults must protect people, not share their data.",
            },
            {
                "text": "Make every field optional, including the email the account needs to work",
                "correct": False,
                "feedback": "Data the service truly needs can be required.",
            },
        ],
        "explanation": (
            "GDPR Art. 25(2) asks that, by default, only the personal data needed for each purpose is processed. "
            "Extras can be offered as optional, never forced or shared by a pre-set choice."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Leon, a sales account manager in San Diego, starts using a new lead-scoring tool from a US vendor. "
            "It receives the names, job titles and emails of contacts at European business customers."
        ),
        "prompt": "Besides the vendor contract, what must happen for Northwind’s records?",
        "choices": [
            {
                "text": "Nothing: records of processing cover consumers, not business contacts",
                "correct": False,
                "feedback": "Names and work emails of business contacts are personal data too.",
            },
            {
                "text": "Leon keeps a private note of the tool in his own CRM account notes",
                "correct": False,
                "feedback": "A private note is not Northwind’s record and no one else will see it.",
            },
            {
                "text": "The privacy team adds the use, the vendor and the transfer to the record",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "He mentions the tool at the yearly audit so it can be added then",
                "correct": False,
                "feedback": "The record should stay true now, not months later.",
            },
        ],
        "explanation": (
            "GDPR Art. 30(1) requires a record of each processing activity, including its purpose, recipients "
            "and transfers outside the EEA. Telling the privacy team keeps that record true."
        ),
    },
    {
        "kind": "multiple",
        "scenario": "Northwind is adding a new returns-tracking process that shares data with a courier.",
        "prompt": (
            "Which of these belong in Northwind’s record of processing for the new process? Select all that apply."
        ),
        "choices": [
            {
                "text": "The purpose of the processing",
                "correct": True,
                "feedback": "Every entry states why the data is used.",
            },
            {
                "text": "Who receives the data, such as the courier",
                "correct": True,
                "feedback": "Recipients are part of the record.",
            },
            {
                "text": "How long the data is kept",
                "correct": True,
                "feedback": "Time limits for deletion belong in the record where possible.",
            },
            {
                "text": "Any transfer outside the EEA and its safeguards",
                "correct": True,
                "feedback": "Transfers and their safeguards are recorded.",
            },
            {
                "text": "The full list of customers whose returns were handled",
                "correct": False,
                "feedback": "The record describes the processing, not each person in it.",
            },
        ],
        "explanation": (
            "GDPR Art. 30(1) lists what the record holds: purposes, kinds of data and people, recipients, "
            "transfers, time limits and security measures. It describes the processing, not individual customers."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Ravi’s team plans a system that scores every order for fraud risk and cancels orders above a "
            "threshold automatically, with no person checking."
        ),
        "prompt": "What should happen before the system is built?",
        "choices": [
            {
                "text": "Nothing special: fraud checks are a legitimate interest",
                "correct": False,
                "feedback": "A valid purpose does not remove the need to assess high risk.",
            },
            {
                "text": "A DPIA after launch, once there is real data on how well it performs",
                "correct": False,
                "feedback": "A DPIA comes before the processing starts, while the design can change.",
            },
            {
                "text": "Consent from every customer before their order is scored for fraud",
                "correct": False,
                "feedback": "Consent is not the question here; the risk to people is.",
            },
            {
                "text": "A DPIA with Grace’s advice, as scoring decides who can buy",
                "correct": True,
                "feedback": "",
            },
        ],
        "explanation": (
            "Systematic automated scoring that decides something significant about people is the first case in "
            "GDPR Art. 35(3). The DPIA comes before processing, with the DPO’s advice (Art. 35(2)); it will "
            "also check the limits on solely automated decisions (Art. 22)."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "The app team wants members to connect fitness watches so Northwind Rewards can award points for "
            "distance walked. Heart-rate and step data for hundreds of thousands of members would be stored."
        ),
        "prompt": "Which DPIA trigger does this plan most clearly meet?",
        "choices": [
            {
                "text": "Systematic monitoring of publicly accessible areas",
                "correct": False,
                "feedback": "Members walk outdoors, but the plan stores health data rather than watching a place.",
            },
            {
                "text": "Large-scale health data",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "None, because members choose to connect their watches",
                "correct": False,
                "feedback": "Choice does not remove the high risk, so a DPIA is still needed.",
            },
            {
                "text": "Processing of criminal-offence data",
                "correct": False,
                "feedback": "Nothing in the plan concerns crimes or convictions.",
            },
        ],
        "explanation": (
            "Heart-rate data is health data, a special category under GDPR Art. 9. Processing it on a large "
            "scale is named in Art. 35(3)(b) as needing a DPIA, whatever the lawful basis."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Jonas is asked to install number-plate recognition cameras that cover the public road and pavement "
            "outside the Dublin warehouse and record around the clock."
        ),
        "prompt": "What should Jonas do first?",
        "choices": [
            {
                "text": "Install them, because security measures are already required by Art. 32",
                "correct": False,
                "feedback": "Art. 32 asks for security; it does not skip the risk assessment.",
            },
            {
                "text": "Ask Grace about a DPIA first, since the cameras watch a public area at scale",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Put up a sign, which takes the place of any formal risk assessment",
                "correct": False,
                "feedback": "Signs tell people, but they do not replace a DPIA.",
            },
            {
                "text": "Keep the footage for a year and decide about an assessment after that",
                "correct": False,
                "feedback": "A DPIA comes before the cameras start recording.",
            },
        ],
        "explanation": (
            "Systematic monitoring of a publicly accessible area on a large scale is named in GDPR Art. 35(3)(c). "
            "The DPIA, with the DPO’s advice (Art. 35(2)), comes before the cameras start recording."
        ),
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": (
            "Aisha is adding a “sort by date” option to the order-history page. It uses only order data "
            "customers already see, and nothing new is collected or shared. Ravi says every change needs a "
            "full DPIA first."
        ),
        "prompt": "What should Aisha do?",
        "choices": [
            {
                "text": "Build it; no high-risk sign applies",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Stop work until Grace has signed off a full DPIA for the new option",
                "correct": False,
                "feedback": "A DPIA is for likely high risk; this change adds none.",
            },
            {
                "text": "Ask every customer for consent before showing them the new sort order",
                "correct": False,
                "feedback": "Showing customers their own orders needs no new consent.",
            },
            {
                "text": "Register the change with the supervisory authority before release",
                "correct": False,
                "feedback": "Authorities are consulted only when a DPIA leaves high risk (Art. 36).",
            },
        ],
        "explanation": (
            "GDPR Art. 35(1) requires a DPIA only where processing is likely to be high risk. A sort option on "
            "data customers already see adds no new data, purpose or risk, so a note in the ticket is enough."
        ),
    },
    {
        "kind": "multiple",
        "scenario": "Several departments have sent Grace their plans for the coming quarter.",
        "prompt": "Which of these clearly needs a DPIA before it starts? Select all that apply.",
        "choices": [
            {
                "text": "Using an AI model to decide automatically who may use pay-later checkout",
                "correct": True,
                "feedback": "Automated decisions with significant effects are a named DPIA trigger.",
            },
            {
                "text": "Updating the privacy notice wording after a legal review",
                "correct": False,
                "feedback": "Clearer wording changes no processing and carries no new risk.",
            },
            {
                "text": "Adding an optional gift-message box at checkout, printed on the packing slip",
                "correct": False,
                "feedback": "A small optional field for one clear purpose is not high risk.",
            },
            {
                "text": "A monthly board report of sales totals per country",
                "correct": False,
                "feedback": "Anonymous totals carry no high risk.",
            },
            {
                "text": "Moving the staff canteen menu to a new intranet page",
                "correct": False,
                "feedback": "No personal data is involved.",
            },
        ],
        "explanation": (
            "GDPR Art. 35(3)(a) names systematic automated evaluation that decides something significant about "
            "people. The other plans add no new high risk, so they need no DPIA."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Tomasz must give the buying team a view of customer returns that is meant to be anonymous."
        ),
        "prompt": "Which steps help make it anonymous? Select all that apply.",
        "choices": [
            {
                "text": "Show age bands instead of dates of birth",
                "correct": True,
                "feedback": "Generalising removes a detail that often singles people out.",
            },
            {
                "text": "Drop the free-text “reason for return” column",
                "correct": True,
                "feedback": "Free text often holds names and other details.",
            },
            {
                "text": "Hide figures based on fewer than ten customers",
                "correct": True,
                "feedback": "Suppressing small groups stops singling out.",
            },
            {
                "text": "Swap customer names for hashed email addresses",
                "correct": False,
                "feedback": "Hashed emails can be matched; that is pseudonymisation.",
            },
            {
                "text": "Keep exact return timestamps so trends are sharper",
                "correct": False,
                "feedback": "Exact times help link rows to people; use the week or month.",
            },
        ],
        "explanation": (
            "Generalising, removing free text and suppressing small groups reduce the means reasonably likely to "
            "identify someone (Recital 26). Hashes and exact times keep people traceable."
        ),
    },
    {
        "kind": "multiple",
        "scenario": "",
        "prompt": "Which statements about anonymous and pseudonymised data are correct? Select all that apply.",
        "choices": [
            {
                "text": "Pseudonymised data still needs a lawful basis and security",
                "correct": True,
                "feedback": "It is still personal data, so every rule applies.",
            },
            {
                "text": "Anonymous totals may be kept after the raw data’s retention period",
                "correct": True,
                "feedback": "Art. 5(1)(e) limits identifiable data; anonymous figures can stay.",
            },
            {
                "text": "Hashing an email address makes it anonymous",
                "correct": False,
                "feedback": "Anyone with the same address can hash it and find the match.",
            },
            {
                "text": "Pseudonymised data is exempt from people’s rights requests",
                "correct": False,
                "feedback": "Rights still apply to pseudonymised data that can be linked to the person.",
            },
            {
                "text": "Data tested as anonymous stays so whatever technology comes later",
                "correct": False,
                "feedback": "Recital 26 asks you to weigh technology as it develops; review it.",
            },
        ],
        "explanation": (
            "Recital 26 keeps pseudonymised data inside the GDPR and puts anonymous data outside it, judged "
            "against current and developing technology. Art. 5(1)(e) lets anonymous data outlast retention."
        ),
    },
    {
        "kind": "true_false",
        "scenario": (
            "Before analysts received a set of support tickets, customer IDs were replaced with random codes and "
            "the table linking codes to IDs was destroyed, with no copy. The free-text ticket bodies were kept."
        ),
        "prompt": "True or false: with the link table gone, the ticket set is anonymous.",
        "choices": [
            {
                "text": "True",
                "correct": False,
                "feedback": "Ticket bodies often contain names, addresses and order numbers.",
            },
            {"text": "False", "correct": True, "feedback": ""},
        ],
        "explanation": (
            "Destroying the key is not enough when the text itself identifies people. Under Recital 26, data is "
            "anonymous only if no one can identify anyone by means reasonably likely to be used."
        ),
    },
    {
        "kind": "true_false",
        "scenario": (
            "Grace’s DPIA for the fraud-scoring system finds a high risk to customers that no available measure "
            "can bring down."
        ),
        "prompt": (
            "True or false: Northwind has to consult the supervisory authority before it starts the processing."
        ),
        "choices": [
            {"text": "True", "correct": True, "feedback": ""},
            {
                "text": "False",
                "correct": False,
                "feedback": "A high risk left over after a DPIA means prior consultation.",
            },
        ],
        "explanation": (
            "GDPR Art. 36(1) requires the controller to consult the supervisory authority before processing when "
            "a DPIA shows a high risk that it cannot reduce by its own measures."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Chloe, an HR business partner, is asked to run criminal-record checks on every applicant for "
            "warehouse and office jobs in Ireland and the UK."
        ),
        "prompt": "What should Chloe do before setting this up?",
        "choices": [
            {
                "text": "Start, because applicants accept the checks simply by applying",
                "correct": False,
                "feedback": "Applying is not a lawful basis for criminal-offence data.",
            },
            {
                "text": "Start, but keep the results in a locked spreadsheet on her laptop",
                "correct": False,
                "feedback": "Security does not make the checks lawful in the first place.",
            },
            {
                "text": "Check with Grace whether a law permits it and if a DPIA is needed",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Add a consent tick box to the application form, which makes it lawful",
                "correct": False,
                "feedback": "Job applicants can rarely give free consent, and Art. 10 needs a legal basis.",
            },
        ],
        "explanation": (
            "Criminal-offence data may be processed only under official authority or where law allows it "
            "(GDPR Art. 10). Large-scale processing of it is a DPIA trigger under Art. 35(3)(b)."
        ),
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "Tomasz wants to join web-visit and order tables with pseudonymous IDs to study why members lapse. "
            "The privacy notice covers this analysis, the data stays in the secured warehouse, and Jonas’s team "
            "holds the key."
        ),
        "prompt": "Can Tomasz go ahead?",
        "choices": [
            {
                "text": "No: analysis must run on anonymous data, never on pseudonymous IDs",
                "correct": False,
                "feedback": "Following customers over time needs a stable ID; pseudonyms are the right tool.",
            },
            {
                "text": "Not yet: each member must first consent to being included in the study",
                "correct": False,
                "feedback": "The analysis already has a basis and is in the notice.",
            },
            {
                "text": "Only after the names are put back",
                "correct": False,
                "feedback": "That would remove the protection for no gain.",
            },
            {
                "text": "Yes: this is the kind of work pseudonymised data is meant for",
                "correct": True,
                "feedback": "",
            },
        ],
        "explanation": (
            "Pseudonymisation lets analysts join data without seeing who people are. It is still personal data "
            "(Recital 26), but with a basis, a notice and a separate key it is good design under GDPR Art. 25."
        ),
    },
]
