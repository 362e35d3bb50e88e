"""Question bank for module 3: Collect only what you need.

A judgment question says so under "judgment": "go_ahead" (going ahead is the right answer)
or "over_caution" (the mistake is to hold back, delete or escalate needlessly); tests.content.quality
counts them, and the quiz builder leaves the key out of the quiz.
"""

QUESTIONS = [
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": "Tomasz, a data analyst, wants to use last year’s order and delivery dates to count how often each courier delivered late. Ravi will use the monthly counts per courier to renegotiate courier contracts. No names or addresses appear in the report.",
        "prompt": "What should Tomasz do?",
        "choices": [
            {
                "text": "Build the report: counting late parcels per courier fits why we hold delivery data.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Ask every customer in the data set for fresh consent before any of their orders are counted.",
                "correct": False,
                "feedback": "A compatible use needs no fresh consent, and only totals leave the system. This would stall a legitimate use.",
            },
            {
                "text": "Wait until the privacy notice is rewritten to list courier performance as a separate purpose.",
                "correct": False,
                "feedback": "Checking delivery performance is closely linked to delivering orders; the report can go ahead now.",
            },
            {
                "text": "Count only customers who ticked the marketing box, as they agreed to extra uses.",
                "correct": False,
                "feedback": "Marketing consent has nothing to do with this, and dropping most orders would make the counts wrong.",
            },
        ],
        "explanation": "Under GDPR Art. 6(4) a new use that is compatible with the original purpose can rely on the lawful basis we already have. Counting late deliveries is closely linked to delivering orders, customers would expect it, and the report holds only totals (Art. 5(1)(c)).",
    },
    {
        "kind": "single",
        "scenario": "The Northwind app uses a customer’s location once, when they search for the nearest parcel pickup point. Ravi suggests storing every search location to build travel profiles for targeted adverts.",
        "prompt": "How is the privacy team most likely to judge the travel profiles?",
        "choices": [
            {
                "text": "Probably incompatible: someone looking for a pickup point would not expect ad profiling.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Compatible, because the app collects the same location data for both of the purposes.",
                "correct": False,
                "feedback": "Using the same data is exactly what raises the question; the purposes themselves are far apart.",
            },
            {
                "text": "Acceptable, as long as the profiles stay inside Northwind and are never passed on to partners.",
                "correct": False,
                "feedback": "Keeping profiles in-house does not make an unexpected new purpose compatible.",
            },
            {
                "text": "Fine, because the customer chose to switch on location services in the app’s settings.",
                "correct": False,
                "feedback": "Turning on location to find a pickup point is not agreement to be profiled for adverts.",
            },
        ],
        "explanation": "GDPR Art. 6(4) asks about the link between purposes, what people would expect, the nature of the data and the consequences. A one-off location search is far from a stored movement history used for adverts, so this would need consent or another basis of its own, and it collects far more than the pickup feature needs (Art. 5(1)(c)).",
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": "During a spring clean-up, Hannah suggests wiping all billing documents older than twelve months from the finance archive, to shrink what could leak. The records schedule sets six years for them, because Irish tax rules demand it.",
        "prompt": "What is the right call?",
        "choices": [
            {
                "text": "Remove the customer names from old invoices now, so the invoices are no longer personal data.",
                "correct": False,
                "feedback": "Tax records must stay complete for the legal period; stripping them would defeat that.",
            },
            {
                "text": "Keep invoices for the six years the law sets, then delete them when that period ends.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Delete them as Hannah suggests, since data that no longer exists cannot leak from us.",
                "correct": False,
                "feedback": "Deleting records the law says we must keep is a mistake too, however cautious it feels.",
            },
            {
                "text": "Move the older invoices to a shared drive outside the finance system to save storage space.",
                "correct": False,
                "feedback": "This creates an uncontrolled copy and does nothing for the retention rule.",
            },
        ],
        "explanation": "Storage limitation (GDPR Art. 5(1)(e)) means keeping data no longer than needed, and a legal duty to keep records is a real need (Art. 6(1)(c)). Invoices stay for the six years the law sets and are deleted when that period ends.",
    },
    {
        "kind": "multiple",
        "scenario": "Aisha is tidying what the payment component records for troubleshooting each time a card payment is attempted. Five items are recorded, listed below.",
        "prompt": "Which of these log items should she mask or drop? Select all that apply.",
        "choices": [
            {
                "text": "The full web address, which includes the customer’s email as a parameter",
                "correct": True,
                "feedback": "An email address is personal data the log does not need; log an ID instead.",
            },
            {
                "text": "The order ID, used to find the order when a payment fails",
                "correct": False,
                "feedback": "An ID is the usual way to trace a problem without copying personal details.",
            },
            {
                "text": "The status code returned by the payment provider",
                "correct": False,
                "feedback": "A status code is needed to fix the service and says nothing about the person.",
            },
            {
                "text": "How long the payment provider took to answer",
                "correct": False,
                "feedback": "Timings help engineers find slow spots and hold no personal data.",
            },
            {
                "text": "The name of the payment method type, such as card or wallet",
                "correct": False,
                "feedback": "The method type alone does not identify anyone and helps when one route fails.",
            },
        ],
        "explanation": "Logs should hold what is needed to run and fix the service, such as IDs, status codes and timings (GDPR Art. 5(1)(c)). Personal details that slip in through web addresses should be masked or dropped.",
    },
    {
        "kind": "multiple",
        "scenario": "The new Northwind Rewards sign-up form asks for: an email address (to log in); birthday, day and month only (for a birthday voucher, as the form says); home address (no cards or letters are posted); phone number (no use given); favourite activities, optional (to pick offers, as the form says).",
        "prompt": "Which fields should you challenge? Select all that apply.",
        "choices": [
            {
                "text": "Home address",
                "correct": True,
                "feedback": "Nothing is posted to members, so the address has no purpose here.",
            },
            {
                "text": "Phone number",
                "correct": True,
                "feedback": "No use is given for it, so it should not be collected.",
            },
            {
                "text": "Email address",
                "correct": False,
                "feedback": "Members log in with it, so it is needed.",
            },
            {
                "text": "Birthday, day and month only",
                "correct": False,
                "feedback": "It has a stated use, and leaving out the year already keeps it small.",
            },
            {
                "text": "Favourite activities",
                "correct": False,
                "feedback": "It is optional and has a use the form explains to members.",
            },
        ],
        "explanation": "Under GDPR Art. 5(1)(c) each field must be adequate, relevant and limited to what the purpose needs. Fields with an explained use stay; fields with no use go.",
    },
    {
        "kind": "multiple",
        "scenario": "Northwind is closing an old questionnaire platform, used in 2022 to ask shoppers how happy they were with deliveries. The study ended long ago and its retention period has passed. Tomasz is in charge of shutting it down.",
        "prompt": "Before he calls the job done, where should he check for personal data? Select all that apply.",
        "choices": [
            {
                "text": "The answers still stored in the survey tool’s own account",
                "correct": True,
                "feedback": "Switching a tool off does not always delete what it holds.",
            },
            {
                "text": "Exports of the raw answers saved on shared drives",
                "correct": True,
                "feedback": "Exports are easily forgotten copies.",
            },
            {
                "text": "Emails in which colleagues passed the answer file around",
                "correct": True,
                "feedback": "Attachments live on in mailboxes long after a project ends.",
            },
            {
                "text": "The chart of average scores printed in the 2022 annual report",
                "correct": False,
                "feedback": "An average that cannot identify anyone is not personal data.",
            },
            {
                "text": "The retention schedule entry that names the survey",
                "correct": False,
                "feedback": "The schedule describes the record type; it holds no customer answers.",
            },
        ],
        "explanation": "Storage limitation (GDPR Art. 5(1)(e)) covers every copy, not only the main system. Anonymous totals can stay, as truly anonymous data falls outside the GDPR (Recital 26).",
    },
    {
        "kind": "multiple",
        "scenario": "Ravi is writing the spec for a new “send as a gift” option, which ships an order straight to a friend.",
        "prompt": "Which of these belong in the spec? Select all that apply.",
        "choices": [
            {
                "text": "The friend’s name and delivery address, needed to deliver the parcel",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "A retention period for the friend’s details once the gift is delivered",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "A note of why each new field is collected and who uses it",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Masking the friend’s address in logs and error reports",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "The friend’s date of birth, so we can send them offers later",
                "correct": False,
                "feedback": "The gift does not need it, and the friend never agreed to hear from us.",
            },
        ],
        "explanation": "Designing with purpose and minimisation in mind (GDPR Art. 5(1)(b), 5(1)(c) and Art. 25) means collecting only what delivery needs, saying why, masking it where it is not needed and setting a retention period (Art. 5(1)(e)).",
    },
    {
        "kind": "true_false",
        "scenario": "A support ticket about a late water bottle holds this note from an agent: “Customer has diabetes and needs the insulated bottle for her insulin before her trip.”",
        "prompt": "True or false: the note contains special category data under GDPR Art. 9?",
        "choices": [
            {"text": "True", "correct": True, "feedback": ""},
            {
                "text": "False",
                "correct": False,
                "feedback": "A medical condition is health data, one of the special categories.",
            },
        ],
        "explanation": "Health is a special category under GDPR Art. 9, and using it needs an Art. 9(2) condition. The ticket only needs “customer needs the bottle before her trip”, so the agent should leave the condition out (Art. 5(1)(c)).",
    },
    {
        "kind": "true_false",
        "scenario": "Ravi’s team adds a session-recording tool to checkout. It captures everything customers type, including card numbers. The vendor stresses that all recordings are encrypted.",
        "prompt": "True or false: thanks to the encryption, the recordings meet the data minimisation rule?",
        "choices": [
            {
                "text": "True",
                "correct": False,
                "feedback": "Encryption protects data; it does not make collecting it necessary.",
            },
            {"text": "False", "correct": True, "feedback": ""},
        ],
        "explanation": "Minimisation (GDPR Art. 5(1)(c)) asks whether we need the data at all; security (Art. 32) asks how we protect what we hold. Card numbers typed at checkout should be masked or excluded from the recordings.",
    },
    {
        "kind": "single",
        "scenario": "",
        "prompt": "Which of these is NOT a factor in GDPR Art. 6(4) when judging whether a new use of data is compatible?",
        "choices": [
            {
                "text": "What customers would reasonably expect, given how the data was collected",
                "correct": False,
                "feedback": "The context and people’s expectations are a key factor.",
            },
            {
                "text": "Safeguards such as encryption or pseudonymisation",
                "correct": False,
                "feedback": "Safeguards are listed among the factors.",
            },
            {
                "text": "How much extra revenue the new use would bring",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "The link between the original purpose and the new one",
                "correct": False,
                "feedback": "The link between purposes is the first factor listed.",
            },
        ],
        "explanation": "GDPR Art. 6(4) looks at the link between purposes, the context and expectations, the nature of the data, the possible consequences for people and the safeguards. How profitable a use is does not make it compatible.",
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": "A batch of camping stoves sold last spring has a faulty gas valve. Sofia plans to email everyone who bought one from that batch, using the email address on their order. Some of those buyers opted out of marketing. The email will contain only the safety notice and how to get a free repair.",
        "prompt": "What should Sofia do about the buyers who opted out of marketing?",
        "choices": [
            {
                "text": "Leave them out, because an opt-out from marketing covers every email we send.",
                "correct": False,
                "feedback": "A safety notice about a product they bought is not marketing, and leaving them out could put them at risk.",
            },
            {
                "text": "Include them: a safety notice about a stove they bought is not a marketing email.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Ask Grace to get each of them to give consent before the recall email is sent out.",
                "correct": False,
                "feedback": "Waiting for consent would delay an urgent safety warning that needs none.",
            },
            {
                "text": "Add a discount code for a new stove, so the email gives them something useful too.",
                "correct": False,
                "feedback": "A sales offer would turn the notice into marketing, which those buyers refused.",
            },
        ],
        "explanation": "Telling buyers about a safety fault in what they bought is closely linked to the sale and expected (GDPR Art. 6(4)), and product-safety law may require it (Art. 6(1)(c)). It is a service message, not marketing, so a marketing opt-out does not stop it as long as no promotion is added.",
    },
    {
        "kind": "single",
        "scenario": "Ravi wants to add a “gender” field to checkout. Asked what it is for, he says: “Nothing yet, but it could help us personalise the site one day.”",
        "prompt": "What is the best response?",
        "choices": [
            {
                "text": "Add it as an optional field, so customers who would rather not answer can skip it.",
                "correct": False,
                "feedback": "Whatever people do enter is still collected, and it still has no purpose.",
            },
            {
                "text": "Include it with a “prefer not to say” choice, so nobody feels forced to answer.",
                "correct": False,
                "feedback": "A polite opt-out does not give the field a purpose.",
            },
            {
                "text": "Leave it off until there is a defined use.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Collect it now and delete the answers after two years if nobody has used them by then.",
                "correct": False,
                "feedback": "Collecting first and looking for a use later is what minimisation rules out.",
            },
        ],
        "explanation": "GDPR Art. 5(1)(c) allows only data that is relevant and necessary for a stated purpose, and Art. 5(1)(b) requires the purpose to be set before collection. “It could help one day” is not a purpose.",
    },
    {
        "kind": "single",
        "scenario": "Aisha spots that the visitor-statistics service captures complete URLs. On the password-reset screen, the URL carries the shopper’s email address.",
        "prompt": "What should Aisha do?",
        "choices": [
            {
                "text": "Nothing, because the analytics vendor works for us under a contract that protects the data.",
                "correct": False,
                "feedback": "A contract covers how the vendor treats data, not whether we should send it at all.",
            },
            {
                "text": "Limit access to the analytics dashboards to the marketing team, so fewer people see it.",
                "correct": False,
                "feedback": "Fewer viewers is good, but the emails are still being collected for no purpose.",
            },
            {
                "text": "Switch analytics off everywhere on the site and in the app until a full review is done.",
                "correct": False,
                "feedback": "That goes further than needed; the fix is to stop this one leak.",
            },
            {
                "text": "Strip the email from the URLs before sending them, and ask for stored ones to be cleaned.",
                "correct": True,
                "feedback": "",
            },
        ],
        "explanation": "Analytics needs page views, not who made them (GDPR Art. 5(1)(c)). Stopping the leak at the source and cleaning up what was stored deals with the cause and the data already collected.",
    },
    {
        "kind": "single",
        "scenario": "Leon opens a business customer’s CRM record and finds a colleague’s note: “Their buyer is going through a divorce and has been off sick with stress.”",
        "prompt": "What should Leon do with the note?",
        "choices": [
            {
                "text": "Remove it: health details and gossip about private life have no place in a CRM.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Keep it but tick the CRM’s “private” box so only the account team can read it.",
                "correct": False,
                "feedback": "Hiding the note from some people does not give it a purpose, and stress is health data.",
            },
            {
                "text": "Keep it, because the buyer works for a business customer, so the rules do not apply.",
                "correct": False,
                "feedback": "Business contacts are people too; notes about them are personal data.",
            },
            {
                "text": "Copy it into his own notebook, then delete it from the CRM so the record looks clean.",
                "correct": False,
                "feedback": "This keeps the data, just in a place with no controls at all.",
            },
        ],
        "explanation": "CRM notes should hold only what the business relationship needs (GDPR Art. 5(1)(c)). Sick leave for stress is health data, a special category under Art. 9, and gossip about someone’s private life has no business purpose.",
    },
    {
        "kind": "single",
        "scenario": "Hannah is setting the retention period for live-chat transcripts in the Leeds support centre. Customers sometimes come back a few weeks later about the same problem, and complaints can take a few months to settle.",
        "prompt": "Which retention period fits best?",
        "choices": [
            {
                "text": "Delete every transcript as soon as the chat window closes, so nothing is kept at all.",
                "correct": False,
                "feedback": "That would leave agents unable to handle follow-ups and complaints, which is a real need.",
            },
            {
                "text": "Keep transcripts forever, in case a customer complains about something years later.",
                "correct": False,
                "feedback": "“Forever” is not a retention period.",
            },
            {
                "text": "A set number of months that covers follow-ups and complaints, written into the schedule.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Until the support platform’s storage runs out, then delete the oldest transcripts first.",
                "correct": False,
                "feedback": "Storage space is not a purpose; the period should follow the business need.",
            },
        ],
        "explanation": "GDPR Art. 5(1)(e) asks for data to be kept only as long as its purpose needs. A retention period should match the real need, here follow-ups and complaints, and then the data is deleted or anonymised.",
    },
    {
        "kind": "single",
        "scenario": "Loyalty-scheme records are erased twenty-four months after someone quits the scheme. Tomasz wants to keep studying why people quit, by month and by stated reason.",
        "prompt": "How can Tomasz keep his analysis going?",
        "choices": [
            {
                "text": "Swap names for member numbers and keep the histories, since they are then no longer personal data.",
                "correct": False,
                "feedback": "Records linked to a member number are pseudonymised and still personal data.",
            },
            {
                "text": "Keep anonymous monthly counts of leavers and reasons, and let the histories go on schedule.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Ask for the two-year period to be removed, because the study is useful to the business.",
                "correct": False,
                "feedback": "Totals meet the need without keeping people’s histories for longer.",
            },
            {
                "text": "Export the histories to his laptop, where the scheduled deletion job cannot reach them.",
                "correct": False,
                "feedback": "This dodges the retention period and creates an unprotected copy.",
            },
        ],
        "explanation": "When the business needs only numbers, anonymous totals can be kept and personal records deleted, as GDPR Art. 5(1)(e) expects. Data that can still be linked to a person, for example by a member number, remains personal data (Recital 26).",
    },
    {
        "kind": "single",
        "scenario": "Aisha needs realistic data to test a redesigned checkout before launch.",
        "prompt": "Which approach best fits this module?",
        "choices": [
            {
                "text": "Copy the full live customer database, but allow only engineers to reach the test copy.",
                "correct": False,
                "feedback": "This still copies every customer’s details into a less protected place for no need.",
            },
            {
                "text": "Take only the EU customers, since the UK and Californian ones fall under other laws.",
                "correct": False,
                "feedback": "The UK and California have data laws too, and the copy is still not needed.",
            },
            {
                "text": "Clone the live data and set a reminder to delete the clone after a year.",
                "correct": False,
                "feedback": "A deletion date does not justify copying real customers’ data in the first place.",
            },
            {
                "text": "Use made-up or properly masked test data, so no real customer is copied.",
                "correct": True,
                "feedback": "",
            },
        ],
        "explanation": "A test needs realistic data, not real people. Made-up or masked data meets the need, as data minimisation (GDPR Art. 5(1)(c)) and data protection by design (Art. 25) expect.",
    },
    {
        "kind": "single",
        "scenario": "To return an item, customers must upload a photo of their passport or driving licence. The returns team only uses it to match the parcel to the order, which the order number and email address already do.",
        "prompt": "What should Ravi, who owns the returns process, do?",
        "choices": [
            {
                "text": "Drop the ID upload and match each return by its order number and email address.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Ask customers to blur their photo and date of birth before they upload the document.",
                "correct": False,
                "feedback": "A partly blurred document is still an identity document the process does not need.",
            },
            {
                "text": "Keep the upload, since the team might one day need it to fight return fraud.",
                "correct": False,
                "feedback": "A possible future need is not a purpose; if fraud becomes a real problem, that can be assessed then.",
            },
            {
                "text": "Store each upload for five years after the return, then delete it.",
                "correct": False,
                "feedback": "A retention period cannot fix data that should never have been collected.",
            },
        ],
        "explanation": "Identity documents are high-risk data. If the order number and email already do the job, collecting ID breaks data minimisation (GDPR Art. 5(1)(c)).",
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": "After this training, Hannah proposes dropping the contact number that the delivery firm uses to arrange drop-offs at remote campsites and holiday cabins. The form explains that use. Her reason: “less data is always better”.",
        "prompt": "What is the right call?",
        "choices": [
            {
                "text": "Remove it, because any field we can live without should go.",
                "correct": False,
                "feedback": "Minimisation means what the purpose needs, not as little as possible at any cost.",
            },
            {
                "text": "Keep it: deliveries need it, and the form tells customers why it is asked for.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Replace it with an email to every customer after they order, asking for a phone number.",
                "correct": False,
                "feedback": "This collects the same number in a slower, clumsier way.",
            },
            {
                "text": "Make it required and reuse it for marketing texts, so it earns its place on the form.",
                "correct": False,
                "feedback": "Marketing is a different purpose with its own rules (module 5).",
            },
        ],
        "explanation": "GDPR Art. 5(1)(c) asks for data that is adequate and relevant as well as limited. A field the purpose truly needs, with a clear explanation, belongs on the form; removing it would harm deliveries for no gain.",
    },
    {
        "kind": "single",
        "scenario": "Ravi proposes training a model on two years of support chats to spot customers who seem to be short of money, so their accounts can be flagged for a “payment risk” check.",
        "prompt": "What is the best first step?",
        "choices": [
            {
                "text": "Start training, since the chats are already stored in Northwind’s own support system.",
                "correct": False,
                "feedback": "Having the data already is not a reason to use it for something new.",
            },
            {
                "text": "Take it to Grace first: it is far from why customers chatted with us, and it could hurt them.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Train on the chats but remove the customers’ names, so the new use no longer matters.",
                "correct": False,
                "feedback": "The model would still flag identifiable accounts, so the purpose question remains.",
            },
            {
                "text": "Build it first and update the privacy notice later, if the model turns out to work.",
                "correct": False,
                "feedback": "Purposes must be set and checked before the use, not after.",
            },
        ],
        "explanation": "GDPR Art. 6(4) weighs the link between purposes, expectations and the consequences for people. Customers asked for help, not a financial risk profile, so this is unlikely to be compatible and needs Grace’s review first.",
    },
    {
        "kind": "single",
        "scenario": "",
        "prompt": "Since the Data (Use and Access) Act 2025, which statement about a compatible new use is right under the UK GDPR?",
        "choices": [
            {
                "text": "It needs no lawful basis of any kind once it has been judged compatible.",
                "correct": False,
                "feedback": "The UK GDPR now says compatibility alone does not make a use lawful.",
            },
            {
                "text": "It still needs a lawful basis (UK GDPR Art. 5(3)).",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "It must be cleared in advance by the Information Commissioner’s Office.",
                "correct": False,
                "feedback": "No advance approval is needed; the organisation makes the judgement.",
            },
            {
                "text": "It is judged under Art. 6(4), exactly as in the EU GDPR.",
                "correct": False,
                "feedback": "The UK moved the test into a new Art. 8A with a list of compatible uses in Annex 2.",
            },
        ],
        "explanation": "The Data (Use and Access) Act 2025 moved the UK compatibility test into UK GDPR Art. 8A and Annex 2, and added Art. 5(3): being compatible does not make a use lawful on its own. Often the lawful basis already relied on still fits.",
    },
    {
        "kind": "single",
        "scenario": "The returns form has an open box: “Tell us why you are returning this item.” Customers often type things like “my knee injury means I can’t use walking poles”. The product team uses the reasons to spot faulty products.",
        "prompt": "What is the best fix?",
        "choices": [
            {
                "text": "Remove the question, so the form no longer asks customers why they return anything.",
                "correct": False,
                "feedback": "The reasons have a real purpose; the problem is how the question invites extra detail.",
            },
            {
                "text": "Offer a list of reasons plus a short optional box that says not to add health details.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Leave it as it is, because customers choose for themselves what they type in the box.",
                "correct": False,
                "feedback": "We still collect whatever they type, and the form invites health details.",
            },
            {
                "text": "Let only managers see the answers, so that fewer people read the health details.",
                "correct": False,
                "feedback": "Limiting readers helps, but the form still gathers health data nobody needs.",
            },
        ],
        "explanation": "Free-text boxes gather details nobody planned for, including health data, a special category under GDPR Art. 9. Shaping the question keeps the useful answer and drops what the purpose does not need (Art. 5(1)(c)).",
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": "A shopper writes in because a tent pole snapped on her first trip. Marco wants to open her past purchases to see the purchase date and if the two-year guarantee still covers it.",
        "prompt": "What should Marco do?",
        "choices": [
            {
                "text": "Ask the customer to confirm in writing that he may look at her order history first.",
                "correct": False,
                "feedback": "She asked for help with her order; checking it is part of giving that help.",
            },
            {
                "text": "Look up the order date and handle the claim.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Send the question to Grace and wait for her to approve this particular lookup.",
                "correct": False,
                "feedback": "This is an everyday use of the data for the purpose it was collected; no approval is needed.",
            },
            {
                "text": "Tell her the order history is off limits to agents and ask for the receipt instead.",
                "correct": False,
                "feedback": "Refusing a normal use of the data only makes the customer do extra work.",
            },
        ],
        "explanation": "Order data is collected to sell and support what the customer bought, and handling her warranty claim is that purpose (GDPR Art. 5(1)(b), Art. 6(1)(b)). Purpose limitation stops unplanned new uses, not the everyday work the data is for.",
    },
]
