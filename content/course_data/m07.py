"""Module 7 of Data Ethics Essentials: Anonymise and pseudonymise."""

MODULE = {
    "number": 7,
    "slug": "anonymise-and-pseudonymise",
    "title": "Anonymise and pseudonymise",
    "summary": (
        "Tell anonymised data from pseudonymised data, know that pseudonymised data is still personal "
        "data, choose the right approach for analytics, testing and sharing, and know when to ask for a "
        "DPIA before you build."
    ),
    "lessons": [
        {
            "slug": "anonymous-or-pseudonymous",
            "title": "Anonymous or pseudonymous: telling them apart",
            "summary": "Two techniques that sound alike but are treated very differently by the law.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    (
                        "<p>Someone asks for “the customer data, but anonymised”. It sounds simple. Yet two quite "
                        "different things hide behind that word, and the law treats them differently. Mixing them "
                        "up is a common mistake in analytics, engineering and marketing teams.</p>"
                        "<h3>Pseudonymised data</h3>"
                        "<p>Pseudonymisation swaps the details that point straight at a person (name, email, "
                        "Rewards number) for a code. The key that links each code back to a person is kept "
                        "somewhere else, under lock. A file where “Priya Shah” has become “C-40213” is "
                        "pseudonymised if someone, somewhere, can still look up who C-40213 is.</p>"
                        "<p>The point to remember: <b>pseudonymised data is still personal data</b>. It is safer "
                        "to work with, and the GDPR encourages it. But every rule still applies: a lawful basis, "
                        "security, retention limits and people’s rights.</p>"
                        "<h3>Anonymised data</h3>"
                        "<p>Data is anonymous only when nobody can identify the people in it by any means "
                        "reasonably likely to be used. That means not Northwind, not the person you send it to, "
                        "and not a curious outsider who combines it with other sources. Think “1,240 customers in "
                        "Leeds joined Northwind Rewards in March”, not a row-by-row file with the names taken "
                        "out. Truly anonymous data is no longer personal data, so the GDPR does not apply to "
                        "it.</p>"
                    ),
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 4(5)",
                        "summary": (
                            "Pseudonymisation means data can no longer be linked to a person without extra "
                            "information. That extra information must be kept apart and well protected."
                        ),
                    },
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Recital 26",
                        "summary": (
                            "Pseudonymised data that extra information could link back to someone is still "
                            "personal data. Anonymous data, where no one can be identified by any means "
                            "reasonably likely to be used, is outside the GDPR."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "The one question to ask",
                        "text": (
                            "<p>Could anyone, with reasonable effort, work out who a row is about? If the answer is "
                            "yes, even “yes, if they had our lookup table”, treat the data as personal data.</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The hashed email list",
                        "situation": (
                            "<p>Sofia in marketing wants to send a list of customer email addresses to an "
                            "advertising partner. To be safe, she runs each address through a hashing function "
                            "first, so the file shows long strings of letters and numbers instead of emails. She "
                            "names the file “anonymised customer list”.</p>"
                        ),
                        "question": "Is Sofia right to call the file anonymised?",
                        "reveal": (
                            "<p>No. A hashed email address is a pseudonym, not anonymous data. Anyone who already "
                            "holds the same address can hash it and find the match. That is exactly how "
                            "advertising platforms use such lists. The file is still personal data, so Sofia "
                            "needs a lawful basis, a contract with the partner and a privacy notice that covers "
                            "this use. She should rename the file and talk to Grace, our Data Protection Officer, "
                            "before anything leaves Northwind.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "harder-than-it-looks",
            "title": "Why true anonymisation is harder than it looks",
            "summary": "Removing names is rarely enough: learn how people are re-identified and how to prevent it.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    (
                        "<p>Deleting the name and email columns feels like anonymising. Usually it is not. People "
                        "can be picked out of a dataset by details that look harmless on their own. A file can look "
                        "anonymous to you and still be easy to decode for someone who knows the people in it: a "
                        "manager, a neighbour or a journalist.</p>"
                        "<h3>How people are re-identified</h3>"
                        "<ul>"
                        "<li><b>Combinations.</b> A full postcode, a date of birth and a job title together "
                        "often match just one person.</li>"
                        "<li><b>Rare values.</b> The only customer aged over 90 in a small town, or the one "
                        "account with an unusual order, stands out at once.</li>"
                        "<li><b>Hidden identifiers.</b> IP addresses, device IDs, account numbers and precise "
                        "location trails all point back to people.</li>"
                        "<li><b>Linking.</b> Someone matches your file against public profiles, a leaked "
                        "database or their own records.</li>"
                        "</ul>"
                        "<p>Recital 26 asks you to consider every means reasonably likely to be used, including "
                        "singling a person out. Weigh the cost, time and technology involved. Technology "
                        "keeps improving, so data that is anonymous today may not stay that way. Review it "
                        "rather than assume.</p>"
                        "<h3>Techniques that help</h3>"
                        "<ul>"
                        "<li><b>Aggregate:</b> share counts, totals and averages rather than rows.</li>"
                        "<li><b>Generalise:</b> age bands instead of birth dates, the first half of a postcode, "
                        "the month rather than the exact time.</li>"
                        "<li><b>Suppress small groups:</b> hide any figure based on only a handful of people.</li>"
                        "<li><b>Strip free text</b> and any column you do not need.</li>"
                        "<li><b>Use synthetic data:</b> made-up records that keep the patterns but belong to "
                        "no real person.</li>"
                        "</ul>"
                        "<p>No single technique works every time. If you are not sure a dataset is anonymous, "
                        "treat it as personal data and ask the privacy team.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Free text leaks",
                        "text": (
                            "<p>Notes fields, chat transcripts and ticket descriptions are full of names, phone "
                            "numbers and sometimes health details. A dataset with a free-text column is almost "
                            "never anonymous.</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The small-team survey",
                        "situation": (
                            "<p>Chloe in HR is sharing staff survey results with managers. She removes names and "
                            "shows scores by team, age band and length of service. One team has three members, "
                            "and only one of them is over 50. That person gave the lowest score on “trust in my "
                            "manager”.</p>"
                        ),
                        "question": "What should Chloe change before sharing the results?",
                        "reveal": (
                            "<p>The report is not anonymous: the manager can tell exactly who gave that score. "
                            "Chloe should merge small teams into larger groups, drop the age and service breakdown "
                            "where groups are small, and hide any result based on fewer people than an agreed "
                            "minimum. Results that single someone out could harm them. They would also break the "
                            "promise of anonymity the survey made.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "choosing-the-right-approach",
            "title": "Choosing the right approach for analytics, testing and sharing",
            "summary": "Match the technique to the job, and build it in from the start.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    (
                        "<p>Start with one question: what do you actually need to know? Most jobs need far less "
                        "detail about people than the raw data holds. GDPR Art. 25 asks us to build that "
                        "thinking into systems from the start (by design). It also asks that, by default, a "
                        "system uses only the data each purpose needs and does not open it to more people than "
                        "need it.</p>"
                        "<ul>"
                        "<li><b>Reports and dashboards:</b> use aggregates. If every group is large enough, "
                        "the figures can be anonymous.</li>"
                        "<li><b>Analysis that follows customers over time:</b> use pseudonymised IDs so you can "
                        "join tables without names. The data is still personal data, so it stays protected. "
                        "This is a good, normal use of it.</li>"
                        "<li><b>Software testing:</b> use synthetic (made-up) data or properly masked data. Test "
                        "systems and laptops are rarely as well protected as live ones.</li>"
                        "<li><b>Sharing with partners:</b> share aggregates where you can. Row-level data, even "
                        "pseudonymised, needs a lawful basis, a contract and a purpose before it leaves.</li>"
                        "<li><b>AI tools:</b> pseudonymised records are still personal data. Use only an AI "
                        "tool Northwind has approved under a processor contract (Art. 28), and paste in no more "
                        "than the task needs.</li>"
                        "</ul>"
                        "<p>Truly anonymous figures can be kept after the raw data’s retention period ends. "
                        "Art. 5(1)(e) limits how long data is kept in a form that identifies people, so "
                        "anonymising is one way to meet it. There is no need to delete anonymous totals.</p>"
                        "<p>Whatever you choose, write it down: the technique, who holds the key and when the "
                        "data will be deleted. GDPR Art. 32 also names pseudonymisation as a security measure. "
                        "It lowers the harm if something goes wrong, but it never replaces the other "
                        "safeguards.</p>"
                    ),
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 25",
                        "summary": (
                            "Build data protection into systems from the design stage, for example through "
                            "pseudonymisation. By default, use only the personal data each purpose needs."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Guard the key",
                        "text": (
                            "<p>Pseudonymisation only protects people if the lookup table is kept apart from the "
                            "data, with access limited to the few who need it. If the key travels with the file, "
                            "you have simply renamed a column.</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "A bug that only shows up in live data",
                        "situation": (
                            "<p>Aisha, a backend engineer, is chasing a bug that only appears for some "
                            "customers. She asks for a full copy of the production customer database on the "
                            "staging server “for a couple of weeks”.</p>"
                        ),
                        "question": "What would you suggest to Aisha?",
                        "reveal": (
                            "<p>First try to reproduce the bug with synthetic data shaped like the problem "
                            "records. If real data is truly needed, take only the rows and columns involved, mask "
                            "names and contact details, get approval, keep it in a protected environment and "
                            "delete it when the bug is fixed. A full copy on staging multiplies the risk for no "
                            "gain.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "before-you-build",
            "title": "Before you build: records and impact assessments",
            "summary": "Keep the record of processing true, and know when a new idea needs a DPIA first.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    (
                        "<p>Privacy by design works best before the first line of code. Two duties help: the "
                        "record of processing and the data protection impact assessment (DPIA).</p>"
                        "<h3>The record of processing (Art. 30)</h3>"
                        "<p>Northwind keeps a written record of each way it uses personal data: the purpose, "
                        "what data and whose, who receives it, any transfer outside the EEA, how long it is "
                        "kept and how it is protected. The supervisory authority can ask to see it.</p>"
                        "<p>Grace’s privacy team keeps the record, but it is only as true as what teams tell "
                        "them. Tell them when you collect a new kind of data, use data for a new purpose, add "
                        "a vendor or send data to a new country.</p>"
                        "<h3>When to ask for a DPIA (Art. 35)</h3>"
                        "<p>A DPIA is a short, structured look at a plan before it starts: what will we do, is "
                        "it needed, what could go wrong for people, and how do we stop it? It is needed when a "
                        "plan is likely to be high risk for people. The GDPR names three cases:</p>"
                        "<ul>"
                        "<li><b>Profiling with real effects:</b> scoring people by automated means in a "
                        "systematic and extensive way, where the result decides something that matters to "
                        "them, such as a fraud score that cancels orders.</li>"
                        "<li><b>Sensitive data at scale:</b> special-category data, such as health or "
                        "biometric data, or criminal-offence data, about many people.</li>"
                        "<li><b>Watching public places:</b> systematic monitoring of a publicly accessible "
                        "area on a large scale, such as cameras covering a street.</li>"
                        "</ul>"
                        "<p>Each supervisory authority also publishes a list of plans that need a DPIA "
                        "(Art. 35(4)). Ours are the Irish Data Protection Commission, our lead authority, and "
                        "the UK’s ICO. Their lists name things like tracking location, combining datasets, new "
                        "technology such as AI, and profiling children. As a rule of thumb, a plan with two or "
                        "more such warning signs usually needs a DPIA.</p>"
                        "<p>If your idea fits, ask Grace for a DPIA while the design can still change. If a "
                        "high risk remains, Northwind must consult the authority before starting (Art. 36). "
                        "A small change that adds no new data, purpose or risk needs no DPIA: note it in the "
                        "design ticket and build.</p>"
                    ),
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 35(1)–(3)",
                        "summary": (
                            "Before processing that is likely to be high risk for people, assess its impact, "
                            "with the DPO’s advice. The three listed cases always need one."
                        ),
                    },
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 30",
                        "summary": (
                            "Each controller keeps a written record of its processing: purposes, kinds of data "
                            "and people, recipients, transfers, time limits and security measures."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Skipping it is costly",
                        "text": (
                            "<p>Missing records or a skipped DPIA can each bring a fine of up to EUR 10 million "
                            "or 2 % of worldwide annual turnover, whichever is higher (Art. 83(4)).</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The trail-safety feature",
                        "situation": (
                            "<p>Ravi, a product manager, plans a “trail safety” feature for the Northwind app. "
                            "Hikers share their live location while on a trail. If they stop moving for too "
                            "long, the app alerts a friend. Ravi would also like to use the trails to suggest "
                            "gear. Design starts next week.</p>"
                        ),
                        "question": "What should Ravi do before design starts?",
                        "reveal": (
                            "<p>Ask Grace for a DPIA now. The feature tracks many people’s location, uses new "
                            "technology and could affect their safety: more than one warning sign. The DPIA will "
                            "shape the design: location shared only during a trip, off by default, kept for days "
                            "not years, and gear tips as a separate choice. The record of processing also gains "
                            "the new use.</p>"
                        ),
                    },
                ),
                (
                    "takeaways",
                    {
                        "title": "Key takeaways",
                        "items": [
                            "Pseudonymised data is still personal data; the whole GDPR still applies (Recital 26).",
                            "Data is anonymous only if no one can identify people by means reasonably likely to be used.",
                            "Removing names is rarely enough: combinations, rare values and free text give people away.",
                            "Use aggregates for reports, pseudonyms for analysis and synthetic data for testing.",
                            "Keep the pseudonymisation key separate, and check with the privacy team before sharing.",
                            "Before you build, tell the privacy team about new data uses (Art. 30) and ask for a DPIA "
                            "if the plan is high risk (Art. 35).",
                        ],
                    },
                ),
            ],
        },
    ],
}
