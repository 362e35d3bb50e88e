"""The home page and the privacy notice shipped with the platform.

The notice is the platform's own, about the employees it trains. The employer that runs the
platform is the controller; two optional settings put its name and its data protection officer's
contact into the notice when `build_course` runs (an editor can also change the page in the admin):

- ``PRIVACY_NOTICE_CONTROLLER``, e.g. ``"Northwind Outdoor Ltd"`` (default: “Your employer”);
- ``PRIVACY_NOTICE_DPO_CONTACT``, e.g. ``"privacy@northwind.example"`` (default: the contact
  details in your employer’s staff privacy notice).
"""

import copy

from django.conf import settings
from django.utils.html import escape

HOME = {
    "title": "Handle customer data the way you would want yours handled",
    "intro": (
        "Short, practical training on the ten principles of ethical data use — with real workplace "
        "situations, quick quizzes and a certificate you can show."
    ),
}

DEFAULT_CONTROLLER = "Your employer"
DEFAULT_DPO_CONTACT = "the contact details in your employer’s staff privacy notice"

PRIVACY_NOTICE = {
    "build_key": "privacy-notice",
    "slug": "privacy-notice",
    "title": "Privacy notice",
    "intro": "What this training platform holds about you, why, and for how long.",
    "body": [
        (
            "text",
            "<h3>Who is responsible</h3>"
            "<p>{controller}, the organisation that gave you access to this platform, is the "
            "controller of your training data: it decides what is held and why. You can reach its "
            "data protection officer (DPO) through {dpo_contact}. Any company that hosts the "
            "platform for your employer acts only on its instructions, under a written contract.</p>"
            "<h3>What we hold</h3>"
            "<p>Only what we need to run your training and prove it took place: your name and work "
            "email address, employee number, department, job role, manager, hire date and time zone "
            "(all from your employer’s staff directory), the lessons you complete, your quiz attempts "
            "and scores, the certificates issued to you and the reminders we send.</p>"
            "<h3>Why, and on what basis</h3>"
            "<p>Your employer has a legitimate interest in training the staff who handle customer "
            "data and in being able to show that training to regulators and auditors. That "
            "legitimate interest is the legal basis for this processing. Your employer has weighed it "
            "against your interests: the platform holds little about you and uses it only for your "
            "training record. We do not use that record for any other purpose, and we never sell "
            "it.</p>"
            "<h3>Who can see it</h3>"
            "<p>You; your managers, for the people who report to them; the compliance team; and, "
            "read-only and for a defined audit window, an auditor.</p>"
            "<h3>How long we keep it</h3>"
            "<p>Certification records are evidence and are kept for the retention period your "
            "employer sets. After you leave and that period ends, your name and email are replaced by "
            "a pseudonym; the record itself, and its tamper-evident seal, remain.</p>"
            "<h3>Your rights</h3>"
            "<ul>"
            "<li>See your data: download everything the platform holds about you from “My "
            "learning”, or ask the DPO for a copy.</li>"
            "<li>Ask for wrong details to be corrected.</li>"
            "<li>Object: because the basis is legitimate interests, you can object to this use of "
            "your data on grounds relating to your situation. Your employer must then stop unless it "
            "shows compelling reasons that override your interests, or needs the data for a legal "
            "claim.</li>"
            "<li>Ask for your data to be erased or its use restricted, where the law allows.</li>"
            "<li>Complain to a data protection supervisory authority, for example in the country "
            "where you live or work (in the UK, the Information Commissioner’s Office). We would "
            "like the chance to put things right first, so please tell the DPO too.</li>"
            "</ul>",
        ),
        (
            "legal_reference",
            {
                "instrument": "GDPR",
                "article": "Art. 6(1)(f)",
                "summary": "Data may be used where it is needed for a legitimate interest, unless "
                "the person’s own interests and rights outweigh it.",
            },
        ),
        (
            "legal_reference",
            {
                "instrument": "GDPR",
                "article": "Art. 13",
                "summary": "When data is collected from you, you must be told who holds it, how to "
                "reach their DPO, why, on what basis, for how long and what your rights are.",
            },
        ),
        (
            "legal_reference",
            {
                "instrument": "GDPR",
                "article": "Art. 21",
                "summary": "You can object to a use of your data that rests on legitimate "
                "interests; it must stop unless there are compelling grounds to go on or the data "
                "is needed for a legal claim.",
            },
        ),
        (
            "legal_reference",
            {
                "instrument": "GDPR",
                "article": "Art. 77",
                "summary": "You can complain to a supervisory authority, in particular where you "
                "live, where you work or where the problem happened.",
            },
        ),
    ],
}


def privacy_notice(controller: str | None = None, dpo_contact: str | None = None) -> dict:
    """The privacy notice with the controller and the DPO contact filled in (from settings)."""
    controller = controller or getattr(settings, "PRIVACY_NOTICE_CONTROLLER", DEFAULT_CONTROLLER)
    dpo_contact = dpo_contact or getattr(
        settings, "PRIVACY_NOTICE_DPO_CONTACT", DEFAULT_DPO_CONTACT
    )
    notice = copy.deepcopy(PRIVACY_NOTICE)
    notice["body"] = [
        (
            kind,
            value.format(controller=escape(controller), dpo_contact=escape(dpo_contact))
            if kind == "text"
            else value,
        )
        for kind, value in notice["body"]
    ]
    return notice
