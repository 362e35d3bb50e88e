"""Question bank for the track Data ethics in your role: Engineering and data.

A judgment question says so under "judgment": "go_ahead" (going ahead is the right answer)
or "over_caution" (the mistake is to hold back, delete or escalate needlessly); tests.content.quality
counts them, and the quiz builder leaves the key out of the quiz.
"""

QUESTIONS = [
    # --- Privacy by design and DPIA triggers -------------------------------------------------
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "Tomasz, a data analyst, has built a dashboard showing the weekly return rate for each product "
            "category, such as tents or boots. It is fed from the warehouse, shows only percentages over "
            "thousands of orders, and holds no customer IDs. Ravi wants it shared with the buying team."
        ),
        "prompt": "What should Tomasz do?",
        "choices": [
            {
                "text": "Share it: rates per category over thousands of orders identify nobody.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Hold it back until Grace has run a full DPIA on the new dashboard.",
                "correct": False,
                "feedback": "Weekly rates per category over thousands of orders carry no real risk to anyone; no DPIA is needed.",
            },
            {
                "text": "Add customer IDs to every row so buyers can check the figures later.",
                "correct": False,
                "feedback": "That would turn an anonymous report into personal data the buying team does not need.",
            },
            {
                "text": "First ask each customer who sent something back for their consent.",
                "correct": False,
                "feedback": "Consent is not needed to publish totals that identify no one.",
            },
        ],
        "explanation": (
            "Aggregates over large groups that cannot be linked back to a person are anonymous and fall outside "
            "the GDPR (Recital 26). Building reports this way is privacy by design (Art. 25) and meets "
            "minimisation (Art. 5(1)(c)). A DPIA is for processing likely to be high risk (Art. 35(1))."
        ),
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "Aisha is adding an optional “preferred delivery day” setting to customer accounts. It is used only "
            "to plan deliveries, only the delivery service can read it, and it is deleted with the account. It "
            "adds no new kind of data to what Northwind already holds for orders."
        ),
        "prompt": "What does the change need before she builds it?",
        "choices": [
            {
                "text": "A DPIA, because every new personal data field needs one under Art. 35.",
                "correct": False,
                "feedback": "A DPIA is for processing likely to be high risk; a delivery preference is not.",
            },
            {
                "text": "A consent checkbox, since customers must agree before a preference is stored.",
                "correct": False,
                "feedback": "The customer chooses the setting to get their parcels when they want; contract covers it.",
            },
            {
                "text": "The purpose, access and retention written in the ticket; then build.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Nothing at all: optional fields fall outside data protection rules.",
                "correct": False,
                "feedback": "Whatever a customer fills in is still personal data, optional or not.",
            },
        ],
        "explanation": (
            "Art. 25 asks for privacy to be thought through in every design: purpose, access, retention and "
            "deletion. Art. 35(1) requires a DPIA only where processing is likely to result in a high risk, "
            "and a low-risk preference for a service the customer asked for is not that."
        ),
    },
    {
        "kind": "multiple",
        "scenario": "Several plans are waiting in the engineering backlog for next quarter.",
        "prompt": "Which of them should go to Grace for a DPIA before any code is written? Select all that apply.",
        "choices": [
            {
                "text": "An automatic fraud score that cancels customers’ orders and blocks their accounts with no human check",
                "correct": True,
                "feedback": "Automated scoring that decides something important about people is a listed case (Art. 35(3)(a)).",
            },
            {
                "text": "Matching app location history with a data broker’s household-income data to target offers",
                "correct": True,
                "feedback": "Location tracking plus combining data sets from different sources: two warning signs.",
            },
            {
                "text": "A hiking-fitness feature that stores heart-rate data from thousands of customers’ watches",
                "correct": True,
                "feedback": "Health data on a large scale is a listed case (Art. 35(3)(b)).",
            },
            {
                "text": "Changing the checkout button from grey to green to see which colour sells more",
                "correct": False,
                "feedback": "A design test that adds no personal data and no new risk needs no DPIA.",
            },
            {
                "text": "Renaming the “tel” column in the customer table to “phone_number”",
                "correct": False,
                "feedback": "Renaming a column changes no data, purpose or risk.",
            },
        ],
        "explanation": (
            "GDPR Art. 35(1) requires a DPIA before processing likely to be high risk. Art. 35(3) names automated "
            "scoring with significant effects and large-scale special-category data (such as health), and the "
            "authorities’ lists under Art. 35(4) add tracking location and combining data sets. Small changes "
            "with no new data or risk need none."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A new wish-list feature is almost ready. In the current design, every customer’s wish list is "
            "public from the moment it is created and can be found by searching their name. Customers can "
            "make a list private in their settings."
        ),
        "prompt": "What does data protection by default ask of this design?",
        "choices": [
            {
                "text": "Keep lists public, but mention in the privacy notice that they can be searched.",
                "correct": False,
                "feedback": "Telling people is good, but it does not change the default Art. 25(2) asks for.",
            },
            {
                "text": "Start every list private, and let customers share one if they choose.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Keep lists public, since anyone who minds can switch them off in the settings.",
                "correct": False,
                "feedback": "By default means the careful setting comes first; people should not have to hunt for it.",
            },
            {
                "text": "Drop the wish-list feature entirely, since any sharing of lists is too risky.",
                "correct": False,
                "feedback": "Too cautious: the feature is fine with private lists and sharing by choice.",
            },
        ],
        "explanation": (
            "GDPR Art. 25(2) says that by default personal data must not be made open to an unlimited number of "
            "people without the person choosing it. A private-first wish list, shared when the customer decides, "
            "meets that without dropping the feature."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A data engineer has finished a pipeline that links the app’s location pings with purchase history "
            "to predict where customers will travel next. Launch is set for Monday. Grace hears about it for the "
            "first time on Thursday; no DPIA was done."
        ),
        "prompt": "What is the right course now?",
        "choices": [
            {
                "text": "Launch on Monday and complete the DPIA during the first month of running.",
                "correct": False,
                "feedback": "A DPIA must come before the processing starts, not after.",
            },
            {
                "text": "Launch it for half of the users as a trial while the DPIA is written up.",
                "correct": False,
                "feedback": "A trial on real customers is still processing; it needs the DPIA first too.",
            },
            {
                "text": "Skip the DPIA, because the code is finished and nothing could change now.",
                "correct": False,
                "feedback": "A DPIA can and should still change the design, even late.",
            },
            {
                "text": "Hold the launch until the DPIA is done and its changes are built in.",
                "correct": True,
                "feedback": "",
            },
        ],
        "explanation": (
            "GDPR Art. 35(1) requires the assessment prior to the processing. Location tracking combined with "
            "other data sets to predict behaviour shows several warning signs on the authorities’ lists "
            "(Art. 35(4)). If a high risk remains after the DPIA, the authority must be consulted first (Art. 36)."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Aisha’s team is switching delivery text messages to a new SMS provider. The provider will receive "
            "each customer’s first name, mobile number and order status."
        ),
        "prompt": "What should happen before the first message is sent?",
        "choices": [
            {
                "text": "Tell Grace’s team about the new recipient, and make sure a processor contract is signed.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Nothing more: the record of processing only changes for new purposes, not new vendors.",
                "correct": False,
                "feedback": "The record lists who receives data (Art. 30(1)(d)), so a new recipient belongs in it.",
            },
            {
                "text": "Note the change on the team wiki, since the official record is only needed for audits.",
                "correct": False,
                "feedback": "The record must be kept up to date and shown to the authority on request (Art. 30(4)).",
            },
            {
                "text": "Ask every customer for consent to receive delivery texts from the new provider.",
                "correct": False,
                "feedback": "Delivery updates serve the order; the provider acts for us under a contract, not consent.",
            },
        ],
        "explanation": (
            "GDPR Art. 30(1) requires the record of processing to name the recipients of personal data, so Grace’s "
            "team must hear about a new vendor. A vendor acting for Northwind needs a written processor contract "
            "under Art. 28(3) before any data is shared."
        ),
    },
    # --- Test data, logs, analytics and keys ---------------------------------------------------
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "Before Black Friday, Aisha wants to load-test the order service at realistic volumes. The data "
            "platform team offers an extract in which names, emails, phones and addresses are replaced with "
            "tokens, unused columns are dropped, and the lookup table stays in production. The data owner has "
            "approved it, and the extract will be deleted after the test."
        ),
        "prompt": "What should Aisha do?",
        "choices": [
            {
                "text": "Refuse it: pseudonymised data is personal data, so it may never be used for tests.",
                "correct": False,
                "feedback": "It is still personal data, but that means protecting it, not never using it.",
            },
            {
                "text": "Ask for the full production copy instead, since it would be more realistic.",
                "correct": False,
                "feedback": "The test needs volumes and patterns, not real names and addresses.",
            },
            {
                "text": "Use the extract in the load-test setup and delete it when the test ends.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Copy the lookup table along with it, so any failing order can be traced.",
                "correct": False,
                "feedback": "Keeping the key with the data undoes the pseudonymisation.",
            },
        ],
        "explanation": (
            "Pseudonymised data under GDPR Art. 4(5) keeps the extra information needed to identify people apart "
            "and secured. It is still personal data (Recital 26), so it needs approval, protection and deletion, "
            "but it is a sound way to test with real patterns (Art. 25, Art. 32(1)(a))."
        ),
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": (
            "A bug makes some customers’ discount codes fail at checkout. The service logs that would show why "
            "hold customers’ IP addresses. Aisha has normal access to them as an on-call engineer. A colleague "
            "says she must not open them until Grace approves, because IP addresses are personal data."
        ),
        "prompt": "What should Aisha do?",
        "choices": [
            {
                "text": "Wait for Grace’s written approval before she opens any log that contains an IP address.",
                "correct": False,
                "feedback": "Needless delay: fixing the service is what these logs are kept for.",
            },
            {
                "text": "Delete the affected logs first, and then try to recreate the bug on staging instead.",
                "correct": False,
                "feedback": "That destroys the evidence she needs and helps no one.",
            },
            {
                "text": "Copy the logs onto her laptop, so she can search them offline without the access checks.",
                "correct": False,
                "feedback": "This creates an uncontrolled copy outside the protected system.",
            },
            {
                "text": "Read the logs her on-call access already covers, and use them to fix the bug.",
                "correct": True,
                "feedback": "",
            },
        ],
        "explanation": (
            "IP addresses can be personal data, but logs kept to run and fix the service may be used for that "
            "purpose by the people who have access (GDPR Art. 5(1)(b)). Security still applies: no copies outside "
            "the system (Art. 32). Holding back a bug fix protects nobody."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Aisha reviews what the password-reset service writes to the central log each time a customer "
            "resets a password."
        ),
        "prompt": "Which of these log items should she remove or mask? Select all that apply.",
        "choices": [
            {
                "text": "The one-time reset token sent in the email link",
                "correct": True,
                "feedback": "Anyone reading the log could use a live token to take over the account.",
            },
            {
                "text": "The full request body, including the new password",
                "correct": True,
                "feedback": "Passwords must never be logged, in any form.",
            },
            {
                "text": "The email address as typed into the form",
                "correct": True,
                "feedback": "A customer ID does the same job without spreading the email address.",
            },
            {
                "text": "The customer ID of the account",
                "correct": False,
                "feedback": "An ID is the usual way to trace a problem without copying personal details.",
            },
            {
                "text": "The HTTP status code returned",
                "correct": False,
                "feedback": "Status codes are needed to run the service and say nothing about the person.",
            },
        ],
        "explanation": (
            "Logs should hold only what is needed to run and fix the service (GDPR Art. 5(1)(c)). Secrets such as "
            "passwords and reset tokens are a security risk in any log (Art. 32), and an ID can replace the "
            "email address."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A frontend developer suggests sending a SHA-256 hash of each customer’s email address to the "
            "product-analytics tool as the user ID, saying this makes the events anonymous."
        ),
        "prompt": "Is the developer right?",
        "choices": [
            {
                "text": "Yes: once it is hashed, nobody can get the email back, so the GDPR stops applying.",
                "correct": False,
                "feedback": "Anyone with the email can hash it and match; the data is still about a person.",
            },
            {
                "text": "Yes, as long as every email address is changed to lower case before hashing.",
                "correct": False,
                "feedback": "Consistent hashing makes matching easier, not harder.",
            },
            {
                "text": "No: anyone who holds the email can compute the same hash. Use a random ID.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "No: a hashed phone number would be a safer identifier to send to the tool.",
                "correct": False,
                "feedback": "A hashed phone number can be matched in exactly the same way.",
            },
        ],
        "explanation": (
            "A hash of an email is at best pseudonymous (GDPR Art. 4(5)): anyone who has the email, including "
            "ad platforms, can compute it and link the events to a person, so it stays personal data "
            "(Recital 26). A random analytics ID reveals far less."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Northwind’s website sets a first-party analytics cookie on every visitor to see which pages lose "
            "shoppers. A frontend developer says that visitors in Ireland and Germany need not be asked, "
            "because analytics are essential to running a good site."
        ),
        "prompt": "What is the position for these EU visitors?",
        "choices": [
            {
                "text": "No consent is needed, because the cookie is first-party and never leaves Northwind.",
                "correct": False,
                "feedback": "The rule covers storing anything on the device, first-party or not.",
            },
            {
                "text": "No consent is needed if the privacy notice explains the analytics cookie.",
                "correct": False,
                "feedback": "Information alone is not enough in the EU; the visitor must agree first.",
            },
            {
                "text": "Consent is needed: analytics are useful, not strictly necessary for the visit.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Consent is needed only if the analytics data is later used for advertising.",
                "correct": False,
                "feedback": "Consent is needed for the cookie itself, whatever the later use.",
            },
        ],
        "explanation": (
            "ePrivacy Directive Art. 5(3) requires consent to store or read information on a user’s device "
            "unless it is strictly necessary for the service the user asked for. Analytics help Northwind but "
            "are not needed to show the page, so EU visitors must opt in first."
        ),
    },
    {
        "kind": "true_false",
        "scenario": (
            "For visitors in the UK, Aisha’s colleague proposes setting a first-party cookie that counts which "
            "help pages are read, purely to improve them. The cookie banner would explain it and offer a "
            "one-click way to turn it off, but would not ask for agreement first."
        ),
        "prompt": "True or false: under PECR as it now stands, this can be done without prior consent.",
        "choices": [
            {"text": "True", "correct": True, "feedback": ""},
            {
                "text": "False",
                "correct": False,
                "feedback": "The Data (Use and Access) Act 2025 added an exemption for this kind of analytics in the UK.",
            },
        ],
        "explanation": (
            "PECR reg. 6, as amended by the Data (Use and Access) Act 2025, lets a site store or read information "
            "for statistics used to improve its own service, without consent, if users get clear information and "
            "a simple, free way to object. EU visitors still need consent under ePrivacy Art. 5(3)."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Jonas, the IT security engineer, finds that a service-account key for the data warehouse was "
            "committed to an internal repository three months ago. About 40 staff can read the repository."
        ),
        "prompt": "What should be done first?",
        "choices": [
            {
                "text": "Delete the file in a new commit, since that removes the key from the code.",
                "correct": False,
                "feedback": "The key stays in the history, and it still works until it is replaced.",
            },
            {
                "text": "Leave the key as it is, because the repository can only be read by Northwind staff.",
                "correct": False,
                "feedback": "Least privilege applies inside the company too; 40 people now hold warehouse access.",
            },
            {
                "text": "Rewrite the git history to erase the key, and then keep using the same key as before.",
                "correct": False,
                "feedback": "Anyone who copied it still has a working key; only rotation ends that.",
            },
            {
                "text": "Rotate the key, then check its access logs for any use that should not have happened.",
                "correct": True,
                "feedback": "",
            },
        ],
        "explanation": (
            "GDPR Art. 32(1) asks for security that fits the risk, including lasting confidentiality. A leaked "
            "secret must be rotated; its logs then show whether data was reached. If it was, Jonas and Grace "
            "decide whether it is a breach to report within 72 hours (Art. 33)."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Tomasz joins a three-month project to study why customers cancel their Northwind Rewards membership. "
            "His manager asks what access to set up for him."
        ),
        "prompt": "Which of these fit least privilege? Select all that apply.",
        "choices": [
            {
                "text": "Read-only access to the pseudonymised membership tables in the warehouse",
                "correct": True,
                "feedback": "That is what the analysis needs, and no more.",
            },
            {
                "text": "His own named account, ending when the project does",
                "correct": True,
                "feedback": "Named accounts show who did what, and access ends with the need.",
            },
            {
                "text": "Write access to the production customer database, in case he spots an error",
                "correct": False,
                "feedback": "An analyst studying cancellations does not need to change live data.",
            },
            {
                "text": "The team’s shared admin login, so he can start straight away",
                "correct": False,
                "feedback": "Shared logins hide who did what and give far more than he needs.",
            },
            {
                "text": "Admin rights on the payment provider’s console",
                "correct": False,
                "feedback": "Payment details have nothing to do with why members cancel.",
            },
        ],
        "explanation": (
            "GDPR Art. 32 asks for appropriate security, and Art. 25(2) says data should by default be open only "
            "to those who need it. Least privilege means the narrowest access for the job, on a named account, "
            "for as long as the job lasts."
        ),
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": (
            "While tidying the warehouse, Tomasz proposes dropping every table built from orders older than the "
            "two-year retention period. The list includes the raw order rows and a table of monthly sales "
            "totals per country, with no customer IDs and no country under 5,000 orders."
        ),
        "prompt": "What should he drop?",
        "choices": [
            {
                "text": "Both, because any table built from personal data must go when its period ends.",
                "correct": False,
                "feedback": "Too far: totals that identify no one are not personal data and may be kept.",
            },
            {
                "text": "The raw order rows, keeping the anonymous monthly totals per country.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Neither, because totals and raw rows are both needed for trend reports.",
                "correct": False,
                "feedback": "Reports can run on the totals; the raw rows have passed their period.",
            },
            {
                "text": "Only the totals table, since the raw rows could be useful for a future model.",
                "correct": False,
                "feedback": "The wrong way round: the raw rows are the personal data past their period.",
            },
        ],
        "explanation": (
            "Storage limitation (GDPR Art. 5(1)(e)) applies to data that identifies people. Anonymous totals over "
            "large groups are outside the GDPR (Recital 26) and may be kept after the raw data is deleted."
        ),
    },
    # --- Deleting for real ---------------------------------------------------------------------
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": (
            "A customer has asked Northwind to erase her data. Jonas suggests wiping the entire set of nightly "
            "backups to be sure she is gone. The backups are kept for 35 days, are encrypted, and are the only "
            "way to recover the shop after a failure; they also hold invoices that tax law says we must keep."
        ),
        "prompt": "What is the right approach?",
        "choices": [
            {
                "text": "Wipe the entire backup set today, since an erasure request outweighs every other need we have.",
                "correct": False,
                "feedback": "Too far: it throws away the means to recover and records we must keep.",
            },
            {
                "text": "Restore each backup in turn, delete her records from it, and then save a fresh copy of each.",
                "correct": False,
                "feedback": "Costly and risky for no gain; the backups will expire within 35 days.",
            },
            {
                "text": "Keep her data beyond use until the backups expire, and replay the deletion on any restore.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Tell the customer that data held in backups is exempt, so her request cannot be met in full.",
                "correct": False,
                "feedback": "The request can be met; backups are put beyond use and clear on their cycle.",
            },
        ],
        "explanation": (
            "GDPR Art. 17 gives a right to erasure, but Art. 32(1)(c) requires the ability to restore data after "
            "an incident and Art. 17(3)(b) lets us keep data a law requires. Keeping her data beyond use until the "
            "backups expire, and re-applying the deletion after any restore, meets the request without that harm."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "After an erasure request, Aisha has removed a shopper’s profile from the primary store. She lists "
            "the other places that may still hold it."
        ),
        "prompt": "Which of these need their own removal step? Select all that apply.",
        "choices": [
            {
                "text": "The product-search index, which stores reviews with the reviewer’s name",
                "correct": True,
                "feedback": "A search index is a separate store; it needs its own delete call.",
            },
            {
                "text": "The profile cache, whose entries expire only after 30 days",
                "correct": True,
                "feedback": "Thirty days is too long; clear her entry when the account is deleted.",
            },
            {
                "text": "The email platform that sends Northwind’s newsletters for us",
                "correct": True,
                "feedback": "A processor acts on our instructions and must help with erasure (Art. 28(3)(a) and (e)).",
            },
            {
                "text": "The warehouse’s nightly snapshot tables of customer accounts",
                "correct": True,
                "feedback": "Snapshots are copies; the deletion must be passed on to them.",
            },
            {
                "text": "The read replica that streams every change from the main database",
                "correct": False,
                "feedback": "A streaming replica applies the delete automatically.",
            },
        ],
        "explanation": (
            "Erasure under GDPR Art. 17 covers every copy we control, and Art. 19 asks us to tell recipients. "
            "Caches, search indexes, warehouse snapshots and processors each need a step; a replica that streams "
            "changes follows the main database."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Northwind has moved its newsletters to a new email platform, and the contract with the old one ends "
            "this month. The old platform still holds 600,000 subscriber records."
        ),
        "prompt": "What should happen to those records?",
        "choices": [
            {
                "text": "The old vendor deletes them, or returns them first, and confirms it in writing.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Nothing: when the contract ends, the vendor’s duties towards the data end with it.",
                "correct": False,
                "feedback": "The contract must require deletion or return at the end of the service.",
            },
            {
                "text": "Export them all to a shared drive just in case, then close the old account.",
                "correct": False,
                "feedback": "The new platform already has what it needs; a spare copy is more risk.",
            },
            {
                "text": "Close the account, as closing an account always deletes everything the vendor holds.",
                "correct": False,
                "feedback": "Closing an account does not prove anything was deleted; ask for confirmation.",
            },
        ],
        "explanation": (
            "GDPR Art. 28(3)(g) requires a processor to delete or return all personal data when the service ends, "
            "unless a law requires it to be kept. Asking for written confirmation shows it was done (Art. 5(2))."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Aisha is writing a nightly job that deletes support chats older than two years, as the retention "
            "schedule sets. Legal has placed about 30 of those chats on hold because of a dispute with a supplier."
        ),
        "prompt": "How should the job treat the 30 chats?",
        "choices": [
            {
                "text": "Delete them with the rest, since the retention period overrides any other reason.",
                "correct": False,
                "feedback": "Data needed for legal claims may be kept while the claim lasts.",
            },
            {
                "text": "Skip them while the hold lasts, and delete them as soon as Legal lifts it.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Stop the whole job until the dispute is over, so that nothing is lost by mistake.",
                "correct": False,
                "feedback": "The other chats have passed their period and should go on schedule.",
            },
            {
                "text": "Export the 30 chats to Aisha’s own drive, then let the job delete all of them.",
                "correct": False,
                "feedback": "A private copy is outside every control and still has to be found later.",
            },
        ],
        "explanation": (
            "Storage limitation (GDPR Art. 5(1)(e)) means deleting data when its period ends, but Art. 17(3)(e) "
            "lets us keep data needed for legal claims. A retention job should honour holds and delete the "
            "records once the hold is lifted."
        ),
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "After a storage failure, the order database must be restored from a backup taken five days ago. "
            "Since then, two customers have had their data erased, and the deletion log records their IDs."
        ),
        "prompt": "What should the team do?",
        "choices": [
            {
                "text": "Restore it, and replay the two logged deletions before the shop goes live again.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Refuse to restore, and rebuild the order database from scratch without any backup.",
                "correct": False,
                "feedback": "Too cautious: losing five days of orders harms every customer, and the deletions can be replayed.",
            },
            {
                "text": "Restore it, and leave the two customers’ data there, since backups are not covered.",
                "correct": False,
                "feedback": "Restored data is live again; the erasure must be applied once more.",
            },
            {
                "text": "Ask the two customers for permission before restoring any backup with their data.",
                "correct": False,
                "feedback": "Needless: replaying the deletions honours their requests without asking.",
            },
        ],
        "explanation": (
            "GDPR Art. 32(1)(c) expects us to restore data after an incident. Erasures under Art. 17 must survive "
            "the restore, so the logged deletions are applied again before the data is used."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "A shopper who bought a tent last year wants everything about her wiped. Grace checks what may stay "
            "once that is done."
        ),
        "prompt": "Which of these may be kept? Select all that apply.",
        "choices": [
            {
                "text": "The invoice for last year’s tent, which tax law requires us to keep",
                "correct": True,
                "feedback": "A legal duty to keep records is an exception to erasure (Art. 17(3)(b)).",
            },
            {
                "text": "Browsing history from the app, kept to suggest products",
                "correct": False,
                "feedback": "No exception applies; it must be erased.",
            },
            {
                "text": "Saved delivery addresses on her account",
                "correct": False,
                "feedback": "They served her account, which is being erased.",
            },
            {
                "text": "Northwind Rewards points history",
                "correct": False,
                "feedback": "Loyalty data has no legal reason to stay once she leaves.",
            },
            {
                "text": "Monthly sales totals per country that include her order",
                "correct": True,
                "feedback": "Totals that identify no one are not her personal data.",
            },
        ],
        "explanation": (
            "GDPR Art. 17(3)(b) lets us keep data a law obliges us to keep, such as invoices. Anonymous totals "
            "are not personal data (Recital 26). Everything else goes, and the reply should say what was kept "
            "and why, within one month (Art. 12(3))."
        ),
    },
]
