"""Module 7 of Data Ethics Essentials: Anonymise and pseudonymise."""

MODULE = {
    "number": 7,
    "slug": "anonymise-and-pseudonymise",
    "title": "Anonymise and pseudonymise",
    "summary": (
        "Tell anonymised data from pseudonymised data, know that pseudonymised data is still personal "
        "data, and choose the right approach for analytics, testing and sharing."
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
                        "<p>Someone asks for “the customer data, but anonymised”. It sounds simple, yet two quite "
                        "different things hide behind that word, and the law treats them differently. Mixing them "
                        "up is a common privacy mistake in analytics, engineering and marketing teams.</p>"
                        "<h3>Pseudonymised data</h3>"
                        "<p>Pseudonymisation replaces the details that point straight at a person (name, email, "
                        "customer number) with a code, and keeps the key that links each code back to a person "
                        "somewhere else, under lock. A spreadsheet where “Priya Shah” has become “C-40213” is "
                        "pseudonymised if someone, somewhere, can still look up who C-40213 is.</p>"
                        "<p>The point to remember: <b>pseudonymised data is still personal data</b>. It is safer "
                        "to work with, and the GDPR encourages it, but every rule still applies: a lawful basis, "
                        "security, retention limits and people’s rights.</p>"
                        "<h3>Anonymised data</h3>"
                        "<p>Data is anonymous only when nobody can identify the people in it by any means "
                        "reasonably likely to be used: not your company, not the person you send it to, not a "
                        "curious outsider who combines it with other sources. Think “1,240 customers in Leeds "
                        "renewed in March”, not a row-by-row file with the names taken out. Truly anonymous data "
                        "is no longer personal data, so it falls outside the GDPR altogether.</p>"
                    ),
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 4(5)",
                        "summary": (
                            "Defines pseudonymisation: processing personal data so that it can no longer be linked "
                            "to a particular person without extra information, which is kept separately and "
                            "protected by technical and organisational measures."
                        ),
                    },
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Recital 26",
                        "summary": (
                            "Pseudonymised data that could be linked back to someone using extra information is "
                            "still personal data. Anonymous data, where no one can be identified by any means "
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
                            "<p>Tomasz in marketing wants to send a list of customer email addresses to an "
                            "advertising partner. To be safe, he runs each address through a hashing function "
                            "first, so the file shows long strings of letters and numbers instead of emails. He "
                            "names the file “anonymised customer list”.</p>"
                        ),
                        "question": "Is Tomasz right to call the file anonymised?",
                        "reveal": (
                            "<p>No. A hashed email address is a pseudonym, not anonymous data. Anyone who already "
                            "holds the same address can hash it and find the match, which is exactly how "
                            "advertising platforms use such lists. The file is still personal data, so Tomasz "
                            "needs a lawful basis, a contract with the partner and a privacy notice that covers "
                            "this use. He should rename the file and talk to the privacy team before anything "
                            "leaves the company.</p>"
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
                        "location trails all point back to individuals.</li>"
                        "<li><b>Linking.</b> Someone matches your file against public profiles, a leaked "
                        "database or their own records.</li>"
                        "</ul>"
                        "<p>Recital 26 asks you to consider every means reasonably likely to be used, including "
                        "singling a person out, and to weigh the cost, time and technology involved. Technology "
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
                            "<p>Aisha in HR is sharing staff survey results with managers. She removes names and "
                            "shows scores by team, age band and length of service. One team has three members, "
                            "and only one of them is over 50. That person gave the lowest score on “trust in my "
                            "manager”.</p>"
                        ),
                        "question": "What should Aisha change before sharing the results?",
                        "reveal": (
                            "<p>The report is not anonymous: the manager can tell exactly who gave that score. "
                            "Aisha should merge small teams into larger groups, drop the age and service breakdown "
                            "where groups are small, and hide any result based on fewer people than an agreed "
                            "minimum. Results that single someone out could harm them and would breach the "
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
                        "detail about individuals than the raw data holds. GDPR Art. 25 asks us to build that "
                        "thinking into systems from the start and names pseudonymisation as one example of a "
                        "good measure.</p>"
                        "<ul>"
                        "<li><b>Reports and dashboards:</b> use aggregates. If every group is large enough, "
                        "the figures can be anonymous.</li>"
                        "<li><b>Analysis that follows customers over time:</b> use pseudonymised IDs so you can "
                        "join tables without names. The data is still personal data, so it stays protected.</li>"
                        "<li><b>Software testing:</b> use synthetic (made-up) data or properly masked data. Test "
                        "systems and laptops are rarely as well protected as live ones.</li>"
                        "<li><b>Sharing with partners:</b> share aggregates where you can. Row-level data, even "
                        "pseudonymised, needs a contract and a purpose before it leaves.</li>"
                        "<li><b>AI tools:</b> pasting pseudonymised records into an external tool is still "
                        "sharing personal data.</li>"
                        "</ul>"
                        "<p>Whatever you choose, write it down: the technique, who holds the key and when the "
                        "data will be deleted. GDPR Art. 32 also names pseudonymisation as a security measure, "
                        "so it lowers the harm if something goes wrong, but it never replaces the other "
                        "safeguards.</p>"
                    ),
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 25",
                        "summary": (
                            "Build data protection into systems and processes from the design stage, for example "
                            "through pseudonymisation, and by default process only the personal data needed for "
                            "each purpose."
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
                            "<p>Mateo, a developer, is chasing a bug that only appears for some customers. He "
                            "asks for a full copy of the production customer database on the staging server "
                            "“for a couple of weeks”.</p>"
                        ),
                        "question": "What would you suggest to Mateo?",
                        "reveal": (
                            "<p>First try to reproduce the bug with synthetic data shaped like the problem "
                            "records. If real data is truly needed, take only the rows and columns involved, mask "
                            "names and contact details, get approval, keep it in a protected environment and "
                            "delete it when the bug is fixed. A full copy on staging multiplies the risk for no "
                            "gain.</p>"
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
                        ],
                    },
                ),
            ],
        },
    ],
}
