"""Question bank for module 4: Keep data secure.

A judgment question says so under "judgment": "go_ahead" (going ahead is the right answer)
or "over_caution" (the mistake is to hold back, delete or escalate needlessly); tests.content.quality
counts them, and the quiz builder leaves the key out of the quiz.
"""

QUESTIONS = [
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": "Every evening Northwind sends its courier partner a file of the next day’s deliveries: names, addresses and parcel sizes. The courier works for Northwind under a signed processing contract, and the file goes through the approved encrypted transfer link that Jonas set up. A new colleague asks whether each file should wait until Grace has checked it.",
        "prompt": "What is the right answer?",
        "choices": [
            {
                "text": "Yes: Grace should look at each day’s file before it leaves, to be on the safe side.",
                "correct": False,
                "feedback": "A daily review by the DPO adds delay and no protection; the route was checked when it was set up.",
            },
            {
                "text": "No: keep sending it through the approved encrypted link, as was agreed when it was set up.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Only once it has been printed and sent by post, so that nothing travels over the internet.",
                "correct": False,
                "feedback": "Paper in the post is harder to control and slower than an encrypted link.",
            },
            {
                "text": "From now on it should be sent as a normal email attachment, which the courier finds easier.",
                "correct": False,
                "feedback": "An ordinary attachment loses the protection the approved link gives.",
            },
        ],
        "explanation": "Sending a contracted courier what it needs to deliver, through an encrypted route that was checked when it was set up, is what GDPR Art. 32 and Art. 28 expect. Holding each file for a review would slow deliveries and add nothing.",
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": "To shrink what an attacker could steal, an engineer on Aisha’s team proposes deleting all database backups older than one day. The backups are encrypted, only two people can reach them, and the schedule keeps them for 35 days so data can be restored after a failure or an attack.",
        "prompt": "What should Aisha’s team do?",
        "choices": [
            {
                "text": "Delete them, because backups are extra copies and every copy is a risk.",
                "correct": False,
                "feedback": "Deleting backups would leave us unable to restore customer data after an incident.",
            },
            {
                "text": "Copy them to a cheaper storage service first, then remove the originals from the main system.",
                "correct": False,
                "feedback": "A copy in an unchecked service is a new risk and solves nothing.",
            },
            {
                "text": "Keep the backups for their 35 days, encrypted and restricted to two people.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Switch backups off entirely until Jonas has finished a complete security review.",
                "correct": False,
                "feedback": "Going without backups puts the data at far greater risk than keeping them protected.",
            },
        ],
        "explanation": "GDPR Art. 32(1)(c) asks for the ability to restore personal data in good time after an incident. Encrypted, restricted backups kept for a set period are a safeguard, not a leak waiting to happen.",
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": "Marco receives a fake “parcel held” message asking him to sign in on a strange website. He doesn’t click; he reports it to Jonas through the phishing button. A colleague says Northwind must now tell the Data Protection Commission and warn all customers.",
        "prompt": "What is the right view?",
        "choices": [
            {
                "text": "The colleague is right: any phishing attempt has to be reported to the authority within 72 hours.",
                "correct": False,
                "feedback": "Art. 33 applies to personal data breaches; nothing was accessed or lost here.",
            },
            {
                "text": "Marco’s report to Jonas is enough: no customer data was reached, so there is no breach to notify here.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Northwind should email every customer today, in case the attackers try them as well.",
                "correct": False,
                "feedback": "Art. 34 is about breaches that put people at high risk, and there is no breach here.",
            },
            {
                "text": "Marco should reset his password, wipe his laptop and call the authority himself, just to be safe.",
                "correct": False,
                "feedback": "He did not click, and staff do not contact the authority themselves; the team decides.",
            },
        ],
        "explanation": "A personal data breach (GDPR Art. 4(12)) needs personal data to be lost, disclosed, altered or accessed without authority. A phishing email that nobody fell for is worth reporting to security, but it is not a breach to notify under Art. 33 or 34.",
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": "Aisha files a bug: order 58213 shows the wrong delivery date in the app. She adds the order number and the steps to reproduce. A reviewer says tickets must never mention any order and asks her to remove the number.",
        "prompt": "What should Aisha do?",
        "choices": [
            {
                "text": "Take the number out and describe the order in words, such as the date and what was bought.",
                "correct": False,
                "feedback": "A description of the order can identify the customer more easily than the number does.",
            },
            {
                "text": "Leave the order number in: an ID is the safe way to point developers to the record.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Replace the number with a screenshot of the order screen, so the developers see everything.",
                "correct": False,
                "feedback": "A screenshot copies the customer’s details into the ticket.",
            },
            {
                "text": "Close the ticket and explain the bug out loud at the next team meeting.",
                "correct": False,
                "feedback": "Bugs need a written record, and an ID in the ticket is already the safe way to write one.",
            },
        ],
        "explanation": "Referring to a customer by an ID keeps personal data inside the system built for it: developers can look the order up with their own access if their job needs it (GDPR Art. 32, Art. 5(1)(f)). There is nothing to fix in Aisha’s ticket.",
    },
    {
        "kind": "single",
        "scenario": "At 8 pm on a Saturday, Leon’s work phone is taken from a café table in San Diego. It holds his work email and the sales app, and it has a passcode. He plans to mention it to IT on Monday morning.",
        "prompt": "What should Leon do?",
        "choices": [
            {
                "text": "Wait until Monday, because the passcode means nobody can get into the phone.",
                "correct": False,
                "feedback": "Passcodes can be guessed or bypassed, and the 72-hour clock may already be running.",
            },
            {
                "text": "Buy a new phone and sign in again, which will log the old one out of everything.",
                "correct": False,
                "feedback": "Signing in elsewhere does not reliably lock or wipe the lost device.",
            },
            {
                "text": "Report it through the incident channel tonight so the phone can be locked or wiped.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Tell only the café, and wait to see whether the phone is handed in before doing more.",
                "correct": False,
                "feedback": "Waiting wastes the time the team needs to protect the data and judge the risk.",
            },
        ],
        "explanation": "A lost or stolen device holding customer data is a possible breach. Reporting it at once lets the team lock or wipe it and judge the risk, since the authority may need to be told within 72 hours (GDPR Art. 33).",
    },
    {
        "kind": "single",
        "scenario": "On Tuesday afternoon the provider that sends Northwind’s newsletters emails Sofia: an attacker got into its systems last week, and Northwind’s mailing list may have been copied.",
        "prompt": "What should Sofia do?",
        "choices": [
            {
                "text": "Report it through the incident channel now, with the provider’s message.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Wait for the provider’s final report, so that she passes on only facts that have been confirmed.",
                "correct": False,
                "feedback": "Northwind is now aware, and the team needs every hour it can get.",
            },
            {
                "text": "Leave it to the provider, since the attack happened in its systems and not in Northwind’s own.",
                "correct": False,
                "feedback": "The mailing list is Northwind’s data; deciding on notice is Northwind’s job.",
            },
            {
                "text": "Ask the provider to email the people on the list, so Northwind does not have to get involved.",
                "correct": False,
                "feedback": "Whether and how to tell customers is for Northwind’s privacy team to decide and coordinate.",
            },
        ],
        "explanation": "A processor must tell the controller about a breach without undue delay (GDPR Art. 33(2)). The controller’s 72 hours run from when it becomes aware (Art. 33(1)), so Sofia should report it internally at once.",
    },
    {
        "kind": "single",
        "scenario": "Hannah is doing the quarterly review of who can reach the refunds system. One name on the list moved to the warehouse team three months ago and no longer handles refunds.",
        "prompt": "What should Hannah do?",
        "choices": [
            {
                "text": "Leave the access in place, in case that person is ever asked to help with refunds again.",
                "correct": False,
                "feedback": "Access “just in case” is what least privilege rules out.",
            },
            {
                "text": "Ask the person to promise not to use the access, and note the promise in the review.",
                "correct": False,
                "feedback": "A promise leaves the account open if it is ever taken over.",
            },
            {
                "text": "Change the shared refunds password, so that everyone has to ask the team for the new one.",
                "correct": False,
                "feedback": "Logins should never be shared; each person needs their own account.",
            },
            {
                "text": "Have the access removed now, because the job this person does today no longer needs it.",
                "correct": True,
                "feedback": "",
            },
        ],
        "explanation": "Least privilege means people keep only the access their current job needs. Removing access after a move is one of the organisational measures GDPR Art. 32 expects.",
    },
    {
        "kind": "single",
        "scenario": "A famous climber is in the news after a rescue. Marco sees a colleague open the climber’s customer record, with no ticket from her, and post the home address in a chat group “for a laugh”.",
        "prompt": "What should Marco do?",
        "choices": [
            {
                "text": "Report it through the incident channel, as a look-up without a work reason is a breach.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Delete the chat message himself so that nobody else sees it, and then say nothing.",
                "correct": False,
                "feedback": "Removing the message hides the evidence; the team needs to know and decide.",
            },
            {
                "text": "Do nothing, since the address stayed inside Northwind’s own staff chat group.",
                "correct": False,
                "feedback": "Staff without a work reason had no right to see it; that is unauthorised access.",
            },
            {
                "text": "Phone the climber to warn her that her address has been shared among staff members.",
                "correct": False,
                "feedback": "Telling customers is coordinated by the privacy team, not done by individual staff.",
            },
        ],
        "explanation": "A personal data breach includes access or disclosure without authority (GDPR Art. 4(12)). Curious look-ups count, and reporting them at once lets the team act within the time Art. 33 allows.",
    },
    {
        "kind": "single",
        "scenario": "During a live chat about a failed payment, a customer types her full card number and security code into the chat window.",
        "prompt": "What should the agent do?",
        "choices": [
            {
                "text": "Copy the card details into the order so that the payment can go through straight away.",
                "correct": False,
                "feedback": "Card details must only be taken through the secure checkout, never by hand from chat.",
            },
            {
                "text": "Leave it in the transcript, because the chat tool is encrypted and only staff can read it.",
                "correct": False,
                "feedback": "The transcript is kept and searched for a long time; card details must not stay there.",
            },
            {
                "text": "Redact the number in the chat tool and point her to the secure payment page to pay instead.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Screenshot the chat and send it to the billing team, so they can sort the payment out.",
                "correct": False,
                "feedback": "This makes more copies of the card details in more places.",
            },
        ],
        "explanation": "Keeping payment details out of chats, screenshots and tickets is a basic security measure under GDPR Art. 32. Removing the number and sending the customer to the secure route stops the copy from spreading.",
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": "Tomasz needs refund amounts for the last quarter to study return rates. He fills in the access request form asking for read-only access to the refunds table for 30 days, and explains why. Ravi wonders whether asking for any access to customer data is wise.",
        "prompt": "What should Tomasz do?",
        "choices": [
            {
                "text": "Drop the study, because any new access to customer data is a risk that is best avoided.",
                "correct": False,
                "feedback": "Security does not mean refusing legitimate work; it means doing it with the right access.",
            },
            {
                "text": "Borrow Hannah’s refunds login for the afternoon instead, which avoids the formal request.",
                "correct": False,
                "feedback": "Sharing logins breaks least privilege and the audit trail.",
            },
            {
                "text": "Ask for full admin rights on the whole database, so he never has to ask again.",
                "correct": False,
                "feedback": "That is far more access than the study needs.",
            },
            {
                "text": "Send the request: read-only access to a single table for 30 days is least privilege.",
                "correct": True,
                "feedback": "",
            },
        ],
        "explanation": "Least privilege is about the narrowest access that does the job, for as long as it is needed, asked for through the proper route. A time-limited, read-only request with a reason is exactly that (GDPR Art. 32).",
    },
    {
        "kind": "single",
        "scenario": "",
        "prompt": "Under the EU GDPR, what is the maximum fine for breaking the security duty (Art. 32) or the breach-notice duties (Arts 33 and 34)?",
        "choices": [
            {
                "text": "EUR 20 million or 4 % of worldwide annual turnover, whichever is higher",
                "correct": False,
                "feedback": "That is the top tier in Art. 83(5), for failures such as breaking the core principles or people’s rights.",
            },
            {
                "text": "EUR 10 million or 2 % of worldwide annual turnover, whichever is higher",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "EUR 1 million, or 1 % of annual turnover in the country where it happened",
                "correct": False,
                "feedback": "There is no such tier; the amounts are set in Art. 83(4) and 83(5).",
            },
            {
                "text": "A fixed EUR 5,000 for each customer whose data was affected by the breach",
                "correct": False,
                "feedback": "GDPR fines are not set per person; Art. 83(4) sets the maximum for these failures.",
            },
        ],
        "explanation": "Breaking Art. 32 or Arts 33 and 34 falls in the lower tier of GDPR Art. 83(4): up to EUR 10 million or 2 % of worldwide annual turnover, whichever is higher. The top tier, Art. 83(5), is EUR 20 million or 4 % and covers the core principles in Art. 5 (security among them) and people’s rights.",
    },
    {
        "kind": "single",
        "scenario": "The privacy team is weighing four incidents from one month.",
        "prompt": "Which one most likely requires telling the customers themselves?",
        "choices": [
            {
                "text": "An encrypted laptop, with its key kept safe, left on a bus and never found",
                "correct": False,
                "feedback": "Strong encryption with a safe key makes the data unreadable, so high risk is unlikely (Art. 34(3)(a)).",
            },
            {
                "text": "A drive with customers’ addresses and unencrypted passwords stolen from a car",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "An email of delivery dates sent to a colleague in the wrong team inside Northwind",
                "correct": False,
                "feedback": "It should be recorded and reported internally, but the risk to customers is low.",
            },
            {
                "text": "A shared link opened by mistake and closed within minutes, with logs showing no access",
                "correct": False,
                "feedback": "The logs show nobody reached the data, so a high risk to people is unlikely.",
            },
        ],
        "explanation": "GDPR Art. 34 requires telling people without undue delay when a breach is likely to result in a high risk to them. Readable passwords and addresses in a thief’s hands put customers at real risk, so they need to know, for example to change their passwords.",
    },
    {
        "kind": "single",
        "scenario": "A customer writes in to say that when she opened the Northwind app, she saw another person’s order with their name and address. Marco can’t reproduce it and isn’t sure she is right.",
        "prompt": "What should Marco do?",
        "choices": [
            {
                "text": "Try for a few days to reproduce it, then report it only if he can show it really happened.",
                "correct": False,
                "feedback": "Waiting for proof eats into the 72 hours; suspected breaches are reported at once.",
            },
            {
                "text": "Report it through the incident channel now, noting what she saw and when.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Ask the customer to send a screenshot of the other person’s order so he has evidence.",
                "correct": False,
                "feedback": "This spreads the other customer’s details further; let the team decide what evidence they need.",
            },
            {
                "text": "Tell her that it was probably a display glitch and close the ticket to keep the queue short.",
                "correct": False,
                "feedback": "Brushing it off could hide a real breach affecting many customers.",
            },
        ],
        "explanation": "Staff should report a suspected breach at once, even when unsure. The privacy team then judges the risk and decides whether the authority must be told within 72 hours (GDPR Art. 33).",
    },
    {
        "kind": "single",
        "scenario": "Sofia clicks a link in a convincing email and types her work password into a fake sign-in page. A minute later she realises. She feels embarrassed and thinks about just changing her password quietly.",
        "prompt": "What is the best thing for Sofia to do?",
        "choices": [
            {
                "text": "Change the password quietly and say nothing, since a minute is too short for harm.",
                "correct": False,
                "feedback": "Attackers often use stolen passwords within seconds; the team must check her account.",
            },
            {
                "text": "Change her password and report it to Jonas at once; speed matters more than pride.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Wait to see whether anything strange happens in her account over the next few days.",
                "correct": False,
                "feedback": "By then an attacker may have read customer data from her mailbox.",
            },
            {
                "text": "Ask a teammate to keep an eye on her mailbox for odd activity instead of telling IT.",
                "correct": False,
                "feedback": "A teammate cannot see sign-ins or block an attacker; the security team can.",
            },
        ],
        "explanation": "A stolen password can lead to customer data being read without authority, which is a breach (GDPR Art. 4(12)). Reporting it at once lets the security team block the attacker and the privacy team meet the 72 hours in Art. 33.",
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": "A shopper asks Marco for a copy of her March invoice. She is logged in to the help centre and writes from the address on her account. A colleague insists invoices may not go out by email.",
        "prompt": "What should Marco do?",
        "choices": [
            {
                "text": "Refuse, and ask her to write in by post with a signed copy of her photo ID.",
                "correct": False,
                "feedback": "Asking for ID and post here is out of proportion and blocks a normal request.",
            },
            {
                "text": "Send the invoice to the email address on her account, or point her to it in the app.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Read the invoice out to her over the phone line by line, so nothing is ever put in writing.",
                "correct": False,
                "feedback": "This is slower and no safer than sending her own invoice to her own address.",
            },
            {
                "text": "Pass the request to Grace and wait for her to decide whether it may be sent at all.",
                "correct": False,
                "feedback": "This is an everyday request from a verified customer for her own invoice; it needs no escalation.",
            },
        ],
        "explanation": "Security measures should match the risk (GDPR Art. 32). Sending a customer her own invoice to the verified address on her account is a normal, proportionate step; refusing or escalating it only gets in the way.",
    },
    {
        "kind": "single",
        "scenario": "Tomasz has built a churn analysis in the approved analysis workspace. Ravi asks for the results for a slide. The result table lists each customer’s email address beside a churn score.",
        "prompt": "What should Tomasz send Ravi?",
        "choices": [
            {
                "text": "The full table exported to a spreadsheet, as a password-protected email attachment.",
                "correct": False,
                "feedback": "A slide needs no email addresses, and the export becomes a copy outside the workspace.",
            },
            {
                "text": "A link to the full table inside the workspace, so that Ravi can copy what he needs.",
                "correct": False,
                "feedback": "Ravi’s slide needs no customer-level data, and he may not have the right access.",
            },
            {
                "text": "The totals by customer group, with no addresses or scores for individuals.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "The full table, on the understanding that Ravi deletes the file after the meeting.",
                "correct": False,
                "feedback": "The copy is still made, and promises to delete are easily forgotten.",
            },
        ],
        "explanation": "Sharing only what the recipient needs keeps customer data in the system built for it and out of slides and attachments. That is part of the security GDPR Art. 32 expects and of data minimisation (Art. 5(1)(c)).",
    },
    {
        "kind": "multiple",
        "scenario": "The week’s incident log lists five events.",
        "prompt": "Which of these is a personal data breach? Select all that apply.",
        "choices": [
            {
                "text": "A courier driver loses a printed list of the day’s delivery names and addresses",
                "correct": True,
                "feedback": "Personal data has been lost and could be seen by anyone who finds it.",
            },
            {
                "text": "A customer emails support with her own new address",
                "correct": False,
                "feedback": "A customer giving us her own data is normal use.",
            },
            {
                "text": "A scheduled job deletes support tickets whose retention period ended",
                "correct": False,
                "feedback": "Planned deletion after the retention period is the system working as intended.",
            },
            {
                "text": "An engineer tests a feature with made-up customer names",
                "correct": False,
                "feedback": "Made-up data is not personal data.",
            },
            {
                "text": "An agent opens a customer’s record to answer that customer’s ticket",
                "correct": False,
                "feedback": "Access with a work reason is authorised.",
            },
        ],
        "explanation": "A personal data breach (GDPR Art. 4(12)) is a security failure that leads to personal data being lost, destroyed, altered, disclosed or accessed without authority. Only the lost delivery list fits; it should be reported through the incident channel.",
    },
    {
        "kind": "multiple",
        "scenario": "Ravi finds that a folder of customer return photos on the shared drive has a link that anyone on the internet can open. He does not know if anyone outside Northwind has used it.",
        "prompt": "Which should he do first? Select all that apply.",
        "choices": [
            {
                "text": "Switch the link to named people only, if he can do it safely",
                "correct": True,
                "feedback": "Containing the exposure quickly is part of his job.",
            },
            {
                "text": "Report it through the incident channel straight away",
                "correct": True,
                "feedback": "The team must judge the risk and the 72-hour question.",
            },
            {
                "text": "Delete the folder and its access history to remove all traces",
                "correct": False,
                "feedback": "The access history is evidence of who reached the files; it must be kept.",
            },
            {
                "text": "Email the customers in the photos to let them know",
                "correct": False,
                "feedback": "Telling customers is decided and coordinated by the privacy team.",
            },
            {
                "text": "Wait a week to see whether anyone complains",
                "correct": False,
                "feedback": "Waiting could use up the time the team has to notify the authority.",
            },
        ],
        "explanation": "Staff should contain a breach if they safely can, report it at once and keep the evidence. The privacy team then decides on notice to the authority (GDPR Art. 33) and to customers (Art. 34).",
    },
    {
        "kind": "multiple",
        "scenario": "Jonas gives new starters a short refresher on least privilege, using examples from everyday work with accounts and systems.",
        "prompt": "Which of these follow least privilege? Select all that apply.",
        "choices": [
            {
                "text": "Handing back admin rights when the project that needed them ends",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Asking for read-only access to the one system a task needs",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Looking up a customer only when a ticket or task calls for it",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Keeping a colleague’s login on file for when they are on holiday",
                "correct": False,
                "feedback": "Logins are personal; cover should come through proper access for the stand-in.",
            },
            {
                "text": "Requesting access to every system up front to avoid delays later",
                "correct": False,
                "feedback": "Access should match today’s job, not every task you might one day have.",
            },
        ],
        "explanation": "Least privilege means the narrowest access for the job, for as long as it is needed, through your own account. It limits the damage if an account is taken over, one of the measures GDPR Art. 32 expects.",
    },
    {
        "kind": "multiple",
        "scenario": "Chloe, an HR business partner, is writing up an incident report: a printed list of job applicants’ names and phone numbers was left in a meeting room used by visitors.",
        "prompt": "What should the report include? Select all that apply.",
        "choices": [
            {
                "text": "What kind of data was on the list and roughly how many people",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "When it happened and when she found out",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "What she has done so far, such as collecting the list",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Who may have seen it, such as the visitors who used the room",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "A typed copy of every applicant’s name and number from the list",
                "correct": False,
                "feedback": "The report needs the facts, not another copy of the data.",
            },
        ],
        "explanation": "The privacy team needs the facts to judge the risk quickly: what data, how many people, when, who may have seen it and what has been done. GDPR Art. 33(3) lists much the same for the notice to the authority, and Art. 33(5) requires every breach to be recorded.",
    },
    {
        "kind": "true_false",
        "scenario": "A vendor that sends Northwind’s purchase receipts acts as its processor under an Art. 28 agreement. The vendor discovers that an intruder reached part of the systems holding recipients’ details.",
        "prompt": "True or false: under GDPR Art. 33(2), the provider must tell Northwind without undue delay?",
        "choices": [
            {"text": "True", "correct": True, "feedback": ""},
            {
                "text": "False",
                "correct": False,
                "feedback": "Art. 33(2) requires a processor to tell the controller without undue delay.",
            },
        ],
        "explanation": "A processor must tell the controller about a breach without undue delay (GDPR Art. 33(2)), and the contract under Art. 28 should say how. Northwind then decides whether the authority and customers must be told (Arts 33 and 34).",
    },
    {
        "kind": "true_false",
        "scenario": "A support email with one customer’s delivery date went to a colleague in the wrong team. The privacy team judges that this is unlikely to put anyone at risk, so the authority will not be notified.",
        "prompt": "True or false: the incident can be left out of Northwind’s internal breach record?",
        "choices": [
            {
                "text": "True",
                "correct": False,
                "feedback": "Breaches that need no notice must still be recorded internally.",
            },
            {"text": "False", "correct": True, "feedback": ""},
        ],
        "explanation": "GDPR Art. 33(5) requires every personal data breach to be documented, with the facts, the effects and what was done, including breaches that are not notified. The record lets the authority check the decision later.",
    },
]
