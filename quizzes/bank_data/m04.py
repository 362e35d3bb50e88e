"""Question bank for module 4: Keep data secure."""

QUESTIONS = [
    {
        "kind": "single",
        "scenario": "Your access to the customer database has not been approved yet. A teammate offers you his login so you can start on your report this afternoon.",
        "prompt": "What should you do?",
        "choices": [
            {
                "text": "Decline, and ask your manager to speed up your own access request.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Accept, but only run read-only queries so that nothing can be changed.",
                "correct": False,
                "feedback": "Read-only access is still access you have not been granted, under someone else’s name.",
            },
            {
                "text": "Accept, and note in a shared document which work was done under his login.",
                "correct": False,
                "feedback": "A side note does not fix the audit trail or the breach of least privilege.",
            },
            {
                "text": "Accept, because your own access is very likely to be approved soon anyway.",
                "correct": False,
                "feedback": "The approval step exists to check what access you need; skipping it defeats the point.",
            },
        ],
        "explanation": "Least privilege means each person gets only the access their job needs, through their own account. Sharing a login hides who did what and skips the check on what data you should see, which weakens the security GDPR Art. 32 requires.",
    },
    {
        "kind": "single",
        "scenario": "A customer emails a photo of her driving licence to confirm her identity. You are not sure it is clear enough and want a second opinion.",
        "prompt": "What is the best way to get one?",
        "choices": [
            {
                "text": "Ask a team lead to review it inside the support system, attached to the customer’s case.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Post it in the team chat channel so that whoever is free can check it quickly.",
                "correct": False,
                "feedback": "Chat messages are widely visible, searchable and kept for a long time.",
            },
            {
                "text": "Forward it to a colleague’s personal email so they can check it on their phone.",
                "correct": False,
                "feedback": "Personal email is outside the company’s controls and creates an untracked copy.",
            },
            {
                "text": "Save it to your laptop and send a colleague a file link that anyone can open.",
                "correct": False,
                "feedback": "An open link can be reached by anyone who gets hold of it.",
            },
        ],
        "explanation": "Identity documents are high-risk data and are safest in the system built to hold them, with its access controls and audit trail. Copying them into chat, personal email or open links removes those protections.",
    },
    {
        "kind": "single",
        "scenario": "At 5 pm on Friday, Chloe emails a customer his invoice and realises she attached a list of 40 other customers’ names, addresses and unpaid balances. She is about to leave for a long weekend.",
        "prompt": "What should Chloe do first?",
        "choices": [
            {
                "text": "Report it through the incident channel now, saying what was sent, to whom and when.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Wait until Tuesday, when the privacy team is back, and report it to them in person.",
                "correct": False,
                "feedback": "A four-day wait could leave little or no time if the authority must be told within 72 hours.",
            },
            {
                "text": "Email the 40 affected customers herself tonight to apologise for the mistake.",
                "correct": False,
                "feedback": "Whether and how to tell customers is decided and coordinated by the privacy team.",
            },
            {
                "text": "Delete the sent email from her mailbox so there is no record of the mistake.",
                "correct": False,
                "feedback": "Evidence must be kept, and hiding a breach makes the harm and the consequences worse.",
            },
        ],
        "explanation": "An email sent to the wrong person is a personal data breach. The privacy team must judge the risk quickly, because GDPR Art. 33 may require notice to the authority within 72 hours and Art. 34 may require warning the customers.",
    },
    {
        "kind": "single",
        "scenario": "",
        "prompt": "Under GDPR Art. 33, when must an organisation normally notify the supervisory authority of a personal data breach?",
        "choices": [
            {"text": "Within 72 hours of becoming aware of it", "correct": True, "feedback": ""},
            {
                "text": "Within one month of becoming aware of it",
                "correct": False,
                "feedback": "One month is the usual deadline for answering a data subject’s request, not for breach notice.",
            },
            {
                "text": "Within 45 days of the breach being confirmed",
                "correct": False,
                "feedback": "45 days is the CCPA deadline for answering consumer requests.",
            },
            {
                "text": "Within 24 hours of the breach taking place",
                "correct": False,
                "feedback": "The GDPR deadline is 72 hours, counted from becoming aware of the breach.",
            },
        ],
        "explanation": "GDPR Art. 33 requires notice to the supervisory authority within 72 hours of becoming aware of a breach, unless it is unlikely to result in a risk to people. That is why employees must report suspected breaches internally at once.",
    },
    {
        "kind": "single",
        "scenario": "Jonas, a support agent, is filing a bug: one customer’s invoice shows the wrong total. He wants the developers to be able to reproduce it.",
        "prompt": "What should Jonas put in the bug ticket?",
        "choices": [
            {
                "text": "The invoice ID and the steps to reproduce, without the customer’s personal details.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "A screenshot of the customer’s full account page, so that no detail is missed.",
                "correct": False,
                "feedback": "A screenshot copies the whole customer record into a tool many people can see.",
            },
            {
                "text": "The customer’s name, email and address, with “confidential” written in the title.",
                "correct": False,
                "feedback": "A label does not limit who can see the ticket.",
            },
            {
                "text": "An export of the customer’s complete order history attached as a spreadsheet.",
                "correct": False,
                "feedback": "This creates a new, uncontrolled copy of far more data than the bug needs.",
            },
        ],
        "explanation": "Tickets are read by many people and connected tools, and they are kept for a long time. An ID lets developers find the record with their own access if their job requires it, so personal data stays in the system built for it.",
    },
    {
        "kind": "single",
        "scenario": "Farah in customer success wants to summarise 200 customer complaint emails quickly. She thinks of pasting them into a free online AI chatbot she uses at home.",
        "prompt": "What should Farah do?",
        "choices": [
            {
                "text": "Use only an AI tool the company has approved for this kind of data, or ask the privacy team first.",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Go ahead with the free chatbot, as long as she deletes the chat history once she has finished.",
                "correct": False,
                "feedback": "Once pasted, the data has already left the company for a provider with no contract.",
            },
            {
                "text": "Go ahead with the free chatbot, because customers chose to send these emails to the company.",
                "correct": False,
                "feedback": "Customers sent them to us, not to an outside AI provider.",
            },
            {
                "text": "Go ahead with the free chatbot, but remove the customers’ surnames from the emails first.",
                "correct": False,
                "feedback": "Emails without surnames usually still identify people through addresses, order details and other content.",
            },
        ],
        "explanation": "Pasting customer data into an unapproved tool sends it to an outside business with no contract to protect it. Approved tools have been checked for security and have the right agreements in place (see module 6).",
    },
    {
        "kind": "multiple",
        "scenario": "During one week at Northwind, several things happen.",
        "prompt": "Which of these are personal data breaches? Select all that apply.",
        "choices": [
            {
                "text": "A sales rep’s unencrypted laptop holding a customer export is stolen from a car",
                "correct": True,
                "feedback": "Customer data has been lost and may be accessed by someone else.",
            },
            {
                "text": "A folder of customer contracts turns out to have a link anyone online can open",
                "correct": True,
                "feedback": "Data exposed to people with no right to see it is a breach, even if nobody is known to have opened it yet.",
            },
            {
                "text": "An agent looks up a well-known customer’s home address purely out of curiosity",
                "correct": True,
                "feedback": "Access without a work reason is unauthorised access, which is a breach.",
            },
            {
                "text": "A newsletter is sent to customers who had all signed up to receive it",
                "correct": False,
                "feedback": "This is the intended use of the data; nothing was lost or exposed.",
            },
            {
                "text": "A phishing email is spotted and reported, and nobody clicks on it",
                "correct": False,
                "feedback": "Reporting phishing is right, but no personal data was compromised.",
            },
        ],
        "explanation": "A personal data breach (GDPR Art. 4(12)) is any security failure that leads to personal data being lost, destroyed, altered, disclosed or accessed without authority. Lost devices, open links and curious look-ups all count; each should be reported through the incident channel at once.",
    },
    {
        "kind": "multiple",
        "scenario": "You are analysing customer churn and are tempted to export the customer table to a spreadsheet on your laptop.",
        "prompt": "Which of these are good practice? Select all that apply.",
        "choices": [
            {
                "text": "Work in the approved analysis environment instead of exporting, where you can",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "If an export is truly needed, include only the columns the analysis requires",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Keep any export in approved encrypted storage and delete it when you are done",
                "correct": True,
                "feedback": "",
            },
            {
                "text": "Email the spreadsheet to your personal address so you can finish it at home",
                "correct": False,
                "feedback": "Personal email is outside the company’s protections and creates an untracked copy.",
            },
            {
                "text": "Keep the export afterwards in case the analysis has to be repeated next year",
                "correct": False,
                "feedback": "A forgotten export outlives its purpose and is a leak waiting to happen.",
            },
        ],
        "explanation": "Copies outside the source system lose its access controls, audit trail and retention rules. Avoiding exports, minimising them, encrypting them and deleting them afterwards are the security measures GDPR Art. 32 expects in daily work.",
    },
    {
        "kind": "true_false",
        "scenario": "An engineer loses a work laptop on a train. Full-disk encryption was switched on, so she thinks the data is safe and there is nothing to report.",
        "prompt": "True or false: she should still report the loss through the incident channel straight away?",
        "choices": [
            {"text": "True", "correct": True, "feedback": ""},
            {
                "text": "False",
                "correct": False,
                "feedback": "Judging the risk is the privacy and security teams’ job, and the device may still need to be locked or wiped.",
            },
        ],
        "explanation": "Every suspected breach should be reported at once, and every breach must be recorded internally (GDPR Art. 33). Encryption may mean the risk to people is low, but that is for the privacy team to decide, and the device can then be locked or wiped.",
    },
    {
        "kind": "true_false",
        "scenario": "",
        "prompt": "True or false: under GDPR Art. 34, every personal data breach must be communicated to all the people affected?",
        "choices": [
            {
                "text": "True",
                "correct": False,
                "feedback": "Art. 34 applies when a breach is likely to result in a high risk to people.",
            },
            {"text": "False", "correct": True, "feedback": ""},
        ],
        "explanation": "People must be told without undue delay when a breach is likely to result in a high risk to them (GDPR Art. 34). The supervisory authority must be notified within 72 hours unless the breach is unlikely to result in any risk (Art. 33), and every breach is recorded internally.",
    },
]
