"""Module 2 of Data Ethics Essentials: Be transparent."""

MODULE = {
    "number": 2,
    "slug": "be-transparent",
    "title": "Be transparent",
    "summary": (
        "Explain what a privacy notice must tell a customer, spot a use of data that the notice does not "
        "cover, and describe any data use in one plain sentence."
    ),
    "lessons": [
        {
            "slug": "what-a-privacy-notice-says",
            "title": "What a privacy notice must tell people",
            "summary": "The information people are owed about their data, and when they are owed it.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    (
                        "<p>People can only trust you, and use their rights, if they know what you do with "
                        "their data. That is why the GDPR requires a privacy notice, and why it cares about how "
                        "the notice reads as much as what it says. Under Art. 12(1) the information must be "
                        "concise, easy to find, and written in clear, plain language, especially when it is "
                        "aimed at children.</p>"
                        "<h3>What the notice must cover</h3>"
                        "<p>When you collect data from the person themselves, GDPR Art. 13 says they must be "
                        "told:</p>"
                        "<ul>"
                        "<li>who you are and how to contact you, and your data protection officer if you have "
                        "one;</li>"
                        "<li>what you will use the data for, and the lawful basis for each use (naming the "
                        "interest, if the basis is legitimate interests);</li>"
                        "<li>who you share it with, and whether it goes outside the UK or EEA and how it is "
                        "protected there;</li>"
                        "<li>how long you keep it, or how you decide;</li>"
                        "<li>their rights: to access, correct and erase their data, to restrict or object to "
                        "its use, to take it elsewhere, to withdraw consent at any time where consent is the "
                        "basis, and to complain to a supervisory authority;</li>"
                        "<li>whether they have to give the data and what happens if they don’t;</li>"
                        "<li>whether a decision about them is made by a machine alone with a legal or similarly "
                        "big effect, such as an instant refusal of credit (the decisions covered by Art. 22). If "
                        "so, explain in plain words how it works and what it means for them (Art. 13(2)(f)).</li>"
                        "</ul>"
                        "<h3>When they must be told</h3>"
                        "<p>If the data comes straight from the person, tell them at the moment you collect it. "
                        "If it comes from somewhere else, such as a partner or a public source, Art. 14 applies: "
                        "tell them within a reasonable time and within one month at the latest. In that case "
                        "you must also say what kinds of data you hold and where they came from.</p>"
                    ),
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 12(1)",
                        "summary": (
                            "Information about how data is used must be concise, transparent, easy to understand "
                            "and easy to reach, in clear and plain language."
                        ),
                    },
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 13",
                        "summary": (
                            "When data is collected from the person, they must be told at that moment who is "
                            "collecting it, why, on what basis, who receives it, how long it is kept and what "
                            "their rights are."
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "A clipboard at the trade fair",
                        "situation": (
                            "<p>Sofia, the marketing manager, is running Northwind’s stand at an outdoor show. "
                            "Visitors write their name and email on a clipboard to enter a prize draw for a tent, "
                            "and Sofia plans to add them all to the monthly newsletter afterwards. There is nothing "
                            "on the sheet except the column headings.</p>"
                        ),
                        "question": "What would you do?",
                        "reveal": (
                            "<p>Add a short notice to the sheet before anyone signs: who is collecting the details, "
                            "that they are for the prize draw, how long they will be kept, and where to read the "
                            "full privacy notice. Because the data comes straight from the visitors, they must be "
                            "told now, not in a follow-up email.</p>"
                            "<p>The newsletter is a separate use. Visitors should be told about it and given their "
                            "own empty box to tick, rather than being added by default.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "spot-an-uncovered-use",
            "title": "Spotting a use the notice does not cover",
            "summary": "How to tell when a new idea goes beyond what customers were told, and what to do next.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    (
                        "<p>A privacy notice is a promise. Customers gave their data on the understanding that "
                        "it would be used in the ways described. Most transparency failures don’t start with a "
                        "bad notice; they start when a team finds a new use for data it already holds and nobody "
                        "checks the promise.</p>"
                        "<h3>Signs that a use may not be covered</h3>"
                        "<ul>"
                        "<li><b>A new purpose</b>: support chats reused for sales, or HR records reused for "
                        "analytics.</li>"
                        "<li><b>A new recipient</b>: a vendor, a partner or an AI tool that would see the data "
                        "for the first time.</li>"
                        "<li><b>A new combination</b>: joining two data sets to learn something neither shows "
                        "alone.</li>"
                        "<li><b>A new kind of decision</b>: profiling, scoring or automated decisions about "
                        "people.</li>"
                        "<li><b>Longer keeping</b>: holding data past the period the notice states.</li>"
                        "</ul>"
                        "<p>Don’t rely on vague wording. A line such as “to improve our services” does not "
                        "stretch to cover anything you might want to do.</p>"
                        "<p>If you find a gap, stop and raise it with your privacy contact before the new use "
                        "starts. They will check whether it is compatible with the original purpose (GDPR "
                        "Art. 6(4)) or needs a lawful basis of its own. If it goes ahead, people must be told "
                        "about the new purpose before it begins, not afterwards.</p>"
                    ),
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 13(3)",
                        "summary": (
                            "Before using data for a purpose other than the one it was collected for, the "
                            "organisation must tell the person about that new purpose."
                        ),
                    },
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 14(3)",
                        "summary": (
                            "When data is obtained from someone other than the person, they must be told within "
                            "a reasonable period and within one month at the latest, or sooner if the data is "
                            "used to contact them or passed to another recipient."
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Chat transcripts for an AI sales tool",
                        "situation": (
                            "<p>Tomasz, a data analyst, is asked to send a year of customer chat transcripts to an "
                            "external AI service. The plan is to build a tool that suggests extra products to offer "
                            "customers while they chat. Northwind’s privacy notice says chats are used “to answer "
                            "your questions and to train our support staff”.</p>"
                        ),
                        "question": "What would you do?",
                        "reveal": (
                            "<p>Hold off and raise it with the privacy contact. Two things are new here: the "
                            "purpose (sales rather than support) and the recipient (an outside AI service). "
                            "Neither is in the notice.</p>"
                            "<p>The privacy team will need to confirm a lawful basis, check the contract with the "
                            "AI vendor, and update the notice and tell customers before any transcript is used "
                            "this way. They may also find a version of the idea that needs much less data.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "one-plain-line",
            "title": "Explaining a data use in one plain line",
            "summary": "A simple recipe for telling people, in one sentence, what you do with their data and why.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    (
                        "<p>Long notices have their place, but most people decide in a moment: at a form field, "
                        "a checkbox or a pop-up. The most useful transparency skill is writing one plain line "
                        "that tells them what is happening, right where they are.</p>"
                        "<h3>A simple recipe</h3>"
                        "<p><b>We use your [data] to [purpose]. [Who else sees it, how long we keep it, or what "
                        "choice you have.]</b></p>"
                        "<p>Some before-and-after examples:</p>"
                        "<ul>"
                        "<li>Before: “Information may be processed for service enhancement purposes.” After: "
                        "“We note which help articles you open so we can fix the ones that don’t answer your "
                        "question.”</li>"
                        "<li>Before: “Your data may be shared with selected partners.” After: “We give your name "
                        "and address to the courier who delivers your parcel, and to no one else.”</li>"
                        "<li>Before: “Data is retained as long as necessary.” After: “We delete your CV six "
                        "months after the job is filled.”</li>"
                        "</ul>"
                        "<h3>Habits that help</h3>"
                        "<ul>"
                        "<li>Say “we” and “you”, and use short sentences.</li>"
                        "<li>Drop hedge words such as “may”, “certain” and “including but not limited to”.</li>"
                        "<li>Put the line next to the field it explains, and link it to the full notice.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "The read-aloud test",
                        "text": (
                            "<p>Read your line to a friend who doesn’t work with you. If they can explain back "
                            "what happens to their data, it works. If you would feel awkward reading it to the "
                            "customer, the problem may be the data use, not the wording.</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The phone number at checkout",
                        "situation": (
                            "<p>Ravi, a product manager, is adding a phone number field to the checkout page so "
                            "the courier can text delivery updates. He asks you for the line under the field, and "
                            "mentions that sales would like to use the numbers for promotional calls later.</p>"
                        ),
                        "question": "What would you do?",
                        "reveal": (
                            "<p>Write the honest line for the purpose you actually have, for example: “We share "
                            "your number with our courier only to text you about this delivery, and delete it 30 "
                            "days after it arrives.”</p>"
                            "<p>The sales idea is a different purpose, so it cannot hide behind that line. Tell "
                            "Ravi to raise it with the privacy team first: marketing calls and texts have their "
                            "own rules (PECR in the UK, ePrivacy rules in the EU).</p>"
                        ),
                    },
                ),
                (
                    "takeaways",
                    {
                        "title": "Key takeaways",
                        "items": [
                            "A privacy notice must say who you are, why you use data and on what basis, who gets it, how long you keep it, and what rights people have (GDPR Art. 13).",
                            "Tell people when you collect data from them; if it comes from elsewhere, within one month at the latest (Art. 14).",
                            "A new purpose, recipient or kind of decision may not be covered: check the notice and ask before you start.",
                            "Write one plain line: we use your [data] to [purpose], plus who sees it, how long, or what choice people have.",
                        ],
                    },
                ),
            ],
        },
    ],
}
