"""Question bank for module 5: Ask for real consent.

A judgment question says so under "judgment": "go_ahead" (going ahead is the right answer)
or "over_caution" (the mistake is to hold back, delete or escalate needlessly); tests.content.quality
counts them, and the quiz builder leaves the key out of the quiz.
"""

QUESTIONS = [
    {
        "kind": "single",
        "scenario": (
            "Ravi is testing a pop-up in the Northwind app that offers a 10 % discount code. Closing the pop-up "
            "with the X adds the shopper to the weekly deals email list, and a small line says “Closing this "
            "means you agree to deals by email”."
        ),
        "prompt": "What should Ravi ask the designers to change?",
        "choices": [
            {
                "text": "Add a “Yes, email me deals” button or empty box, and let the X simply close it.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Make the small line bigger and bolder, so that every shopper reads it before they close the pop-up.",
                "correct": False,
                "feedback": "Clearer wording does not turn closing a window into a positive “yes”.",
            },
            {
                "text": "Keep the design, but send each new shopper a welcome email explaining how to unsubscribe.",
                "correct": False,
                "feedback": "A way out later cannot repair a consent that was never given.",
            },
            {
                "text": "Drop the discount code, because consent linked to any reward is invalid by law.",
                "correct": False,
                "feedback": "A reward does not by itself make consent invalid; treating a close as a “yes” does.",
            },
        ],
        "explanation": (
            "Consent needs a statement or a clear positive action (GDPR Art. 4(11)). Closing a window is not one: "
            "Recital 32 rules out silence and inactivity. A consent request must also be clear and stand out "
            "(Art. 7(2))."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Tomasz, a data analyst, is merging mailing lists after a move to a new email platform. One old list of "
            "8,000 “subscribers” came from a shop system switched off in 2021. Nobody knows what wording they saw "
            "or when they joined."
        ),
        "prompt": "What should Tomasz recommend for these 8,000 addresses?",
        "choices": [
            {
                "text": "Keep them out of consent-based mailings, as we cannot show that any of them agreed.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Email all 8,000 once, asking each person to confirm that they still want to hear from Northwind.",
                "correct": False,
                "feedback": "An email asking for marketing consent is itself a marketing email, and we have no basis to send it.",
            },
            {
                "text": "Add them to the newsletter, since the old system would never have let anyone join without agreeing.",
                "correct": False,
                "feedback": "A guess about an old system is not proof of who agreed, when and to what.",
            },
            {
                "text": "Delete all 8,000 records straight away, along with any orders and invoices linked to them.",
                "correct": False,
                "feedback": "Orders and invoices rest on other bases; the problem is only using these addresses for marketing.",
            },
        ],
        "explanation": (
            "Under GDPR Art. 7(1) we must be able to show that each person consented; without a record, treat the "
            "consent as missing. A “please confirm” email is itself marketing under ePrivacy Directive Art. 13 and "
            "PECR reg. 22. Some of the 8,000 may be past customers whom the soft opt-in covers: ask Grace."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "During a phone call about returning a rucksack, a customer tells Marco in passing: “And please stop the "
            "sale emails, they come every other day.” She joined the list when she ordered."
        ),
        "prompt": "What should Marco do?",
        "choices": [
            {
                "text": "Record the opt-out during the call and tell her the sale emails will stop.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Tell her to click the unsubscribe link at the bottom of the next sale email she receives.",
                "correct": False,
                "feedback": "She has already withdrawn; sending her to a link makes leaving harder than joining.",
            },
            {
                "text": "Ask her to send the request in writing, so that Northwind has a record of her choice.",
                "correct": False,
                "feedback": "Marco’s note of the call is the record; nobody needs to withdraw in writing.",
            },
            {
                "text": "Record it in a note for the marketing team’s monthly clean-up of the mailing list.",
                "correct": False,
                "feedback": "Emails sent while the note waits are sent without consent; act now.",
            },
        ],
        "explanation": (
            "GDPR Art. 7(3) lets people withdraw consent at any time and as easily as they gave it, in any words "
            "and through any channel. An objection to direct marketing must also be acted on (Art. 21(3)). Record "
            "it at once so every tool stops."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "The Northwind Rewards sign-up form has one box: “I agree to the Rewards terms, to marketing emails and "
            "to my details being shared with partners.” People must tick it to join."
        ),
        "prompt": "What is the best fix?",
        "choices": [
            {
                "text": "Keep a tick for the Rewards terms, and add separate, optional boxes for emails and for partners.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Keep the single box, but start it empty so that people choose to tick it themselves.",
                "correct": False,
                "feedback": "People still cannot join without agreeing to emails and sharing, so the choice is not free.",
            },
            {
                "text": "Add a link to the full privacy notice beside the box for anyone who wants more detail.",
                "correct": False,
                "feedback": "More information does not fix a “yes” that is bundled and required.",
            },
            {
                "text": "Replace the box with a line saying that joining the programme means agreeing to all three.",
                "correct": False,
                "feedback": "That removes even the look of a choice; it is consent hidden in terms.",
            },
        ],
        "explanation": (
            "The Rewards programme itself rests on contract (GDPR Art. 6(1)(b)). Making it depend on consent to "
            "marketing and sharing it does not need, in one bundled box, is presumed not to be freely given "
            "(Art. 7(4), Recital 43). Separate, optional choices fix both problems."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Ravi’s team proposes that customers can print a free returns label only after ticking “Send me offers "
            "from Northwind’s partners”. Without the tick, the returns page shows no label."
        ),
        "prompt": "How should the team judge the consent this would collect?",
        "choices": [
            {
                "text": "Presumed not freely given, because a returns label does not need partner offers.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Valid, because customers who refuse can still post the item back at their own cost.",
                "correct": False,
                "feedback": "Paying to avoid a “yes” is losing out; the presumption in Recital 43 still applies.",
            },
            {
                "text": "Valid, as long as the privacy notice tells customers about the partner offers in advance.",
                "correct": False,
                "feedback": "Being told about a forced choice does not make it free.",
            },
            {
                "text": "Invalid only for customers under 16, who would need a parent to agree for them.",
                "correct": False,
                "feedback": "The problem applies to every customer, whatever their age.",
            },
        ],
        "explanation": (
            "GDPR Art. 7(4) asks whether a service depends on consent to data use it does not need. Recital 43 says "
            "such consent is presumed not to be freely given. Free returns label and partner offers should be two "
            "separate things."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Northwind is launching an online boot-fitting service. Customers can describe foot conditions, such as "
            "diabetes or arthritis, to get insole advice. The team has chosen consent as the basis."
        ),
        "prompt": "Which design gives the kind of consent this needs?",
        "choices": [
            {
                "text": "A separate statement naming the health details and the purpose, which the customer types to confirm.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "A “Continue” button placed directly under a clear paragraph explaining how the health details will be used.",
                "correct": False,
                "feedback": "An action alone is not explicit consent; the person must confirm an express statement.",
            },
            {
                "text": "The general privacy notice, which every customer already accepts when they first create an account.",
                "correct": False,
                "feedback": "Accepting a notice is not a specific, explicit agreement to use health data.",
            },
            {
                "text": "An empty box at checkout reading “I agree to the terms and privacy policy”.",
                "correct": False,
                "feedback": "This is neither specific to health data nor explicit.",
            },
        ],
        "explanation": (
            "Health details are special category data (GDPR Art. 9(1)). When consent is the condition relied on, "
            "it must be explicit (Art. 9(2)(a)): an express statement that names the data and the purpose, not "
            "just a click."
        ),
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "Aisha is adding a live-chat widget to the online shop. It stores one small file in the browser, only "
            "when a visitor opens a chat, so the conversation stays open as they move between pages. Marketing "
            "asks whether it must wait until visitors accept tracking."
        ),
        "prompt": "What should Aisha do?",
        "choices": [
            {
                "text": "Go ahead without asking for consent, and describe the cookie in the cookie notice.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Block the widget until the visitor accepts all cookies, just as for the analytics tools.",
                "correct": False,
                "feedback": "This cookie only makes a chat the visitor asked for work, so it is strictly necessary.",
            },
            {
                "text": "Load it for UK visitors alone, where the 2025 changes to PECR exempt cookies like this one.",
                "correct": False,
                "feedback": "The strictly necessary exemption exists in the EU and the UK alike.",
            },
            {
                "text": "Drop the widget, because any cookie that can be linked to a person needs consent first.",
                "correct": False,
                "feedback": "Storage that is strictly necessary for a service the person asked for is exempt.",
            },
        ],
        "explanation": (
            "ePrivacy Directive Art. 5(3) and PECR reg. 6 exempt storage that is strictly necessary for a service "
            "the user asked for. A chat the visitor opened is such a service, so no consent is needed; telling "
            "people about the cookie is still good practice."
        ),
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "Northwind’s UK shop site is shown only to visitors in the UK. Ravi wants first-party analytics there "
            "that only count visits and show which pages need improving. The site would explain this clearly and "
            "offer a one-click way to object."
        ),
        "prompt": "Under PECR reg. 6 as amended in 2025, what is the position?",
        "choices": [
            {
                "text": "It may run without opt-in consent in the UK, as visitors are told and can object.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "It needs opt-in consent first, in exactly the same way as it does on Northwind’s EU website.",
                "correct": False,
                "feedback": "The Data (Use and Access) Act 2025 created a UK exemption for this kind of analytics.",
            },
            {
                "text": "It may run without telling visitors anything, as counting visits is harmless.",
                "correct": False,
                "feedback": "The exemption depends on clear information and a simple way to object.",
            },
            {
                "text": "It may also set advertising cookies without consent, as long as visitors can object.",
                "correct": False,
                "feedback": "Advertising cookies are not exempt; they still need consent.",
            },
        ],
        "explanation": (
            "PECR reg. 6, as amended by the Data (Use and Access) Act 2025, exempts cookies used only for "
            "statistics to improve the service, if users get clear information and a simple way to object. On the "
            "EU site, ePrivacy Directive Art. 5(3) still requires consent."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Sofia reads that UK law now has a lawful basis called “recognised legitimate interests”. She suggests "
            "using it to email offers to UK people who downloaded the app but never bought anything or ticked a "
            "box."
        ),
        "prompt": "What is the right response?",
        "choices": [
            {
                "text": "It does not help: marketing is not on the fixed list, and PECR still requires consent here.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Go ahead, because this basis removes the need for any balancing test at all.",
                "correct": False,
                "feedback": "Only the purposes on the fixed list skip the balancing test, and marketing is not one of them.",
            },
            {
                "text": "Send emails under it, but ask for consent before sending any texts to the same people.",
                "correct": False,
                "feedback": "Emails and texts both need consent or the soft opt-in under PECR reg. 22.",
            },
            {
                "text": "It works once Grace has signed off the campaign plan before the first email goes out.",
                "correct": False,
                "feedback": "Approval cannot add marketing to the list or lift the PECR rule.",
            },
        ],
        "explanation": (
            "UK GDPR Art. 6(1)(ea) covers only the purposes listed in its Annex 1, such as crime prevention, "
            "safeguarding and emergencies. Marketing is not among them, and PECR reg. 22 still requires consent for "
            "emails to people who never bought from us."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "When people place an order, Northwind asks for a mobile number “for delivery updates”. There is no way "
            "to refuse marketing on that page. The marketing team wants to text these buyers about a weekend sale."
        ),
        "prompt": "Can the team rely on the soft opt-in?",
        "choices": [
            {
                "text": "No: they were not offered a way to refuse marketing when the number was collected.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Yes: they are existing customers and the sale is for Northwind’s own similar products.",
                "correct": False,
                "feedback": "Those are two of the conditions, but the chance to refuse at collection is missing.",
            },
            {
                "text": "Yes, provided each text ends with a simple way to reply STOP and leave the list.",
                "correct": False,
                "feedback": "An opt-out in every message is needed, but it cannot replace the missing one at collection.",
            },
            {
                "text": "No: the soft opt-in is for emails, so texts to customers need consent in every case.",
                "correct": False,
                "feedback": "The soft opt-in covers texts as well as emails.",
            },
        ],
        "explanation": (
            "The soft opt-in (ePrivacy Directive Art. 13(2); PECR reg. 22(3)) needs a clear, free chance to refuse "
            "marketing when the details are collected, and in every message. Without it, these texts need consent. "
            "Fix the checkout for future customers."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A data broker offers Northwind a list of 50,000 “outdoor fans” in Ireland and the UK. The broker says "
            "all of them agreed to get “offers from selected partners”."
        ),
        "prompt": "What should Sofia do?",
        "choices": [
            {
                "text": "Decline: consent that never named Northwind is not specific enough for our emails.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Go ahead once the broker signs a contract promising that all of the consents are valid.",
                "correct": False,
                "feedback": "A promise cannot make a vague consent specific; Northwind must be able to show valid consent.",
            },
            {
                "text": "Buy the list, and make the first email one that lets people opt out of any later ones.",
                "correct": False,
                "feedback": "That first email would already be marketing sent without consent.",
            },
            {
                "text": "Use only the UK addresses, because the UK rules on marketing emails are looser.",
                "correct": False,
                "feedback": "PECR reg. 22 requires consent for these emails just as the EU rules do.",
            },
        ],
        "explanation": (
            "Consent must be specific and informed (GDPR Art. 4(11)), so people must have known Northwind would "
            "email them. “Selected partners” does not name us. Marketing emails to these people need such consent "
            "(ePrivacy Directive Art. 13(1); PECR reg. 22(2)), and we must be able to prove it (Art. 7(1))."
        ),
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "Newsletter subscribers ticked “Email me Northwind’s monthly gear newsletter”. Northwind sends it "
            "through an approved email platform under a processor contract. Jonas asks whether subscribers must "
            "consent again because the platform was not named."
        ),
        "prompt": "What is the right answer for Jonas?",
        "choices": [
            {
                "text": "No new consent is needed: the platform sends for us, on our instructions, under its contract.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Each subscriber must tick a new box that names the email platform before the next issue is sent.",
                "correct": False,
                "feedback": "A processor acting for us is not a new recipient needing its own consent.",
            },
            {
                "text": "Sending must pause until Grace has rewritten the consent wording so it names the platform.",
                "correct": False,
                "feedback": "Nothing in the consent needs fixing; the privacy notice already says who our processors are.",
            },
            {
                "text": "New consent is needed for subscribers in the EU, but not for those who live in the UK.",
                "correct": False,
                "feedback": "Neither group needs new consent for a processor.",
            },
        ],
        "explanation": (
            "Consent covers the purpose, here the newsletter (GDPR Art. 4(11)). A processor working under an "
            "Art. 28 contract acts on our behalf and is not a third party (Art. 4(10)); the privacy notice names "
            "recipients or their categories (Art. 13(1)(e))."
        ),
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": (
            "A customer unticks “Email me offers” in her Northwind Rewards settings. One of Hannah’s agents "
            "suggests deleting her whole account, order history and points “to be on the safe side”."
        ),
        "prompt": "What should the team do?",
        "choices": [
            {
                "text": "Stop the offers in every system and leave her account, orders and points as they are.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Delete the account as suggested, since withdrawing consent ends our right to hold any of her data.",
                "correct": False,
                "feedback": "Her orders and Rewards account rest on contract and legal obligation, not on marketing consent.",
            },
            {
                "text": "Email her to ask whether she also wants her account closed and her points taken away.",
                "correct": False,
                "feedback": "She asked for nothing of the kind; stop the offers and leave the rest alone.",
            },
            {
                "text": "Keep sending offers until the end of the month, when the mailing list is next updated.",
                "correct": False,
                "feedback": "Withdrawal takes effect from the moment it is made.",
            },
        ],
        "explanation": (
            "Withdrawal ends processing that relied on consent, from that moment (GDPR Art. 7(3)). Her account and "
            "orders rest on contract (Art. 6(1)(b)) and invoices on legal obligation (Art. 6(1)(c)); withdrawing "
            "marketing consent is not an erasure request."
        ),
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": (
            "Ravi is redesigning checkout. A draft adds a required box: “I consent to Northwind sharing my address "
            "with the courier.” Without the tick, the order cannot be placed."
        ),
        "prompt": "What should Ravi do with the box?",
        "choices": [
            {
                "text": "Remove it: giving the courier the address rests on the contract, as the privacy notice explains.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Keep it, but make it optional so that customers who want to can refuse the sharing.",
                "correct": False,
                "feedback": "If customers refuse, the parcel cannot be delivered; consent is the wrong basis here.",
            },
            {
                "text": "Keep it as a required tick, so that Northwind has proof of consent from every single customer.",
                "correct": False,
                "feedback": "A required “consent” to something the order needs is not a real choice.",
            },
            {
                "text": "Replace it with a box that is already ticked, so fewer customers are held up at checkout.",
                "correct": False,
                "feedback": "A pre-ticked box is not consent, and consent is not needed here anyway.",
            },
        ],
        "explanation": (
            "Delivering an order is part of the contract with the customer (GDPR Art. 6(1)(b)), and the privacy "
            "notice tells them who receives their address (Art. 13). Asking for consent to something we would do "
            "anyway is misleading."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Ravi plans a “Junior Explorers” club in the app for 12- to 15-year-olds, with a badge for each hike they "
            "log. It would rely on consent. Northwind would offer it in Ireland, France and the UK."
        ),
        "prompt": "What must the team check first?",
        "choices": [
            {
                "text": "Each country’s age of digital consent, and how to get a parent’s consent under that age.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Nothing extra, as anyone old enough to download the app can agree to join the club alone.",
                "correct": False,
                "feedback": "GDPR Art. 8 sets an age below which a parent must give or authorise consent.",
            },
            {
                "text": "That every member is at least 18, because children cannot legally give consent to anything online.",
                "correct": False,
                "feedback": "Children can consent alone from the age set in their country, between 13 and 16.",
            },
            {
                "text": "That the privacy notice is long and detailed enough for a lawyer to check every point.",
                "correct": False,
                "feedback": "Notices for children must be short and plain; the key point is parental consent below the age.",
            },
        ],
        "explanation": (
            "GDPR Art. 8 sets 16 as the age from which a child can consent alone to an online service, and lets "
            "each country lower it to no less than 13 (the UK uses 13). Below that age a parent must give or "
            "authorise consent. Talk to Grace before launch."
        ),
    },
    {
        "kind": "multiple",
        "scenario": "A new web form will let people join the monthly gear newsletter.",
        "prompt": "Which of these help make the consent valid? Select all that apply.",
        "choices": [
            {
                "text": "An empty box that the person ticks themselves",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "A note that they can unsubscribe at any time with one click",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Wording that says emails are sent “to improve your experience”",
                "correct": False,
                "feedback": "That is too vague; name the purpose, such as a monthly gear newsletter.",
            },
            {
                "text": "A line in the site terms saying that using the site means agreeing to emails",
                "correct": False,
                "feedback": "Consent hidden in terms of use is not a clear, separate choice.",
            },
            {
                "text": "One box for the newsletter, partner offers and profiling together",
                "correct": False,
                "feedback": "Bundling purposes stops people choosing each one separately.",
            },
        ],
        "explanation": (
            "Valid consent is a clear positive action for a specific purpose by someone told they can withdraw it "
            "(GDPR Art. 4(11), Art. 7(3)). Vague wording, consent hidden in terms and bundled purposes fail these "
            "tests (Art. 7(2), Recital 32, Recital 43)."
        ),
    },
    {
        "kind": "multiple",
        "scenario": "Tomasz is filling in Northwind’s record of processing for six everyday tasks.",
        "prompt": "Which of these would usually rest on a lawful basis other than consent? Select all that apply.",
        "choices": [
            {
                "text": "Giving a customer’s address to the courier so their order arrives",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Keeping invoices for as long as tax law requires",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Running basic fraud checks on card payments",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Paying staff salaries into their bank accounts",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Setting advertising cookies on EU visitors’ devices",
                "correct": False,
                "feedback": "Advertising cookies are not strictly necessary, so they need consent.",
            },
            {
                "text": "Emailing partner offers to people who never bought from us",
                "correct": False,
                "feedback": "Marketing emails to people who are not customers need their consent.",
            },
        ],
        "explanation": (
            "GDPR Art. 6(1) lists several lawful bases, and consent is not the default. Delivery and pay fit "
            "contract, invoices fit legal obligation and basic fraud checks often fit legitimate interests. "
            "Advertising cookies (ePrivacy Directive Art. 5(3)) and emails to non-customers (Art. 13(1)) need "
            "consent."
        ),
    },
    {
        "kind": "multiple",
        "prompt": (
            "In which of these cases must consent be explicit, if Northwind relies on consent? Select all that "
            "apply."
        ),
        "scenario": "Grace is checking three new projects and two existing ones that all use consent.",
        "choices": [
            {
                "text": "Recording that a customer is pregnant to suggest maternity hiking gear",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Sending a customer’s details, at their request, to a repairer in a country with no adequacy decision or other safeguard",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Letting software alone decide to refuse a customer’s request for a trade account with credit terms",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Sending the monthly gear newsletter",
                "correct": False,
                "feedback": "Ordinary consent is enough for a newsletter.",
            },
            {
                "text": "Setting analytics cookies on the EU website",
                "correct": False,
                "feedback": "Cookie consent must meet the GDPR standard, but it need not be explicit.",
            },
        ],
        "explanation": (
            "Explicit consent is required for special category data such as health (GDPR Art. 9(2)(a)), for a "
            "transfer relying on the consent derogation (Art. 49(1)(a)) and, in the EU GDPR, for solely automated "
            "decisions with legal or similarly significant effects (Art. 22(2)(c))."
        ),
    },
    {
        "kind": "multiple",
        "judgment": "go_ahead",
        "scenario": "Ben unsubscribed from all Northwind marketing last month. He has just ordered a camping stove.",
        "prompt": "Which of these may Northwind still send him? Select all that apply.",
        "choices": [
            {
                "text": "The order confirmation and delivery updates for the stove",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "A safety recall notice if that stove model turns out to be faulty",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "A “we miss you” email with a discount code for his next order",
                "correct": False,
                "feedback": "This promotes our products, so it is marketing he has opted out of.",
            },
            {
                "text": "A delivery update that ends with three offers on camping accessories",
                "correct": False,
                "feedback": "Adding offers turns a service message into marketing.",
            },
            {
                "text": "A text about the summer sale, because he unsubscribed by email",
                "correct": False,
                "feedback": "He opted out of all marketing, whatever the channel.",
            },
        ],
        "explanation": (
            "Order, delivery and safety messages are not direct marketing, so the rules in ePrivacy Directive "
            "Art. 13 and PECR reg. 22 do not stop them. Promotional content is marketing, and once someone objects "
            "it must stop (GDPR Art. 21(3))."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Before the EU site relaunch, a developer lists each tracker and must say which ones may load before "
            "a person has made any choice."
        ),
        "prompt": "Which of these may load before the person chooses? Select all that apply.",
        "choices": [
            {
                "text": "The cookie that keeps items in the shopping basket",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "A pixel telling an ad network which products the visitor viewed",
                "correct": False,
                "feedback": "Advertising is not strictly necessary, so it needs consent first.",
            },
            {
                "text": "An A/B testing tool that compares two page layouts",
                "correct": False,
                "feedback": "Testing layouts helps us, but the visitor did not ask for it.",
            },
            {
                "text": "Analytics that count page views to improve the site",
                "correct": False,
                "feedback": "On the EU site, analytics needs consent; the UK exemption does not apply here.",
            },
            {
                "text": "A social media widget that follows visitors across other sites",
                "correct": False,
                "feedback": "Tracking across sites needs consent first.",
            },
        ],
        "explanation": (
            "ePrivacy Directive Art. 5(3) requires consent before storing or reading information on a device, "
            "unless it is strictly necessary for a service the user asked for, such as a shopping basket."
        ),
    },
    {
        "kind": "true_false",
        "scenario": (
            "A customer withdraws her consent to marketing emails. A colleague of Tomasz’s says the emails "
            "Northwind sent her before then have now become unlawful."
        ),
        "prompt": "Her withdrawal makes the earlier emails unlawful. True or false?",
        "choices": [
            {
                "text": "True",
                "correct": False,
                "feedback": "Withdrawal works from that moment on; it does not reach back in time.",
            },
            {"text": "False", "correct": True, "feedback": ""},
        ],
        "explanation": (
            "GDPR Art. 7(3) says withdrawal does not affect the lawfulness of processing based on consent before "
            "it was withdrawn. What matters is that we stop from that moment, in every system that uses the "
            "consent."
        ),
    },
    {
        "kind": "true_false",
        "judgment": "go_ahead",
        "scenario": (
            "Niamh ordered a tent from Northwind in April. The order page showed an empty box, “Tick if you don’t "
            "want emails about similar Northwind products”, and she left it empty. She has not joined any mailing "
            "list."
        ),
        "prompt": "Northwind may email Niamh about its own camping stoves, with an unsubscribe link in each email. True or false?",
        "choices": [
            {"text": "True", "correct": True, "feedback": ""},
            {
                "text": "False",
                "correct": False,
                "feedback": "This is the soft opt-in: a past customer, our own similar products, a chance to refuse.",
            },
        ],
        "explanation": (
            "The soft opt-in (ePrivacy Directive Art. 13(2); PECR reg. 22(3)) lets us email customers whose details "
            "we got in a sale about our own similar products, if they could refuse then and can refuse in every "
            "message."
        ),
    },
]
