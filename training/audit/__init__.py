"""The organisation-wide audit log: who changed what, when, before and after.

The floor of the house, beside `people`: every room may write to it and it imports none of them.
Rooms say what they want audited at start-up (`tracking.track(Model)` in `apps.ready()`) or
write an entry themselves (`entries.record(...)`) where a change bypasses model signals.
"""
