"""Question bank for the track Data ethics in your role: Marketing and sales (module 2).

A judgment question says so under "judgment": "go_ahead" (going ahead is the right answer)
or "over_caution" (the mistake is to hold back, delete or escalate needlessly); tests.content.quality
counts them, and the quiz builder leaves the key out of the quiz.
"""

QUESTIONS = [
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": "Three weeks ago a customer in Leeds bought a rucksack online. At checkout she saw an unticked box, “No thanks, I don’t want offers from Northwind by email”, and left it empty. Sofia now plans to email her about our new rucksack rain covers, with an unsubscribe link at the bottom.",
        "prompt": "What should Sofia do?",
        "choices": [
            {
                "text": "Send it: a rain cover is our own similar product, and she could refuse then and can refuse in every email.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Email her first to ask whether she would like offers, and send the rain cover email only if she says yes.",
                "correct": False,
                "feedback": "An email asking for marketing consent is itself marketing, and here the soft opt-in already covers the offer.",
            },
            {
                "text": "Wait until she buys from Northwind a second time, which would show an ongoing relationship with us.",
                "correct": False,
                "feedback": "One purchase is enough for the soft opt-in; there is no rule about repeat orders.",
            },
            {
                "text": "Send it without the unsubscribe link, since she already had her chance to say no at checkout last month.",
                "correct": False,
                "feedback": "The soft opt-in needs a way to refuse in every later message, not only at checkout.",
            },
        ],
        "explanation": "The soft opt-in (PECR reg. 22(3); ePrivacy Directive Art. 13(2)) lets us email an existing customer about our own similar products if she was offered a simple way to refuse when we took her address and is offered one again in every message.",
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": "Northwind is recalling a batch of camping stoves with a faulty valve. One buyer unsubscribed from all our marketing emails last spring. A colleague on Sofia’s team asks whether the recall email may go to him.",
        "prompt": "What is the right answer?",
        "choices": [
            {
                "text": "No: his unsubscribe covers every email from Northwind until he chooses to opt back in to hear from us.",
                "correct": False,
                "feedback": "Unsubscribing stops marketing, not messages he needs about what he bought.",
            },
            {
                "text": "Yes: a safety recall is a service message, so it goes to him, as long as no offers are added.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "By post instead, because emailing someone on the suppression list would break the marketing rules.",
                "correct": False,
                "feedback": "The marketing rules do not cover a recall notice, so email is fine.",
            },
            {
                "text": "After Grace has signed off an exception to the suppression list for this one customer.",
                "correct": False,
                "feedback": "No exception is needed: a recall was never blocked by the suppression list.",
            },
        ],
        "explanation": "Direct marketing rules (PECR reg. 22; ePrivacy Directive Art. 13) and the right to object (GDPR Art. 21(3)) cover promotion. A safety recall is a service message about a product he bought, so it goes to him; adding a sales offer would turn it into marketing.",
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": "During a data clean-up, a CRM specialist proposes deleting the list of 40,000 addresses that must never get our marketing again. “We shouldn’t keep data on people who told us to go away,” she says.",
        "prompt": "What should happen to that list?",
        "choices": [
            {
                "text": "Delete it, since holding data on people who objected goes against storage limitation.",
                "correct": False,
                "feedback": "Without the list, these people could be added back from another source and mailed again.",
            },
            {
                "text": "Keep it, with only what we need to recognise each person, so they never get marketing again.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Ask each person on it for permission to keep their address, by email, before the next campaign.",
                "correct": False,
                "feedback": "Writing to 40,000 people who asked to be left alone defeats the purpose.",
            },
            {
                "text": "Move it into the main mailing list with a tag, so all the contact data sits in one place.",
                "correct": False,
                "feedback": "Mixing it into the mailing list makes a mistaken send far more likely.",
            },
        ],
        "explanation": "Once someone objects, their data may no longer be used for direct marketing (GDPR Art. 21(3)). Keeping a minimal suppression record is how we honour that; it serves a clear purpose, so it meets Art. 5(1)(c) and (e). Deleting it is the over-cautious mistake.",
    },
    {
        "kind": "multiple",
        "scenario": "Sofia’s team has five messages ready to go to customers who have not agreed to marketing.",
        "prompt": "Which of them are direct marketing, needing consent or the soft opt-in? Select all that apply.",
        "choices": [
            {
                "text": "A delivery update that also offers 20 % off sleeping bags",
                "correct": True,
                "feedback": "The offer makes it marketing, even inside a service message.",
            },
            {
                "text": "An order confirmation with the receipt and the returns address",
                "correct": False,
                "feedback": "This is a service message about the order; it promotes nothing.",
            },
            {
                "text": "A text inviting lapsed loyalty members to rejoin for bonus points",
                "correct": True,
                "feedback": "Winning people back with an incentive is promotion.",
            },
            {
                "text": "A notice that the loyalty scheme’s terms change next month",
                "correct": False,
                "feedback": "A required notice about terms is a service message, if it adds no offers.",
            },
            {
                "text": "An email asking them to tick a box to start getting our offers",
                "correct": True,
                "feedback": "Asking for marketing consent by email is itself a marketing email.",
            },
        ],
        "explanation": "PECR reg. 22 and ePrivacy Directive Art. 13 cover every electronic message that promotes us, including ones that ask for marketing consent or add an offer to a service message. Pure service messages, such as confirmations and notices of changed terms, are outside them.",
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": "Leon wants to send a short introduction email to the head buyer of a UK climbing-wall company, a limited company, at her work address, which is listed on the company’s website. He has never contacted her before.",
        "prompt": "What does he need to do?",
        "choices": [
            {
                "text": "Get her prior written consent, because reg. 22 covers any email sent to a named person.",
                "correct": False,
                "feedback": "Reg. 22 covers individual subscribers; a limited company is a corporate subscriber.",
            },
            {
                "text": "Send it, saying who he is and where he found her details, with a way to opt out.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "No extra steps: work email addresses fall outside data protection law for business.",
                "correct": False,
                "feedback": "A named buyer’s work address is personal data, so the UK GDPR applies.",
            },
            {
                "text": "Wait until her company signs a supply contract with Northwind before any approach.",
                "correct": False,
                "feedback": "No contract is needed to introduce ourselves to a business buyer.",
            },
        ],
        "explanation": "PECR reg. 22 does not apply to corporate subscribers, but reg. 23 requires every marketing email to identify the sender and give an address to opt out. The UK GDPR still applies to her as a person: she must be told about the data (Art. 14) and may object (Art. 21(2)).",
    },
    {
        "kind": "single",
        "scenario": "Kai runs a kayak-hire business on his own, as a sole trader, using a personal email address. He gave Leon his card at a networking evening but did not ask about buying anything. Leon wants to add him to the B2B newsletter.",
        "prompt": "May Leon add him?",
        "choices": [
            {
                "text": "Yes, because Kai runs a business and so counts as a corporate subscriber.",
                "correct": False,
                "feedback": "Only companies, LLPs, Scottish partnerships and public bodies are corporate subscribers.",
            },
            {
                "text": "Yes, under the soft opt-in, since handing over a card starts a relationship.",
                "correct": False,
                "feedback": "The soft opt-in needs a sale or talks about one, and a chance to refuse.",
            },
            {
                "text": "Not yet: as a sole trader Kai is an individual subscriber and must agree first.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "No, and Leon must also delete the card, as keeping it breaks the marketing rules.",
                "correct": False,
                "feedback": "Keeping a business card for genuine follow-up is not itself marketing; deleting it is not required.",
            },
        ],
        "explanation": "Under PECR reg. 22 a sole trader is an individual subscriber, so marketing emails need his consent unless the soft opt-in of reg. 22(3) applies, which needs a sale or negotiations for one and a chance to refuse.",
    },
    {
        "kind": "true_false",
        "scenario": "Before uploading a customer list to an ad platform, a colleague turns each email address into a long code with a standard hashing function. The platform does the same to its users’ addresses to find the matches.",
        "prompt": "True or false: the uploaded codes are personal data under the GDPR.",
        "choices": [
            {"text": "True", "correct": True, "feedback": ""},
            {
                "text": "False",
                "correct": False,
                "feedback": "Anyone holding the same address can produce the same code, so it still points to a person.",
            },
        ],
        "explanation": "Hashing is pseudonymisation (GDPR Art. 4(5)). Under Recital 26, data that can be linked back to a person with extra information, here the platform’s own address list, is still personal data.",
    },
    {
        "kind": "single",
        "scenario": "Aisha notices that a new advertising tag on the checkout page fires for EU visitors as soon as the page loads. The cookie banner appears a second later.",
        "prompt": "What should change?",
        "choices": [
            {
                "text": "Nothing, provided the banner explains the tag clearly once it has appeared on screen.",
                "correct": False,
                "feedback": "Telling people after the tag has fired is too late: consent must come first.",
            },
            {
                "text": "Add a line to the privacy notice saying advertising tags run on checkout pages.",
                "correct": False,
                "feedback": "A notice alone is not consent; the visitor must agree before the tag runs.",
            },
            {
                "text": "Keep it, since a tag that sets no cookie of its own is outside the ePrivacy rules.",
                "correct": False,
                "feedback": "The rule covers any storing or reading of information on the device, not only cookies.",
            },
            {
                "text": "Fire the tag only after the visitor accepts advertising cookies in the banner.",
                "correct": True,
                "feedback": "",
            },
        ],
        "explanation": "ePrivacy Directive Art. 5(3) requires consent before information is stored on or read from a visitor’s device, unless strictly necessary for the service they asked for. An advertising tag is not strictly necessary.",
    },
    {
        "kind": "single",
        "scenario": "Northwind runs a small UK-only website for its Leeds events. It uses a first-party counter that only measures visits so the events team can improve the pages, and shares nothing with anyone else.",
        "prompt": "Under PECR as amended in 2025, what does the counter need?",
        "choices": [
            {
                "text": "Opt-in consent in a banner before it runs, exactly as an advertising cookie would.",
                "correct": False,
                "feedback": "Since 2025, PECR exempts this kind of analytics from consent in the UK.",
            },
            {
                "text": "Clear information about it, and a simple, free way for visitors to object to it.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "No steps, since the 2025 Act removed first-party analytics from PECR’s cookie rule.",
                "correct": False,
                "feedback": "The exemption comes with conditions: visitors must be told and able to object.",
            },
            {
                "text": "A parent’s consent for any visitor who might be under 16, and no other steps.",
                "correct": False,
                "feedback": "Age has nothing to do with this exemption; information and a way to object do.",
            },
        ],
        "explanation": "PECR reg. 6, as amended by the Data (Use and Access) Act 2025, exempts cookies used only for statistics to improve our own site, if users get clear information and a simple way to object. EU visitors would still need to consent (ePrivacy Directive Art. 5(3)).",
    },
    {
        "kind": "multiple",
        "scenario": "Sofia wants to upload last year’s online customers to a video platform as a custom audience for a spring campaign.",
        "prompt": "What must be checked before the upload? Select all that apply.",
        "choices": [
            {
                "text": "The privacy notice tells customers their details may be matched for adverts",
                "correct": True,
                "feedback": "People must be told about this use of their data.",
            },
            {
                "text": "Customers who objected to marketing have been taken off the list",
                "correct": True,
                "feedback": "An objection ends every use of their data for marketing.",
            },
            {
                "text": "Californians who opted out of selling or sharing have been removed",
                "correct": True,
                "feedback": "Their opt-out covers audience uploads for cross-context ads.",
            },
            {
                "text": "The platform’s data terms, and the role each side plays, are in place",
                "correct": True,
                "feedback": "The contract or joint-controller terms must exist before data leaves.",
            },
            {
                "text": "The file is hashed, which takes it outside the GDPR once uploaded",
                "correct": False,
                "feedback": "Hashed addresses are pseudonymised, so they are still personal data.",
            },
        ],
        "explanation": "An audience upload is processing of personal data even when hashed (GDPR Recital 26). It needs transparency (Art. 13), must respect objections (Art. 21(3)) and CCPA opt-outs of sharing (§ 1798.120), and needs the right terms with the platform (Art. 26 or Art. 28).",
    },
    {
        "kind": "single",
        "scenario": "Ravi proposes seeding a similar-people audience on a social network with everyone who bought from our new “comfort” range: orthopaedic insoles, knee supports and walking aids.",
        "prompt": "How should the team treat this idea?",
        "choices": [
            {
                "text": "As routine, because the platform, not Northwind, decides who ends up in the audience.",
                "correct": False,
                "feedback": "We choose and upload the seed; the platform only extends it.",
            },
            {
                "text": "As fine if the file is hashed, because then no health information leaves Northwind.",
                "correct": False,
                "feedback": "Hashing hides the address, not the fact that the list means “has a health need”.",
            },
            {
                "text": "As a likely health inference: pause it and ask Grace, since Art. 9 may apply.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "As acceptable, since data about purchases sits outside the special categories of Art. 9.",
                "correct": False,
                "feedback": "Purchases that reveal a health condition can be special-category data.",
            },
        ],
        "explanation": "Data that reveals health, even by inference from purchases, is special-category data under GDPR Art. 9(1) and needs an Art. 9(2) condition, usually explicit consent. A seed list defined by health products tells the platform exactly that.",
    },
    {
        "kind": "single",
        "scenario": "A social network’s tracking code on our product pages sends each visitor’s page views to the network, which uses them for its own ad products too.",
        "prompt": "Which statement about responsibility is right?",
        "choices": [
            {
                "text": "The network alone is responsible, since the code and the servers that receive the data belong to it.",
                "correct": False,
                "feedback": "We chose to put the code on our site, so we share responsibility for the collection.",
            },
            {
                "text": "We and the network can be joint controllers for collecting and passing on the data.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Northwind alone is responsible for everything the network later does with the page views.",
                "correct": False,
                "feedback": "The network decides its own later uses, so it is responsible for those.",
            },
            {
                "text": "Nobody is a controller, because page views on their own do not identify any visitor.",
                "correct": False,
                "feedback": "Page views linked to a device or account identify people, so they are personal data.",
            },
        ],
        "explanation": "The EU’s top court has held that a site that embeds a platform’s code can be a joint controller with the platform for collecting and passing on the data. GDPR Art. 26 then requires an arrangement setting out who does what, with its gist made available to people.",
    },
    {
        "kind": "single",
        "scenario": "A visitor in California browses our site with a browser that sends a Global Privacy Control signal. She has no account and never clicked our opt-out link.",
        "prompt": "How should our site treat her visit?",
        "choices": [
            {
                "text": "As an opt-out of selling and sharing, so no ad pixels share her data with third parties.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "As normal until she clicks the opt-out link in our page footer, which a signal cannot replace.",
                "correct": False,
                "feedback": "A recognised opt-out signal is a valid opt-out on its own.",
            },
            {
                "text": "As a request to delete her data, which means we must send a confirmation within 45 days.",
                "correct": False,
                "feedback": "The signal opts her out of sale and sharing; it is not a deletion request.",
            },
            {
                "text": "As a signal to block her from the site, since we cannot serve ads that pay for the pages.",
                "correct": False,
                "feedback": "Punishing someone for using a privacy right is not allowed under the CCPA.",
            },
        ],
        "explanation": "Consumers may opt out of the sale or sharing of their personal information (CCPA § 1798.120), and a business must honour a recognised opt-out preference signal such as Global Privacy Control as a valid opt-out (§ 1798.135 and the CCPA regulations, 11 CCR § 7025).",
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": "Customers who agreed to our emails and bought climbing gear in the last year are to get a mail about our new climbing range. The privacy notice says we tailor offers to what people buy, and every email has an unsubscribe link.",
        "prompt": "What should Sofia do?",
        "choices": [
            {
                "text": "Run a full DPIA and ask each customer for explicit consent to the profiling first.",
                "correct": False,
                "feedback": "Simple segmentation that people were told about needs neither of these.",
            },
            {
                "text": "Send the email to the whole list instead, so that no customer is profiled at all.",
                "correct": False,
                "feedback": "Mass mailing is not more respectful than a relevant, expected offer.",
            },
            {
                "text": "Treat it as an automated decision under Art. 22 and add a human review step first.",
                "correct": False,
                "feedback": "Choosing which offer to show has no legal or similarly significant effect.",
            },
            {
                "text": "Go ahead with the segment, and honour anyone who objects to the profiling.",
                "correct": True,
                "feedback": "",
            },
        ],
        "explanation": "Sorting customers by purchases to send relevant offers is profiling that people were told about and would expect. It is not a significant automated decision under GDPR Art. 22. Customers may object to it at any time (Art. 21(2)), and then it stops.",
    },
    {
        "kind": "single",
        "scenario": "Leon’s team plans a scoring tool that decides, with no person involved, whether a new business client gets 30 days to pay. Many of these clients are climbing clubs and one-person guiding businesses.",
        "prompt": "What applies to the refusals?",
        "choices": [
            {
                "text": "No extra rules, since credit terms for business clients are company data, not personal data.",
                "correct": False,
                "feedback": "For a one-person business, a credit decision is a decision about a person.",
            },
            {
                "text": "Only the marketing rules, because the terms are offered in a sales email to the client.",
                "correct": False,
                "feedback": "This is a credit decision, not a marketing message.",
            },
            {
                "text": "The rules on automated decisions: an Art. 22(2) ground and a way to get human review.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "A duty to publish the full scoring formula on our website before the tool can start.",
                "correct": False,
                "feedback": "People need meaningful information about the logic, not a published formula.",
            },
        ],
        "explanation": "A solely automated refusal of credit can have a similarly significant effect on a person, such as a sole trader. GDPR Art. 22 allows it only under an Art. 22(2) exception, with safeguards including human intervention (Art. 22(3)); in the UK, Arts 22A–22D set similar safeguards.",
    },
    {
        "kind": "single",
        "scenario": "A partner that ran a camping festival lawfully passes Leon 300 contact details of outdoor-shop owners who asked to hear from exhibitors, Northwind named among them. Leon plans to call them in two months.",
        "prompt": "When must these people be told that Northwind holds their details?",
        "choices": [
            {
                "text": "Within 72 hours of receiving the list, as with any notice to an authority.",
                "correct": False,
                "feedback": "72 hours is the breach deadline for the supervisory authority (Art. 33).",
            },
            {
                "text": "Within one month of getting the data, without waiting for Leon’s first call.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "When one of them asks what we hold, since they agreed to hear from exhibitors.",
                "correct": False,
                "feedback": "The duty to tell them applies whether or not anyone asks.",
            },
            {
                "text": "At Leon’s first call, even though that is two months after he got the list.",
                "correct": False,
                "feedback": "The first contact counts only if it comes before the one-month limit.",
            },
        ],
        "explanation": "When data comes from someone other than the person, GDPR Art. 14(3) requires telling them within a reasonable period and one month at the latest, or at first contact if that is sooner; the notice must include the source (Art. 14(2)(f)).",
    },
    {
        "kind": "multiple",
        "scenario": "A vendor offers Sofia 50,000 email addresses of “opted-in camping fans” for a spring campaign. She sends the vendor a list of questions.",
        "prompt": "Which answers should make her walk away? Select all that apply.",
        "choices": [
            {
                "text": "The sign-up form said people would hear from “our carefully selected partners”",
                "correct": True,
                "feedback": "Consent must be specific: a general mention of partners does not name Northwind.",
            },
            {
                "text": "The vendor cannot say when or where each person signed up",
                "correct": True,
                "feedback": "Without a record per person, nobody can show the consent exists.",
            },
            {
                "text": "The vendor shares the dated consent wording, which names Northwind",
                "correct": False,
                "feedback": "This is the kind of evidence to ask for; it is a good sign, not a reason to walk away.",
            },
            {
                "text": "The vendor agrees to a contract and to pass on any objections it receives",
                "correct": False,
                "feedback": "A contract and a route for objections are what a careful vendor offers.",
            },
        ],
        "explanation": "Marketing emails to private people need consent (PECR reg. 22; ePrivacy Directive Art. 13(1)) that is specific and informed (GDPR Art. 4(11)) and that we can prove (Art. 7(1)). Consent given to unnamed partners does not cover Northwind.",
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": "The buyer for a California scout association emails Leon out of the blue, asking for prices on 40 tents. The association has never opted in to Northwind’s marketing.",
        "prompt": "What should Leon do?",
        "choices": [
            {
                "text": "Ask her to fill in a marketing consent form before he sends any prices back to her.",
                "correct": False,
                "feedback": "Answering her own request is not unsolicited marketing, so no consent is needed.",
            },
            {
                "text": "Forward the request to Grace and wait for her view on the association’s consent.",
                "correct": False,
                "feedback": "This is a routine sales reply; escalating it only delays the customer.",
            },
            {
                "text": "Phone her with the prices instead, because the email rules do not cover calls.",
                "correct": False,
                "feedback": "There is no reason to avoid email here; she asked by email.",
            },
            {
                "text": "Reply with the quote: answering her request is not unsolicited marketing.",
                "correct": True,
                "feedback": "",
            },
        ],
        "explanation": "The marketing rules cover unsolicited promotion (PECR reg. 22; ePrivacy Directive Art. 13). A reply to a customer’s own request for a quote is solicited, and using her work details to answer it is a plain legitimate interest (GDPR Art. 6(1)(f)). Escalating or demanding consent only delays her.",
    },
    {
        "kind": "single",
        "scenario": "A vendor offers to add an estimated household income band to each customer record, so that Tomasz can steer premium offers to richer households. Customers give us nothing about their income.",
        "prompt": "What is the main problem with relying on legitimate interests here?",
        "choices": [
            {
                "text": "Legitimate interests is meant for fraud and security work, not for any marketing.",
                "correct": False,
                "feedback": "Direct marketing can be a legitimate interest (Recital 47); the balancing test is the issue.",
            },
            {
                "text": "Income is a special category under Art. 9, so the estimate needs explicit consent.",
                "correct": False,
                "feedback": "Income is not on the Art. 9 list, though it is sensitive in practice.",
            },
            {
                "text": "Customers would not expect a shop to buy this about them, so the balance tips against it.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Legitimate interests needs each customer’s signature on a balancing form first.",
                "correct": False,
                "feedback": "The balancing test is ours to do and record; it needs no signature.",
            },
        ],
        "explanation": "Under GDPR Art. 6(1)(f) our interest must be real, the data necessary, and the customer’s interests must not override ours; reasonable expectations weigh heavily (Recital 47). Buying hidden estimates of income rarely passes, and customers would need an Art. 14 notice.",
    },
    {
        "kind": "multiple",
        "scenario": "Tomasz lists five customer segments proposed for next season’s campaigns.",
        "prompt": "Which would reveal special-category data? Select all that apply.",
        "choices": [
            {
                "text": "Customers who bought a maternity hiking belt in the last six months",
                "correct": True,
                "feedback": "It points to pregnancy, which is health data.",
            },
            {
                "text": "“Likely Muslim” customers, inferred from halal trail-meal purchases",
                "correct": True,
                "feedback": "A segment defined by religion reveals religious belief.",
            },
            {
                "text": "Customers who bought hiking boots in size 46 or larger",
                "correct": False,
                "feedback": "Shoe size says nothing about any Art. 9 category.",
            },
            {
                "text": "Members who wrote a product review in the last year",
                "correct": False,
                "feedback": "Reviewing a product is ordinary personal data.",
            },
            {
                "text": "Customers who bought a two-person tent this year",
                "correct": False,
                "feedback": "Buying a tent for two reveals nothing about health, beliefs or sex life.",
            },
        ],
        "explanation": "GDPR Art. 9(1) covers data revealing health, religion and the other special categories, including where it is inferred from other data. Such segments need an Art. 9(2) condition, usually explicit consent, so ordinary marketing should avoid them.",
    },
    {
        "kind": "multiple",
        "scenario": "A customer in San Diego clicks “Do Not Sell or Share My Personal Information” in our site footer.",
        "prompt": "Which of these must follow from her choice? Select all that apply.",
        "choices": [
            {
                "text": "Her data no longer goes to ad platforms for cross-context advertising",
                "correct": True,
                "feedback": "That is exactly what opting out of “sharing” stops.",
            },
            {
                "text": "Her order confirmations and delivery updates stop from now on",
                "correct": False,
                "feedback": "The opt-out covers selling and sharing, not service messages about her orders.",
            },
            {
                "text": "Her customer account and order history are deleted from the CRM",
                "correct": False,
                "feedback": "Opting out is not a deletion request; she can make one separately.",
            },
            {
                "text": "Her loyalty points are frozen until she reverses the opt-out",
                "correct": False,
                "feedback": "Penalising someone for using a CCPA right is not allowed.",
            },
        ],
        "explanation": "An opt-out under CCPA § 1798.120, made through the link required by § 1798.135, stops the sale and sharing of her personal information, including for cross-context behavioural advertising. It does not end service messages, and § 1798.125 forbids penalising her for it.",
    },
    {
        "kind": "true_false",
        "scenario": "A customer writes: “Stop using my details for your adverts.” A colleague says Northwind may keep going if it can show compelling legitimate grounds that outweigh her interests.",
        "prompt": "True or false: the colleague is right about this objection.",
        "choices": [
            {
                "text": "True",
                "correct": False,
                "feedback": "The “compelling grounds” test applies to other objections, not to direct marketing.",
            },
            {"text": "False", "correct": True, "feedback": ""},
        ],
        "explanation": "An objection to direct marketing under GDPR Art. 21(2) is absolute: under Art. 21(3) the data may no longer be used for that purpose. The weighing of compelling legitimate grounds belongs only to objections under Art. 21(1).",
    },
]
