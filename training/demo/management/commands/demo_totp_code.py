import time

from allauth.mfa import app_settings
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core.management.base import BaseCommand

from training.demo.people import DEMO_TOTP_SECRET


class Command(BaseCommand):
    help = (
        "Print the current sign-in code of the demo's authenticator app (the privileged demo "
        "logins share its secret), for trying the platform without an authenticator app. "
        "A code signs in once: wait for the next one to sign in again."
    )

    def handle(self, *args, **options):
        counter = int(time.time()) // app_settings.TOTP_PERIOD
        self.stdout.write(format_hotp_value(hotp_value(DEMO_TOTP_SECRET, counter)))
