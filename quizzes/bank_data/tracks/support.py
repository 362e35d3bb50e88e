"""Question bank for the track Customer support and success (Data ethics in your role).

A judgment question says so under "judgment": "go_ahead" (going ahead is the right answer)
or "over_caution" (the mistake is to hold back, delete or escalate needlessly); tests.content.quality
counts them, and the quiz builder leaves the key out of the quiz.
"""

QUESTIONS = [
    # Lesson 1: checking identity without over-collecting
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "A customer rings to ask why her hiking poles have not arrived. She gives Marco the order number, "
            "her postcode and the last item she bought, and all three match the account. Nothing about the "
            "call seems unusual."
        ),
        "prompt": "What should Marco do next?",
        "choices": [
            {
                "text": "Look up the order and tell her where the parcel is now and when it should reach her door",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Ask her to email a photo of her driving licence before he discusses the order any further",
                "correct": False,
                "feedback": "She has passed the normal checks; an ID copy adds data we do not need.",
            },
            {
                "text": "Tell her that order details are only given in writing, and ask her to send an email",
                "correct": False,
                "feedback": "The phone check she passed is the normal route; making her write in only delays her.",
            },
            {
                "text": "Pass the call to Hannah, since a team lead must approve sharing order details by phone",
                "correct": False,
                "feedback": "A routine order question needs no escalation once the check has passed.",
            },
        ],
        "explanation": (
            "Northwind’s normal checks use details we already hold. Once a caller passes them and nothing seems "
            "odd, helping is the right answer. Asking for an ID document would collect more than the task needs "
            "(GDPR Art. 5(1)(c)), and refusing or escalating lets a genuine customer down."
        ),
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": (
            "A new agent on Hannah’s team is chatting with a customer who is signed in to the website. The "
            "customer moves house next week and wants the address on her Northwind Rewards account updated. "
            "The agent replies: “Please upload a copy of your passport first.”"
        ),
        "prompt": "What should Hannah tell the new agent?",
        "choices": [
            {
                "text": "The passport request is fine as long as the copy is deleted once the address has been changed",
                "correct": False,
                "feedback": "Deleting it later does not make collecting it necessary in the first place.",
            },
            {
                "text": "A signed-in customer with nothing odd about the request can simply have the address changed",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "A utility bill for the new address would be a better document to ask for than a passport",
                "correct": False,
                "feedback": "Any document is more than the task needs here, and she has not even moved in yet.",
            },
            {
                "text": "Address changes belong in the privacy request queue, so the agent should log it and wait",
                "correct": False,
                "feedback": "Updating an address is everyday work the support tool is built for.",
            },
        ],
        "explanation": (
            "Signing in already proves who the customer is. Demanding a passport copy for a routine change "
            "collects far more than the purpose needs (GDPR Art. 5(1)(c)); extra proof is for real doubts only "
            "(Art. 12(6)). Here over-caution is the mistake: it delays the customer and creates a risky copy."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A man phones the Leeds line. He says his wife is a Northwind customer working abroad this month, "
            "and he wants to know whether her ski jackets were paid for by card or with a voucher. No contact "
            "has been added to her account and there is no letter of authority."
        ),
        "prompt": "How should the agent handle the call?",
        "choices": [
            {
                "text": "Answer him, since a husband shares the household and will see the parcel arrive anyway",
                "correct": False,
                "feedback": "Living together does not give him authority over her account.",
            },
            {
                "text": "Explain kindly that without her authority we can only discuss her account with her",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Ask him for his wife’s date of birth and postcode, and answer if both details match",
                "correct": False,
                "feedback": "Knowing her details does not make him the account holder or authorised by her.",
            },
            {
                "text": "End the call and report a personal data breach, because he asked about someone else’s data",
                "correct": False,
                "feedback": "Nothing has been disclosed, so there is no breach; a polite refusal is enough.",
            },
        ],
        "explanation": (
            "Telling a third party about a customer’s account without her authority would be an unauthorised "
            "disclosure, a personal data breach (GDPR Art. 4(12)) and a failure to keep data secure "
            "(Art. 5(1)(f)). Authority can come from a contact she adds to the account, a signed letter or a "
            "power of attorney; without it, suggest she contacts us herself."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A firm of solicitors emails support with a letter signed by its client, a Northwind customer. "
            "The letter authorises the firm to obtain all personal data Northwind holds about her, for a "
            "dispute she has with a courier."
        ),
        "prompt": "What should happen to the email?",
        "choices": [
            {
                "text": "Log it today in the privacy request queue as an access request, with the letter attached",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Reply that Northwind deals with customers directly and does not take requests from lawyers",
                "correct": False,
                "feedback": "People may make a request through someone acting for them; refusing outright is wrong.",
            },
            {
                "text": "Export her orders and tickets from the support system and send them to the firm that day",
                "correct": False,
                "feedback": "Agents do not answer access requests alone; the privacy team checks the authority first.",
            },
            {
                "text": "Ask the firm for a certified copy of her passport and two utility bills before logging it",
                "correct": False,
                "feedback": "Logging comes first and costs nothing; the privacy team decides what proof is needed.",
            },
        ],
        "explanation": (
            "A request for a copy of someone’s data is an access request (GDPR Art. 15), and it can come through "
            "a representative. The one-month clock runs from receipt (Art. 12(3)), so support logs it the same day "
            "and Grace’s team checks that the firm may act for her before anything is sent."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Over one afternoon, the website chat receives these messages about the same Northwind Rewards "
            "account, from someone who is not signed in."
        ),
        "prompt": "Which are warning signs of an attempt to take over the account? Select all that apply.",
        "choices": [
            {
                "text": "A request to replace both the mobile number and the email on the account in one go",
                "correct": True,
                "feedback": "Several contact changes at once are a classic sign of a takeover.",
            },
            {
                "text": "Failing the check questions, then urging the agent to hurry because a flight is boarding",
                "correct": True,
                "feedback": "Pressure plus a story for skipping the check is a red flag.",
            },
            {
                "text": "Asking the agent to say which postcode is on file, “so we know it’s the right account”",
                "correct": True,
                "feedback": "Never give details for someone to confirm; ask them to tell you.",
            },
            {
                "text": "Asking how to return a pair of boots that arrived in the wrong size last week",
                "correct": False,
                "feedback": "An ordinary returns question; nothing here suggests a takeover.",
            },
            {
                "text": "Asking when the next loyalty voucher will be added to the Rewards account",
                "correct": False,
                "feedback": "A routine question that asks for no change and no personal details.",
            },
        ],
        "explanation": (
            "Pressure to hurry, several contact changes at once, a failed check with a good story, and requests "
            "to read out details are the usual signs of social engineering. Handing data to an impostor would be "
            "a personal data breach (GDPR Art. 4(12)); security must fit the risk (Art. 32)."
        ),
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": (
            "An email arrives from the address registered on a customer’s account: “Please delete my Northwind "
            "account and all my data.” Nothing about it looks unusual. A colleague suggests asking the sender "
            "for a scanned passport before logging it."
        ),
        "prompt": "What is the better course?",
        "choices": [
            {
                "text": "Ask for the passport scan first, so the privacy team has everything in one place",
                "correct": False,
                "feedback": "This asks for more than needed and delays a request that is already valid.",
            },
            {
                "text": "Delete the account in the support tool at once, as the email came from her own address",
                "correct": False,
                "feedback": "Erasure has exceptions, such as records we must keep; the privacy team handles it.",
            },
            {
                "text": "Log it in the privacy request queue as it is; the privacy team judges any need for proof",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Wait a week to see whether she writes again, which would show she really means it",
                "correct": False,
                "feedback": "The clock is already running; waiting wastes a quarter of the time.",
            },
        ],
        "explanation": (
            "An email from the address on the account is often enough to show who is asking. Extra proof is only "
            "for reasonable doubts (GDPR Art. 12(6)), and a passport scan would be more than needed "
            "(Art. 5(1)(c)). The request goes to the privacy team the same day (Art. 12(3)), who apply Art. 17."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "An access request arrives from a free webmail address that is not on any account. The sender gives "
            "only a name, and three different Northwind customers share that name."
        ),
        "prompt": "What is the privacy team most likely to do?",
        "choices": [
            {
                "text": "Refuse it outright, because it did not come from an address Northwind already holds",
                "correct": False,
                "feedback": "A new address is a reason to check, not to refuse.",
            },
            {
                "text": "Send the data of all three customers with that name, since one of them must be the sender",
                "correct": False,
                "feedback": "That would disclose two other people’s data: a serious breach.",
            },
            {
                "text": "Ask for something that settles the doubt, such as writing from the email on the account",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Ask for a passport copy, a bank statement and a selfie holding the passport first",
                "correct": False,
                "feedback": "Far more than it takes to settle the doubt; ask for what we can check against.",
            },
        ],
        "explanation": (
            "With reasonable doubts about who is asking, we may request the information needed to confirm "
            "identity (GDPR Art. 12(6)), and no more (Art. 5(1)(c)). Details we can check against what we hold "
            "work best. In the UK, the clock starts once that proof arrives (UK GDPR Art. 12A)."
        ),
    },
    # Lesson 2: spotting and routing rights requests
    {
        "kind": "multiple",
        "scenario": "These messages reach the support team on one Monday morning.",
        "prompt": "Which must be logged in the privacy request queue? Select all that apply.",
        "choices": [
            {
                "text": "“Please send me a copy of the call I had with you on Friday. I want to hear what was promised.”",
                "correct": True,
                "feedback": "A recording of the customer is their personal data: an access request.",
            },
            {
                "text": "“I want every purchase I’ve made in a spreadsheet so I can move to another shop’s scheme.”",
                "correct": True,
                "feedback": "Data in a file to take elsewhere: a portability request.",
            },
            {
                "text": "“Stop using what I browse in your app to decide which ads I’m shown on other sites.”",
                "correct": True,
                "feedback": "An objection to the use of their data for advertising.",
            },
            {
                "text": "From a customer in California: “What personal information have you shared about me, and with whom?”",
                "correct": True,
                "feedback": "A CCPA request to know, with its own 45-day clock.",
            },
            {
                "text": "“No more marketing emails, please.”",
                "correct": False,
                "feedback": "Agents switch this off in the support tool and note it; no hand-off needed.",
            },
            {
                "text": "“Where is my parcel? It was due on Tuesday.”",
                "correct": False,
                "feedback": "An order question, not a rights request.",
            },
        ],
        "explanation": (
            "Requests need no special words. A copy of a call is access (GDPR Art. 15), data to take elsewhere is "
            "portability (Art. 20), stopping ad targeting is an objection (Art. 21), and a Californian asking "
            "what was shared is a request to know (CCPA §§ 1798.110, 1798.115). An email opt-out is everyday work agents can "
            "do themselves (Art. 21(3))."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A Northwind Rewards member writes: “I’m switching to another outdoor shop’s app. Can you give me my "
            "purchase history in a file their app can import, or send it to them directly?”"
        ),
        "prompt": "Which right is the member using?",
        "choices": [
            {
                "text": "Access, because every request for a copy of your own data is an access request",
                "correct": False,
                "feedback": "Close, but a file for another company to import is the mark of portability.",
            },
            {
                "text": "Portability: data they gave us, in a file a computer can read, or sent to the new shop",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Rectification, because they want their purchase records put right before they switch",
                "correct": False,
                "feedback": "Nothing in the message says the records are wrong.",
            },
            {
                "text": "Objection, because they want Northwind to stop using their purchase history itself",
                "correct": False,
                "feedback": "They want a copy to take elsewhere, not to stop our use of it.",
            },
        ],
        "explanation": (
            "GDPR Art. 20 lets people receive data they provided in a structured, machine-readable format, or "
            "have it sent to another company where that is technically feasible, when we use it by computer on "
            "the basis of consent or a contract. Whatever right it is, support logs it the same day."
        ),
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": (
            "A customer rings Marco: “I’d like to see all the information you’ve got about me.” Marco tells her "
            "that Northwind only accepts such requests on its online form, and that nothing will happen until "
            "she fills it in."
        ),
        "prompt": "What should Marco have done instead?",
        "choices": [
            {
                "text": "Emailed her the form, and logged the request only once the completed form came back",
                "correct": False,
                "feedback": "The request was valid when she made it; the form is optional.",
            },
            {
                "text": "Read her the details on her customer record over the phone, to answer her on the spot",
                "correct": False,
                "feedback": "The privacy team gathers data from every system and checks who receives it.",
            },
            {
                "text": "Told her to write to the DPO by post, since a request made by phone cannot be proved later",
                "correct": False,
                "feedback": "A phone request counts; Marco can record her words and the date on the ticket.",
            },
            {
                "text": "Logged it that day with her words and the date, and told her it is with the privacy team",
                "correct": True,
                "feedback": "",
            },
        ],
        "explanation": (
            "The GDPR asks us to make rights easy to use (Art. 12(2)). A spoken request is an access request "
            "(Art. 15) and starts the one-month clock (Art. 12(3)). Insisting on a form refuses a valid request: "
            "the cautious-sounding answer is the mistake here."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A customer in Ireland emails the support inbox on 3 March asking Northwind to erase her data. It is "
            "filed under “deliveries” by mistake, and Hannah only spots it on 17 March. Nobody doubts who sent it."
        ),
        "prompt": "Under the EU GDPR, by when must Northwind normally answer?",
        "choices": [
            {
                "text": "By 17 April, one month after Hannah found the email and logged it",
                "correct": False,
                "feedback": "The clock does not wait for someone to notice the email.",
            },
            {
                "text": "By 3 April, one month after the email reached Northwind’s inbox",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "By 3 June, because every erasure request gets three months",
                "correct": False,
                "feedback": "Two extra months are only for complex or numerous requests, with notice.",
            },
            {
                "text": "Within 45 days of 17 March, when the email was first read",
                "correct": False,
                "feedback": "45 days is the CCPA period, and it too runs from receipt.",
            },
        ],
        "explanation": (
            "GDPR Art. 12(3): answer without undue delay and within one month of receipt, extendable by two "
            "further months for complex or numerous requests if the person is told within the first month. "
            "Receipt means reaching Northwind, not being noticed."
        ),
    },
    {
        "kind": "true_false",
        "scenario": (
            "A UK customer with nine years of orders, tickets and call recordings asks for “all my data”. The "
            "next day the privacy team asks her which records she wants. She replies ten days later."
        ),
        "prompt": "True or false: under the UK GDPR, the ten days spent waiting for her reply count towards the one-month deadline.",
        "choices": [
            {
                "text": "True",
                "correct": False,
                "feedback": "The UK clock pauses while we wait for an answer we reasonably need.",
            },
            {"text": "False", "correct": True, "feedback": ""},
        ],
        "explanation": (
            "UK GDPR Art. 12A, added by the Data (Use and Access) Act 2025, pauses the clock when a controller "
            "holding a lot of data about someone reasonably asks what the request covers. It only helps if the "
            "question goes out quickly, which is why support routes requests at once."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A customer in San Diego writes to support: “Tell me what personal information you have collected "
            "about me, and then delete it.”"
        ),
        "prompt": "How long does Northwind normally have to respond under the CCPA?",
        "choices": [
            {
                "text": "One month, extendable by two more for complex requests, as in the GDPR",
                "correct": False,
                "feedback": "That is the GDPR period; the CCPA sets its own.",
            },
            {
                "text": "15 business days, the period that applies to every CCPA request",
                "correct": False,
                "feedback": "15 business days is for opt-outs of sale or sharing, not requests to know or delete.",
            },
            {
                "text": "90 days from the day support passes the message to the privacy team",
                "correct": False,
                "feedback": "The clock runs from receipt, and the basic period is 45 days.",
            },
            {
                "text": "45 days, extendable once by 45 more if she is told within the first 45",
                "correct": True,
                "feedback": "",
            },
        ],
        "explanation": (
            "CCPA § 1798.130(a)(2): requests to know (§ 1798.110) and to delete (§ 1798.105) get an answer within "
            "45 days of receipt, extendable once by 45 days when reasonably necessary, with notice in the first "
            "period. Support logs it the same day."
        ),
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "On a call, a customer passes the normal account checks and mentions that her house number is saved "
            "as 71 when it should be 17, which is why a courier went to the wrong door last month."
        ),
        "prompt": "What should the agent do?",
        "choices": [
            {
                "text": "Log it as a rectification request for the privacy team, who will act within a month",
                "correct": False,
                "feedback": "A typo the support tool can fix needs no hand-off; waiting risks another lost parcel.",
            },
            {
                "text": "Correct the house number in the support tool now and note the change on the ticket",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Ask her to send in a council tax bill showing the right address before changing it",
                "correct": False,
                "feedback": "She has passed the checks; a bill adds data and delay for no gain.",
            },
            {
                "text": "Leave the record alone and ask the courier to check the address with her on delivery",
                "correct": False,
                "feedback": "We hold data we know is wrong; the fix is to correct it.",
            },
        ],
        "explanation": (
            "People have the right to have inaccurate data corrected without undue delay (GDPR Art. 16), and we "
            "must keep data accurate (Art. 5(1)(d)). When the customer has passed the checks and the tool allows "
            "it, fixing the typo at once is the right call."
        ),
    },
    # Lesson 3: screens, recordings and what to paste where
    {
        "kind": "single",
        "scenario": (
            "The support system’s vendor has booked a video call with Marco to look at a bug in the order view. "
            "On his desktop, Marco has the live ticket queue, a customer’s refund case and his inbox open."
        ),
        "prompt": "How should Marco set up the screen share?",
        "choices": [
            {
                "text": "Share the whole desktop, so the engineer sees exactly how the bug affects his daily work",
                "correct": False,
                "feedback": "The engineer needs the order view, not the queue, the refund case or his inbox.",
            },
            {
                "text": "Share only the order view, and show the bug on a test account if it can be reproduced there",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Share the whole desktop, but first ask the engineer to promise not to note any details",
                "correct": False,
                "feedback": "A promise does not stop people seeing what they do not need to see.",
            },
            {
                "text": "Refuse the call, because a vendor may not see any screen that holds customer data",
                "correct": False,
                "feedback": "Too cautious: the vendor can help, seeing only what the fix needs.",
            },
        ],
        "explanation": (
            "Showing only what the task needs is data minimisation in practice (GDPR Art. 5(1)(c)) and part of "
            "keeping data secure (Art. 32). A test account often shows the bug just as well."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Hannah is setting up callbacks: agents will phone customers back from a system that records every "
            "call. The automatic message about recording does not play on calls the team makes."
        ),
        "prompt": "What should agents tell customers at the start of each callback? Select all that apply.",
        "choices": [
            {
                "text": "That the call is being recorded",
                "correct": True,
                "feedback": "People must know when their data is being collected.",
            },
            {
                "text": "Why it is recorded: for training and to settle disputes",
                "correct": True,
                "feedback": "The purpose is part of what we must tell them.",
            },
            {
                "text": "Where to read more: Northwind’s privacy notice",
                "correct": True,
                "feedback": "A short message plus the notice is a good way to give the rest.",
            },
            {
                "text": "The name of every vendor whose systems will ever store the recording",
                "correct": False,
                "feedback": "Too much for a call opening; who receives data is in the privacy notice.",
            },
            {
                "text": "That the recording will be kept for as long as Northwind finds it useful",
                "correct": False,
                "feedback": "Not true: routine recordings are deleted after a set period.",
            },
        ],
        "explanation": (
            "GDPR Art. 13(1) requires us to tell people, when we collect their data, who we are and why we use "
            "it; the rest, such as retention (Art. 13(2)(a)), can sit in the privacy notice the message points to. "
            "A short spoken notice followed by the full notice is a common layered approach."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Midway through a chat about a failed payment, a customer types her full card number and the "
            "three-digit security code so that Marco can “just put it through”."
        ),
        "prompt": "What should Marco do?",
        "choices": [
            {
                "text": "Copy the number into the payment screen quickly, then carry on with the chat as normal",
                "correct": False,
                "feedback": "Northwind never takes card details by chat, and the number stays in the log.",
            },
            {
                "text": "Redact the card details in the chat at once, then explain how she can pay securely",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Leave the message as it is, since the chat log is encrypted and only staff can read it",
                "correct": False,
                "feedback": "Encryption does not make it right to keep card numbers and codes in a chat log.",
            },
            {
                "text": "Close the chat and delete her entire chat history, so no trace of the number remains",
                "correct": False,
                "feedback": "Over the top: redacting the card details is enough, and her history may be needed.",
            },
        ],
        "explanation": (
            "Card numbers in a chat log are a security risk the GDPR expects us to manage (Art. 32). PCI DSS, the "
            "card industry’s standard that Northwind accepts through its payment contract, also forbids keeping "
            "the security code after a payment. Redact, then point her to the secure way to pay."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "At a team meeting, a new starter asks why the team works so hard to keep card numbers out of chat "
            "logs and call recordings."
        ),
        "prompt": "Which answer is accurate?",
        "choices": [
            {
                "text": "PCI DSS is a UK law, and the ICO fines any firm that stores card numbers in its chat logs",
                "correct": False,
                "feedback": "PCI DSS is not a law: it is an industry standard accepted by contract.",
            },
            {
                "text": "The GDPR lists card numbers as special category data, so Art. 9 bans keeping them",
                "correct": False,
                "feedback": "Card numbers are not a special category; they are protected by the security rules.",
            },
            {
                "text": "Our payment contract binds us to PCI DSS, and the GDPR requires data to be kept secure",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Card numbers are not personal data at all, so they belong in finance systems, not support",
                "correct": False,
                "feedback": "A card number linked to a customer is personal data.",
            },
        ],
        "explanation": (
            "PCI DSS is a card industry standard, not a law: Northwind is bound to it through its contract with its "
            "payment provider. The legal duty is the GDPR’s: keep personal data secure (Art. 5(1)(f), Art. 32)."
        ),
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "Marco has a long, muddled complaint about three delayed orders. The assistant built into the support "
            "system, approved by Grace’s team for customer data under a processor contract, can suggest a draft "
            "reply."
        ),
        "prompt": "May Marco use it for this complaint?",
        "choices": [
            {
                "text": "Only after removing her name and order numbers, as with any AI tool at all",
                "correct": False,
                "feedback": "Stripping details is for unapproved tools; this one is approved for the data.",
            },
            {
                "text": "No: customer data may never be put into an AI tool, approved or not",
                "correct": False,
                "feedback": "Too cautious: an approved processor may handle the data it was approved for.",
            },
            {
                "text": "Yes, it is approved for this data; he checks the draft before sending",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Only once the customer agrees in writing to an AI tool reading her complaint",
                "correct": False,
                "feedback": "A processor working for us needs a contract, not the customer’s consent.",
            },
        ],
        "explanation": (
            "A provider working for Northwind under a GDPR Art. 28 contract is our processor, not a third party "
            "(Art. 4(10)), so using the approved tool for its approved purpose is normal work. Checking the draft "
            "before it goes out is still Marco’s job."
        ),
    },
    {
        "kind": "multiple",
        "scenario": "Marco wants a hand with four tasks, each involving a customer’s details.",
        "prompt": "In which of them is it fine to use the customer’s details as they are? Select all that apply.",
        "choices": [
            {
                "text": "Asking the support system’s approved assistant to summarise a customer’s ticket history",
                "correct": True,
                "feedback": "An approved processor working under contract for the data it was approved for.",
            },
            {
                "text": "Sending a screenshot of a customer’s account to a colleague’s personal WhatsApp",
                "correct": False,
                "feedback": "A personal app has no contract with Northwind and keeps the copy on a private phone.",
            },
            {
                "text": "Running a customer’s complaint through a free grammar add-on in his browser",
                "correct": False,
                "feedback": "Free add-ons send the text to their provider with no contract to protect it.",
            },
            {
                "text": "Asking a free public chatbot for refund wording, with the customer’s order details included",
                "correct": False,
                "feedback": "Use the approved assistant, or take the personal details out first.",
            },
        ],
        "explanation": (
            "Only a tool approved for customer data works for Northwind as a processor under contract (GDPR "
            "Art. 28). Pasting into anything else hands the data to a third party (Art. 4(10)) with no contract, "
            "which we cannot undo. Use the approved tool or remove the personal details first."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A quality reviewer on Hannah’s team wants to keep every support call recording indefinitely, "
            "“because they are great for training new starters”. Northwind’s retention schedule says 90 days for "
            "routine recordings."
        ),
        "prompt": "What is the right response?",
        "choices": [
            {
                "text": "Keep all of them indefinitely, since training is one of the purposes callers are told about",
                "correct": False,
                "feedback": "A stated purpose does not justify keeping everything for ever.",
            },
            {
                "text": "Delete every recording straight away, since keeping calls at all breaks storage limitation",
                "correct": False,
                "feedback": "Over-cautious: recordings may be kept for their set period.",
            },
            {
                "text": "Move older recordings to a shared drive, where the support system’s 90 days do not apply",
                "correct": False,
                "feedback": "Copies elsewhere are still our data, now outside any control.",
            },
            {
                "text": "Keep to the 90 days, and ask Grace about a small, agreed set of training calls to keep",
                "correct": True,
                "feedback": "",
            },
        ],
        "explanation": (
            "GDPR Art. 5(1)(e): data is kept no longer than its purpose needs, which is why recordings have a "
            "retention period. A real training need is answered by a limited, agreed set with its own period, not "
            "by keeping every call."
        ),
    },
]
