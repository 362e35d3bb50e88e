"""Question bank for module 9: Respect people's rights.

A judgment question says so under "judgment": "go_ahead" (going ahead is the right answer)
or "over_caution" (the mistake is to hold back, delete or escalate needlessly); tests.content.quality
counts them, and the quiz builder leaves the key out of the quiz.
"""

QUESTIONS = [
    {
        "kind": "single",
        "scenario": (
            "Northwind’s Instagram account gets a direct message from a Rewards member: “ok so why do I see "
            "your tent ads on every site I visit?? who are you passing my info to??” The marketing team reads "
            "the account’s messages each morning."
        ),
        "prompt": "What is the best way for the marketing team to handle this message?",
        "choices": [
            {
                "text": "Log it today as a request to know who receives her data, and reply privately that it "
                "has been passed on",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Reply under her post with the list of ad partners from the privacy notice, so other "
                "followers with the same worry can read it too",
                "correct": False,
                "feedback": "A public reply exposes her, and the privacy team must give her the full answer.",
            },
            {
                "text": "Forward it to the agency that runs Northwind’s ad campaigns, since the question is "
                "really about how their targeting works",
                "correct": False,
                "feedback": "Northwind holds her data and owes the answer; the agency cannot answer for it.",
            },
            {
                "text": "Ask her to fill in the web form with her full name, address, birth date and order "
                "numbers before anyone logs it",
                "correct": False,
                "feedback": "No form is needed, and the clock is already running from her message.",
            },
        ],
        "explanation": (
            "Asking who receives your data is an access request: Art. 15(1)(c) gives people the right to know "
            "the recipients. It counts in any channel and any words, so it is logged the day it arrives and "
            "answered privately by the privacy team. Art. 12(2) asks us to make rights easy to use."
        ),
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "In the app chat, a signed-in customer tells Marco: “I moved last month, you’ve still got me at "
            "41 Mill Lane, it’s 14 Castle Road now.” The support tool lets agents change the address of a "
            "signed-in customer."
        ),
        "prompt": "What should Marco do?",
        "choices": [
            {
                "text": "Change the address now in the support tool and note it on the ticket",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Log it in the privacy request queue and tell her the privacy team will act within a "
                "month",
                "correct": False,
                "feedback": "A routine fix his own tools cover needs no hand-off, and waiting helps no one.",
            },
            {
                "text": "Ask her to upload a utility bill showing the new address before he touches the record",
                "correct": False,
                "feedback": "She is signed in; there is no real doubt about who is asking.",
            },
            {
                "text": "Leave the old address until her next order, then ask her to confirm it at checkout",
                "correct": False,
                "feedback": "She has told us it is wrong; parcels would go to the wrong house meanwhile.",
            },
        ],
        "explanation": (
            "This is a rectification request (Art. 16), and wrong data should be fixed without undue delay. "
            "When an agent’s normal tools cover a simple correction for a signed-in customer, making it is "
            "the answer. Extra proof is only for real doubt about identity (Art. 12(6))."
        ),
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": (
            "A handwritten letter reaches the Dublin office: “Please tell me what information you keep on "
            "me and where you got it. Brigid O’Neill.” It gives her Rewards number and the postal address "
            "Northwind has on file. The post room says requests are only accepted through the website form."
        ),
        "prompt": "What should happen to the letter?",
        "choices": [
            {
                "text": "Scan it, log it in the privacy queue today with the date it arrived, and let Grace’s "
                "team reply",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Post her a copy of the website form, and start the month only when the filled-in form "
                "comes back",
                "correct": False,
                "feedback": "The clock started when the letter arrived; a form cannot be required.",
            },
            {
                "text": "Hold it until she phones to confirm she really sent it, since a posted letter is easy "
                "to fake",
                "correct": False,
                "feedback": "Her details match our records; extra checks need a real doubt (Art. 12(6)).",
            },
            {
                "text": "Send it back with a note that rights requests must be made in the Northwind app or on "
                "the website",
                "correct": False,
                "feedback": "Refusing a valid request over its channel breaks Art. 12(2).",
            },
        ],
        "explanation": (
            "A letter is as valid as any other channel. Under Art. 15 she may ask what we hold and where it "
            "came from, and under Art. 12(3) the month runs from receipt. Art. 12(2) requires us to make "
            "rights easy to use, so insisting on a form is the mistake here."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "On 2 March a customer in Manchester emails for “everything you’ve ever held about me”. She has "
            "shopped with Northwind for nine years, with hundreds of orders and chats. On 4 March Grace’s "
            "team asks which years or kinds of data she most wants. She replies on 11 March."
        ),
        "prompt": "Under the UK GDPR, how do the days spent waiting for her reply affect the deadline?",
        "choices": [
            {
                "text": "They do not count, so the deadline moves later by the days spent waiting",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "They count as usual, because once the one-month clock starts nothing can stop it",
                "correct": False,
                "feedback": "Since the 2025 changes, the UK GDPR lets the clock pause in this case.",
            },
            {
                "text": "A fresh three-month period starts on 11 March, because her request is now complex",
                "correct": False,
                "feedback": "An extension for complexity must be told to her in the first month, with reasons.",
            },
            {
                "text": "Her first email lapses, and she must send a new request naming the exact data",
                "correct": False,
                "feedback": "The request stands; her reply only tells the team where to look.",
            },
        ],
        "explanation": (
            "UK GDPR Art. 12A lets the clock pause when a controller reasonably needs the person to say what "
            "the request covers, for example because it holds a lot of data about them. The days between "
            "asking and getting the answer do not count. The pause only helps if the question is asked at "
            "once."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "On 1 June Leon, in the San Diego office, takes a call from a California customer: “I’d like you "
            "to get rid of whatever you’ve got on me.” He logs it in the privacy queue straight away."
        ),
        "prompt": "What time limit does the CCPA set for answering her?",
        "choices": [
            {
                "text": "45 days, with one further 45 days if needed and she is told in the first 45",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "One month, with two more months for complex cases if she is told why in the first month",
                "correct": False,
                "feedback": "That is the GDPR rule in Art. 12(3), not the CCPA.",
            },
            {
                "text": "15 business days, the same period that applies when a consumer opts out of a sale",
                "correct": False,
                "feedback": "15 business days is for opting out of sale or sharing, not for deletion.",
            },
            {
                "text": "90 days from the day Leon logged the call, with no need to explain any delay to her",
                "correct": False,
                "feedback": "The basic period is 45 days, and any extension must be notified.",
            },
        ],
        "explanation": (
            "Under CCPA § 1798.130(a)(2) a business answers a request to know, delete or correct within 45 "
            "days, extendable once by 45 more days when reasonably necessary, if the consumer is told within "
            "the first 45. Opt-outs of sale or sharing must be acted on within 15 business days (CCPA "
            "regulations § 7026)."
        ),
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "Hannah is checking closed tickets. In one, a signed-in customer asked in chat: “Which email and "
            "phone number have you got for me?” Marco read them out from her account screen and closed the "
            "ticket."
        ),
        "prompt": "How should Hannah view what Marco did?",
        "choices": [
            {
                "text": "It was fine: a signed-in customer asked about her own contact details",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "It was a mistake: any question about personal data must become a formal access request",
                "correct": False,
                "feedback": "A narrow question the agent can safely answer is simply answered.",
            },
            {
                "text": "It would have been fine only if she had first sent photo ID to privacy@northwind.example",
                "correct": False,
                "feedback": "She was signed in; photo ID would be far more than needed.",
            },
            {
                "text": "It was a breach, because personal data was shown in a chat window",
                "correct": False,
                "feedback": "Showing someone their own data, after they signed in, is not a breach.",
            },
        ],
        "explanation": (
            "Art. 12(2) asks us to make rights easy to use. A signed-in customer asking which contact details "
            "we hold can be answered on the spot; that is a quick, complete answer to a narrow Art. 15 "
            "question. A wide request (“everything you have on me”) goes to the privacy team."
        ),
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": (
            "A customer writes: “Please close my Rewards account and delete my data.” A kayak she ordered is "
            "out for delivery, and a return she opened yesterday for a paddle is still open."
        ),
        "prompt": "Which plan should Grace’s team follow?",
        "choices": [
            {
                "text": "Close the Rewards account, delete what is no longer needed, keep the order and return "
                "records until settled, and tell her why",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Erase everything at once, the open order and return included, because she asked for "
                "all her data to go and her wish comes first",
                "correct": False,
                "feedback": "Data still needed for her order and refund is not covered by an Art. 17(1) ground.",
            },
            {
                "text": "Refuse the whole request for now, wait for the return to close, then ask her to send "
                "the request again from the start",
                "correct": False,
                "feedback": "The rest of her data can go now; refusing everything is wrong.",
            },
            {
                "text": "Keep all her data for six more years in case she shops again, and only close the "
                "Rewards account she asked about",
                "correct": False,
                "feedback": "“She might come back” is no reason to keep data she asked us to erase.",
            },
        ],
        "explanation": (
            "Erasure applies where an Art. 17(1) ground does, such as data no longer being needed. Data still "
            "needed to deliver her kayak and settle the refund falls outside that ground, and records for a "
            "possible dispute can be kept (Art. 17(3)(e)). Everything else goes, and she is told what was kept."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Tomasz’s quarterly study of why customers return items uses purchase histories, on the basis of "
            "legitimate interests. A customer emails: “I don’t want my shopping used for your internal "
            "studies.”"
        ),
        "prompt": "What does the GDPR require Northwind to do?",
        "choices": [
            {
                "text": "Stop using her data in the study unless it can show compelling reasons that override "
                "hers",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Stop at once with no weighing at all, exactly as for an objection to direct marketing",
                "correct": False,
                "feedback": "The absolute rule is for direct marketing; other objections are weighed.",
            },
            {
                "text": "Carry on, because the right to object covers direct marketing and nothing else",
                "correct": False,
                "feedback": "Art. 21(1) also covers uses based on legitimate interests.",
            },
            {
                "text": "Ask her to give consent to the study instead, so that her objection no longer applies",
                "correct": False,
                "feedback": "Switching bases to defeat an objection is not allowed.",
            },
        ],
        "explanation": (
            "Under Art. 21(1), when someone objects to processing based on legitimate interests, the company "
            "must stop unless it shows compelling legitimate grounds that override the person’s interests, or "
            "needs the data for legal claims. The burden is on Northwind, not on her."
        ),
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "At a hiking festival, Sofia is running the Northwind stand with a tablet linked to the marketing "
            "system. A visitor says: “Love your gear, but I’m sick of the offer texts. Can you make them stop?”"
        ),
        "prompt": "What should Sofia do?",
        "choices": [
            {
                "text": "Take her mobile number, stop the offer texts on the tablet there and then, and tell "
                "her it’s done",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Tell her to reply STOP to the next text she gets, because spoken requests made at events "
                "cannot be checked",
                "correct": False,
                "feedback": "She can object in any words and channel; making her wait for another text is wrong.",
            },
            {
                "text": "Ask Grace whether Northwind’s interest in texting her outweighs her wish to stop",
                "correct": False,
                "feedback": "There is no weighing up for direct marketing (Art. 21(3)).",
            },
            {
                "text": "Note it on paper and add her to the opt-out list at the next monthly campaign review",
                "correct": False,
                "feedback": "She would keep getting texts for weeks after objecting.",
            },
        ],
        "explanation": (
            "An objection to direct marketing is absolute: the data must no longer be used for it "
            "(Art. 21(3)), and PECR reg. 22 and the ePrivacy rules also let people opt out of marketing texts. "
            "If your normal tools can stop the texts, doing it straight away is the right answer."
        ),
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": (
            "A man phones Marco: “I’m calling for my mum. She’s 84 and doesn’t use email. She wants a copy of "
            "everything you hold on her.” He gives her name and Rewards number."
        ),
        "prompt": "What should Marco do?",
        "choices": [
            {
                "text": "Log it as an access request made for her, so Grace’s team can check he may act for her",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Refuse politely, because rights requests can be made only by the customer in person",
                "correct": False,
                "feedback": "People can act through someone else; refusing outright is over-cautious.",
            },
            {
                "text": "Read out her recent orders now, since he already knows her name and Rewards number",
                "correct": False,
                "feedback": "Knowing a name and number does not show he may receive her data.",
            },
            {
                "text": "Tell him nothing can happen until his mother learns to use email and writes in herself",
                "correct": False,
                "feedback": "No channel is required; a phone request counts.",
            },
        ],
        "explanation": (
            "A request can come from someone acting for the person, such as a relative or a lawyer. It is "
            "logged at once (Art. 12(3)), and the privacy team checks the caller’s authority before sending "
            "any data, since an access copy (Art. 15) must reach only the right people."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A customer asks support for “all my Rewards purchases as a spreadsheet, so I can load them into "
            "my budgeting app”. Northwind also keeps an internal score guessing how likely she is to churn."
        ),
        "prompt": "What does the right to data portability (Art. 20) entitle her to here?",
        "choices": [
            {
                "text": "The purchase records she generated as a customer, in a common machine-readable file",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Her purchases and the churn score too, since portability covers everything Northwind holds",
                "correct": False,
                "feedback": "Scores Northwind works out about her are not data she provided.",
            },
            {
                "text": "Nothing, because portability only applies when moving to a rival retailer",
                "correct": False,
                "feedback": "She can take her data to any service, not only to competitors.",
            },
            {
                "text": "A printed PDF of her orders, since any readable copy meets the right",
                "correct": False,
                "feedback": "Portability needs a structured, commonly used, machine-readable format.",
            },
        ],
        "explanation": (
            "Art. 20 covers data the person provided, including records of their own activity, where "
            "processing is automated and based on consent or a contract. It must come in a structured, "
            "commonly used, machine-readable format. Scores the company derives go through access (Art. 15), "
            "not portability."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A customer says three Rewards purchases on her account were never hers and the points history "
            "is wrong. Until it is sorted out, she wants Northwind to “freeze” her points data and stop "
            "sending her points-based offers."
        ),
        "prompt": "Which right is she using, and what does it mean here?",
        "choices": [
            {
                "text": "Restriction: keep the points data but pause using it while its accuracy is checked",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Erasure: delete the three disputed purchases at once, before anyone checks them",
                "correct": False,
                "feedback": "She wants a pause, and deleting would destroy what needs checking.",
            },
            {
                "text": "Objection: weigh her wish against the value of the Rewards scheme before acting",
                "correct": False,
                "feedback": "Disputed accuracy is a ground for restriction under Art. 18(1)(a).",
            },
            {
                "text": "Portability: send her the points history so she can check it herself",
                "correct": False,
                "feedback": "That would not stop us using data she says is wrong.",
            },
        ],
        "explanation": (
            "Under Art. 18(1)(a), a person who disputes accuracy can have processing restricted while the "
            "company checks. The data is kept, but apart from storage it is not used. If it proves wrong, it "
            "is corrected (Art. 16)."
        ),
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": (
            "Grace’s team is preparing an access copy for a customer. One chat transcript includes a note in "
            "which an agent mentioned another customer’s name and order number by mistake."
        ),
        "prompt": "How should the team handle that transcript?",
        "choices": [
            {
                "text": "Remove the other customer’s details and send the rest of the transcript",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Leave the whole transcript out of the copy, since it contains another customer’s data",
                "correct": False,
                "feedback": "She is entitled to her own data in it; only the other person’s details go.",
            },
            {
                "text": "Send it unchanged, because the requester has a right to every record",
                "correct": False,
                "feedback": "Art. 15(4) protects other people’s rights.",
            },
            {
                "text": "Ask the other customer for permission and wait for their answer",
                "correct": False,
                "feedback": "Redacting their details solves it without delay.",
            },
        ],
        "explanation": (
            "Art. 15(4) says the right to a copy must not harm other people’s rights, so their details are "
            "removed. Withholding the whole record goes too far: she is still entitled to her own data in it."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "After Marco corrects a customer’s address, he notices that Northwind’s courier partner already "
            "has the old address for a parcel due tomorrow."
        ),
        "prompt": "What does Art. 19 expect Northwind to do?",
        "choices": [
            {
                "text": "Tell the courier about the correction, as it received the old address from us",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Nothing more: the courier is responsible for its own copy of the data",
                "correct": False,
                "feedback": "Art. 19 puts the duty to pass on corrections on the company that shared the data.",
            },
            {
                "text": "Ask the customer to call the courier herself and give it her new address before tomorrow",
                "correct": False,
                "feedback": "It is our job to tell the recipients we gave the data to.",
            },
            {
                "text": "Cancel the parcel and send a new one to the right address next week",
                "correct": False,
                "feedback": "Passing on the correction is simpler and keeps her order on time.",
            },
        ],
        "explanation": (
            "Under GDPR Art. 19, a correction, erasure or restriction is passed on to each recipient the data "
            "was shared with, unless that is impossible or would take disproportionate effort."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Grace’s team asks Tomasz to search his analysis folders for an access request. He finds a "
            "spreadsheet where someone once typed next to the customer’s name: “difficult, ignore "
            "complaints”."
        ),
        "prompt": "What should Tomasz do with the spreadsheet?",
        "choices": [
            {
                "text": "Send it as it is, and mention the comment to Grace’s team",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Delete the comment first, as it is only an internal remark",
                "correct": False,
                "feedback": "Deleting data to avoid handing it over is wrong, and in the UK a crime.",
            },
            {
                "text": "Rewrite the comment in polite words before it goes in the copy",
                "correct": False,
                "feedback": "Altering data after a request arrives is just as wrong as deleting it.",
            },
            {
                "text": "Keep the file out of the search, as notes about a person are not data",
                "correct": False,
                "feedback": "An opinion about a named person is personal data.",
            },
        ],
        "explanation": (
            "Opinions about a person are their personal data and fall under the right of access (Art. 15). "
            "Changing or deleting data to stop it being disclosed is wrong, and in the UK it is an offence "
            "(Data Protection Act 2018 s. 173)."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A customer in Bristol writes: “Your system cancelled my order and blocked my account for "
            "‘suspected fraud’. A computer decided this. I want a real person to check.” The fraud tool "
            "blocks accounts with no human review."
        ),
        "prompt": "What does the UK GDPR give her?",
        "choices": [
            {
                "text": "Safeguards: she can give her view, get a human to step in and contest the decision",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Nothing, because the UK removed all rights about automated decisions in 2025",
                "correct": False,
                "feedback": "The UK changed the rules, but the safeguards remain (Art. 22C).",
            },
            {
                "text": "An automatic unblock, because the UK now bans decisions made by computer",
                "correct": False,
                "feedback": "The UK rules allow such decisions, with safeguards.",
            },
            {
                "text": "A reply that fraud checks are exempt from every right in the UK GDPR",
                "correct": False,
                "feedback": "Fraud prevention does not switch off these safeguards.",
            },
        ],
        "explanation": (
            "Blocking someone from buying can be a significant decision. UK GDPR Arts 22A–22D allow such "
            "decisions made solely by computer, but Art. 22C requires safeguards: telling the person, and "
            "letting them make representations, obtain human intervention and contest the decision. For EU "
            "customers, EU GDPR Art. 22(3) gives similar rights where such decisions are allowed."
        ),
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": (
            "A customer emails privacy@northwind.example from the address on her account, asking for a copy "
            "of her data. She quotes her Rewards number, and nothing suggests anyone else is involved."
        ),
        "prompt": "What proof of identity should Grace’s team ask for?",
        "choices": [
            {
                "text": "None beyond what they have: the account email and Rewards number match",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "A certified copy of her passport, sent by recorded post to the Dublin office",
                "correct": False,
                "feedback": "Far more than needed, and it creates a new store of sensitive documents.",
            },
            {
                "text": "A video call in which she holds up photo ID next to her face",
                "correct": False,
                "feedback": "There is no real doubt about who she is, so this is excessive.",
            },
            {
                "text": "Two recent utility bills and a bank statement showing her address",
                "correct": False,
                "feedback": "Extra proof is only for reasonable doubts (Art. 12(6)).",
            },
        ],
        "explanation": (
            "Art. 12(6) lets a company ask for more information only when it has reasonable doubts about who "
            "is making the request. A request from the account’s own email, with matching details, usually "
            "needs nothing more; demanding excess ID delays the answer and adds risk."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Marco is training a new agent on the messages that arrive in the Leeds support inbox in one "
            "morning."
        ),
        "prompt": "Which of these messages are rights requests? Select all that apply.",
        "choices": [
            {
                "text": "“Can you lot just forget I exist? Cheers.”",
                "correct": True,
                "feedback": "An erasure request in everyday words (Art. 17).",
            },
            {
                "text": "“Your app calls me Mr. I’m not. Sort it out please.”",
                "correct": True,
                "feedback": "A request to correct data (Art. 16).",
            },
            {
                "text": "“We act for Ms Doyle and ask for a copy of the data you hold on her.”",
                "correct": True,
                "feedback": "An access request made by a lawyer for the customer (Art. 15).",
            },
            {
                "text": "“Don’t use my past orders to choose the ads I see.”",
                "correct": True,
                "feedback": "An objection to profiling for direct marketing (Art. 21(2)).",
            },
            {
                "text": "“Is the 40-litre rucksack fully waterproof?”",
                "correct": False,
                "feedback": "A product question, not a request about personal data.",
            },
        ],
        "explanation": (
            "Rights requests need no legal words. Asking to be forgotten, to fix a title, for a copy through a "
            "lawyer, or to stop profiling for ads are requests under GDPR Art. 17, 16, 15 and 21."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Sofia is sorting replies to the spring newsletter. Most go to the marketing inbox as usual."
        ),
        "prompt": "Which reply must go to the privacy request queue? Select all that apply.",
        "choices": [
            {
                "text": "“What personal details have you collected about me, and where from?”",
                "correct": True,
                "feedback": "An access request, including the source of the data (Art. 15(1)(g)).",
            },
            {
                "text": "“Great deals this week, thanks!”",
                "correct": False,
                "feedback": "Friendly feedback, nothing to route.",
            },
            {
                "text": "“Is the sale on in the Leeds outlet as well?”",
                "correct": False,
                "feedback": "A shopping question for the marketing inbox.",
            },
            {
                "text": "“I’m out of the office until Monday.”",
                "correct": False,
                "feedback": "An automatic reply.",
            },
            {
                "text": "“Loved the guide to breaking in hiking boots.”",
                "correct": False,
                "feedback": "Feedback on content, not a request about data.",
            },
        ],
        "explanation": (
            "Asking what data we hold and where it came from is an access request under GDPR Art. 15, and "
            "the one-month clock in Art. 12(3) runs from the day it arrives. The other replies are ordinary "
            "mail."
        ),
    },
    {
        "kind": "multiple",
        "judgment": "go_ahead",
        "scenario": "A new starter on the Leeds help desk asks which everyday fixes agents may make on their own.",
        "prompt": "Which can an agent simply do for a signed-in shopper? Select all that apply.",
        "choices": [
            {
                "text": "Turn off marketing emails when she asks to stop getting them",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Fix a typo in her delivery postcode when she points it out",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Export her full history from every system and email it to her",
                "correct": False,
                "feedback": "A full copy is gathered and checked by the privacy team.",
            },
            {
                "text": "Delete her account and orders after she asks in chat to be erased",
                "correct": False,
                "feedback": "Erasure needs the privacy team to check grounds and exceptions.",
            },
            {
                "text": "Decide that her access request is excessive and close the ticket",
                "correct": False,
                "feedback": "Refusing a request is the privacy team’s decision (Art. 12(5)).",
            },
        ],
        "explanation": (
            "Everyday fixes that an agent’s normal tools cover, such as a correction (Art. 16) or stopping "
            "marketing (Art. 21(3)), should just be done. Full copies, erasure and refusals need the "
            "privacy team, who check every system and the law."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Oisín emails: “Wipe me from your systems.” Everything he bought has arrived, yet he is "
            "disputing one card payment through his bank, and that chargeback is unresolved."
        ),
        "prompt": "Which of these records can be kept for now? Select all that apply.",
        "choices": [
            {
                "text": "Order records that tax law requires Northwind to keep",
                "correct": True,
                "feedback": "A legal duty to keep them is an exception (Art. 17(3)(b)).",
            },
            {
                "text": "The records needed to answer the open chargeback",
                "correct": True,
                "feedback": "Needed for a legal claim (Art. 17(3)(e)).",
            },
            {
                "text": "Browsing history from his app sessions",
                "correct": False,
                "feedback": "No longer needed and covered by no exception.",
            },
            {
                "text": "The wish list he saved last winter",
                "correct": False,
                "feedback": "Nothing requires us to keep it.",
            },
            {
                "text": "His marketing profile, in case he comes back",
                "correct": False,
                "feedback": "“In case” is not an exception.",
            },
        ],
        "explanation": (
            "Where an Art. 17(1) ground applies, data is erased unless an Art. 17(3) exception applies, such "
            "as a legal duty to keep records or the defence of a legal claim. Everything else goes."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Hannah is updating the Leeds team’s checklist for requests from UK customers."
        ),
        "prompt": (
            "Which of these are part of the UK GDPR since the Data (Use and Access) Act 2025? Select all "
            "that apply."
        ),
        "choices": [
            {
                "text": "The month starts once Northwind has any proof of identity it reasonably needs",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Days spent waiting for a customer to clarify a very broad request do not count",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Searches for an access request need to be reasonable and proportionate",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "A request now has to be made in writing to count",
                "correct": False,
                "feedback": "Requests can still be made in any form, including by phone.",
            },
            {
                "text": "Customers can no longer object to direct marketing",
                "correct": False,
                "feedback": "The right to object to direct marketing is unchanged.",
            },
        ],
        "explanation": (
            "UK GDPR Art. 12A sets when the clock starts and lets it pause for clarification, and "
            "Art. 15(1A) limits access searches to what is reasonable and proportionate. The rights "
            "themselves, including objecting to direct marketing (Art. 21(3)), are unchanged."
        ),
    },
    {
        "kind": "true_false",
        "scenario": (
            "A customer in Lyon writes to the Dublin office in French asking for a copy of her data. It is "
            "logged the same day, and a translator will be free in ten days."
        ),
        "prompt": (
            "Under the EU GDPR, the one-month deadline starts when the translation is ready. True or false?"
        ),
        "choices": [
            {
                "text": "True",
                "correct": False,
                "feedback": "The month runs from receipt, whatever language the request is in.",
            },
            {"text": "False", "correct": True, "feedback": ""},
        ],
        "explanation": (
            "GDPR Art. 12(3) counts the month from when the request is received. Translation time comes out "
            "of that month, which is why requests in any language are logged and routed at once."
        ),
    },
    {
        "kind": "true_false",
        "scenario": (
            "A business customer in California emails Leon asking Northwind to correct her job title and "
            "company name in its records."
        ),
        "prompt": "This is a request the CCPA covers. True or false?",
        "choices": [
            {"text": "True", "correct": True, "feedback": ""},
            {
                "text": "False",
                "correct": False,
                "feedback": "Business contact data is personal information under the CCPA.",
            },
        ],
        "explanation": (
            "The CCPA gives consumers a right to correct inaccurate personal information (CCPA § 1798.106). "
            "Since the temporary exemption for business contacts ended in 2023, a business customer’s work "
            "details are covered, so Leon logs it for the 45-day clock."
        ),
    },
]
