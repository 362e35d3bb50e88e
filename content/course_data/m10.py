"""Module 10 of Data Ethics Essentials: Build an ethical culture."""

MODULE = {
    "number": 10,
    "slug": "build-an-ethical-culture",
    "title": "Build an ethical culture",
    "summary": (
        "Ask “should we?” as well as “may we?” about any use of customer data, speak up when something looks "
        "wrong, and know who your privacy contact is and when to go to them."
    ),
    "lessons": [
        {
            "slug": "should-we-not-only-may-we",
            "title": "Ask “should we?”, not only “may we?”",
            "summary": "Why the law is the floor, not the ceiling, and four questions to test any new use of data.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<p>Data protection law sets the minimum. It tells us what we <i>may</i> do: there must be a lawful "
                    "basis, a clear purpose, good security and so on. But something can be lawful and still feel wrong "
                    "to the people whose data it is. Customers who feel watched or tricked leave, complain and tell "
                    "others. Trust takes years to build and one headline to lose.</p>"
                    "<p>So alongside “may we?”, get into the habit of asking “should we?”.</p>"
                    "<h3>Four questions to ask</h3>"
                    "<ol>"
                    "<li><b>Would the person expect it?</b> If a customer would be surprised to learn we do this, that "
                    "is a warning sign.</li>"
                    "<li><b>Could we explain it to their face?</b> Imagine describing the use to the customer, or reading "
                    "about it in the news. Would you be comfortable?</li>"
                    "<li><b>Who could be harmed, and how badly?</b> Think about people in vulnerable situations, about "
                    "what could go wrong, and about decisions that affect people’s money, jobs or health.</li>"
                    "<li><b>Is there a less intrusive way?</b> Could we reach the same goal with less data, aggregated "
                    "data, or by simply asking people?</li>"
                    "</ol>"
                    "<p>These questions are not about blocking good ideas. Often the honest answer is “yes, go "
                    "ahead”. Totalling sales by region to plan stock, or showing a signed-in customer the boot size "
                    "they bought last time, is what people expect. The questions also lead to better products that "
                    "customers are happy to use.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 5(2)",
                        "summary": "The organisation is responsible for following the data protection principles and must "
                        "be able to show that it does, with evidence rather than good intentions alone.",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "A clever prediction",
                        "situation": "<p>Tomasz, a data analyst at Northwind, builds a model that uses shopping baskets "
                        "to predict which customers are probably pregnant, so marketing can send offers for baby "
                        "carriers and family travel gear early. A colleague says: “It’s only purchase data we "
                        "already hold, so it’s fine.”</p>",
                        "question": "What would you do?",
                        "reveal": "<p>Pause and ask “should we?”. Customers would not expect their shopping to be used "
                        "this way, and a letter full of baby offers could reveal a pregnancy to others in the "
                        "household. A prediction like this may also count as health data, which the GDPR treats "
                        "as a special category (Art. 9).</p><p>Tomasz should raise it with his manager and Grace, "
                        "our DPO, before anything goes live. A less intrusive option is to let customers "
                        "tell us their interests in a preference centre. If the idea goes ahead in any form, a "
                        "data protection impact assessment (Art. 35) is likely to be needed.</p>",
                    },
                ),
                (
                    "takeaways",
                    {
                        "title": "Key takeaways",
                        "items": [
                            "Lawful is the minimum, not the goal.",
                            "Ask: would they expect it, could we explain it, who could be harmed, is there a gentler way?",
                            "Raise doubts early, before anything goes live.",
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "speak-up",
            "title": "Speak up about a questionable use of data",
            "summary": "How to raise a concern about data clearly, early and without blame.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<p>Most problems with data are noticed by someone long before they become a complaint or a "
                    "breach: the engineer who sees passwords in a log, the marketer who wonders where a lead list came "
                    "from, the HR colleague who finds salary files in a shared folder. Whether that person speaks up "
                    "decides what happens next.</p>"
                    "<p>People stay quiet for understandable reasons: “it’s not my job”, “someone must have approved "
                    "it”, “I don’t want to look awkward”. But a concern raised in a design meeting costs minutes. The "
                    "same problem found after launch can cost customers’ trust, money and, for a breach, a report to "
                    "the regulator.</p>"
                    "<h3>How to speak up well</h3>"
                    "<ol>"
                    "<li><b>Describe what you saw</b>, as facts: what data, where, who can see it.</li>"
                    "<li><b>Ask a question</b> rather than accuse: “What is this field for?” invites an answer.</li>"
                    "<li><b>Suggest an alternative</b> if you have one, such as less data or a shorter retention period.</li>"
                    "<li><b>Take it to the right person</b>: your manager or Grace, our DPO. You do not need your "
                    "manager’s permission to ask Grace. If you suspect a breach, use the incident route at once.</li>"
                    "</ol>"
                    "<p>Do not investigate on your own, and never copy data to keep as “evidence”. That creates a new "
                    "problem.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Phrases that help",
                        "text": "<p>“Would our customers expect this?” “Do we need all of these fields?” “Has the privacy "
                        "team seen this?” Simple questions like these open a conversation without blaming anyone.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "For managers",
                        "text": "<p>Thank people who raise concerns, even when the answer turns out to be “it’s fine”. If "
                        "speaking up leads to blame, people stop doing it, and you stop hearing about problems.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The customer list leaves the building",
                        "situation": "<p>Leon is a sales account manager in Northwind’s San Diego office. Over "
                        "lunch, a teammate who leaves Northwind on Friday mentions that he has exported the full "
                        "customer contact list to his personal cloud drive “to stay in touch with my "
                        "clients”.</p>",
                        "question": "What would you do?",
                        "reveal": "<p>Leon should report it promptly to his manager or to Grace, through the "
                        "incident route. Customer data on a personal drive, outside the company’s control, may be "
                        "a personal data breach. If it is, the company generally has 72 hours from becoming aware "
                        "to notify the supervisory authority (Art. 33), so waiting makes things worse.</p><p>He "
                        "should not download the file himself as proof or call out his teammate in the team chat. "
                        "Stating the facts is enough; the right people will take it from there.</p>",
                    },
                ),
                (
                    "takeaways",
                    {
                        "title": "Key takeaways",
                        "items": [
                            "Speaking up early is cheap; staying silent can be very costly.",
                            "State facts, ask questions, suggest alternatives.",
                            "Report suspected breaches at once and never copy data as evidence.",
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "know-your-privacy-contact",
            "title": "Know your privacy contact and play your part",
            "summary": "Who the data protection officer is, what they do, and when to go to them.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<p>Every organisation that handles customer data needs someone people can turn to with "
                    "privacy questions. At Northwind that is Grace, our data protection officer (DPO). You can "
                    "reach her at privacy@northwind.example.</p>"
                    "<h3>Who must have a DPO?</h3>"
                    "<p>The GDPR requires a DPO in three cases (Art. 37(1)):</p>"
                    "<ul>"
                    "<li>public authorities and bodies;</li>"
                    "<li>organisations whose core work involves regular and systematic monitoring of people on a "
                    "large scale, such as tracking how people behave online;</li>"
                    "<li>organisations whose core work involves large-scale use of special category data "
                    "(Art. 9) or of data about criminal convictions and offences (Art. 10).</li>"
                    "</ul>"
                    "<p>National law can add more cases (Art. 37(4)). Germany, for example, requires a DPO where "
                    "20 or more people routinely handle personal data on computers. The UK GDPR has the same "
                    "three cases. A company that does not need a DPO often names a privacy lead instead. "
                    "Either way, find out who yours is.</p>"
                    "<h3>What the DPO does</h3>"
                    "<p>Under Art. 39 the DPO informs and advises the company and its staff. They check that we "
                    "follow the rules, which includes training staff, such as this course. They advise on data "
                    "protection impact assessments and work with the supervisory authority. Art. 38 says the DPO "
                    "must be involved early and reports to the highest level of management. No one may tell the "
                    "DPO how to do these tasks or punish them for doing them. Customers can contact the DPO "
                    "directly too.</p>"
                    "<h3>When to go to Grace</h3>"
                    "<ul>"
                    "<li>Before a new vendor, partner or AI tool receives customer data.</li>"
                    "<li>When you plan a new use of data people would not expect.</li>"
                    "<li>When you receive a rights request or suspect a breach.</li>"
                    "<li>Whenever you are unsure. A quick question is always welcome.</li>"
                    "</ul>"
                    "<h3>Accountability belongs to all of us</h3>"
                    "<p>The DPO does not carry the company’s duty alone. Northwind must be able to show that it "
                    "follows the rules (Art. 5(2)). Two tools help. The record of processing lists what data we "
                    "use, why, who gets it and how long we keep it (Art. 30). A data protection impact assessment "
                    "checks the risks before high-risk processing starts (Art. 35). Module 7 explains both. Your "
                    "part is to follow the processes, keep records up to date and tell Grace early when something "
                    "changes.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 37",
                        "summary": "A DPO is required for public authorities, and where core activities involve "
                        "large-scale, regular and systematic monitoring of people, or large-scale processing of "
                        "special category or criminal-offence data. National law may require one in more cases.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 39",
                        "summary": "The DPO informs and advises the organisation and its staff, monitors compliance "
                        "including staff training, advises on impact assessments and cooperates with the "
                        "supervisory authority.",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "A free AI note-taker",
                        "situation": "<p>Hannah leads the customer-support team in Leeds. She finds a free AI tool "
                        "that records support calls and writes summaries. Its terms say recordings may be used to "
                        "train the vendor’s models. She wants the team to start using it on Monday.</p>",
                        "question": "What would you do?",
                        "reveal": "<p>Hannah should check with Grace before a single customer call is recorded. "
                        "There is no processor contract, customers have not been told, the vendor would use their "
                        "voices for its own purposes, and the data may leave the UK and the EEA.</p><p>Grace may "
                        "know an approved tool already, or what it would take to approve this one. Asking first is "
                        "not red tape: it is how good culture works.</p>",
                    },
                ),
                (
                    "takeaways",
                    {
                        "title": "Key takeaways",
                        "items": [
                            "Ask “should we?” as well as “may we?”: would customers expect it, and could we explain it?",
                            "Speak up early with facts and questions; report suspected breaches at once.",
                            "Know your privacy contact by name (at Northwind, Grace: privacy@northwind.example) and "
                            "go to her before data reaches a new tool or use.",
                            "The DPO advises, trains and monitors, but accountability belongs to the whole "
                            "organisation.",
                        ],
                    },
                ),
            ],
        },
    ],
}
