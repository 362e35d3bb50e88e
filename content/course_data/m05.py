"""Module 5 of Data Ethics Essentials: Ask for real consent."""

MODULE = {
    "number": 5,
    "slug": "ask-for-real-consent",
    "title": "Ask for real consent",
    "summary": (
        "Tell valid consent apart from a pre-ticked box or a forced “yes”, make withdrawing as easy "
        "as agreeing, know when consent is not the right lawful basis, and follow the rules for "
        "cookies, marketing emails and texts."
    ),
    "lessons": [
        {
            "slug": "what-valid-consent-looks-like",
            "title": "What valid consent looks like",
            "summary": "The four tests every consent must pass, the shortcuts that fail them, and when consent must be explicit.",
            "minutes": 4,
            "body": [
                (
                    "text",
                    "<p>When people hear “data protection”, consent is often the first thing they think of. "
                    "In fact it is one of six lawful bases in the EU GDPR, Art. 6(1), and the one with the "
                    "strictest rules. (UK law now adds a seventh: see lesson 3.) When Northwind relies on "
                    "consent, it has to be real: a choice the customer made, not something we assumed or "
                    "slipped past them.</p>"
                    "<h3>The four tests</h3>"
                    "<p>GDPR Art. 4(11) defines consent. Put simply, it must be all of these:</p>"
                    "<ul>"
                    "<li><b>Freely given</b>: the person has a real choice and can say no without losing "
                    "out.</li>"
                    "<li><b>Specific</b>: it covers a clear, named purpose. “To improve your experience” is not "
                    "specific; “to send you our monthly gear newsletter” is.</li>"
                    "<li><b>Informed</b>: the person knows who we are, what we will do with their data and "
                    "that they can change their mind.</li>"
                    "<li><b>Unambiguous</b>: they did something clear to say yes, such as ticking an empty box "
                    "or pressing a button labelled “Yes, email me offers”.</li>"
                    "</ul>"
                    "<p>If any one of the four is missing, there is no valid consent, however many people "
                    "seem to have “agreed”.</p>",
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
                    "consent (Recital 32). Nor is a line in the terms and conditions saying “by using this "
                    "site you agree to…”. A request for consent inside a longer document must stand out "
                    "from the rest and use plain words (GDPR Art. 7(2)).</p>"
                    "<p>We must also be able to <b>prove</b> consent later (GDPR Art. 7(1)): who agreed, when, "
                    "to which wording, and how. If that record is missing, treat the consent as missing "
                    "too.</p>"
                    "<h3>When consent must be explicit</h3>"
                    "<p>Three rules ask for more than ordinary consent. When consent is the basis, it must be "
                    "<b>explicit</b> for:</p>"
                    "<ul>"
                    "<li>using special category data, such as health details (GDPR Art. 9(2)(a));</li>"
                    "<li>sending data to a country without adequate protection when no other safeguard "
                    "applies, after telling the person the risks (Art. 49(1)(a));</li>"
                    "<li>a decision made by computer alone that has a legal or similarly serious effect on "
                    "someone (in the EU GDPR, Art. 22(2)(c); UK rules now differ).</li>"
                    "</ul>"
                    "<p>Explicit means the person confirms it in an express statement that names the data "
                    "and the purpose. For example, they type or sign “I agree that Northwind may use my "
                    "heart-rate data to suggest hiking routes”. A clear action on its own, such as pressing "
                    "“Continue”, is not enough.</p>",
                ),
                (
                    "scenario",
                    {
                        "title": "The pre-ticked partner box",
                        "situation": (
                            "<p>Ravi, the product manager for Northwind’s app, is reviewing a new sign-up "
                            "screen. Under the password field there is a box, already ticked, that reads "
                            "“Keep me posted about partner offers”. The designer says hardly anyone unticks "
                            "it, so the list will grow fast.</p>"
                        ),
                        "question": "What would you do?",
                        "reveal": (
                            "<p>Ask for the box to start empty and to say plainly what people will get, for "
                            "example “Email me offers from Northwind’s travel insurance partner”. A box we "
                            "ticked in advance is not a clear positive action, so the people on that list "
                            "have not consented at all (Recital 32). A smaller list of people who really said "
                            "yes is worth more, and we can defend it.</p>"
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
                            "you say in one sentence what you are agreeing to? Would you feel tricked if you "
                            "later found out what happened to your data? If so, rewrite it.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "easy-to-withdraw-never-forced",
            "title": "Consent that is easy to withdraw and never forced",
            "summary": "Why taking consent back must be as easy as giving it, and why a “yes” cannot be the price of a service.",
            "minutes": 4,
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
                    "the CRM, advertising audience lists and any partner who received the data. It does not "
                    "mean deleting the customer’s orders or account, which rest on other bases.</p>",
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
                    "<p>GDPR Art. 7(4) asks us to look hard at whether a service depends on agreeing to a use "
                    "of data that the service does not need. Recital 43 says what follows: such consent is "
                    "<b>presumed</b> not to be freely given. That is a strong starting point rather than an "
                    "automatic ban, but it is very hard to overcome. If Northwind’s app only let people track "
                    "an order after agreeing to share their location with advertisers, it would not be "
                    "asking; it would be demanding.</p>"
                    "<p>Bundling is a quieter form of the same problem: one box that covers the newsletter, "
                    "partner offers and profiling at once. Recital 43 presumes that this is not free either. "
                    "Give each purpose its own choice, so people can say yes to one and no to the others.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 7(4) and Recital 43",
                        "summary": (
                            "When judging whether consent was free, look closely at whether a service was made "
                            "to depend on it when the service does not need the data. Such consent, or one "
                            "“yes” for purposes that should be separate, is presumed not to be freely given."
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
                            "your product may attract children, talk to Grace, our DPO, before relying on "
                            "consent.</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The unsubscribe that doesn’t work",
                        "situation": (
                            "<p>Marco, a support agent in Leeds, receives an angry email: “I’ve tried three "
                            "times to stop your texts. The link makes me log in and my password reset never "
                            "arrives!” The customer signed up for SMS offers with a single tick at "
                            "checkout.</p>"
                        ),
                        "question": "What would you do?",
                        "reveal": (
                            "<p>Record the opt-out yourself straight away in the support tool and confirm to the "
                            "customer that the texts will stop. Their email is a clear withdrawal, whatever "
                            "channel it came through. Then tell Hannah, the team lead, so the broken journey "
                            "goes to the marketing team. Signing up took one tick, so stopping must be just "
                            "as easy (Art. 7(3)). Every text sent after a clear “stop” is sent without "
                            "consent.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "when-consent-is-the-wrong-basis",
            "title": "When consent is the wrong basis",
            "summary": "Choosing consent only where people have a real choice, and getting cookie consent right.",
            "minutes": 4,
            "body": [
                (
                    "text",
                    "<p>People can withdraw consent at any moment. So it only fits when the customer has a "
                    "real choice and we are ready to accept a “no”. For much of our daily work, another "
                    "lawful basis in GDPR Art. 6(1) fits better:</p>"
                    "<ul>"
                    "<li>Delivering an order or running a Northwind Rewards account: <b>contract</b>.</li>"
                    "<li>Keeping invoices because tax law requires it: <b>legal obligation</b>.</li>"
                    "<li>Basic fraud checks and network security: often <b>legitimate interests</b>, once "
                    "we have weighed the customer’s interests against ours.</li>"
                    "</ul>"
                    "<p>Asking for consent to something we would do anyway is misleading. If a customer says "
                    "no and we carry on anyway, we have broken their trust and probably the law. Pick the "
                    "right basis before we collect, write it down, and ask Grace when in doubt.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Watch for an imbalance of power",
                        "text": (
                            "<p>Consent is rarely free when one side holds most of the power. Employment is the "
                            "clearest case: staff may feel they cannot refuse their employer. Chloe and the HR "
                            "team normally rely on another basis, such as the employment contract or a legal "
                            "obligation, rather than asking staff to “consent”.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h3>Cookies and similar trackers</h3>"
                    "<p>Websites and apps have an extra layer of rules. ePrivacy Directive Art. 5(3) (in the "
                    "UK, PECR reg. 6) covers storing or reading information on a person’s device, for example "
                    "with cookies or local storage. This needs consent unless it is strictly necessary for "
                    "the service the person asked for, such as a shopping basket or a login session. "
                    "Analytics and advertising cookies are not strictly necessary, so in the EU they need "
                    "consent before they run. That consent must meet the GDPR standard: no pre-ticked boxes, "
                    "a real choice, and easy to change later.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "ePrivacy Directive",
                        "article": "Art. 5(3)",
                        "summary": (
                            "Storing or reading data on a user’s device needs their consent, with clear "
                            "information first. The exceptions: what is strictly needed to send a message, or "
                            "to give a service they asked for."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "UK differences",
                        "text": (
                            "<p>The Data (Use and Access) Act 2025 changed two things for UK customers:</p>"
                            "<ul>"
                            "<li><b>Some cookies no longer need consent.</b> PECR reg. 6, as amended, exempts "
                            "cookies used only to count visits and improve our own site or app, and cookies "
                            "that remember a visitor’s choices, such as language. Visitors must be told clearly "
                            "and given a simple way to object. Ad cookies still need consent.</li>"
                            "<li><b>A seventh lawful basis.</b> UK GDPR Art. 6(1)(ea) adds “recognised "
                            "legitimate interests”: a short, fixed list of purposes, such as crime prevention, "
                            "safeguarding or emergencies. For these, no balancing test is needed. Marketing is "
                            "not on the list.</li>"
                            "</ul>"
                            "<p>EU visitors still need consent for analytics, so check with Grace before using "
                            "a UK-only rule.</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The new heatmap script",
                        "situation": (
                            "<p>Aisha, a backend engineer, is asked to add a heatmap tool that records how "
                            "visitors scroll and click on Northwind’s website. The vendor’s snippet sets its "
                            "cookies as soon as the page loads, before the cookie banner has even "
                            "appeared.</p>"
                        ),
                        "question": "What would you do?",
                        "reveal": (
                            "<p>Load the script only after the visitor has accepted that category of cookies, "
                            "and make refusing as easy as accepting. A heatmap is not strictly necessary to "
                            "show the page, so EU visitors must consent first (ePrivacy Directive Art. 5(3)). "
                            "Don’t assume the UK exemption covers it: session recordings can capture far more "
                            "than visit counts. Also check that the vendor is approved and has a "
                            "contract.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "marketing-emails-and-texts",
            "title": "Marketing emails and texts",
            "summary": "When Northwind may send marketing emails and texts: consent, the soft opt-in for customers, and an opt-out in every message.",
            "minutes": 4,
            "body": [
                (
                    "text",
                    "<p>Emails and texts that promote Northwind’s products have extra rules: ePrivacy "
                    "Directive Art. 13 in the EU and PECR reg. 22 in the UK. They cover every marketing "
                    "message to a private person.</p>"
                    "<h3>The starting point: consent</h3>"
                    "<p>We may send marketing emails or texts to a person only if they agreed to get them. "
                    "That consent must meet the standard from lesson 1: an empty box they tick themselves, "
                    "for a named kind of message, easy to take back.</p>"
                    "<h3>The soft opt-in for our own customers</h3>"
                    "<p>There is one exception, often called the soft opt-in. We may email or text an "
                    "existing customer without their consent when all of these are true:</p>"
                    "<ul>"
                    "<li>we got their details when they bought something from us (in the UK, also while "
                    "they were talking to us about buying);</li>"
                    "<li>the message is about our own products, similar to what they bought;</li>"
                    "<li>we gave them a simple, free way to say no when we collected their details, and they "
                    "did not say no;</li>"
                    "<li>every message gives them an easy way to stop.</li>"
                    "</ul>"
                    "<p>A customer who bought a tent can get our emails about sleeping bags. The soft opt-in "
                    "does not cover partners’ offers, or people who never bought from us.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "ePrivacy Directive",
                        "article": "Art. 13(1) and 13(2)",
                        "summary": (
                            "Marketing by email or text needs the person’s prior consent. A business may "
                            "market its own similar products to customers whose details it got in a sale, if "
                            "it gave them a clear, free chance to refuse then and in every message."
                        ),
                    },
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "PECR",
                        "article": "reg. 22",
                        "summary": (
                            "The UK rule for marketing emails and texts to individuals: consent, or the soft "
                            "opt-in for existing customers."
                        ),
                    },
                ),
                (
                    "text",
                    "<h3>An opt-out in every message</h3>"
                    "<p>Every marketing message, whatever its basis, must say who it is from and give a "
                    "working way to stop, such as an unsubscribe link or “reply STOP” (ePrivacy Directive "
                    "Art. 13(4); PECR reg. 23). A customer may also object to direct marketing at any time, "
                    "and then we must stop (GDPR Art. 21(3)). Update every tool at once, and keep the "
                    "address on a suppression list so it is not added back by mistake.</p>"
                    "<p>Messages that are not marketing, such as an order confirmation, a delivery update or "
                    "a product safety recall, need no marketing consent. Keep sales offers out of them, or "
                    "they become marketing too. Emails to staff at other companies, such as Leon’s business "
                    "buyers, follow other rules: ask Grace first.</p>",
                ),
                (
                    "scenario",
                    {
                        "title": "The spring campaign lists",
                        "situation": (
                            "<p>Sofia, the marketing manager, is planning the spring email campaign. She has "
                            "three lists: newsletter subscribers who ticked a box; customers from the last two "
                            "years who were offered a “no thanks” choice at checkout; and 4,000 addresses that "
                            "a travel insurer has offered to share. She also wants to add the insurer’s offer "
                            "to every email.</p>"
                        ),
                        "question": "What would you do?",
                        "reveal": (
                            "<p>Subscribers who ticked the box can get the campaign. So can past customers, "
                            "under the soft opt-in, if it is about Northwind’s own gear and each email has an "
                            "unsubscribe link (ePrivacy Directive Art. 13(2); PECR reg. 22(3)). Leave out the "
                            "insurer’s 4,000 addresses: those people never bought from us or agreed to hear "
                            "from us. The insurer’s offer is not our product, so it goes only to people who "
                            "agreed to partner offers.</p>"
                        ),
                    },
                ),
                (
                    "takeaways",
                    {
                        "title": "Key takeaways",
                        "items": [
                            "Valid consent is freely given, specific, informed and unambiguous (GDPR Art. 4(11)); silence and pre-ticked boxes never count.",
                            "Explicit consent (Art. 9(2)(a), 49(1)(a), 22(2)(c)) needs an express statement naming the data and purpose.",
                            "Keep proof of consent, and make withdrawing as easy as agreeing (Art. 7(1), 7(3)).",
                            "Consent that a service demands without needing the data is presumed not free (Art. 7(4), Recital 43).",
                            "Consent is one lawful basis among several: contract, legal obligation or legitimate interests often fit better.",
                            "EU: non-essential cookies need consent first. UK: some analytics and preference cookies are exempt if people are told and can object.",
                            "Marketing emails and texts need consent or the soft opt-in, and a way to stop in every message (ePrivacy Directive Art. 13; PECR reg. 22).",
                        ],
                    },
                ),
            ],
        },
    ],
}
