"""Question bank for module 6: Share carefully.

A judgment question says so under "judgment": "go_ahead" (going ahead is the right answer)
or "over_caution" (the mistake is to hold back, delete or escalate needlessly); tests.content.quality
counts them, and the quiz builder leaves the key out of the quiz.
"""

QUESTIONS = [
    {
        "kind": "single",
        "scenario": (
            "Hannah wants to try a free website that turns recorded support calls into text summaries. Callers say "
            "who they are, where they live and what went wrong. The site’s terms say uploads may be used to improve its "
            "own service."
        ),
        "prompt": "What should Hannah do before uploading any calls?",
        "choices": [
            {
                "text": "Hold off and request a vendor review, as no contract restricts what the site does with them.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Upload a small batch first to see whether the summaries are good enough to be worth paying for.",
                "correct": False,
                "feedback": "A small batch of real calls is still a disclosure with no contract behind it.",
            },
            {
                "text": "Upload the calls, as the site’s terms already explain how it handles the files it receives.",
                "correct": False,
                "feedback": "Terms written by the vendor, which let it reuse uploads, are not an Art. 28 contract.",
            },
            {
                "text": "Tell callers at the start of each call that recordings may go to an outside transcription site.",
                "correct": False,
                "feedback": "Telling people does not replace a contract and a vendor check.",
            },
        ],
        "explanation": (
            "A processor must give sufficient guarantees and work under a written contract (GDPR Art. 28(1) and "
            "28(3)). A site that reuses uploads for its own purposes is not acting only on our instructions, so "
            "the calls must not go there without a review."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Leon, in the San Diego sales office, pasted a spreadsheet of 40 UK and EU business contacts, with names, "
            "phone numbers and his notes, into a free public chatbot to draft follow-up emails. An hour later he "
            "realises it was not an approved tool."
        ),
        "prompt": "What should Leon do now?",
        "choices": [
            {
                "text": "Tell Jonas or Grace immediately, so they can judge whether it is a reportable breach.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Delete the chat history and say nothing, as the contacts are business people, not consumers.",
                "correct": False,
                "feedback": "Business contacts’ names and numbers are personal data, and deleting a chat does not undo the disclosure.",
            },
            {
                "text": "Ask the chatbot to forget the spreadsheet, then keep using it for emails without personal data.",
                "correct": False,
                "feedback": "A request typed into the chat gives no guarantee about what the provider keeps.",
            },
            {
                "text": "Wait to see whether any of the 40 contacts complain before reporting it to anyone.",
                "correct": False,
                "feedback": "The 72-hour clock runs from when Northwind becomes aware, not from a complaint.",
            },
        ],
        "explanation": (
            "Disclosing personal data without authority is a personal data breach (GDPR Art. 4(12)). Northwind must "
            "assess it and, unless it is unlikely to result in a risk, notify the authority within 72 hours of "
            "becoming aware (Art. 33), so report it at once."
        ),
    },
    {
        "kind": "true_false",
        "scenario": (
            "Marco pastes a customer’s complaint into the AI writing assistant that Northwind has approved for "
            "support tickets. Its provider works under a processor contract and may not use the text for its own "
            "purposes."
        ),
        "prompt": "In GDPR terms, the provider is a third party receiving the customer’s data. True or false?",
        "choices": [
            {
                "text": "True",
                "correct": False,
                "feedback": "A processor acting on our instructions is not a third party (Art. 4(10)).",
            },
            {"text": "False", "correct": True, "feedback": ""},
        ],
        "explanation": (
            "GDPR Art. 4(10) defines a third party as anyone other than the person, the controller and the "
            "processor. An approved tool under an Art. 28 contract is our processor. A free public chatbot with no "
            "contract is different: pasting data there discloses it outside any contract."
        ),
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "A new agent asks Hannah whether to use the approved AI assistant to draft a reply about a late parcel, "
            "including the customer’s name and order number. The tool is approved for support tickets and runs "
            "under a processor contract."
        ),
        "prompt": "What should Hannah tell the agent?",
        "choices": [
            {
                "text": "Use it: the tool is approved for ticket data, so just check the draft before sending.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Strip out the name and the order number first, because the tool’s provider is a third party.",
                "correct": False,
                "feedback": "Approved for ticket data and under a processor contract, it is our processor.",
            },
            {
                "text": "Ask the customer for consent before putting any of their details into an AI tool.",
                "correct": False,
                "feedback": "Consent is the wrong basis here; the tool works for us under contract.",
            },
            {
                "text": "Avoid AI tools for real tickets until Grace has reviewed each reply that they draft.",
                "correct": False,
                "feedback": "That is over-cautious; the tool has already been approved for this use.",
            },
        ],
        "explanation": (
            "A provider working under an Art. 28 contract is our processor, not a third party (GDPR Art. 4(10)). "
            "Using an approved tool for its approved purpose is normal work. The EU AI Act Art. 4 expects staff to "
            "understand its limits, so check the draft."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "An outdoor-events company offers to run a joint giveaway with Northwind. It asks for the names and "
            "emails of Northwind customers in Ireland so it can also add them to its own events newsletter."
        ),
        "prompt": "How should Sofia treat the events company in this plan?",
        "choices": [
            {
                "text": "As a separate controller and third party, using the data for its own purposes.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "As Northwind’s processor, since it is only helping Northwind to run a giveaway for our customers.",
                "correct": False,
                "feedback": "It wants the list for its own newsletter, so it is not acting only on our instructions.",
            },
            {
                "text": "As a joint processor, which needs no written contract because both sides benefit equally.",
                "correct": False,
                "feedback": "There is no such shortcut; a processor always needs an Art. 28 contract.",
            },
            {
                "text": "As part of Northwind, because the customers will recognise both of the brands from the giveaway.",
                "correct": False,
                "feedback": "Another company is not part of Northwind, whatever customers recognise.",
            },
        ],
        "explanation": (
            "A company that decides why data is used is a controller (GDPR Art. 4(7)) and, for us, a third party "
            "(Art. 4(10)). Handing data over needs a lawful basis and must be in the privacy notice, and its "
            "newsletter would need the customers’ own consent (ePrivacy Directive Art. 13)."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Jonas is reviewing the draft contract with a new cloud backup provider that will hold copies of "
            "customer records."
        ),
        "prompt": "Which of these must the contract cover under GDPR Art. 28(3)? Select all that apply.",
        "choices": [
            {
                "text": "Acting only on Northwind’s documented instructions",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Using sub-processors only with Northwind’s authorisation",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Deleting or returning the data when the service ends",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "The types of personal data and the groups of people involved",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "A list naming each customer whose records will be backed up",
                "correct": False,
                "feedback": "The contract describes types of data and people, not each individual.",
            },
            {
                "text": "The provider’s right to use the data to improve its own products",
                "correct": False,
                "feedback": "That would be the provider’s own purpose, the opposite of what Art. 28 requires.",
            },
        ],
        "explanation": (
            "GDPR Art. 28(3) requires a written contract covering the subject matter, duration, nature and purpose "
            "of the processing, the types of data and people, and the processor’s duties: documented instructions, "
            "confidentiality, security, approved sub-processors, help with rights and breaches, and deletion or "
            "return at the end."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A helpdesk vendor’s support engineers work from a country with no EU adequacy decision. They will need "
            "remote access to EU customers’ tickets to fix faults."
        ),
        "prompt": "What does Grace need in place before access starts?",
        "choices": [
            {
                "text": "Standard contractual clauses, plus a transfer impact assessment of local law.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "A letter from the vendor promising that its engineers will treat the tickets with great care.",
                "correct": False,
                "feedback": "An informal promise is not one of the safeguards in GDPR Art. 46.",
            },
            {
                "text": "Nothing, since the engineers only read tickets remotely and the files stay on EU servers.",
                "correct": False,
                "feedback": "Remote access from another country counts as a transfer.",
            },
            {
                "text": "A consent line in Northwind’s terms, so every customer agrees to data going abroad.",
                "correct": False,
                "feedback": "Consent buried in terms is not explicit, and derogations are not for routine transfers.",
            },
        ],
        "explanation": (
            "Under GDPR Art. 44–46, a routine transfer to a country without adequacy needs appropriate safeguards, "
            "usually standard contractual clauses. Since the Court of Justice’s Schrems II ruling, the exporter "
            "must also assess whether local law lets the importer keep its promises, adding measures if needed."
        ),
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "Tomasz wants to use a US analytics vendor for EU customer data. Its processor contract is approved, "
            "and Grace has checked that the vendor is on the Data Privacy Framework list, certified for this kind "
            "of data."
        ),
        "prompt": "What does the transfer to the US need now?",
        "choices": [
            {
                "text": "Nothing more for the transfer: the adequacy decision covers this certified vendor.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Standard contractual clauses as well, because no US company can rely on an adequacy decision.",
                "correct": False,
                "feedback": "The July 2023 adequacy decision covers US companies certified under the framework.",
            },
            {
                "text": "Explicit consent from every EU customer whose data the vendor is going to receive.",
                "correct": False,
                "feedback": "Consent derogations are for one-off cases; adequacy makes them unnecessary here.",
            },
            {
                "text": "A move to an EU-based vendor, because all transfers to the US were banned by the courts.",
                "correct": False,
                "feedback": "Transfers to the US are lawful under the framework or with Art. 46 safeguards.",
            },
        ],
        "explanation": (
            "The EU–US Data Privacy Framework is an adequacy decision under GDPR Art. 45, adopted in July 2023. It "
            "covers transfers to US companies certified under it, for the data their certification covers. Grace "
            "should recheck that the certification stays active."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A US survey vendor tells Ravi it is “fully GDPR compliant” and that EU data is “covered by the Privacy "
            "Framework”. Grace searches the official list and cannot find the vendor."
        ),
        "prompt": "What should happen next?",
        "choices": [
            {
                "text": "Use other safeguards, such as standard clauses and an assessment, or choose another vendor.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Accept the vendor’s word, since it has stated in writing that the framework covers it.",
                "correct": False,
                "feedback": "Only certified companies are covered; check the list, not the sales material.",
            },
            {
                "text": "Go ahead, because the framework covers every company that is based in the United States.",
                "correct": False,
                "feedback": "It covers only US companies that have certified under it.",
            },
            {
                "text": "Send the data now and ask the vendor to get certified at some point within the next year.",
                "correct": False,
                "feedback": "A transfer needs its safeguard before any data moves.",
            },
        ],
        "explanation": (
            "The Data Privacy Framework adequacy decision (GDPR Art. 45) covers only certified US companies. "
            "Without it, the transfer needs Art. 46 safeguards such as standard contractual clauses, with a "
            "transfer impact assessment, before any data leaves."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Ravi is rolling out an approved AI tool that drafts product descriptions and answers shoppers’ "
            "questions to Sofia’s marketing team."
        ),
        "prompt": "What does EU AI Act Art. 4 expect of Northwind here?",
        "choices": [
            {
                "text": "That staff who use it understand well enough how it works, its risks and its limits.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "That each marketing team member holds a personal licence from an EU AI authority.",
                "correct": False,
                "feedback": "There is no personal licence; the duty is about what staff understand.",
            },
            {
                "text": "Nothing, since the AI Act’s duties fall on the companies that build AI tools, not users.",
                "correct": False,
                "feedback": "Art. 4 covers deployers, the companies that use AI systems, as well as providers.",
            },
            {
                "text": "That the tool is registered with the national data protection authority before any staff use it for work.",
                "correct": False,
                "feedback": "Art. 4 is about AI literacy, not registration.",
            },
        ],
        "explanation": (
            "Since 2 February 2025, EU AI Act Art. 4 requires providers and deployers of AI systems to take "
            "measures so that staff using them have sufficient AI literacy, suited to their role and the context."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Sofia’s team adds a social network’s pixel to the product pages. It sends what California visitors "
            "view to the network, so Northwind’s ads can follow them on other sites and apps."
        ),
        "prompt": "What is this under the CCPA?",
        "choices": [
            {
                "text": "Sharing, because it gives browsing data to a third party for cross-context behavioural ads.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Not covered, because the social network pays Northwind nothing for the browsing data.",
                "correct": False,
                "feedback": "Sharing counts with or without payment.",
            },
            {
                "text": "A service-provider use, because Northwind pays the network an invoice for the ads every month.",
                "correct": False,
                "feedback": "Paying a company does not stop cross-site ad targeting being sharing.",
            },
            {
                "text": "A lawful transfer once the network signs standard contractual clauses with Northwind.",
                "correct": False,
                "feedback": "Standard contractual clauses are a GDPR transfer tool, not a CCPA answer.",
            },
        ],
        "explanation": (
            "CCPA § 1798.140(ah) defines sharing as disclosing personal information to a third party for "
            "cross-context behavioural advertising, paid or not. Consumers may opt out under § 1798.120, including "
            "by a browser signal such as Global Privacy Control."
        ),
    },
    {
        "kind": "true_false",
        "scenario": (
            "A camping magazine offers Northwind a full-page advert at no cost. In return, Sofia would pass it the "
            "contact details of the company’s California customers."
        ),
        "prompt": "Under the CCPA, this would be a sale of personal information. True or false?",
        "choices": [
            {"text": "True", "correct": True, "feedback": ""},
            {
                "text": "False",
                "correct": False,
                "feedback": "Free advertising space is valuable consideration, which is enough for a sale.",
            },
        ],
        "explanation": (
            "CCPA § 1798.140(ad) covers making personal information available to a third party for money or other "
            "valuable consideration. Customers who opted out under § 1798.120 would have to be left out."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Marco is sorting this week’s messages from shoppers in Los Angeles and San Francisco."
        ),
        "prompt": "Which of these count as a request to opt out of sale or sharing? Choose each one that does.",
        "choices": [
            {
                "text": "A click on the “Do Not Sell or Share My Personal Information” link",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "A browser sending the Global Privacy Control signal",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "A live-chat message saying “don’t sell my info to anyone”",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "A question asking which partners Northwind works with",
                "correct": False,
                "feedback": "That is a question, perhaps a request to know; answer or route it as such.",
            },
            {
                "text": "A complaint that the last parcel arrived damaged",
                "correct": False,
                "feedback": "This is a service issue, not a privacy request.",
            },
        ],
        "explanation": (
            "Under CCPA § 1798.120 and § 1798.135, consumers may opt out through the link, a recognised "
            "opt-out preference signal such as Global Privacy Control, or in their own words. Route each at once."
        ),
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": (
            "A California customer has opted out of the sale and sharing of her data. Her next order is ready to "
            "ship, and a colleague wants to hold it rather than give her address to the courier."
        ),
        "prompt": "What should Marco tell the colleague?",
        "choices": [
            {
                "text": "Ship it: the courier is Northwind’s contracted service provider, so delivery is not a sale.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Hold the parcel until the customer confirms in writing that her address may be passed on.",
                "correct": False,
                "feedback": "Over-cautious: delivery by a service provider is neither a sale nor sharing.",
            },
            {
                "text": "Cancel the order and refund her, since her opt-out covers every disclosure of her data.",
                "correct": False,
                "feedback": "An opt-out covers sale and sharing, not service providers doing work for us.",
            },
            {
                "text": "Ship it, but only with a courier based in California so that the opt-out does not apply.",
                "correct": False,
                "feedback": "Where the courier is based is not the point; the service-provider contract is.",
            },
        ],
        "explanation": (
            "Under CCPA § 1798.140, disclosing personal information to a service provider under a contract with the "
            "required terms, for a business purpose such as delivery, is not a sale or sharing. The opt-out under "
            "§ 1798.120 does not stop the delivery."
        ),
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": (
            "A shopper in San Diego writes: “Please stop selling my information.” An agent in Leeds proposes "
            "deleting the account and all past purchases to be sure nothing is ever sold."
        ),
        "prompt": "What should the support team do?",
        "choices": [
            {
                "text": "Log it as an opt-out of sale and sharing, and keep the account and orders.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Delete the account and all order history, since that is the surest way to stop any sale.",
                "correct": False,
                "feedback": "The customer asked to opt out, not to delete; deleting loses records Northwind needs.",
            },
            {
                "text": "Ask the customer to explain why they want to opt out before doing anything further.",
                "correct": False,
                "feedback": "Consumers need not give a reason to opt out.",
            },
            {
                "text": "Reply that Northwind never sells data, and close the ticket without any other action.",
                "correct": False,
                "feedback": "Northwind shares data for advertising, so the opt-out must still be applied.",
            },
        ],
        "explanation": (
            "CCPA § 1798.120 gives a right to opt out of sale and sharing; deletion is a separate right "
            "(§ 1798.105) that the customer has not used. Apply the opt-out at once and leave the rest."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Northwind’s records show that a California member of Northwind Rewards is 15. Her data is in the "
            "audience list sent to an ad network for cross-site ads."
        ),
        "prompt": "What does the CCPA require?",
        "choices": [
            {
                "text": "Stop selling or sharing her data unless she has opted in to that herself.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Nothing, as long as she has not clicked the “Do Not Sell or Share” link.",
                "correct": False,
                "feedback": "For known under-16s, sale and sharing need an opt-in, not just no opt-out.",
            },
            {
                "text": "A parent’s opt-in, because anyone under 18 needs a parent to agree.",
                "correct": False,
                "feedback": "13- to 15-year-olds can opt in themselves; a parent is needed under 13.",
            },
            {
                "text": "Closing her Rewards account, because under-16s may not join loyalty schemes.",
                "correct": False,
                "feedback": "The CCPA rule is about sale and sharing, not membership.",
            },
        ],
        "explanation": (
            "Under CCPA § 1798.120, a business that knows a consumer is under 16 may not sell or share their "
            "personal information unless they opted in (aged 13 to 15) or a parent did (under 13)."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "The Northwind app can use precise GPS location to suggest nearby hiking trails. A California user asks "
            "support to use her precise location for that feature and nothing else."
        ),
        "prompt": "How should support treat the request?",
        "choices": [
            {
                "text": "As a request to limit the use of sensitive personal information, passed on at once.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "As a request to delete her account, since that is the one way to stop using her location.",
                "correct": False,
                "feedback": "She asked to limit the use, not to delete; the right to limit exists for this.",
            },
            {
                "text": "As out of scope, because location data is not personal information under the CCPA at all.",
                "correct": False,
                "feedback": "Precise geolocation is sensitive personal information.",
            },
            {
                "text": "As feedback, to be answered by explaining how useful the location feature is.",
                "correct": False,
                "feedback": "She is using a legal right; route it.",
            },
        ],
        "explanation": (
            "Precise geolocation is sensitive personal information (CCPA § 1798.140(ae)), and § 1798.121 lets "
            "consumers limit its use to what is needed for the service they asked for."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Leon wants to send this quarter’s business sales leads to a data enrichment service that adds job "
            "titles and company sizes."
        ),
        "prompt": "Which of these must be answered before any data is sent? Select all that apply.",
        "choices": [
            {
                "text": "Is a contract with data protection terms signed?",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Does the enrichment fit a purpose the leads were told about?",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Is the vendor a well-known brand that many others use?",
                "correct": False,
                "feedback": "Being popular is not the same as having the right contract and purpose.",
            },
            {
                "text": "Does the vendor offer a free trial to test the service?",
                "correct": False,
                "feedback": "A free trial says nothing about how the vendor will handle the data.",
            },
            {
                "text": "Can the vendor also sell us extra leads from its own database?",
                "correct": False,
                "feedback": "That is a separate purchase with its own questions; it does not make this one safe.",
            },
        ],
        "explanation": (
            "Before data leaves, check the contract with the vendor (GDPR Art. 28(3)) and that the use fits a "
            "purpose people were told about (Art. 5(1)(b), Art. 13 and 14). Popularity and free trials prove "
            "nothing."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Aisha wants a free public chatbot’s help to speed up a slow database query. She has several things "
            "she could paste."
        ),
        "prompt": "Which of these are fine to paste into that chatbot? Select all that apply.",
        "choices": [
            {
                "text": "The query text with table and column names, but no rows of data",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Ten sample rows with real customer emails and postcodes",
                "correct": False,
                "feedback": "Real emails and postcodes identify people; use made-up values.",
            },
            {
                "text": "An error log that includes customers’ IP addresses",
                "correct": False,
                "feedback": "IP addresses can identify people, so they are personal data.",
            },
            {
                "text": "A screenshot of the admin page showing one customer’s order",
                "correct": False,
                "feedback": "An order screen is full of personal data.",
            },
            {
                "text": "One customer’s rows with the name removed but the address kept",
                "correct": False,
                "feedback": "An address still identifies the person.",
            },
        ],
        "explanation": (
            "A free public chatbot has no Art. 28 contract with us, so nothing that identifies a person should go "
            "into it. Personal data includes online identifiers such as IP addresses (GDPR Art. 4(1), Recital 30)."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "To avoid paperwork, a new fulfilment partner outside the EEA suggests adding a line to Northwind’s "
            "checkout terms: “I consent to my data being processed abroad.” It would receive every EU order."
        ),
        "prompt": "How should Grace judge the proposal?",
        "choices": [
            {
                "text": "Not sound: the consent derogation suits occasional cases and needs explicit, informed consent.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Sound, provided the line appears in bold type on the checkout page where every buyer sees it.",
                "correct": False,
                "feedback": "Bold type does not make a line in the terms explicit consent, or fit routine transfers.",
            },
            {
                "text": "Sound, because customers who object to the line can always shop somewhere else instead.",
                "correct": False,
                "feedback": "A take-it-or-leave-it line is not free, explicit consent.",
            },
            {
                "text": "Not sound, because consent can never be used for a transfer outside the EEA.",
                "correct": False,
                "feedback": "Art. 49(1)(a) allows explicit consent in specific, occasional cases.",
            },
        ],
        "explanation": (
            "GDPR Art. 49(1)(a) allows a transfer on explicit consent after the person is told the risks, and "
            "derogations suit occasional transfers. Every EU order going abroad is routine, so it needs an adequacy "
            "decision (Art. 45) or safeguards such as standard contractual clauses (Art. 46)."
        ),
    },
    {
        "kind": "multiple",
        "scenario": "Tomasz is updating the register of outside firms that get data about our shoppers.",
        "prompt": "Which of these act as Northwind’s processors? Select all that apply.",
        "choices": [
            {
                "text": "The cloud host that runs the online shop for us",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "The email platform that sends our newsletter on our instructions",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "A travel insurer that markets its own policies to our customers",
                "correct": False,
                "feedback": "It uses the data for its own purposes, so it is a separate controller.",
            },
            {
                "text": "The tax authority that receives our records by law",
                "correct": False,
                "feedback": "It receives data under its own legal powers, not on our instructions.",
            },
            {
                "text": "An ad network that uses visitor data to build its own audiences",
                "correct": False,
                "feedback": "Building its own audiences is its own purpose, so it is not our processor.",
            },
        ],
        "explanation": (
            "A processor handles personal data on a controller’s behalf (GDPR Art. 4(8)) under an Art. 28 contract. "
            "Companies that use the data for their own purposes, or receive it under their own legal powers, are "
            "controllers in their own right."
        ),
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "Tomasz uploads each week’s sales data to Northwind’s approved cloud data warehouse, as agreed in the "
            "vendor’s processor contract. A new analyst asks whether each upload needs fresh sign-off from Grace."
        ),
        "prompt": "What should Tomasz tell the analyst?",
        "choices": [
            {
                "text": "No sign-off is needed each week; this is the approved use under the contract.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Yes, each upload needs written approval, because customer data leaves Northwind every time.",
                "correct": False,
                "feedback": "That is over-cautious: the vendor and this use were approved once, under contract.",
            },
            {
                "text": "Yes, unless every customer named in the data has agreed to the weekly upload.",
                "correct": False,
                "feedback": "Consent is not the basis for using our own processor.",
            },
            {
                "text": "No, because data stored in a warehouse stops being personal data once it is there.",
                "correct": False,
                "feedback": "Stored data is still personal data; the reason it is fine is the approved contract.",
            },
        ],
        "explanation": (
            "Once a processor has been checked and works under an Art. 28(3) contract, using it for the agreed "
            "purpose is normal work. Ask again only when the data, the purpose or the vendor changes."
        ),
    },
]
