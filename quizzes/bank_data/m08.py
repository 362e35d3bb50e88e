"""Question bank for module 8: Keep data accurate.

A judgment question says so under "judgment": "go_ahead" (going ahead is the right answer)
or "over_caution" (the mistake is to hold back, delete or escalate needlessly); tests.content.quality
counts them, and the quiz builder leaves the key out of the quiz.
"""

QUESTIONS = [
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "A Northwind Rewards member writes in the app’s signed-in chat: “I’ve moved, my new address is "
            "14 Quay Street, Galway.” A new colleague asks Marco, a support agent, whether they need ID first."
        ),
        "prompt": "What should Marco tell his colleague?",
        "choices": [
            {
                "text": "Update it now; the signed-in chat is check enough for an address",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Ask the member for a passport scan before changing anything at all",
                "correct": False,
                "feedback": "Too much: the request comes from inside the member’s own account.",
            },
            {
                "text": "Tell the member to post a signed letter showing the new address",
                "correct": False,
                "feedback": "A rights request can arrive in any channel; no letter is needed.",
            },
            {
                "text": "Wait until the next parcel comes back from the old address",
                "correct": False,
                "feedback": "That sends a parcel to the wrong place on purpose.",
            },
        ],
        "explanation": (
            "Members can have inaccurate data corrected without undue delay (GDPR Art. 16). Checks should match "
            "the risk: a request from the signed-in account leaves no reasonable doubt about identity "
            "(Art. 12(6))."
        ),
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": (
            "A customer tells Marco she has changed her surname since she married. Sofia suggests also rewriting "
            "the name on all her past invoices so every record matches."
        ),
        "prompt": "What is the right way to handle it?",
        "choices": [
            {
                "text": "Rewrite the name on every past invoice so that all the records match",
                "correct": False,
                "feedback": "Past invoices truly were issued in the old name; changing them makes them wrong.",
            },
            {
                "text": "Delete her old invoices, as they show her old name",
                "correct": False,
                "feedback": "Invoices must be kept for tax and are accurate records of the past.",
            },
            {
                "text": "Update the account name; past invoices stay as issued",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Keep the old name until she sends in a copy of her marriage certificate",
                "correct": False,
                "feedback": "A heavy check for a low-risk change only delays a valid request.",
            },
        ],
        "explanation": (
            "Accuracy means the data is right for what it records (GDPR Art. 5(1)(d)). Her current name is "
            "corrected under Art. 16; invoices issued in the old name remain true records of what happened."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Someone phones Marco to switch the mobile number that receives login codes, saying their phone "
            "was stolen. They quote the order number of a recent delivery but fail the security check."
        ),
        "prompt": "What should Marco do?",
        "choices": [
            {
                "text": "Change it now, since corrections must be made without undue delay",
                "correct": False,
                "feedback": "Speed never means skipping the check that protects the account.",
            },
            {
                "text": "Log the request and send the caller through the full identity check",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Change it, because the order number shows the caller owns the account",
                "correct": False,
                "feedback": "Order numbers appear on emails and parcels that others can see.",
            },
            {
                "text": "Refuse and close the case, as numbers cannot be changed by phone",
                "correct": False,
                "feedback": "The request may be genuine; offer the proper route instead of refusing.",
            },
        ],
        "explanation": (
            "Changing the number that controls a login is a common route to account takeover. Checks should "
            "match the risk (GDPR Art. 12(6) and Art. 32); the request still has to be logged and answered."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A customer asks for a note on her account to be removed. It reads “serial returner, probably "
            "reselling”. The records show six returns in two years, all within the returns policy."
        ),
        "prompt": "What should Marco do?",
        "choices": [
            {
                "text": "Leave it: staff notes are opinions, so customers cannot challenge them",
                "correct": False,
                "feedback": "This note states a guess as fact, and customers can challenge inaccurate data.",
            },
            {
                "text": "Delete every note on her account",
                "correct": False,
                "feedback": "Other notes may be accurate and needed; fix the one that is wrong.",
            },
            {
                "text": "Escalate so the note is corrected, then confirm to her",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Add her objection underneath and keep the original note unchanged",
                "correct": False,
                "feedback": "The records do not support the note, so it needs correcting, not just a reply.",
            },
        ],
        "explanation": (
            "A note that presents an unsupported guess as fact is inaccurate (GDPR Art. 5(1)(d)). She can have "
            "it corrected without undue delay under Art. 16."
        ),
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "A customer’s account shows a complaint about a broken camping stove closed as “customer refused "
            "replacement”. She writes that she refused because a refund had been agreed, which is on file, and "
            "asks for that to be noted."
        ),
        "prompt": "What should Marco do?",
        "choices": [
            {
                "text": "Decline: the record is not wrong",
                "correct": False,
                "feedback": "Incomplete data can be completed; that is part of the same right.",
            },
            {
                "text": "Add a note that a refund was agreed, and tell her it is done",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Delete the complaint record so that nothing misleading remains",
                "correct": False,
                "feedback": "The complaint happened; completing it is better than erasing it.",
            },
            {
                "text": "Ask her to file a formal access request before anything changes",
                "correct": False,
                "feedback": "She asked for a correction, not a copy of her data.",
            },
        ],
        "explanation": (
            "GDPR Art. 16 lets a person have incomplete data completed, for example by a supplementary "
            "statement. Adding the missing fact is quick and needs no escalation."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "On 10 April a customer in France emails Northwind to correct the spelling of her street name. The "
            "request is simple and clear."
        ),
        "prompt": "What is the latest the EU GDPR allows for the answer?",
        "choices": [
            {
                "text": "13 April, 72 hours after the request arrived",
                "correct": False,
                "feedback": "72 hours is the deadline for telling the authority about a breach.",
            },
            {
                "text": "25 May, 45 days after the request arrived",
                "correct": False,
                "feedback": "45 days is the CCPA/CPRA response period.",
            },
            {
                "text": "10 July, as any request may take three months",
                "correct": False,
                "feedback": "Extra time is for complex or numerous requests, and must be announced.",
            },
            {
                "text": "10 May, though a fix this simple should come far sooner",
                "correct": True,
                "feedback": "",
            },
        ],
        "explanation": (
            "GDPR Art. 12(3) requires an answer without undue delay and within one month of receipt. Only "
            "complex or numerous requests allow two more months, and the person must be told within the first."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "On 2 June a customer in Leeds asks Northwind to correct the date of birth that blocks her from an "
            "age-checked purchase. Hannah reasonably asks for proof of age and identity, which arrives on 9 June."
        ),
        "prompt": "Under the UK GDPR, when does the one-month period start?",
        "choices": [
            {
                "text": "2 June, so a week of the month was lost while waiting",
                "correct": False,
                "feedback": "In the UK the month starts once ID that was reasonably asked for arrives.",
            },
            {
                "text": "9 June, when the proof of identity arrived",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Once the change has been made, whenever that happens to be",
                "correct": False,
                "feedback": "The clock does not wait for Northwind to act.",
            },
            {
                "text": "There is none: asking for ID turns it into a three-month request",
                "correct": False,
                "feedback": "An ID check does not make a request complex.",
            },
        ],
        "explanation": (
            "UK GDPR Art. 12A says the month runs from the latest of receiving the request and receiving ID that "
            "the controller reasonably asked for. In the EU GDPR, Art. 12(3) counts from receipt of the request."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Marco corrects a misspelt delivery address. Last week the wrong address was passed to the courier "
            "for a parcel that is still in transit."
        ),
        "prompt": "What else should Marco do?",
        "choices": [
            {
                "text": "Nothing more; the courier’s copy of the address is the courier’s concern",
                "correct": False,
                "feedback": "Recipients of wrong data should be told where practical.",
            },
            {
                "text": "Cancel the order and ask the customer to place it again",
                "correct": False,
                "feedback": "Too drastic: telling the courier fixes the problem.",
            },
            {
                "text": "Tell the courier the corrected address while the parcel is on its way",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Wait and see whether the parcel arrives before telling anyone",
                "correct": False,
                "feedback": "Waiting risks the parcel, and the customer’s details, going astray.",
            },
        ],
        "explanation": (
            "GDPR Art. 19 asks a controller to pass a correction on to each recipient of the data, unless that "
            "is impossible or takes disproportionate effort."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Jonas finds that a nightly import swapped the house-number and flat-number columns for 2,000 "
            "customers last week."
        ),
        "prompt": "Which steps are right? Select all that apply.",
        "choices": [
            {
                "text": "Fix the import and correct the affected records",
                "correct": True,
                "feedback": "Fixing the cause protects every customer at once.",
            },
            {
                "text": "Check whether parcels or letters went astray, and tell Grace",
                "correct": True,
                "feedback": "Post to the wrong address may be a personal data breach.",
            },
            {
                "text": "Tell the courier partner about pending parcels",
                "correct": True,
                "feedback": "Recipients of the wrong data should get the correction.",
            },
            {
                "text": "Correct only the records of customers who complain",
                "correct": False,
                "feedback": "Known errors must be fixed whether or not anyone noticed.",
            },
            {
                "text": "Delete the 2,000 records and ask customers to register again",
                "correct": False,
                "feedback": "Over the top: the records can be repaired.",
            },
        ],
        "explanation": (
            "GDPR Art. 5(1)(d) requires every reasonable step to correct inaccurate data without delay, and "
            "Art. 19 asks that recipients are told. Misdirected post may need a breach assessment (Art. 33)."
        ),
    },
    {
        "kind": "multiple",
        "scenario": "Tomasz is checking records before they are used to train a model.",
        "prompt": "Which of these records is inaccurate? Select all that apply.",
        "choices": [
            {
                "text": "A 2023 order showing the address the parcel went to, though the customer has moved",
                "correct": False,
                "feedback": "It is a true record of where that parcel was sent.",
            },
            {
                "text": "A ticket note marked “agent’s view” that a caller sounded upset",
                "correct": False,
                "feedback": "A clearly labelled opinion accurately records what the agent thought.",
            },
            {
                "text": "A “gender” field filled in by guessing from the member’s first name",
                "correct": True,
                "feedback": "A guess recorded as fact is inaccurate data made on purpose.",
            },
            {
                "text": "A payment that arrived three weeks late, logged as late",
                "correct": False,
                "feedback": "It records what actually happened.",
            },
            {
                "text": "A marketing opt-in logged with the date the customer gave it",
                "correct": False,
                "feedback": "The date tells everyone how fresh the fact is.",
            },
        ],
        "explanation": (
            "Data is accurate when it is right for what it claims to be (GDPR Art. 5(1)(d)). History, labelled "
            "opinions and dated facts are accurate; a guess stored as fact is not."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "A Rewards member in San Diego emails to say Northwind has her birthday and phone number wrong."
        ),
        "prompt": "Which steps belong in handling her request? Select all that apply.",
        "choices": [
            {
                "text": "Log when the request arrived",
                "correct": True,
                "feedback": "The record shows the request was handled on time.",
            },
            {
                "text": "Verify in proportion before changing the phone number",
                "correct": True,
                "feedback": "A login number needs a stronger check than a birthday.",
            },
            {
                "text": "Fix the source record and the copies downstream",
                "correct": True,
                "feedback": "Otherwise the error survives in other systems.",
            },
            {
                "text": "Confirm to her when it is done",
                "correct": True,
                "feedback": "Confirming closes the request.",
            },
            {
                "text": "Fix nothing until she sends the request by post",
                "correct": False,
                "feedback": "Requests by email are valid; no letter is needed.",
            },
        ],
        "explanation": (
            "Californian consumers can ask for inaccurate data to be corrected (CCPA § 1798.106), normally within "
            "45 days (§ 1798.130). Log, verify in proportion, fix every copy and confirm."
        ),
    },
    {
        "kind": "multiple",
        "scenario": "Sofia reviews the results of last week’s newsletter.",
        "prompt": "Which signals should make her stop sending to a contact and check the record? Select all that apply.",
        "choices": [
            {
                "text": "An email that hard-bounces as “address not found”",
                "correct": True,
                "feedback": "The address is no longer valid.",
            },
            {
                "text": "A reply saying “this isn’t me, I’ve never shopped with you”",
                "correct": True,
                "feedback": "The address may belong to someone else now.",
            },
            {
                "text": "A customer who has not opened the last three newsletters",
                "correct": False,
                "feedback": "Not opening is a sign of interest, not of wrong data.",
            },
            {
                "text": "An email opened on a new device",
                "correct": False,
                "feedback": "People change phones; the address is still theirs.",
            },
            {
                "text": "A customer who opted out of texts but not of emails",
                "correct": False,
                "feedback": "That is a choice to respect for texts, not a sign of wrong data.",
            },
        ],
        "explanation": (
            "Bounces and “this isn’t me” replies show the data may be out of date, and GDPR Art. 5(1)(d) "
            "requires reasonable steps to correct it. Low engagement is a different matter."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Text updates for a customer’s deliveries have failed for a month with “number not in service”. "
            "The customer has a new order due tomorrow."
        ),
        "prompt": "What should Marco do?",
        "choices": [
            {
                "text": "Keep sending texts, since this is the number the customer gave",
                "correct": False,
                "feedback": "The failures show the number is out of date.",
            },
            {
                "text": "Close the customer’s account because the contact details are stale",
                "correct": False,
                "feedback": "Over the top: one number needs checking, not the whole account.",
            },
            {
                "text": "Flag the number and ask the customer by email to confirm a new one",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Copy the phone number from another account at the same address",
                "correct": False,
                "feedback": "That guesses, and may send a stranger’s texts to someone else.",
            },
        ],
        "explanation": (
            "A number that keeps failing is a sign of inaccurate data. GDPR Art. 5(1)(d) asks for reasonable "
            "steps to correct it, using a channel already on file rather than guessing."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A model blocks checkout for customers it flags as likely fraud. It is about to be retrained on 2021 "
            "data that includes customers whose fraud flags were later cleared."
        ),
        "prompt": "What should Tomasz raise before it is retrained?",
        "choices": [
            {
                "text": "Nothing: what goes into a model is outside the accuracy rules",
                "correct": False,
                "feedback": "Models make decisions about people from the data they learn.",
            },
            {
                "text": "That cleared flags must be corrected in the training data first",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "That more years of old data should be added so the model is bigger",
                "correct": False,
                "feedback": "More stale data spreads the same mistake further.",
            },
            {
                "text": "That the model should be switched off and every flag deleted",
                "correct": False,
                "feedback": "Too drastic: correct the data that is wrong.",
            },
        ],
        "explanation": (
            "A model trained on wrong flags repeats the mistake for many people at once. GDPR Art. 5(1)(d) "
            "requires data to be accurate and, where necessary, kept up to date."
        ),
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "Sofia plans a birthday voucher for Rewards members who opted in to offers. Members entered their "
            "own birthdays and can edit them in the app. A colleague says every birthday must be re-checked "
            "first."
        ),
        "prompt": "What should Sofia do?",
        "choices": [
            {
                "text": "Send it; members’ own entries are accurate enough for this",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Ask every member to re-confirm their birthday before anything is sent",
                "correct": False,
                "feedback": "Too much for a voucher, and it bothers every member for no gain.",
            },
            {
                "text": "Buy a list of dates of birth from a data broker to check them against",
                "correct": False,
                "feedback": "That collects more data from a third party for no real need.",
            },
            {
                "text": "Hold the voucher until each member confirms",
                "correct": False,
                "feedback": "Most would miss their birthday while the check goes on.",
            },
        ],
        "explanation": (
            "GDPR Art. 5(1)(d) asks for data to be accurate having regard to the purpose. Dates members entered "
            "and can edit themselves are accurate enough for a voucher."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A customer says a “chargeback” marker on his account is wrong and asks Northwind to stop using it "
            "while it is checked. Billing shows his bank raised a chargeback last year."
        ),
        "prompt": "What is the right response?",
        "choices": [
            {
                "text": "Remove the marker at once so that the customer is satisfied",
                "correct": False,
                "feedback": "Removing a marker you believe is right would make the data less accurate.",
            },
            {
                "text": "Refuse: nothing can change until the check is complete",
                "correct": False,
                "feedback": "He may ask for use to be restricted while accuracy is checked.",
            },
            {
                "text": "Keep using the marker as usual, since billing supports it",
                "correct": False,
                "feedback": "He is entitled to have it checked and its use limited meanwhile.",
            },
            {
                "text": "Log it, limit use of the marker while it is checked, and escalate",
                "correct": True,
                "feedback": "",
            },
        ],
        "explanation": (
            "When a person contests accuracy, they can ask for use to be restricted while it is checked "
            "(GDPR Art. 18(1)(a)). The privacy team then checks and explains the outcome."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "40,000 Rewards members left the optional “title” field (Mr, Ms, Mx…) blank. Someone proposes filling "
            "it in from first names so emails can open “Dear Ms …”."
        ),
        "prompt": "What is the better approach?",
        "choices": [
            {
                "text": "Fill in titles from first names and fix complaints as they arrive",
                "correct": False,
                "feedback": "That creates wrong data on purpose and upsets people.",
            },
            {
                "text": "Use a greeting that needs no title",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Fill them in from first names, but only for very common names",
                "correct": False,
                "feedback": "A guess is still a guess, however common the name.",
            },
            {
                "text": "Make the title field compulsory for every member at next login",
                "correct": False,
                "feedback": "Forcing a field the service does not need collects more than necessary.",
            },
        ],
        "explanation": (
            "Guessing creates inaccurate data (GDPR Art. 5(1)(d)), and forcing an unneeded field breaks "
            "minimisation (Art. 5(1)(c)). A neutral greeting needs neither."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Leon keeps a spreadsheet of his B2B contacts on his laptop because the CRM is slow. Last month a "
            "contact told the CRM team she had left her company."
        ),
        "prompt": "What should Leon do?",
        "choices": [
            {
                "text": "Update the spreadsheet from the CRM once a quarter",
                "correct": False,
                "feedback": "For three months he would still act on stale data.",
            },
            {
                "text": "Email the contact anyway, in case she returns to the company",
                "correct": False,
                "feedback": "Her details there are known to be out of date.",
            },
            {
                "text": "Work from the CRM and delete his private copy",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Keep both, but trust the spreadsheet because it is his own",
                "correct": False,
                "feedback": "His copy is the one that missed the correction.",
            },
        ],
        "explanation": (
            "Private copies miss corrections, so inaccurate data keeps being used (GDPR Art. 5(1)(d)). A "
            "spreadsheet on a laptop is also a security risk (Art. 32)."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A customer in California asks Northwind to correct her date of birth, which is wrong in her "
            "Rewards profile."
        ),
        "prompt": "Under the CCPA/CPRA, how long does Northwind normally have to respond?",
        "choices": [
            {
                "text": "45 days, which can be extended once by 45 more with notice",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "One month, the same as under the EU GDPR",
                "correct": False,
                "feedback": "The one-month period is the GDPR’s; the CCPA uses 45 days.",
            },
            {
                "text": "72 hours from the moment the request arrives",
                "correct": False,
                "feedback": "72 hours is the GDPR breach-notice deadline.",
            },
            {
                "text": "90 days from the start, with no need to tell her about any delay",
                "correct": False,
                "feedback": "Extra time needs notice to the consumer within the first 45 days.",
            },
        ],
        "explanation": (
            "Under CCPA § 1798.130, a business responds to a request to correct within 45 days. It may extend "
            "once by 45 days when reasonably necessary, telling the consumer within the first period."
        ),
    },
    {
        "kind": "true_false",
        "scenario": (
            "Marco writes on a ticket: “Agent’s view: caller seemed unsure which card he used.” The customer "
            "later says he was not unsure at all."
        ),
        "prompt": "True or false: the note has to be deleted because the customer disagrees with it.",
        "choices": [
            {
                "text": "True",
                "correct": False,
                "feedback": "A clearly labelled opinion accurately records what the agent thought.",
            },
            {"text": "False", "correct": True, "feedback": ""},
        ],
        "explanation": (
            "Accuracy (GDPR Art. 5(1)(d)) is about whether a record is right for what it claims to be. A labelled "
            "opinion is accurate; the customer can still ask for his view to be added (Art. 16)."
        ),
    },
    {
        "kind": "true_false",
        "scenario": (
            "Northwind corrected a customer’s email address and passed the correction to the two partners who "
            "had received the old one. The customer asks who those partners were."
        ),
        "prompt": "True or false: Northwind has to tell her which recipients it informed.",
        "choices": [
            {"text": "True", "correct": True, "feedback": ""},
            {
                "text": "False",
                "correct": False,
                "feedback": "Art. 19 gives her the right to be told about those recipients.",
            },
        ],
        "explanation": (
            "GDPR Art. 19 requires a controller to pass corrections on to recipients and to tell the person "
            "who those recipients are if they ask."
        ),
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": (
            "A caller’s first name is missing a letter in Northwind’s records, and he asks for it to be fixed. "
            "A new agent tells Hannah that any name change needs a copy of a passport."
        ),
        "prompt": "What should Hannah tell the agent to do?",
        "choices": [
            {
                "text": "Ask for a passport copy before touching the record",
                "correct": False,
                "feedback": "Heavy checks for a typo delay a valid request for no gain.",
            },
            {
                "text": "Fix the typo and confirm; a light check is enough here",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Refuse, because names may be changed only by a request in writing",
                "correct": False,
                "feedback": "Corrections can be asked for in any channel and any words.",
            },
            {
                "text": "Pass it to Grace as a formal rights request and wait for her answer",
                "correct": False,
                "feedback": "Escalating a simple typo wastes time; the agent can fix it.",
            },
        ],
        "explanation": (
            "The right to rectification (GDPR Art. 16) asks for correction without undue delay. Checks should "
            "match the risk, and a missing letter in a name carries little."
        ),
    },
]
