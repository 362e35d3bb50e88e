"""Question bank for the track of Data ethics in your role: People and HR.

A judgment question says so under "judgment": "go_ahead" (going ahead is the right answer)
or "over_caution" (the mistake is to hold back, delete or escalate needlessly); tests.content.quality
counts them, and the quiz builder leaves the key out of the quiz.
"""

QUESTIONS = [
    # Lesson 1: employee data and monitoring
    {
        "kind": "single",
        "scenario": (
            "Chloe is updating the new-starter pack for the Dublin office. A template from an old supplier "
            "has a line every new hire must sign: “I consent to Northwind processing my personal data for all "
            "employment purposes.”"
        ),
        "prompt": "What should Chloe do with that line?",
        "choices": [
            {
                "text": "Drop it, and let the staff privacy notice say which basis covers each use, such as contract or legal duty.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Keep it, and add a second box so that new hires can also sign up for Northwind’s marketing emails.",
                "correct": False,
                "feedback": "Bundling in more requests makes it worse. Running employment does not rest on consent at all.",
            },
            {
                "text": "Leave it in, because a signed form is the strongest proof that each new hire accepted our use of data.",
                "correct": False,
                "feedback": "Consent from a new hire is unlikely to be free, and it could be withdrawn, which would stop payroll.",
            },
            {
                "text": "Make the line optional, and hold back payroll set-up for anyone who leaves it unsigned.",
                "correct": False,
                "feedback": "Making pay depend on the signature shows the “consent” is not free. Pay rests on the contract.",
            },
        ],
        "explanation": (
            "GDPR Art. 6(1) offers six lawful bases. Employment mostly rests on contract (Art. 6(1)(b)), legal "
            "obligation (Art. 6(1)(c)) or legitimate interests (Art. 6(1)(f)). Recital 43 says consent is unlikely "
            "to be freely given where there is a clear imbalance of power, as between employer and new hire. The "
            "staff privacy notice must state the purposes and the basis for each (Art. 13(1)(c))."
        ),
    },
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "Each month Chloe sends hours, salaries and bank details to PayCircle, Northwind’s approved payroll "
            "provider. Grace has checked PayCircle, and a signed processing contract is in place. A new finance "
            "assistant asks whether every employee should first sign a form agreeing to the transfer."
        ),
        "prompt": "What is the right answer?",
        "choices": [
            {
                "text": "No form is needed: the file pays people under their contracts, and PayCircle follows our instructions.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Yes: bank details are sensitive, so each employee must give explicit consent before PayCircle gets them.",
                "correct": False,
                "feedback": "Bank details need good security but are not a special category, and pay rests on the contract.",
            },
            {
                "text": "Partly: send the salaries now, but hold back bank details until PayCircle passes a fresh security audit.",
                "correct": False,
                "feedback": "The contract and checks are already in place. Holding back bank details would stop people being paid.",
            },
            {
                "text": "Pause the transfer and ask Grace for a new DPIA every month before the payroll file goes out.",
                "correct": False,
                "feedback": "Routine payroll through an approved provider is not new high-risk processing. This is needless escalation.",
            },
        ],
        "explanation": (
            "Paying salaries is necessary for the employment contract (GDPR Art. 6(1)(b)) and for tax duties "
            "(Art. 6(1)(c)). A processor that works on Northwind’s behalf under a written contract meeting "
            "Art. 28(3) may receive the data it needs to do the job. No consent is required, and asking for it "
            "would suggest a choice staff do not really have (Recital 43)."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Jonas, the IT security engineer, wants a tool that checks outgoing work email for card numbers and "
            "customer exports, and blocks them before they leave Northwind. Chloe is asked what would make the "
            "roll-out fair to staff."
        ),
        "prompt": "Which steps should be part of it? Select all that apply.",
        "choices": [
            {
                "text": "Tell staff before launch what the tool checks, why, and who sees an alert",
                "correct": True,
                "feedback": "Staff must be told about monitoring, normally before it starts.",
            },
            {
                "text": "Let only the security team review flagged messages, under a written procedure",
                "correct": True,
                "feedback": "Limiting who sees the results keeps the check in proportion.",
            },
            {
                "text": "Ask Grace whether a DPIA is needed, and record her answer",
                "correct": True,
                "feedback": "Systematic monitoring of staff is a common reason for a DPIA.",
            },
            {
                "text": "Send line managers a weekly digest of every email their team sent",
                "correct": False,
                "feedback": "That goes far beyond stopping data leaks and turns a security tool into surveillance.",
            },
            {
                "text": "Ask each employee to sign a consent form before their mailbox is scanned",
                "correct": False,
                "feedback": "Consent is rarely free at work, and a refusal would leave a security gap. Legitimate interests fits.",
            },
        ],
        "explanation": (
            "Checking outgoing email to protect customer data can rest on legitimate interests (GDPR Art. 6(1)(f)) "
            "if it is necessary and proportionate. Staff must be told (Art. 5(1)(a), Art. 13), only what the "
            "purpose needs should be seen (Art. 5(1)(c)), and systematic monitoring usually calls for a DPIA "
            "(Art. 35(1))."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "The Leeds office records door badge swipes for building security and fire roll calls, and staff were "
            "told exactly that. Hannah asks Chloe for a monthly list of each agent’s swipe times so she can rank "
            "the team by hours spent in the office."
        ),
        "prompt": "What should Chloe say?",
        "choices": [
            {
                "text": "Not like this: ranking people is a new purpose staff were never told about, so raise it with Grace.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Send it, because the swipe data already exists, so reusing it for rankings adds no new risk for anyone.",
                "correct": False,
                "feedback": "Data that already exists can still be misused. A new purpose needs its own check.",
            },
            {
                "text": "Agree, as long as the list goes only to Hannah as a password-protected spreadsheet.",
                "correct": False,
                "feedback": "Good security does not make an unexplained new purpose fair.",
            },
            {
                "text": "Yes, if Hannah keeps the ranking to herself and never mentions it in the agents’ reviews.",
                "correct": False,
                "feedback": "A hidden use of staff data is exactly what the duty to be open rules out.",
            },
        ],
        "explanation": (
            "Data collected for one purpose may not be reused for an incompatible one (GDPR Art. 5(1)(b), "
            "Art. 6(4)). Ranking staff by hours is monitoring of how they work: it needs a clear need, a check that "
            "nothing less intrusive will do, and telling staff first (Art. 5(1)(a), Art. 13)."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Chloe has written a policy on checking work email and laptops for the Dublin office. A director "
            "suggests using the same text, unchanged, for the Leeds support centre."
        ),
        "prompt": "What is the best reason to review it first?",
        "choices": [
            {
                "text": "Rules on staff data and monitoring can differ by country, so the Leeds text must fit UK law and guidance.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Leeds staff have no data protection rights of their own since the UK left the European Union.",
                "correct": False,
                "feedback": "The UK GDPR and the Data Protection Act 2018 protect staff in Leeds.",
            },
            {
                "text": "A monitoring policy must be approved by each country’s regulator before anyone may rely on it.",
                "correct": False,
                "feedback": "There is no general approval step. A DPIA comes first, and the regulator is consulted only if high risk remains.",
            },
            {
                "text": "The policy is only valid in the format each office’s works council has chosen for its documents.",
                "correct": False,
                "feedback": "Nothing in the law ties a policy’s validity to a format. Local employment rules are what matter.",
            },
        ],
        "explanation": (
            "GDPR Art. 88 lets each country set more specific rules for staff data, including monitoring at work. "
            "Leeds staff are covered by the UK GDPR and the Data Protection Act 2018, so a Dublin policy needs "
            "checking against UK law and guidance before it is reused. Prior consultation of a regulator is needed "
            "only when a DPIA shows high risk that cannot be reduced (Art. 36)."
        ),
    },
    {
        "kind": "true_false",
        "scenario": (
            "Northwind logs which staff open customer records in the support system, to spot misuse. It relies "
            "on legitimate interests and says so in the staff privacy notice. An agent objects to his access being "
            "logged. A colleague says: “Once he objects, we have to stop logging his access.”"
        ),
        "prompt": "True or false: the colleague is right.",
        "choices": [
            {
                "text": "True",
                "correct": False,
                "feedback": "An objection must be weighed, but we may carry on if we show compelling grounds, such as protecting customers’ data.",
            },
            {"text": "False", "correct": True, "feedback": ""},
        ],
        "explanation": (
            "Under GDPR Art. 21(1), people may object to processing based on legitimate interests. The employer "
            "must then stop unless it shows compelling legitimate grounds that override the person’s interests. "
            "Logging access to customer records protects customers and is part of keeping data secure (Art. 32), "
            "so it is likely to continue, but the objection still deserves a real answer."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Jonas notices that refunds keep going to the same three bank cards, all approved from one agent’s "
            "login. He suspects fraud and wants to watch that account without telling the agent, so that no "
            "evidence is destroyed."
        ),
        "prompt": "Which approach is most defensible?",
        "choices": [
            {
                "text": "A short, targeted check of that login, approved by senior managers with Grace, and written up.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Secretly record every Leeds agent’s screen for three months, so the suspect cannot tell who is the target.",
                "correct": False,
                "feedback": "Covering everyone goes far beyond the suspicion. Blanket secret monitoring is out of proportion.",
            },
            {
                "text": "Announce to the whole team that one of them is under investigation, then log everyone’s refunds.",
                "correct": False,
                "feedback": "Tipping people off defeats the check, and it widens monitoring to everyone.",
            },
            {
                "text": "Do nothing until the police take over, since an employer may not monitor anyone in secret.",
                "correct": False,
                "feedback": "Secret monitoring is rare but can be justified for a specific suspected crime, with safeguards.",
            },
        ],
        "explanation": (
            "Secret monitoring is fair only in exceptional cases, such as a specific suspected crime where telling "
            "the person would ruin the investigation. It must be limited to that case and that time, and approved "
            "and recorded (GDPR Art. 5(1)(a), 5(1)(c), Art. 6(1)(f)). In the UK, preventing and detecting crime is "
            "also a recognised legitimate interest (UK GDPR Art. 6(1)(ea))."
        ),
    },
    # Lesson 2: special-category and criminal-offence data
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "A packer in the warehouse sends in a fit note: she will be off for two weeks after an operation. "
            "Chloe starts entering the dates and the note in the HR system so payroll can pay statutory sick pay. "
            "The packer’s manager worries: “That’s health data. Shouldn’t we get her written consent first?”"
        ),
        "prompt": "What should Chloe do?",
        "choices": [
            {
                "text": "Record it now: sick pay is a legal duty, and employment law gives the condition for the health data.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Wait for written consent, and pay her usual salary meanwhile without recording the reason she is off.",
                "correct": False,
                "feedback": "Consent is not needed here, and pay and absence have to be recorded correctly.",
            },
            {
                "text": "Record only the dates, destroy the fit note, and ask her for another copy if payroll ever questions it.",
                "correct": False,
                "feedback": "The fit note is the evidence for the payment. Destroying it is caution in the wrong place.",
            },
            {
                "text": "Email the fit note to her team, so colleagues understand why her work has been passed to them.",
                "correct": False,
                "feedback": "Colleagues need to know she is away, not why. The note stays in the HR system.",
            },
        ],
        "explanation": (
            "Paying sick pay is a legal obligation (GDPR Art. 6(1)(c)). Health data needed for rights and duties "
            "under employment law meets the condition in Art. 9(2)(b); in the UK, the Data Protection Act 2018, "
            "Schedule 1, Part 1, para 1. The record stays in the HR system with access on a need-to-know basis "
            "(Art. 5(1)(f))."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "A warehouse picker is coming back after four months off. WellWork Health, Northwind’s occupational "
            "health provider, has seen him and sends its report to HR. His shift manager asks Chloe what she can "
            "pass on."
        ),
        "prompt": "What should the shift manager receive? Select all that apply.",
        "choices": [
            {
                "text": "Whether he is fit to return, and from which date",
                "correct": True,
                "feedback": "The manager needs this to plan shifts.",
            },
            {
                "text": "The changes advised, such as lighter lifting for six weeks",
                "correct": True,
                "feedback": "The manager has to put these in place, so they need to know them.",
            },
            {
                "text": "The name of his condition, so the manager can read up on it",
                "correct": False,
                "feedback": "The diagnosis is not needed to manage his work. It stays with HR and occupational health.",
            },
            {
                "text": "The full report, medical history included, for the team file",
                "correct": False,
                "feedback": "Medical details stay in the HR system; the manager gets the advice that affects work.",
            },
            {
                "text": "His doctor’s phone number, so the manager can ask about progress",
                "correct": False,
                "feedback": "A manager contacting his doctor goes far beyond what managing his return needs.",
            },
        ],
        "explanation": (
            "Occupational health advice on fitness to work relies on GDPR Art. 9(2)(h), given by professionals "
            "bound by secrecy (Art. 9(3)). The manager receives only what they need to manage the return "
            "(Art. 5(1)(c)); the medical detail stays with HR and the provider (Art. 5(1)(f))."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Chloe is planning Northwind’s first staff survey on ethnicity, disability and sexual orientation, "
            "to look for gaps in pay and promotion. A director wants the answers saved on each person’s HR "
            "record, “so everything is in one place”."
        ),
        "prompt": "Which set-up fits best?",
        "choices": [
            {
                "text": "Optional questions with “prefer not to say”, answers kept apart from HR records, and totals only.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Compulsory questions for everyone, so the figures are complete, with the answers saved on HR records.",
                "correct": False,
                "feedback": "Forcing answers about special categories is out of proportion, and linking them to records adds risk.",
            },
            {
                "text": "Optional questions, with answers added to each HR record and results shown to line managers by name.",
                "correct": False,
                "feedback": "Managers need no names to see a pay gap. Named results expose highly sensitive data.",
            },
            {
                "text": "Answers stored in the HR record but hidden, with names revealed only when a gap turns up.",
                "correct": False,
                "feedback": "The purpose is to find patterns. Keeping names ready to reveal defeats the point of separating the data.",
            },
        ],
        "explanation": (
            "Ethnicity, health and sexual orientation are special categories under GDPR Art. 9(1), so the survey "
            "needs an Art. 9(2) condition (in the UK, equality monitoring under the Data Protection Act 2018, "
            "Schedule 1, Part 2, para 8). Keeping answers optional, separate and reported as totals keeps the data "
            "to what the purpose needs (Art. 5(1)(c)) and safe (Art. 5(1)(f))."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Payroll deducts union fees for staff who ask for it. Ahead of a pay negotiation, a senior manager "
            "asks Chloe for the list of those staff, “to know who might walk out”."
        ),
        "prompt": "How should Chloe respond?",
        "choices": [
            {
                "text": "Decline: the list exists only to collect the fees, and union membership is special category data.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Share it, but with only the names, leaving out the amount each person pays to the union every month.",
                "correct": False,
                "feedback": "The names are what reveal membership, which is the sensitive part.",
            },
            {
                "text": "Hand it over once the manager signs a note promising to keep the list strictly confidential.",
                "correct": False,
                "feedback": "A promise of confidence does not make a new, incompatible purpose lawful.",
            },
            {
                "text": "Send it if the negotiation looks likely to fail, since the business then has a real need for it.",
                "correct": False,
                "feedback": "Predicting who might strike is not a purpose the deduction data can be reused for.",
            },
        ],
        "explanation": (
            "Trade union membership is a special category under GDPR Art. 9(1). Deducting fees can rest on "
            "Art. 9(2)(b), but that data may not be reused for a different, incompatible purpose (Art. 5(1)(b)). "
            "Using it to single out likely strikers would be unfair (Art. 5(1)(a)) and may also break employment "
            "law protections for union members."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Northwind is hiring a payments-fraud investigator in Leeds, with access to card refunds. Grace has "
            "confirmed that the role justifies a basic criminal record check through the Disclosure and Barring "
            "Service."
        ),
        "prompt": "Which are good practice for this check? Select all that apply.",
        "choices": [
            {
                "text": "Tell candidates about the check in the job advert or the offer",
                "correct": True,
                "feedback": "People must know about a check before it happens.",
            },
            {
                "text": "Run the check only on the person offered the job",
                "correct": True,
                "feedback": "Checking every applicant would collect far more than the decision needs.",
            },
            {
                "text": "Record that the check was done and its outcome, not the certificate",
                "correct": True,
                "feedback": "That is all the file needs; a copy of the certificate is extra risk.",
            },
            {
                "text": "Let only those making the hiring decision see the result",
                "correct": True,
                "feedback": "Criminal record data is shared on a strict need-to-know basis.",
            },
            {
                "text": "Ask candidates to get their police records through an access request and send them in",
                "correct": False,
                "feedback": "Making someone do this is an offence under section 184 of the Data Protection Act 2018.",
            },
            {
                "text": "Keep the certificate on the personnel file for as long as they work here",
                "correct": False,
                "feedback": "Keep the outcome, not the certificate, and only for as long as it is needed.",
            },
        ],
        "explanation": (
            "Criminal offence data may be used only where law allows it (GDPR Art. 10); in the UK, the Data "
            "Protection Act 2018, section 10(5) and Schedule 1. Candidates must be told (Art. 13), only what is "
            "needed is kept, for only as long as needed (Art. 5(1)(c), 5(1)(e)), and requiring someone to produce "
            "their own records through an access request is an offence (section 184)."
        ),
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": (
            "A copywriter in Sofia’s marketing team tells Sofia that she has diabetes and needs short breaks to "
            "check her blood sugar. Sofia wants to help but says: “Health data is off limits, so I won’t write any "
            "of this down or tell HR.”"
        ),
        "prompt": "What is the better course?",
        "choices": [
            {
                "text": "Agree the breaks and, with her knowledge, let HR record them, shared only with those who need to know.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Keep nothing in writing, as Sofia suggests, and rely on memory if the breaks are ever questioned later.",
                "correct": False,
                "feedback": "With no record, the agreed change can be lost when Sofia moves on. The law allows HR to record it.",
            },
            {
                "text": "Ask for her explicit written consent and a full medical report before any breaks can be agreed.",
                "correct": False,
                "feedback": "That collects far more than needed and adds a hurdle the law does not ask for.",
            },
            {
                "text": "Tell the whole marketing team about her diabetes so nobody questions it when she steps away.",
                "correct": False,
                "feedback": "Colleagues need no diagnosis. She decides what, if anything, they hear.",
            },
        ],
        "explanation": (
            "Employment law requires reasonable adjustments for disabled staff, and recording them is covered by "
            "GDPR Art. 6(1)(c) and Art. 9(2)(b). Refusing to record anything is over-caution: it puts the "
            "adjustment at risk. The record stays in the HR system on a need-to-know basis (Art. 5(1)(f))."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A buyer in the Dublin office is away for some weeks for cancer treatment. Her colleagues keep asking "
            "what is wrong, and her manager suggests telling the whole team at Monday’s meeting to stop the rumours."
        ),
        "prompt": "What should Chloe advise?",
        "choices": [
            {
                "text": "Ask the buyer what, if anything, she wants shared; until then, say only that she is away for now.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Tell the team on Monday, since colleagues will find out sooner or later and honesty stops gossip.",
                "correct": False,
                "feedback": "Her diagnosis is hers to share. Rumours do not justify disclosing health data.",
            },
            {
                "text": "Share it only with the team leads, who can pass it on to their own people as they judge best.",
                "correct": False,
                "feedback": "This still spreads her health data to people with no need to know, just more slowly.",
            },
            {
                "text": "Post a short note on the intranet, so the news is told once, accurately, to everyone at the same time.",
                "correct": False,
                "feedback": "Accuracy does not make it fair. Publishing her diagnosis needs her say-so.",
            },
        ],
        "explanation": (
            "Health data is a special category (GDPR Art. 9(1)), and no Art. 9(2) condition covers telling "
            "colleagues to stop gossip. Sharing it without her say would be unfair (Art. 5(1)(a)) and breach "
            "confidentiality (Art. 5(1)(f)). If she wants colleagues told, her explicit wish can cover it "
            "(Art. 9(2)(a))."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "TalentBridge, the recruitment agency that supplies Northwind’s warehouse candidates, offers a new "
            "“screening summary” for each shortlisted person, built from a search of their online life."
        ),
        "prompt": "Which items may the summary include? Select all that apply.",
        "choices": [
            {
                "text": "Whether the jobs and qualifications on the CV check out",
                "correct": True,
                "feedback": "Checking claims the candidate made for the role is relevant and expected.",
            },
            {
                "text": "Political opinions found in the candidate’s public posts",
                "correct": False,
                "feedback": "Political opinions are a special category and irrelevant to a warehouse job.",
            },
            {
                "text": "Photos from a Pride march the candidate went to",
                "correct": False,
                "feedback": "These can reveal sexual orientation, a special category, and say nothing about the job.",
            },
            {
                "text": "Comments the candidate made about their place of worship",
                "correct": False,
                "feedback": "Religious beliefs are a special category with no bearing on the role.",
            },
            {
                "text": "A list of the candidate’s friends and family online",
                "correct": False,
                "feedback": "Other people’s details have nothing to do with hiring this candidate.",
            },
        ],
        "explanation": (
            "Pre-hire checks must be relevant and limited to what the role needs (GDPR Art. 5(1)(c)). Political "
            "opinions, sexual orientation and religion are special categories (Art. 9(1)) that no hiring need "
            "here can justify. Candidates must also be told what checks are made (Art. 13, Art. 14)."
        ),
    },
    # Lesson 3: references, recruitment data and retention
    {
        "kind": "single",
        "judgment": "go_ahead",
        "scenario": (
            "A former warehouse supervisor who left last year has named Northwind as a referee. His new employer "
            "emails Chloe a form asking for his dates, job title and a view of his reliability. His appraisals "
            "rate him highly for reliability, and Northwind’s policy allows a view of performance."
        ),
        "prompt": "What should Chloe do?",
        "choices": [
            {
                "text": "Complete the form from his records: accurate facts and a fair view backed by his appraisals.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Wait until he signs a fresh consent form, because consent is the basis for every reference we give.",
                "correct": False,
                "feedback": "Consent is not our basis. He asked for the reference, and legitimate interests covers it.",
            },
            {
                "text": "Refuse to comment on reliability and send only his dates, since opinions have no place in references.",
                "correct": False,
                "feedback": "Honest opinions backed by evidence are fine where policy allows them. Holding back helps nobody.",
            },
            {
                "text": "Send his whole personnel file instead, so the new employer can judge his reliability for itself.",
                "correct": False,
                "feedback": "That shares far more than the question needs, including data the employer has no right to.",
            },
        ],
        "explanation": (
            "Giving a reference the person asked for rests on legitimate interests (GDPR Art. 6(1)(f)), not "
            "consent. It must be accurate and fair (Art. 5(1)(d)) and limited to what the new employer needs "
            "(Art. 5(1)(c))."
        ),
    },
    {
        "kind": "multiple",
        "scenario": (
            "Chloe is writing a reference for a designer who left after five years. Northwind’s policy allows a "
            "view of performance. Her file holds: her dates and job title; a signed-off appraisal praising her "
            "work; a long sickness absence two years ago; an anonymous complaint that was never looked into; her "
            "role as a union representative."
        ),
        "prompt": "Which belong in the reference? Select all that apply.",
        "choices": [
            {
                "text": "Her dates of employment and job title",
                "correct": True,
                "feedback": "Basic facts from our records are what a reference is for.",
            },
            {
                "text": "A fair summary of the praise in her signed-off appraisal",
                "correct": True,
                "feedback": "An opinion backed by a record is accurate and fair.",
            },
            {
                "text": "The long sickness absence two years ago",
                "correct": False,
                "feedback": "This is health data the new employer does not need.",
            },
            {
                "text": "The anonymous complaint that was never looked into",
                "correct": False,
                "feedback": "An unchecked allegation is not an accurate basis for judging her.",
            },
            {
                "text": "Her role as a union representative",
                "correct": False,
                "feedback": "This reveals union membership, a special category, and has no place in a reference.",
            },
        ],
        "explanation": (
            "A reference must be accurate and fair (GDPR Art. 5(1)(d)) and share only what is needed "
            "(Art. 5(1)(c)). Health and union membership are special categories (Art. 9(1)) with no condition "
            "that covers putting them in a reference, and an uninvestigated complaint is not a reliable fact."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "A recruiter in Chloe’s team finds a promising logistics planner on a professional networking site "
            "and saves her public profile into Northwind’s applicant tracking system, to approach her about a "
            "role next quarter."
        ),
        "prompt": "What does Northwind owe the planner?",
        "choices": [
            {
                "text": "Its privacy information, within a month and at the latest at first contact, naming the source.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Nothing, because she made the profile public, so copying it falls outside data protection rules entirely.",
                "correct": False,
                "feedback": "Public personal data is still personal data once we copy and use it.",
            },
            {
                "text": "Nothing until she applies, as the site’s own privacy notice already covers any recruiter’s use.",
                "correct": False,
                "feedback": "The site’s notice cannot explain what Northwind does with the data. We must tell her ourselves.",
            },
            {
                "text": "A notice only if she asks where we found her, since she never gave her data to Northwind.",
                "correct": False,
                "feedback": "When data comes from elsewhere, we must tell the person without being asked.",
            },
        ],
        "explanation": (
            "When personal data is obtained from someone other than the person, GDPR Art. 14 requires privacy "
            "information, including the source (Art. 14(2)(f)), within a month and at the latest at first contact "
            "(Art. 14(3)). Saving a profile for a future role must also be limited to a set period "
            "(Art. 5(1)(e))."
        ),
    },
    {
        "kind": "single",
        "scenario": (
            "Northwind’s retention schedule keeps unsuccessful applicants’ data for six months after the "
            "decision. A warehouse manager wants to keep all 140 CVs from last spring’s hiring drive “in case "
            "we grow again”."
        ),
        "prompt": "What is the right approach?",
        "choices": [
            {
                "text": "Delete them at six months, apart from anyone who agreed to join the talent pool for a set time.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Keep them all, since the applicants chose Northwind and would surely welcome future job offers.",
                "correct": False,
                "feedback": "A guess about what people would welcome is not agreement, and the schedule says six months.",
            },
            {
                "text": "Keep them, but strip the names first, so the CVs stop being personal data and can stay for good.",
                "correct": False,
                "feedback": "A CV with a work history still identifies the person without a name on it.",
            },
            {
                "text": "Move them to the manager’s own drive, where they fall outside the HR retention schedule altogether.",
                "correct": False,
                "feedback": "The schedule covers every copy, wherever it is kept. A private copy adds risk.",
            },
        ],
        "explanation": (
            "Storage limitation (GDPR Art. 5(1)(e)) means applicants’ data goes when its purpose ends, at the "
            "period the notice gave them (Art. 13(2)(a)). A talent pool needs the candidate’s agreement, which "
            "works here because saying no costs them nothing (Art. 6(1)(a), Art. 7)."
        ),
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": (
            "A former sales coordinator, who left eight months ago after a grievance, emails Chloe asking for "
            "copies of emails and notes about her. Her old manager says: “She doesn’t work here any more and "
            "she’s probably building a case. We don’t have to answer.”"
        ),
        "prompt": "What should Chloe do?",
        "choices": [
            {
                "text": "Log the request, pass it to Grace the same day, and plan to answer it within one month.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Reply that access requests are for current staff only, and close the email with no further action.",
                "correct": False,
                "feedback": "The right of access does not end when someone leaves.",
            },
            {
                "text": "Wait to see whether she brings a claim, and answer then, through Northwind’s lawyers.",
                "correct": False,
                "feedback": "The one-month clock runs from the request, whatever may happen later.",
            },
            {
                "text": "Ask why she wants the data, and answer only if the reason has nothing to do with the grievance.",
                "correct": False,
                "feedback": "People need not give a reason, and a dispute is not a ground to refuse.",
            },
        ],
        "explanation": (
            "GDPR Art. 15 gives anyone, including a former employee, the right to a copy of their data, and "
            "Art. 12(3) sets one month to answer. A dispute or a likely claim does not make a request “manifestly "
            "unfounded” (Art. 12(5)), a high bar. Other people’s data in the emails can be protected (Art. 15(4))."
        ),
    },
    {
        "kind": "single",
        "judgment": "over_caution",
        "scenario": (
            "A warehouse operative left in March and asks Northwind to erase everything it holds about him. A keen "
            "HR assistant proposes deleting his whole file that afternoon, payslips and tax records included. The "
            "schedule keeps payroll records for six years because Irish tax law requires it."
        ),
        "prompt": "What is the right call?",
        "choices": [
            {
                "text": "Erase what is no longer needed, keep the payroll and tax records for their six years, and tell him what was kept.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Delete the entire file today, because a leaver’s erasure request overrides every other retention rule.",
                "correct": False,
                "feedback": "A legal duty to keep records is an exception to erasure. Deleting them breaks tax law.",
            },
            {
                "text": "Refuse the whole request, since once one record must be kept, the rest of the file can stay as well.",
                "correct": False,
                "feedback": "Only the records the law requires may stay. The rest should go.",
            },
            {
                "text": "Keep everything but mark the file “erased”, so it stops showing up in normal HR searches.",
                "correct": False,
                "feedback": "Hiding data is not erasing it, and he would be told something untrue.",
            },
        ],
        "explanation": (
            "The right to erasure (GDPR Art. 17(1)) does not apply to data we must keep to meet a legal "
            "obligation (Art. 17(3)(b)). Storage limitation (Art. 5(1)(e)) means the rest goes, and he is told "
            "what was kept and why (Art. 12(4))."
        ),
    },
    {
        "kind": "true_false",
        "scenario": (
            "A candidate turned down for a role in the Leeds support centre asks for her data. A panel member "
            "asks whether the notes the panel typed about her into the applicant tracking system are included. "
            "Chloe says they are."
        ),
        "prompt": "True or false: Chloe is right.",
        "choices": [
            {"text": "True", "correct": True, "feedback": ""},
            {
                "text": "False",
                "correct": False,
                "feedback": "Notes about her are her personal data, wherever they are stored and whoever wrote them.",
            },
        ],
        "explanation": (
            "GDPR Art. 15 covers all personal data about the person, including opinions such as interview notes. "
            "Candidates have the same right as staff, and the answer is due within one month (Art. 12(3)). Notes "
            "should therefore be written to be fair and accurate (Art. 5(1)(d))."
        ),
    },
]
