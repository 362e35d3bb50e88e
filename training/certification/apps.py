from django.apps import AppConfig


class CertificationConfig(AppConfig):
    """Programs, requirements, assignments and status, issuing and the record chain, reminders."""

    name = "training.certification"
    label = "certification"
    verbose_name = "Certification"

    def ready(self):
        from content.signals import course_built
        from training.audit.tracking import track, track_related
        from training.learning.periods import register_period_source
        from training.learning.renewal import register_assessment_source
        from training.learning.signals import attestation_accepted

        from .issuing import on_attestation_accepted
        from .models import CertificationProgram, Exemption, Extension, RoleRequirement
        from .periods import assessment_renewal_start, cycle_start
        from .programs import ensure_program

        course_built.connect(ensure_program, dispatch_uid="certification.shipped_programs")
        attestation_accepted.connect(
            on_attestation_accepted, dispatch_uid="certification.issue_on_attestation"
        )
        register_period_source(cycle_start)
        for model in (CertificationProgram, RoleRequirement, Extension, Exemption):
            track(model)
        track_related(CertificationProgram.courses)
        register_assessment_source(assessment_renewal_start)
