"""Question bank for module 10: Build an ethical culture.

A judgment question says so under "judgment": "go_ahead" (going ahead is the right answer)
or "over_caution" (the mistake is to hold back, delete or escalate needlessly); tests.content.quality
counts them, and the quiz builder leaves the key out of the quiz.
"""

QUESTIONS = [
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "Ravi, a product manager, wants the app to pre-select the boot and glove sizes a signed-in "
            "customer bought before. Northwind’s privacy notice says order history is used to personalise "
            "the shop."
        ),
        "prompt": "After asking the four “should we?” questions, what is the best conclusion?",
        "choices": [
            {
                "text": "Go ahead: customers expect it, it is easy to explain and it does little harm",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Run a full impact assessment first, since any personalisation is high-risk profiling",
                "correct": False,
                "feedback": "A DPIA is for processing likely to be high risk (Art. 35); pre-filling a size is not.",
            },
            {
                "text": "Ask every customer for fresh consent, since order history was collected for delivery",
                "correct": False,
                "feedback": "Personalising the shop is a stated, expected purpose; consent is not the only basis.",
            },
            {
                "text": "Hold it until Grace has checked every product page where a size might appear",
                "correct": False,
                "feedback": "Nothing here needs Grace’s sign-off, page by page or otherwise.",
            },
        ],
        "explanation": (
            "The four questions often end in “yes”. A use people expect, that the privacy notice already "
            "explains (Art. 13) and that does little harm can go ahead. A DPIA is needed where processing is "
            "likely to result in a high risk to people (Art. 35(1))."
        ),
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": (
            "Aisha’s team keeps application logs with customers’ IP addresses for 30 days, as Northwind’s "
            "retention schedule sets. The job that deletes older logs is due to run tonight. A colleague "
            "says: “Don’t delete anything until Grace approves it.”"
        ),
        "prompt": "What should Aisha do?",
        "choices": [
            {
                "text": "Let the job run: deleting logs on the agreed schedule is what the policy asks",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Pause the job and email Grace for approval before each monthly clean-up of the logs",
                "correct": False,
                "feedback": "The schedule is already agreed; asking every time adds delay and nothing else.",
            },
            {
                "text": "Keep the logs for another year, just in case they help some future investigation",
                "correct": False,
                "feedback": "Keeping data “just in case” breaks storage limitation (Art. 5(1)(e)).",
            },
            {
                "text": "Copy the old logs to an archive first, then let the job delete the originals",
                "correct": False,
                "feedback": "The data would simply live on in another place, defeating the schedule.",
            },
        ],
        "explanation": (
            "Art. 5(1)(e) says personal data is kept no longer than needed, and a retention schedule puts "
            "that into practice. Running the agreed deletion is right. If a real need arises, such as a live "
            "security incident, Jonas or Grace can put a hold on specific logs."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Chloe, an HR business partner, is comparing vetting firms for hiring at the Leeds support "
            "centre. One firm’s core business is running criminal-record checks on tens of thousands of job "
            "applicants a year. It says it needs no DPO because it never handles health data."
        ),
        "prompt": "Is the vetting firm right?",
        "choices": [
            {
                "text": "No: its core work is large-scale use of criminal-offence data, which calls for a DPO",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Yes: only health data and the other special categories in Art. 9 can make a DPO "
                "necessary",
                "correct": False,
                "feedback": "Art. 37(1)(c) also names criminal-offence data (Art. 10).",
            },
            {
                "text": "Yes: outside the public sector, a DPO is needed only where people are tracked online "
                "at scale",
                "correct": False,
                "feedback": "Large-scale monitoring is one trigger; sensitive data at scale is another.",
            },
            {
                "text": "No: every company that handles personal data in the EU has to appoint a DPO of its "
                "own",
                "correct": False,
                "feedback": "Right verdict, wrong reason: many companies need no DPO.",
            },
        ],
        "explanation": (
            "GDPR Art. 37(1)(c) requires a DPO where core activities involve large-scale processing of "
            "special category data (Art. 9) or of data about criminal convictions and offences (Art. 10). "
            "Criminal-record checks on that many people clearly qualify."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Northwind’s courier partner in Germany has 40 staff who work with shipment data on computers "
            "every day. It does no large-scale tracking of people and no special category data, so it tells "
            "Jonas during a vendor review that it needs no DPO."
        ),
        "prompt": "What should Grace point out?",
        "choices": [
            {
                "text": "German law adds cases, such as 20 or more staff routinely handling personal data by "
                "computer",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Nothing: the three cases in GDPR Art. 37(1) are the only ones that can apply anywhere "
                "in the EU",
                "correct": False,
                "feedback": "Art. 37(4) lets national law require a DPO in more cases.",
            },
            {
                "text": "It needs a DPO only if Northwind writes that requirement into the courier contract",
                "correct": False,
                "feedback": "The duty comes from law, not from what a customer asks for.",
            },
            {
                "text": "Every processor in the EU needs a DPO, whatever its size or its work",
                "correct": False,
                "feedback": "Processors need one only in the Art. 37 cases or where national law adds one.",
            },
        ],
        "explanation": (
            "Art. 37(4) lets EU or national law require a DPO in other cases. Germany’s Federal Data "
            "Protection Act (BDSG § 38) requires one where, as a rule, at least 20 people are constantly "
            "involved in the automated processing of personal data."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Grace advised Ravi not to launch a feature until a data protection impact assessment is done. "
            "Ravi asks the chief operating officer to overrule her and to stop her raising the point with "
            "the board."
        ),
        "prompt": "What does GDPR Art. 38 allow?",
        "choices": [
            {
                "text": "Managers may decide against her advice, but may not instruct or penalise her for it",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "The COO can order her to drop the point, as a DPO reports like other staff",
                "correct": False,
                "feedback": "No one may instruct the DPO on how to do the DPO’s tasks (Art. 38(3)).",
            },
            {
                "text": "Her advice binds the company, so the feature can never launch without her approval",
                "correct": False,
                "feedback": "The DPO advises; the decision and the accountability stay with management.",
            },
            {
                "text": "Ravi can take her off the project, because a DPO is only an adviser",
                "correct": False,
                "feedback": "The DPO must be involved properly and in good time (Art. 38(1)).",
            },
        ],
        "explanation": (
            "Under Art. 38(3) the DPO takes no instructions on how to carry out the DPO’s tasks, cannot be "
            "penalised for doing them and reports to the highest level of management. The company may still "
            "decide against the advice, but it stays accountable (Art. 5(2)) and should record why."
        ),
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "A customer on the phone tells Marco she wants to complain about how Northwind used her data. "
            "She asks who the data protection officer is and how to reach them."
        ),
        "prompt": "What should Marco do?",
        "choices": [
            {
                "text": "Give her Grace’s published contact, privacy@northwind.example, and log the call",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Say the DPO only advises staff, and offer to pass her complaint to his team lead",
                "correct": False,
                "feedback": "Customers may contact the DPO directly (Art. 38(4)).",
            },
            {
                "text": "Tell her she has to complain to the regulator first, and only then contact the DPO",
                "correct": False,
                "feedback": "She can contact the DPO at any time; there is no required order.",
            },
            {
                "text": "Ask her to put her complaint in writing to Hannah before he shares any contact details",
                "correct": False,
                "feedback": "The DPO’s contact details are published for exactly this.",
            },
        ],
        "explanation": (
            "Art. 37(7) requires the DPO’s contact details to be published, and Art. 38(4) lets people "
            "contact the DPO directly about how their data is used and about their rights. She may also "
            "complain to a supervisory authority (Art. 77) at any time."
        ),
    },
    {
        "kind": "single",
        "scenario": "A new starter in the Dublin office asks what Grace actually does all day.",
        "prompt": "Which answer matches the DPO’s tasks in GDPR Art. 39?",
        "choices": [
            {
                "text": "She advises staff, checks compliance, trains people and works with the regulator",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "She carries legal responsibility for data protection in place of Northwind’s managers",
                "correct": False,
                "feedback": "Accountability stays with the organisation (Art. 5(2)).",
            },
            {
                "text": "She approves or blocks every marketing campaign before it reaches customers",
                "correct": False,
                "feedback": "Routine sign-off of campaigns is not one of the DPO’s tasks.",
            },
            {
                "text": "She runs the response to security incidents instead of Jonas and IT",
                "correct": False,
                "feedback": "The DPO advises on incidents; running the response is IT security’s job.",
            },
        ],
        "explanation": (
            "Art. 39 lists the DPO’s tasks: informing and advising the organisation and its staff, "
            "monitoring compliance (including awareness-raising and training), advising on impact "
            "assessments and cooperating with the supervisory authority."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "An inspector from Ireland’s Data Protection Commission asks Northwind how it knows that its "
            "staff handle customer data properly."
        ),
        "prompt": "What does the accountability principle in GDPR Art. 5(2) expect Northwind to do?",
        "choices": [
            {
                "text": "Show it with evidence, such as its record of processing, DPIAs and training records",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "State that it complies, since written proof is only needed once a fine has been "
                "proposed",
                "correct": False,
                "feedback": "Art. 5(2) requires the company to be able to demonstrate compliance at any time.",
            },
            {
                "text": "Refer the inspector to Grace, who answers personally for every failure",
                "correct": False,
                "feedback": "The DPO advises and monitors; the organisation is accountable.",
            },
            {
                "text": "Ask the inspector to show evidence of a problem before Northwind answers",
                "correct": False,
                "feedback": "The burden is on the company to show that it complies.",
            },
        ],
        "explanation": (
            "Under GDPR Art. 5(2) Northwind is responsible for following the principles and must be able to "
            "show it. Records of processing (Art. 30), DPIAs (Art. 35) and training evidence such as this "
            "course are part of that proof."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Marco notices that a spreadsheet of customer names, phone numbers and complaint notes on the "
            "support team’s drive can be opened by anyone with its link. The link was pasted into a public "
            "forum thread last week."
        ),
        "prompt": "What should Marco do first?",
        "choices": [
            {
                "text": "Report it through the incident route now, saying what he saw, where, and since when",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Delete the spreadsheet at once so that nobody else can open it, then carry on",
                "correct": False,
                "feedback": "Deleting it can lose the facts the incident team needs, and it still must be reported.",
            },
            {
                "text": "Download a copy to his laptop as proof, then tell Hannah about it next week",
                "correct": False,
                "feedback": "Copying data as proof adds risk, and a week’s wait eats the 72 hours.",
            },
            {
                "text": "Switch the link off quietly and say nothing, since the problem is then fixed",
                "correct": False,
                "feedback": "Data may already have been opened; the company must assess and maybe notify.",
            },
        ],
        "explanation": (
            "Customer data open to anyone with a public link may be a personal data breach. Northwind has "
            "72 hours from becoming aware to notify the authority unless the breach is unlikely to result "
            "in a risk (Art. 33), so it must be reported at once. The incident team decides how to contain it."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "In sprint planning, Aisha sees a ticket to add customers’ full names and dates of birth to every "
            "app analytics event “for debugging”. A senior engineer wrote it, and she is not sure it is wrong."
        ),
        "prompt": "What is the best thing for Aisha to do?",
        "choices": [
            {
                "text": "Ask on the ticket what the fields are for, and suggest leaving them out or masking them",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Say nothing: the author is senior and has surely checked this with Grace already",
                "correct": False,
                "feedback": "“Someone must have approved it” is how problems go unnoticed.",
            },
            {
                "text": "Report the ticket to the supervisory authority anonymously, so she avoids an awkward talk",
                "correct": False,
                "feedback": "A question inside the team, or to Grace, is the first and quickest step.",
            },
            {
                "text": "Build it as written, then raise her doubts once the release has gone out",
                "correct": False,
                "feedback": "After release the data is already being collected; early is cheaper.",
            },
        ],
        "explanation": (
            "Speaking up does not need certainty. Asking what data is for is the simplest check of data "
            "minimisation (Art. 5(1)(c)) and of data protection by design (Art. 25). If the answer does not "
            "satisfy her, she can take it to Grace."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Sofia’s team wants to send “treat yourself” discount codes to customers whose spending suddenly "
            "stopped after months of big orders. A model labels these customers “possibly lost job”."
        ),
        "prompt": "What is the strongest reason to stop and rethink?",
        "choices": [
            {
                "text": "It targets people who may be short of money, who could be harmed and would not expect it",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "The discount could cut into the profit margin on the tents and jackets the campaign "
                "promotes",
                "correct": False,
                "feedback": "A business point, but it says nothing about the people affected.",
            },
            {
                "text": "Competitors may copy the idea once they see the campaign landing in inboxes",
                "correct": False,
                "feedback": "What rivals do is no test of whether this is right for customers.",
            },
            {
                "text": "The model may be less accurate than one built on a bigger set of past orders",
                "correct": False,
                "feedback": "A more accurate model would make the intrusion worse, not better.",
            },
        ],
        "explanation": (
            "“Who could be harmed, and how badly?” is one of the four questions. Guessing job loss from "
            "spending and then targeting people who may be in difficulty is unexpected and could hurt them. "
            "Art. 5(1)(a) requires processing to be fair, not only lawful."
        ),
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": (
            "After this course, Hannah wonders whether the Leeds agents should stop writing any notes on "
            "support tickets, “to be safe”. Agents use the notes to follow up on open cases."
        ),
        "prompt": "What should Hannah decide?",
        "choices": [
            {
                "text": "Keep short, factual notes the team needs to follow up, and leave out opinions and extras",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Stop all notes, since holding less data is the safest choice whatever it costs customers",
                "correct": False,
                "feedback": "Cases would be dropped; the law asks for what is needed, not for nothing.",
            },
            {
                "text": "Keep word-for-word transcripts of every call, so that nothing can be disputed",
                "correct": False,
                "feedback": "That collects far more than the team needs.",
            },
            {
                "text": "Ask Grace to approve each ticket note before an agent is allowed to save it",
                "correct": False,
                "feedback": "Clear guidance for the team works; approving each note does not.",
            },
        ],
        "explanation": (
            "Art. 5(1)(c) asks for data that is adequate, relevant and limited to what is needed: not for no "
            "data at all. Notes the team needs to help the customer are right; opinions and extra detail are "
            "not."
        ),
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "A corporate client in San Diego gives Leon the name, work email and phone number of its new "
            "purchasing manager, so Northwind can arrange a bulk order of team jackets. Leon wants to add "
            "her to the sales CRM so colleagues can follow up."
        ),
        "prompt": "What should Leon do?",
        "choices": [
            {
                "text": "Add her to the CRM: using a client’s contact for its own order is what the data is for",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Ask Grace to approve the new contact first, as every CRM entry needs the DPO’s sign-off",
                "correct": False,
                "feedback": "Routine account work needs no DPO sign-off.",
            },
            {
                "text": "Email the purchasing manager for written consent before storing her work details",
                "correct": False,
                "feedback": "Consent is not needed to handle her employer’s order.",
            },
            {
                "text": "Keep her details in his own notebook, as a CRM entry would create a lasting record",
                "correct": False,
                "feedback": "A private notebook is less secure and hides the data from colleagues who need it.",
            },
        ],
        "explanation": (
            "Using a business contact’s details to handle her company’s order is expected and fits "
            "legitimate interests (Art. 6(1)(f)); under the CCPA her work details are personal information "
            "(CCPA § 1798.140), so the usual rights apply. No special sign-off is needed."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Ravi plans a feature that asks Rewards members about heart conditions, asthma and past "
            "injuries so the app can suggest hiking routes. Hundreds of thousands of members could use it."
        ),
        "prompt": "What should happen before the team starts building?",
        "choices": [
            {
                "text": "Bring Grace in now: health data at this scale needs a DPIA and an Art. 9 condition",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Build a prototype with real member answers, then ask Grace to review it",
                "correct": False,
                "feedback": "A DPIA comes before the processing starts, while the design can change.",
            },
            {
                "text": "Nothing special: members choose to answer, so their answers are not sensitive data",
                "correct": False,
                "feedback": "Health data is special category data however it is collected.",
            },
            {
                "text": "Add a line to the privacy notice after launch, since that covers any new use of data",
                "correct": False,
                "feedback": "A notice does not replace a lawful condition or a DPIA.",
            },
        ],
        "explanation": (
            "Health data is special category data (Art. 9) and needs an Art. 9(2) condition, such as "
            "explicit consent. Processing it on a large scale is a case where a DPIA is required before "
            "starting (Art. 35(3)(b)). Module 7 covers DPIAs in detail."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Tomasz is setting up a weekly export of Rewards purchase data to a new analytics vendor. The "
            "contract is signed. He wonders why Grace still wants to hear about it before the first export."
        ),
        "prompt": "What is the main reason?",
        "choices": [
            {
                "text": "The record of processing must show the new recipient, purpose and retention",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Under Art. 39 the DPO has to run every data export to a vendor personally",
                "correct": False,
                "feedback": "The DPO advises and monitors; teams run their own exports.",
            },
            {
                "text": "Every new export needs the regulator’s approval before it starts",
                "correct": False,
                "feedback": "There is no general approval step; prior consultation is only for high risk left after a DPIA.",
            },
            {
                "text": "Vendors must register with the company’s DPO before they receive data",
                "correct": False,
                "feedback": "There is no such register; the contract and the record do that work.",
            },
        ],
        "explanation": (
            "Art. 30 requires Northwind to keep records of processing, including purposes, categories of "
            "recipients and retention. The record is only as true as what teams tell Grace, and it is part "
            "of showing accountability (Art. 5(2))."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Marco asked Hannah whether a new call-recording setting was allowed. Grace checked and said it "
            "was fine. Marco now feels he wasted everyone’s time."
        ),
        "prompt": "What should Hannah do?",
        "choices": [
            {
                "text": "Thank him and share Grace’s answer, so people keep asking",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Remind him to be sure of a problem before raising one next time",
                "correct": False,
                "feedback": "Requiring certainty first stops people asking at all.",
            },
            {
                "text": "Tell the team that questions for Grace should be saved for serious issues",
                "correct": False,
                "feedback": "Quick questions are welcome; that is how problems are caught early.",
            },
            {
                "text": "Say nothing, so the episode is quietly forgotten by everyone",
                "correct": False,
                "feedback": "Silence suggests he was wrong to ask.",
            },
        ],
        "explanation": (
            "Whether problems come to light depends on people feeling safe to ask. The DPO must be involved "
            "properly and in good time (Art. 38(1)), which only happens if questions are welcome. A question "
            "that ends in “it’s fine” is a success."
        ),
    },
    {
        "kind": "multiple",
        "scenario": "Jonas is listing moments when colleagues should bring Grace in.",
        "prompt": "Which of these should go to Grace or the incident route? Select all that apply.",
        "choices": [
            {
                "text": "A new vendor asks for a sample of real customer records to test its tool",
                "correct": True,
                "feedback": "Data going to a new vendor needs a contract and a check first (Art. 28).",
            },
            {
                "text": "A sign-up form asks for date of birth, and no one can say why",
                "correct": True,
                "feedback": "Data with no stated purpose should be questioned (Art. 5(1)(c)).",
            },
            {
                "text": "A model starts inferring health conditions from what people buy",
                "correct": True,
                "feedback": "Inferred health data is special category data (Art. 9).",
            },
            {
                "text": "Customer email addresses turn up in a public code repository",
                "correct": True,
                "feedback": "A possible breach: use the incident route at once (Art. 33).",
            },
            {
                "text": "A colleague asks where the team’s holiday calendar is kept",
                "correct": False,
                "feedback": "An ordinary office question.",
            },
        ],
        "explanation": (
            "New vendors (Art. 28), data with no purpose (Art. 5(1)(c)), special category inferences (Art. 9) "
            "and possible breaches (Art. 33) all need Grace early. The DPO must be involved properly and in "
            "good time (Art. 38(1))."
        ),
    },
    {
        "kind": "multiple",
        "scenario": "Chloe is checking which of Northwind’s vendors and partners must have a DPO.",
        "prompt": "Which of these must appoint a DPO under GDPR Art. 37(1)? Select all that apply.",
        "choices": [
            {
                "text": "An ad-tech firm whose core business is tracking millions of app users’ locations",
                "correct": True,
                "feedback": "Large-scale, regular and systematic monitoring (Art. 37(1)(b)).",
            },
            {
                "text": "A 12-person design agency that holds its clients’ contact details",
                "correct": False,
                "feedback": "Ordinary client contacts are no trigger.",
            },
            {
                "text": "A local gear-repair shop with a customer mailing list",
                "correct": False,
                "feedback": "A small mailing list is neither monitoring nor sensitive data at scale.",
            },
            {
                "text": "An online shop that now and then gets a customer’s allergy note with an order",
                "correct": False,
                "feedback": "Occasional health details are not large-scale processing.",
            },
            {
                "text": "A consultancy that keeps HR files on its own 30 staff",
                "correct": False,
                "feedback": "Staff records support the business; they are not its core activity.",
            },
        ],
        "explanation": (
            "Art. 37(1) requires a DPO for public authorities and where core activities involve large-scale "
            "regular and systematic monitoring, or large-scale processing of special category (Art. 9) or "
            "criminal-offence (Art. 10) data. National law may add cases (Art. 37(4))."
        ),
    },
    {
        "kind": "multiple",
        "scenario": "At an all-hands meeting, Grace explains how her role is set up.",
        "prompt": "Which of these follow from GDPR Art. 38? Select all that apply.",
        "choices": [
            {
                "text": "She must be involved early in data protection questions",
                "correct": True,
                "feedback": "Art. 38(1).",
            },
            {
                "text": "She may not be penalised for doing her DPO tasks",
                "correct": True,
                "feedback": "Art. 38(3).",
            },
            {
                "text": "She must approve every new product before it launches",
                "correct": False,
                "feedback": "She advises; management decides.",
            },
            {
                "text": "Customers have to go through support before contacting her",
                "correct": False,
                "feedback": "People may contact the DPO directly (Art. 38(4)).",
            },
            {
                "text": "Her advice binds the board on every data question",
                "correct": False,
                "feedback": "The board may decide otherwise, and stays accountable.",
            },
        ],
        "explanation": (
            "Art. 38 makes the DPO independent: involved properly and in good time (38(1)), given no "
            "instructions on the DPO’s tasks and not penalised for them (38(3)), and open to contact from "
            "the people whose data is used (38(4)). Decisions stay with management."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Chloe notices that a folder of job applicants’ CVs and interview notes can be opened by "
            "everyone at Northwind."
        ),
        "prompt": "Which are good ways for Chloe to raise it? Select all that apply.",
        "choices": [
            {
                "text": "Tell the folder’s owner what she saw: which folder, and who can open it",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Ask whether everyone needs access, and suggest limiting it to the hiring team",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Use the incident route if files may already have been opened widely",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Download the whole folder first, so there is proof of the problem",
                "correct": False,
                "feedback": "Copying data as proof creates a new risk.",
            },
            {
                "text": "Post a screenshot in the company-wide chat to warn everyone",
                "correct": False,
                "feedback": "That spreads the data further and blames instead of fixing.",
            },
        ],
        "explanation": (
            "Speaking up well means stating facts, asking questions, suggesting a fix and going to the right "
            "person. Access that is far too wide breaks the security duty (Art. 32), and if the data was seen "
            "by people who should not see it, it may be a breach to assess at once (Art. 33)."
        ),
    },
    {
        "kind": "multiple",
        "judgment": "go_ahead",
        "scenario": (
            "Ravi lists ideas for the next app release and asks which can go ahead under the normal process, "
            "without a special privacy review."
        ),
        "prompt": "Which can go ahead as normal? Select all that apply.",
        "choices": [
            {
                "text": "A dispatch email with a tracking link for each order",
                "correct": True,
                "feedback": "Needed to deliver what the customer bought.",
            },
            {
                "text": "A button that lets customers download their own order history",
                "correct": True,
                "feedback": "It makes rights easier to use.",
            },
            {
                "text": "Emailing a list of “outdoor fans” bought from a data broker",
                "correct": False,
                "feedback": "Marketing emails to people who never dealt with us need their consent.",
            },
            {
                "text": "Guessing from purchases which customers are going through a divorce",
                "correct": False,
                "feedback": "Unexpected, intrusive and potentially harmful: a clear “should we?” case.",
            },
            {
                "text": "Sharing Rewards purchase histories with an insurance partner for pricing",
                "correct": False,
                "feedback": "A new purpose and recipient people would not expect; it needs Grace first.",
            },
        ],
        "explanation": (
            "Expected uses that serve the customer, such as dispatch emails (Art. 6(1)(b)) or self-service "
            "copies of their own data (Art. 12(2)), can go ahead. Bought lists for email marketing need "
            "consent (PECR reg. 22), and surprising inferences or new sharing need a “should we?” review."
        ),
    },
    {
        "kind": "true_false",
        "scenario": "Since Grace became DPO, a team manager says data protection is “her problem now”.",
        "prompt": (
            "With a DPO in place, managers no longer answer for data protection in their teams. True or false?"
        ),
        "choices": [
            {
                "text": "True",
                "correct": False,
                "feedback": "The DPO advises; the organisation and its managers stay responsible.",
            },
            {"text": "False", "correct": True, "feedback": ""},
        ],
        "explanation": (
            "Under Art. 5(2) and Art. 24 the organisation is responsible for complying and for showing it. "
            "The DPO informs, advises and monitors (Art. 39) but does not take over that duty."
        ),
    },
    {
        "kind": "true_false",
        "scenario": (
            "Grace also leads a small policy team that writes staff guidance. It decides nothing about why "
            "or how customer data is used."
        ),
        "prompt": "A DPO may hold a second role like this if it causes no conflict of interest. True or false?",
        "choices": [
            {"text": "True", "correct": True, "feedback": ""},
            {
                "text": "False",
                "correct": False,
                "feedback": "Art. 38(6) allows other tasks that cause no conflict of interest.",
            },
        ],
        "explanation": (
            "GDPR Art. 38(6) lets a DPO carry out other tasks, as long as none of them leads to a conflict "
            "of interest. A role that decides the purposes and means of processing, such as head of "
            "marketing, would conflict."
        ),
    },
]
