"""The bench's mail backend: what Django's SMTP backend does to each message, minus the network.

The dummy backend sends nothing and builds nothing, so a bench with it leaves out the MIME
building and serialising every real send costs; locmem keeps every message in memory (100,000 of
them on the daily job's first run). This one builds and serialises each message as `smtp` does
(`message(policy=SMTP).as_bytes()`, the addresses checked), then drops the bytes.
"""

import email.policy

from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend


class EmailBackend(SMTPBackend):
    def __init__(self, **kwargs):
        BaseEmailBackend.__init__(self, **kwargs)  # no host, port or credentials to read

    def open(self):
        return False  # no server to connect to

    def close(self):
        pass

    def send_messages(self, email_messages):
        sent = 0
        for message in email_messages:
            if not message.recipients():
                continue
            self.prep_address(message.from_email)
            for address in message.recipients():
                self.prep_address(address)
            message.message(policy=email.policy.SMTP).as_bytes()
            sent += 1
        return sent
