"""“Data ethics in your role”: four short tracks for the job families that handle customer data
most. Each track ships as its own course of one module (three lessons and a quiz), so each can be
its own certification program, required of the job roles it is for."""

import importlib

TRACK_KEYS = ("engineering", "marketing", "support", "hr")


def tracks() -> list[tuple[str, dict, dict]]:
    """(key, course spec, module spec) for each track, in order."""
    found = []
    for key in TRACK_KEYS:
        data = importlib.import_module(f"{__name__}.{key}")
        found.append((key, data.COURSE, data.MODULE))
    return found
