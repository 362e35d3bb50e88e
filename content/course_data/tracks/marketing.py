"""Track of Data ethics in your role: Marketing and sales."""

from datetime import date

COURSE = {
    "build_key": "role-marketing",
    "slug": "data-ethics-for-marketing-and-sales",
    "title": "Data ethics in your role: Marketing and sales",
    "summary": (
        "How to email, advertise, buy data and build customer segments in ways the law allows "
        "and our customers would accept."
    ),
    "intro": (
        "<p>This track is for everyone at Northwind who plans campaigns, runs the CRM, buys ads, "
        "works on growth or sells to business clients. It takes about 15 minutes: three short "
        "lessons, each with a workplace scenario to think through, and then a quiz. It builds on "
        "Data Ethics Essentials, so it goes straight to the questions marketers and sales people "
        "meet every week.</p>"
    ),
    "legal_position_as_of": date(2026, 12, 1),
    "legal_review_months": 6,
    "attestation_text": (
        "I have completed this track and will apply it in my role: I will send marketing only "
        "with consent or a valid soft opt-in, honour every opt-out and objection, and check ad "
        "audiences, bought lists and new segments before they are used."
    ),
}

MODULE = {
    "number": 1,
    "slug": "marketing-and-sales",
    "title": "Marketing and sales",
    "summary": (
        "The rules for marketing emails and texts, ad cookies and customer audiences, bought and "
        "enriched lists, and profiling, applied to the campaigns and sales work we do at Northwind."
    ),
    "lessons": [
        {
            "slug": "emails-texts-and-business-contacts",
            "title": "Emails, texts and business contacts",
            "summary": "Who we may email or text, the soft opt-in, a way out in every message, and the rules for business buyers.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<p>Email and text are cheap and closely watched. Two sets of rules apply at once: the ePrivacy rules on the message itself "
                    "(PECR in the UK) and the GDPR on the data behind it.</p>"
                    "<h3>Private people: consent or the soft opt-in</h3>"
                    "<p>To email or text a private person about our products, we need their consent: a "
                    "box they ticked themselves, for marketing from Northwind. The one exception is the "
                    "soft opt-in for our own customers. It works only when all of this is true:</p>"
                    "<ul><li>we got the address when they bought from us (in the UK, also while they "
                    "were asking about buying);</li>"
                    "<li>we are selling our own products, similar to what they bought;</li>"
                    "<li>we gave them a free, simple way to say no when we took the address;</li>"
                    "<li>every later message gives them that chance again.</li></ul>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "ePrivacy Directive",
                        "article": "Art. 13(1), 13(2) and 13(5)",
                        "summary": "Marketing by email or text needs prior consent, except for a firm’s own similar "
                        "products sent to its customers under the soft opt-in. The rule covers private "
                        "people; each EU country decides how business addresses are protected.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "PECR",
                        "article": "reg. 22",
                        "summary": "The UK rule: marketing emails and texts to individual subscribers need consent, "
                        "or must meet the soft opt-in in reg. 22(3).",
                    },
                ),
                (
                    "text",
                    "<h3>A way out, every time</h3>"
                    "<p>Every marketing message must say it is from Northwind and carry a working way to "
                    "stop: an unsubscribe link, or “reply STOP” in a text. Anyone may object to direct "
                    "marketing at any time, free of charge. Then we stop, and that includes profiling "
                    "them for marketing. Put them on the suppression list, so a later upload does not add "
                    "them back.</p>"
                    "<p>Service messages are different. An order confirmation, a delivery update, a "
                    "safety recall or a change to the Rewards terms is not marketing, so it goes to "
                    "people who unsubscribed too. Keep offers out of it, or it turns into marketing.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 21(2) and 21(3)",
                        "summary": "A person may object at any time to the use of their data for direct marketing, "
                        "including profiling for it. Once they object, the use must stop: there is no "
                        "balancing test.",
                    },
                ),
                (
                    "text",
                    "<h3>Business contacts</h3>"
                    "<p>In the UK, reg. 22 covers individual subscribers only: consumers, sole traders "
                    "and most partnerships. Emailing staff of a limited company at their work address "
                    "needs no PECR consent. The buyer is still a person, though. We must tell them who "
                    "we are and why we have their details, name ourselves in every email and offer a way "
                    "out (PECR reg. 23), and stop if they object. In the EU, each country sets its own "
                    "rule for business addresses, and some ask for consent, so check with Grace first.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Leon’s clients in California",
                        "text": "<p>US business email follows the CAN-SPAM Act: an honest sender and subject "
                        "line, our postal address, and an opt-out honoured within 10 business days. Since "
                        "2023 the CCPA covers business contacts too: a buyer in California may ask to know, "
                        "correct or delete what our CRM holds.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Badges from the trade fair",
                        "situation": "<p>Leon, our B2B sales account manager, comes back from an outdoor "
                        "trade fair in Birmingham with 60 scanned visitor badges. Most visitors buy for "
                        "UK limited companies. Three are mountain guides who work as sole traders and gave "
                        "Gmail addresses. Twelve buy for shops in Germany and France. Leon wants to add "
                        "all 60 to the B2B newsletter next week.</p>",
                        "question": "What would you do?",
                        "reveal": "<p>The UK company buyers can get the newsletter at their work addresses. "
                        "The first email should say who we are, where we met them and how to opt out, and "
                        "every email should offer a way out. The sole traders count as individual "
                        "subscribers, so they need to have agreed first (or to have asked Leon about buying "
                        "and been offered a way to refuse). For the buyers in Germany and France, Leon asks "
                        "Grace which country rules apply before sending anything.</p>",
                    },
                ),
            ],
        },
        {
            "slug": "cookies-pixels-and-ad-audiences",
            "title": "Cookies, pixels and ad audiences",
            "summary": "Consent for ad cookies and pixels, why hashed customer lists are still personal data, who is responsible, and “sharing” in California.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<p>Much of our advertising works by recognising people: a cookie or pixel on our "
                    "site, or a customer list matched on a social network.</p>"
                    "<h3>Ad cookies and pixels need consent first</h3>"
                    "<p>Storing or reading anything on a visitor’s device needs their consent, unless it "
                    "is strictly needed for what they asked for, such as the basket. Ad cookies, pixels "
                    "and app tracking kits are never strictly needed. So they load only after the visitor "
                    "says yes, and saying no must be as easy as saying yes.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "ePrivacy Directive",
                        "article": "Art. 5(3)",
                        "summary": "Storing or reading information on a user’s device needs their consent, after "
                        "clear information, unless it is strictly necessary for a service they asked for.",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "UK differences",
                        "text": "<p>Since the Data (Use and Access) Act 2025, PECR reg. 6 lets us set cookies "
                        "without consent when they only count visits to improve our own site, or remember a "
                        "visitor’s choices, if we tell visitors clearly and give them a simple way to object. "
                        "Ad cookies and pixels still need consent in the UK, and EU visitors must still "
                        "agree to analytics.</p>",
                    },
                ),
                (
                    "text",
                    "<h3>Hashed emails are still personal data</h3>"
                    "<p>A custom audience is a customer list we upload to an ad platform, which matches "
                    "it to its own users. We hash the list first, turning each email address into a "
                    "code. That protects the file, but the platform hashes its users’ "
                    "addresses the same way to find the matches. The codes still point to people: the "
                    "data is pseudonymised, not anonymous.</p>"
                    "<p>So an upload needs a lawful basis, a privacy notice that mentions it, and the "
                    "platform’s data terms in place. Leave out anyone who objected to marketing. A "
                    "lookalike audience goes one step further: the platform studies our list to find "
                    "strangers who resemble our customers. Our customers are still the seed, so the same "
                    "checks apply.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Recital 26",
                        "summary": "Pseudonymised data that extra information can link to a person is still "
                        "personal data. Only truly anonymous data falls outside the GDPR.",
                    },
                ),
                (
                    "text",
                    "<h3>Who is responsible?</h3>"
                    "<p>When a pixel on our site sends visitor data to an ad platform, we and the platform "
                    "decide together that it is collected and passed on. The EU’s top court has held that "
                    "this can make the site and the platform joint controllers. An arrangement must then "
                    "say who tells people what, and who answers their requests. Grace checks the "
                    "terms before a new pixel goes live.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 26",
                        "summary": "Joint controllers must agree who does what and share the gist with people, "
                        "who may use their rights against either.",
                    },
                ),
                (
                    "text",
                    "<h3>California: “sharing”</h3>"
                    "<p>Under the CCPA, giving a customer’s data to an ad platform to target them across "
                    "other businesses’ sites and apps is “sharing”, paid or not. Californians can opt out "
                    "through our “Do Not Sell or Share My Personal Information” link, or by a Global "
                    "Privacy Control signal from their browser. After that, their data stays out of "
                    "pixels and audience uploads.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "CCPA/CPRA",
                        "article": "§ 1798.120 and § 1798.135",
                        "summary": "Consumers may tell a business not to sell or share their personal information; "
                        "a business that does either must offer an opt-out link.",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The winter sale audience",
                        "situation": "<p>Sofia, our marketing manager, wants to upload the email addresses of "
                        "all Northwind Rewards members, hashed, to a social network. She will show them "
                        "winter sale ads and build a lookalike audience from them. The export includes "
                        "members who objected to marketing and Californians who used the “Do Not Sell or "
                        "Share” link. Ravi, the product manager, says hashing makes the file anonymous.</p>",
                        "question": "What would you do?",
                        "reveal": "<p>Ravi is wrong: hashed addresses are still personal data. Before "
                        "anything is uploaded, Sofia asks Grace to confirm our lawful basis, that the "
                        "privacy notice mentions ad audiences, and that the platform’s terms are in place. "
                        "She removes everyone who objected to marketing and every Californian who opted out "
                        "of sharing. The lookalike uses the same cleaned list as its seed.</p>",
                    },
                ),
            ],
        },
        {
            "slug": "bought-lists-enrichment-and-profiling",
            "title": "Bought lists, enrichment and profiling",
            "summary": "Checking a list vendor, telling people within a month, the balancing test, and when segments and automated decisions go too far.",
            "minutes": 5,
            "body": [
                (
                    "text",
                    "<p>Vendors offer to sell us lists of “opted-in outdoor fans”, or to add ages, "
                    "incomes and interests to our CRM. Each can be done well, with a check first.</p>"
                    "<h3>Before you buy a list</h3>"
                    "<p>Ask the vendor in writing: where did the data come from, what were people told, "
                    "and when? Did they agree to hear from Northwind by name, or just from “selected "
                    "partners”? Can the vendor prove it, person by person? Vague answers mean no deal. A "
                    "bought list can never use the soft opt-in, because those people did not buy from "
                    "us.</p>"
                    "<p>When we get someone’s data from anyone other than them, we must tell them who we "
                    "are, what we will use it for and where it came from. That must happen within a "
                    "month, or in our first message to them if that comes sooner.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 14(3)",
                        "summary": "Data obtained from elsewhere: tell the person within a reasonable time and one "
                        "month at the latest, or at the first contact with them if that is earlier.",
                    },
                ),
                (
                    "text",
                    "<h3>Enrichment and the balancing test</h3>"
                    "<p>Adding a broker’s data to customer records usually rests on legitimate interests. "
                    "That basis has three tests: is our interest real, do we need this data for it, and "
                    "do the customer’s interests outweigh ours? Few people expect a shop to buy facts "
                    "about their income or family. Hidden uses like that often fail the test.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 6(1)(f)",
                        "summary": "Legitimate interests: the use must be needed for a real interest, and must not "
                        "be outweighed by the person’s interests, rights and freedoms.",
                    },
                ),
                (
                    "text",
                    "<h3>Profiling</h3>"
                    "<p>Sorting customers by what they bought, to send offers that fit, is profiling. It "
                    "is normal if our privacy notice says so, and anyone may object to it (Art. 21). Stricter rules "
                    "apply when a fully automated decision has a legal or similarly significant effect, "
                    "such as refusing someone credit. Watch what a segment implies. “Likely "
                    "pregnant” or “managing a health condition” reveals health data, a special category. "
                    "Don’t build such segments without Grace.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "instrument": "GDPR",
                        "article": "Art. 22(1) and Art. 9(1)",
                        "summary": "No decision with legal or similarly significant effects may rest solely on "
                        "automated processing unless an Art. 22(2) exception applies. Special-category "
                        "data, inferred or not, needs an Art. 9(2) condition.",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "UK differences",
                        "text": "<p>The UK GDPR now names direct marketing as an example of a legitimate "
                        "interest, but the balancing test still applies. Marketing is not one of the "
                        "“recognised legitimate interests” of Art. 6(1)(ea). Arts 22A–22D allow significant "
                        "automated decisions more widely, if people are told and can ask for a human to "
                        "review them.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The life-stage flags",
                        "situation": "<p>A data broker offers to add three flags to our Rewards records: "
                        "household income band, “expecting a baby” and “reduced mobility”. Sofia could then "
                        "push baby carriers and walking poles to the right people. The broker says all its "
                        "data is “fully GDPR compliant”.</p>",
                        "question": "What would you do?",
                        "reveal": "<p>Say no to the two life-stage flags: pregnancy and mobility are health "
                        "data, and we have no Art. 9(2) condition for them. The income band would be hard to "
                        "justify, since members would not expect it. Each flag we did take would also need "
                        "an Art. 14 notice. Better: ask members which activities they enjoy.</p>",
                    },
                ),
                (
                    "takeaways",
                    {
                        "title": "Key takeaways",
                        "items": [
                            "Marketing emails and texts to private people need consent or the soft opt-in (ePrivacy Directive Art. 13; PECR reg. 22).",
                            "Every marketing message names Northwind and offers a way out; an objection ends marketing at once (GDPR Art. 21(3)).",
                            "Service messages go to everyone, and the suppression list stays.",
                            "Ad cookies and pixels need consent first (ePrivacy Directive Art. 5(3)); hashed lists are still personal data.",
                            "Californians who opt out of sharing stay out of pixels and audience uploads (CCPA § 1798.120).",
                            "Check a list vendor’s proof, and tell people where we got their data within a month (Art. 14).",
                            "Segments must not reveal health or other special categories; significant automated decisions need a human route (Art. 22).",
                        ],
                    },
                ),
            ],
        },
    ],
}
