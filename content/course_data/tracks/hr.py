"""Track of Data ethics in your role: People and HR."""

from datetime import date

COURSE = {
    "build_key": "role-hr",
    "slug": "data-ethics-for-people-and-hr",
    "title": "Data ethics in your role: People and HR",
    "summary": (
        "Handle colleagues’ and candidates’ data fairly: the right basis at work, open and "
        "proportionate monitoring, health and criminal records, references, recruitment and "
        "retention."
    ),
    "intro": (
        "<p>This track is for HR business partners, recruiters and everyone who supports people "
        "managers at Northwind. You hold some of the most personal data in the company: pay, "
        "health, reviews, complaints and job applications. In about 15 minutes, three short "
        "lessons show you how to use it fairly, and a quiz checks that you can apply them to "
        "situations you will meet. It builds on the core course, Data Ethics Essentials.</p>"
    ),
    "legal_position_as_of": date(2026, 12, 1),
    "legal_review_months": 6,
    "attestation_text": (
        "I have completed this track and will apply it in my role: I will use colleagues’ and "
        "candidates’ data only on the right basis, share it on a need-to-know basis, keep it "
        "only as long as the retention schedule allows, and ask Grace, the Data Protection "
        "Officer, when I am unsure."
    ),
}

MODULE = {
    "number": 1,
    "slug": "people-and-hr",
    "title": "People and HR",
    "summary": (
        "Use staff and candidate data on the right basis, monitor only what is necessary and "
        "explained, protect health and criminal records, and give references, run recruitment "
        "and keep personnel files the fair way."
    ),
    "lessons": [
        {
            "slug": "employee-data-and-monitoring",
            "title": "Employee data and monitoring",
            "summary": (
                "Which lawful basis fits staff data, why consent rarely works at work, and when "
                "monitoring email, devices or location is fair."
            ),
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<p>In HR you see more about colleagues than almost anyone else: pay, "
                    "absences, reviews and complaints. Staff data follows the same rules as "
                    "customer data. But the job changes how those rules work, because an employer has "
                    "power over the people whose data it holds. This lesson asks two questions. On "
                    "what basis do we use staff data? And when may we watch how people work?</p>"
                    "<h3>Why consent rarely works at work</h3>"
                    "<p>Consent only counts if it is freely given. A colleague asked by their "
                    "employer to “agree” may fear what happens if they say no. So do not ask staff "
                    "to consent to the normal running of their job. Pick the basis that fits:</p>"
                    "<ul><li><b>Contract</b>: paying salary and running the employment contract.</li>"
                    "<li><b>Legal obligation</b>: tax, sick pay, right-to-work checks, health and "
                    "safety records.</li>"
                    "<li><b>Legitimate interests</b>: IT security, a staff directory, fair checks "
                    "on work systems. We must first weigh our aims against the effect on staff.</li></ul>"
                    "<p>Consent still has a place where saying no truly costs nothing, such as a "
                    "photo in the staff newsletter.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 6(1)(b), (c), (f) and Recital 43",
                        "summary": "Staff data usually rests on contract, legal obligation or "
                        "legitimate interests. Consent is unlikely to be free where there is a clear "
                        "imbalance of power, and regulators say that is normal between employer and "
                        "employee.",
                    },
                ),
                (
                    "text",
                    "<h3>Monitoring: needed, in proportion, and explained</h3>"
                    "<p>We may check work systems, for example to keep customer data safe. But "
                    "monitoring needs a clear purpose. It must go no further than that purpose needs, "
                    "and staff must be told before it starts. Ask three questions:</p>"
                    "<ol><li>What problem are we solving?</li>"
                    "<li>Is there a less intrusive way to solve it?</li>"
                    "<li>Have we told people what we check, when, and who sees the results?</li></ol>"
                    "<p>Tools that record screens, keystrokes or location all day rarely pass. Secret "
                    "monitoring is only for rare, specific cases, such as a suspected crime, and "
                    "only with Grace, our Data Protection Officer, involved.</p>"
                    "<p>Systematic monitoring of staff usually needs a data protection impact "
                    "assessment (DPIA) first, so talk to Grace before any new tool is switched on. "
                    "Local law can add rules too.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 5(1)(a), Art. 13 and Art. 35(1)",
                        "summary": "Data must be used fairly and openly, and staff must be told what "
                        "is collected and why. A DPIA comes before processing likely to be high "
                        "risk, and regulators name systematic monitoring of employees as an example.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 88",
                        "summary": "Each country may set more specific rules for staff data, "
                        "including monitoring at work.",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The screenshot tool",
                        "situation": "<p>Hannah, the support team lead in Leeds, thinks some "
                        "home-working agents are idle. A vendor offers a tool that takes a screenshot "
                        "of each agent’s screen every five minutes and logs every keystroke. She asks "
                        "Chloe, the HR business partner, to switch it on for the whole team next week, "
                        "without an announcement, “so nobody changes their behaviour”.</p>",
                        "question": "What should Chloe do?",
                        "reveal": "<p>Pause the roll-out. First ask what the problem is. If it is "
                        "output, the ticket system already shows how many tickets each agent handles "
                        "and how fast. That is far less intrusive. Screenshots all day would "
                        "also capture customer data and private messages, which goes well beyond the "
                        "purpose. Doing it in secret would fail the duty to tell staff.</p>"
                        "<p>If a real need remains, Grace leads a DPIA, Jonas in IT security checks "
                        "the vendor, and staff are told before anything starts. A worry about one "
                        "agent goes through the normal performance process.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "UK differences",
                        "text": "<p>Since the Data (Use and Access) Act 2025, UK GDPR Art. 6(1)(ea) "
                        "adds “recognised legitimate interests”, such as preventing crime or keeping "
                        "people safe, with no balancing test. Routine checks on how staff work are not "
                        "on that list. They still need the usual legitimate interests test, and the "
                        "same openness.</p>",
                    },
                ),
            ],
        },
        {
            "slug": "health-diversity-and-criminal-records",
            "title": "Health, diversity and criminal records",
            "summary": (
                "How to handle sickness and health data, diversity monitoring, union membership "
                "and criminal records checks, and who may see them."
            ),
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<p>Some staff data does more harm if it is misused or leaks. Health, ethnic "
                    "origin, religion, sexual orientation and trade union membership are special "
                    "categories. Using them is forbidden unless a condition in Art. 9(2) applies, on "
                    "top of a lawful basis. Criminal records have a rule of their own.</p>"
                    "<h3>Health and sickness</h3>"
                    "<p>HR needs some health data to do its job. We record sickness absence to pay "
                    "sick pay. We record changes made for a disabled colleague because employment law "
                    "requires them. Advice from occupational health comes from professionals bound by "
                    "confidentiality.</p>"
                    "<p>The habit that matters most is need-to-know. A line manager needs to know "
                    "that someone is off, for how long, and what changes help them work. They rarely "
                    "need the diagnosis. Fit notes and medical reports stay in the HR system, not in "
                    "email threads or team spreadsheets.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 9(2)(b) and (h)",
                        "summary": "Health and other special category data may be used where needed "
                        "for rights and duties under employment law, or to assess whether someone is "
                        "fit to work, with advice from a health professional bound by secrecy.",
                    },
                ),
                (
                    "text",
                    "<h3>Diversity monitoring and union membership</h3>"
                    "<p>Diversity monitoring helps us find unfair gaps in hiring and pay. Keep it "
                    "optional, with a “prefer not to say” answer. Store the answers apart from "
                    "personnel files, report only totals, and limit who can see the raw data.</p>"
                    "<p>Union membership is a special category too. If payroll deducts union fees, "
                    "that record is for the deduction and nothing else.</p>"
                    "<h3>Criminal records</h3>"
                    "<p>Data about convictions and offences may only be used where the law allows "
                    "it. Check a record only when the role truly needs it, and only through the "
                    "official route for that country. Record that the check was done and its "
                    "outcome. Do not keep copies of certificates, and delete the result when it is no "
                    "longer needed. Only the people running the check should see it.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 10",
                        "summary": "Data about criminal convictions and offences may only be used "
                        "under official authority or where a law allows it with safeguards for "
                        "people’s rights.",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The team leave planner",
                        "situation": "<p>Ravi, a product manager, keeps a spreadsheet to plan his "
                        "team’s holidays. He has added a column called “reason” for days off sick. It "
                        "now says things like “migraine”, “back surgery” and “IVF appointment”. The "
                        "whole team can open the file. Ravi asks Chloe to help him make it "
                        "“GDPR-proof”.</p>",
                        "question": "What would you advise?",
                        "reveal": "<p>Delete the reason column and stop adding reasons. These are "
                        "health details, and the team does not need them to plan work. Ravi needs "
                        "dates, not diagnoses. Sickness absence belongs in the HR system, where access "
                        "is limited and the right basis is in place.</p>"
                        "<p>Because colleagues could see health details they had no need to see, "
                        "Chloe should also tell Grace, who decides whether it counts as a breach. If "
                        "someone on the team needs changes to their work, Chloe can arrange advice "
                        "from occupational health.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "UK differences",
                        "text": "<p>In the UK, the Data Protection Act 2018 (Schedule 1) sets the "
                        "conditions, for example for employment law and for equality monitoring, and "
                        "asks for a written policy document. Criminal record checks go through the "
                        "Disclosure and Barring Service: a basic check only where the role justifies "
                        "it, and standard or enhanced checks only for roles the law makes eligible. "
                        "Never make a candidate get their own police or health records through an "
                        "access request for us: section 184 of the Act makes that an offence.</p>",
                    },
                ),
            ],
        },
        {
            "slug": "references-recruitment-and-retention",
            "title": "References, recruitment and retention",
            "summary": (
                "How to give a fair reference, handle candidates’ data, keep personnel files for "
                "the right time, and answer access requests from staff and former staff."
            ),
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<h3>Giving a reference</h3>"
                    "<p>What we write about a former colleague can shape their next job, so it must "
                    "be accurate and fair. Use facts we can back up from records and honest, "
                    "evidence-based opinions, and do not mislead by leaving things out. "
                    "Share what the new employer needs: dates, job title, duties and, where our "
                    "policy allows, a fair view of performance. Leave out health details, rumours "
                    "and complaints that were never looked into.</p>"
                    "<p>Consent is not our basis. The person asked for the reference, and an "
                    "accurate one serves them and the new employer, so legitimate interests fits. "
                    "Write it as if they will read it, because they often can.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 5(1)(d)",
                        "summary": "Personal data must be accurate and, where needed, kept up to "
                        "date. A reference built on gossip breaks this rule.",
                    },
                ),
                (
                    "text",
                    "<h3>Candidates</h3>"
                    "<p>Tell candidates what we do with their data when they apply. When a CV comes "
                    "from a recruitment agency such as TalentBridge, or from a jobs site, the "
                    "candidate must get the same facts from us within a month, and at the latest "
                    "when we first contact them. Keep the data of people we did not hire only for "
                    "the period in our retention schedule. Keep someone in a talent pool for future "
                    "roles only if they agree, and for a stated time.</p>"
                    "<h3>Personnel files and leavers</h3>"
                    "<p>Personnel files follow the retention schedule. Some records, such as payroll "
                    "and tax records, must stay for years because the law says so. Others go sooner. When someone leaves, keep what the schedule says "
                    "and delete the rest on time, but not before.</p>"
                    "<h3>Access requests</h3>"
                    "<p>Staff and former staff may ask for a copy of their data. Leaving does not end "
                    "that right, and nor does a dispute. Pass the request to Grace the same day: we "
                    "have one month to reply.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 13, Art. 14(3) and Art. 5(1)(e)",
                        "summary": "Candidates are told how their data is used when it is collected, "
                        "or within a month when it comes from someone else. Data is kept no longer "
                        "than its purpose needs.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 15 and Art. 12(3)",
                        "summary": "Anyone, including a former employee, may get a copy of their "
                        "personal data, free as a rule, within one month (extendable by two months for "
                        "complex or numerous requests).",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The off-the-record call",
                        "situation": "<p>A recruiter from another company phones Chloe about a "
                        "support agent who left Northwind in the spring. “Just between us,” he asks, "
                        "“was she off sick a lot? Any trouble I should know about?”</p>",
                        "question": "What should Chloe say?",
                        "reveal": "<p>Nothing off the record. Chloe explains that we give references in "
                        "writing, once the former agent has named Northwind as a referee. The written reference sticks to facts from "
                        "our records and leaves out her health. A chat “between us” has no check on "
                        "who is calling and no record of what was said.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "UK differences",
                        "text": "<p>For UK staff, the one-month clock pauses while we wait for proof "
                        "of identity or for the person to say what their request covers (UK GDPR "
                        "Art. 12A), and searches must be reasonable and proportionate (Art. 15(1A)). "
                        "A reference given in confidence is exempt from the right of access (Data "
                        "Protection Act 2018, Schedule 2), but it must still be accurate.</p>",
                    },
                ),
                (
                    "takeaways",
                    {
                        "title": "Key takeaways",
                        "items": [
                            "Base staff data on contract, legal obligation or legitimate interests; consent rarely works at work (Art. 6(1)).",
                            "Monitor only for a clear purpose, in the least intrusive way, after telling staff (Art. 5(1)(a), Art. 35).",
                            "Health, diversity and union data need an Art. 9(2) condition; criminal records need a law behind them (Art. 10). Share on a need-to-know basis.",
                            "References must be accurate and fair (Art. 5(1)(d)); candidates are told what we do with their data (Art. 13, Art. 14).",
                            "Keep files for the scheduled time, no less and no more, and answer access requests from staff and former staff within one month (Art. 15).",
                        ],
                    },
                ),
            ],
        },
    ],
}
