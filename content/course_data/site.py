"""The home page and the privacy notice shipped with the platform."""

HOME = {
    "title": "Handle customer data the way you would want yours handled",
    "intro": (
        "Short, practical training on the ten principles of ethical data use — with real workplace "
        "situations, quick quizzes and a certificate you can show."
    ),
}

PRIVACY_NOTICE = {
    "build_key": "privacy-notice",
    "slug": "privacy-notice",
    "title": "Privacy notice",
    "intro": "What this training platform holds about you, why, and for how long.",
    "body": [
        (
            "text",
            "<h3>What we hold</h3>"
            "<p>Only what we need to run your training and prove it took place: your name and work "
            "email address, employee number, department, job role, manager, hire date and time zone "
            "(all from the company’s employee directory), the lessons you complete, your quiz attempts "
            "and scores, the certificates issued to you and the reminders we send.</p>"
            "<h3>Why</h3>"
            "<p>Your employer has a legal obligation and a legitimate interest in training staff who "
            "handle customer data and in being able to show that training to regulators and auditors. "
            "We do not use your training record for any other purpose, and we never sell or share it.</p>"
            "<h3>Who can see it</h3>"
            "<p>You; your managers, for the people who report to them; the compliance team; and, "
            "read-only and for a defined audit window, an auditor.</p>"
            "<h3>How long we keep it</h3>"
            "<p>Certification records are evidence and are kept for the retention period your company "
            "sets. After you leave and that period ends, your name and email are replaced by a "
            "pseudonym; the record itself, and its tamper-evident seal, remain.</p>"
            "<h3>Your rights</h3>"
            "<p>You can download everything the platform holds about you from “My learning”, and ask "
            "the privacy team to correct it. For anything else, contact your privacy team or data "
            "protection officer.</p>",
        ),
        (
            "legal_reference",
            {
                "instrument": "GDPR",
                "article": "Art. 13",
                "summary": "When data is collected from you, you must be told who holds it, why, "
                "on what basis, for how long and what your rights are.",
            },
        ),
    ],
}
