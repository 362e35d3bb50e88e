"""Module 5 of Data Ethics Essentials: Ask for real consent."""

MODULE = {
    "number": 5,
    "slug": "ask-for-real-consent",
    "title": "Ask for real consent",
    "summary": (
        "Tell valid consent apart from a pre-ticked box or a forced “yes”, make withdrawing as easy "
        "as agreeing, and recognise when consent is not the right lawful basis at all."
    ),
    "lessons": [
        {
            "slug": "what-valid-consent-looks-like",
            "title": "What valid consent looks like",
            "summary": "The four tests every consent must pass, and the common shortcuts that fail them.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<p>When people hear “data protection”, consent is often the first thing they think of. "
                    "In fact it is only one of the six lawful bases in GDPR Art. 6(1), and it is the one with "
                    "the strictest rules. When we do rely on it, it has to be real: a genuine choice the "
                    "customer made, not something we assumed or slipped past them.</p>"
                    "<h3>The four tests</h3>"
                    "<p>GDPR Art. 4(11) defines consent. Put simply, it must be all of these:</p>"
                    "<ul>"
                    "<li><b>Freely given</b>: the person has a real choice and can say no without losing "
                    "out.</li>"
                    "<li><b>Specific</b>: it covers a clear, named purpose. “To improve your experience” is not "
                    "specific; “to send you our monthly product newsletter” is.</li>"
                    "<li><b>Informed</b>: the person knows who we are, what we will do with their data and "
                    "that they can change their mind.</li>"
                    "<li><b>Unambiguous</b>: they did something clear to say yes, such as ticking an empty box "
                    "or pressing a button labelled “Yes, email me offers”.</li>"
                    "</ul>"
                    "<p>If any one of the four is missing, there is no valid consent, however many people "
                    "appear to have “agreed”.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 4(11)",
                        "summary": (
                            "Consent is a person’s free, specific, informed and unambiguous indication of what "
                            "they want, shown by a statement or by a clear positive action."
                        ),
                    },
                ),
                (
                    "text",
                    "<h3>What does not count</h3>"
                    "<p>Silence, doing nothing, or leaving alone a box that we ticked in advance are not "
                    "consent. Nor is a line hidden in the terms and conditions saying “by using this site you "
                    "agree to…”. Under GDPR Art. 7(2), a request for consent that sits inside a longer "
                    "document must stand out clearly from the rest and use plain language.</p>"
                    "<p>We must also be able to <b>prove</b> consent later (GDPR Art. 7(1)): who agreed, when, "
                    "to which wording, and how. If that record is missing, treat the consent as missing "
                    "too.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Recital 32",
                        "summary": (
                            "Silence, inactivity and pre-ticked boxes are not consent. Where data is used for "
                            "several purposes, consent should be given for each of them."
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The pre-ticked partner box",
                        "situation": (
                            "<p>Priya, a marketer, is reviewing a new account sign-up page. Under the password "
                            "field there is a box, already ticked, that reads “Keep me posted about partner "
                            "offers”. The web team says hardly anyone unticks it, so the mailing list will "
                            "grow fast.</p>"
                        ),
                        "question": "What would you do?",
                        "reveal": (
                            "<p>Ask for the box to start empty and to say plainly what people will receive, "
                            "for example “Email me offers from Northwind’s travel partners”. A box we ticked "
                            "in advance is not a clear positive action, so the people on that list have not "
                            "consented at all (Recital 32). A smaller list of people who really said yes is "
                            "worth more, and it is one we can defend.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Read it as the customer",
                        "text": (
                            "<p>Before a consent request goes live, read it as if you were the customer. Could "
                            "you explain in one sentence what you are agreeing to? Would you feel tricked if "
                            "you later found out what happened to your data? If so, rewrite it.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "easy-to-withdraw-never-forced",
            "title": "Consent that is easy to withdraw and never forced",
            "summary": "Why taking consent back must be as easy as giving it, and why a “yes” cannot be the price of a service.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<p>Getting a clear “yes” is only the start. Consent has to stay real for as long as we "
                    "rely on it. That means two things: people can take it back easily, and nobody is pushed "
                    "into giving it in the first place.</p>"
                    "<h3>As easy to withdraw as to give</h3>"
                    "<p>GDPR Art. 7(3) gives everyone the right to withdraw consent at any time, and says "
                    "withdrawing must be as easy as giving. If someone opted in with one tick, one click or a "
                    "simple reply should opt them out. Making them log in, phone a hotline or explain "
                    "themselves is not good enough. We must also tell people, before they agree, that they "
                    "can withdraw.</p>"
                    "<p>Withdrawal does not make what we did earlier unlawful, but from that moment we stop. "
                    "In practice that means updating every system that relies on the consent: the email tool, "
                    "the CRM, advertising audience lists and any partner who received the data.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 7(3)",
                        "summary": (
                            "People may withdraw consent at any time, it must be as easy to withdraw as to give, "
                            "and they must be told this beforehand. Withdrawal does not undo the lawfulness of "
                            "what happened before it."
                        ),
                    },
                ),
                (
                    "text",
                    "<h3>No “yes” as the price of the service</h3>"
                    "<p>Consent is not freely given if a customer has to agree to a use of their data that the "
                    "service does not need in order to get the service. A to-do list app that only works if "
                    "you let it pass your location to advertisers is not asking; it is demanding.</p>"
                    "<p>Bundling is a quieter version of the same problem: one box that covers the newsletter, "
                    "partner offers and profiling all at once. Give each purpose its own choice, so people can "
                    "say yes to one and no to the others.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 7(4)",
                        "summary": (
                            "When judging whether consent was freely given, look closely at whether a service "
                            "was made conditional on agreeing to a use of data the service does not need."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "Children need extra care",
                        "text": (
                            "<p>For online services offered directly to children, GDPR Art. 8 sets 16 as the "
                            "age at which a child can consent alone, and EU countries may lower it to as young "
                            "as 13. Below that age a parent or guardian must give or authorise consent. If "
                            "your product may attract children, talk to the privacy team before relying on "
                            "consent.</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The unsubscribe that doesn’t work",
                        "situation": (
                            "<p>Tomasz in customer support receives an angry email: “I’ve tried three times to "
                            "stop your texts. The link makes me log in and my password reset never "
                            "arrives!” The customer signed up for SMS offers with a single tick at "
                            "checkout.</p>"
                        ),
                        "question": "What would you do?",
                        "reveal": (
                            "<p>Record the opt-out yourself straight away in the support tool and confirm to the "
                            "customer that the texts will stop. Their email is a clear withdrawal, whatever "
                            "channel it came through. Then raise the broken journey with the marketing team. "
                            "Signing up took one tick, so stopping must be just as easy (Art. 7(3)). Every "
                            "text sent after a clear “stop” is sent without consent.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "when-consent-is-the-wrong-basis",
            "title": "When consent is the wrong basis",
            "summary": "Choosing consent only where people have a real choice, and getting cookie consent right.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<p>Because consent can be withdrawn at any moment, it only fits when the customer has a "
                    "genuine choice and we are ready to accept a “no”. For much of our everyday work, another "
                    "of the six lawful bases in GDPR Art. 6(1) fits better:</p>"
                    "<ul>"
                    "<li>Delivering an order or running an account the customer signed up for: "
                    "<b>contract</b>.</li>"
                    "<li>Keeping invoices because tax law requires it: <b>legal obligation</b>.</li>"
                    "<li>Basic fraud checks and network security: often <b>legitimate interests</b>, once "
                    "we have weighed the customer’s interests against ours.</li>"
                    "</ul>"
                    "<p>Asking for consent to something we would do anyway is misleading. If a customer says "
                    "no and we carry on under a different basis, we have broken their trust and probably the "
                    "law. Choose the right basis before collecting, write it down, and ask the privacy team "
                    "when in doubt.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Watch for an imbalance of power",
                        "text": (
                            "<p>Consent is rarely free when one side holds most of the power. Employment is the "
                            "clearest case: staff may feel they cannot refuse their employer. HR teams should "
                            "normally rely on another basis, such as the employment contract or a legal "
                            "obligation, rather than asking employees to “consent”.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h3>Cookies and similar trackers</h3>"
                    "<p>Websites and apps have an extra layer of rules. ePrivacy Directive Art. 5(3) (in the "
                    "UK, PECR Reg. 6) covers storing or reading information on a person’s device, for example "
                    "with cookies or local storage. This needs consent unless it is strictly necessary to "
                    "provide the service the person asked for, such as a shopping basket or a login session. "
                    "Analytics and advertising cookies are not strictly necessary, so in the EU they need "
                    "consent before they run, and that consent must meet the GDPR standard: no pre-ticked "
                    "boxes, a real choice, and easy to change later.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "ePrivacy Directive",
                        "article": "Art. 5(3)",
                        "summary": (
                            "Storing or reading information on a user’s device needs their consent, given with "
                            "clear information, unless it is strictly necessary for a service they asked for "
                            "or only serves to carry a communication."
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The new heatmap script",
                        "situation": (
                            "<p>Kwame, a front-end engineer, is asked to add a heatmap tool that records how "
                            "visitors scroll and click on Northwind’s EU website. The vendor’s snippet sets its "
                            "cookies as soon as the page loads, before the cookie banner has even "
                            "appeared.</p>"
                        ),
                        "question": "What would you do?",
                        "reveal": (
                            "<p>Load the script only after the visitor has accepted that category of cookies, "
                            "and make sure refusing is as easy as accepting. A heatmap is not strictly "
                            "necessary to show the page, so it needs consent first (ePrivacy Directive "
                            "Art. 5(3)). Also check that the vendor has been approved and has a contract, "
                            "because session recordings can capture personal data.</p>"
                        ),
                    },
                ),
                (
                    "takeaways",
                    {
                        "title": "Key takeaways",
                        "items": [
                            "Valid consent is freely given, specific, informed and unambiguous (GDPR Art. 4(11)); silence and pre-ticked boxes never count.",
                            "Keep proof of every consent, and make withdrawing as easy as agreeing (GDPR Art. 7(1) and 7(3)).",
                            "Never make a service depend on consent to a data use it does not need, and give each purpose its own choice.",
                            "Consent is one of six lawful bases, not the default: contract, legal obligation or legitimate interests often fit better.",
                            "Non-essential cookies and trackers need consent before they run.",
                        ],
                    },
                ),
            ],
        },
    ],
}
