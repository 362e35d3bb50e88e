"""The layers of docs/architecture.md, enforced: an import against them fails here.

Each room may import only the rooms below it. `people` is the floor every room may stand on;
`audit` (the audit log every room writes to) sits beside it and imports no room at all;
`accounts` sits under everything. Tests, benchmarks and settings may import anything.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

BELOW = {
    "accounts": set(),
    # Everyone writes to the audit log; it reads nothing of theirs (rooms register with it).
    "training.audit": set(),
    "content": {"training.audit", "accounts"},
    "quizzes": {"content", "training.audit", "accounts"},
    "training.people": {"training.audit", "accounts"},
    "training.learning": {"training.people", "training.audit", "quizzes", "content", "accounts"},
    "training.certification": {
        "training.learning",
        "training.people",
        "training.audit",
        "quizzes",
        "content",
        "accounts",
    },
    "training.oversight": {
        "training.certification",
        "training.learning",
        "training.people",
        "training.audit",
        "quizzes",
        "content",
        "accounts",
    },
    # The personal record (right of access) gathers everything held about a person, the
    # exports they made included: the learner's screens sit on top of oversight.
    "training.portal": {
        "training.oversight",
        "training.certification",
        "training.learning",
        "training.people",
        "training.audit",
        "quizzes",
        "content",
        "accounts",
    },
    # The demo acts a year out through every service; it is installed in dev and test only.
    "training.demo": {
        "training.oversight",
        "training.certification",
        "training.learning",
        "training.people",
        "training.audit",
        "quizzes",
        "content",
        "accounts",
    },
    # The history app: its migrations and the helpers the rooms' first migrations use.
    "training": {"training.people"},
}
ROOMS = sorted(BELOW, key=len, reverse=True)
PROJECT = ("accounts", "content", "quizzes", "training", "config")


def room_of(module: str) -> str | None:
    for room in ROOMS:
        if module == room or module.startswith(room + "."):
            return room
    return None


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path) -> list[tuple[int, str]]:
    """Every project module `path` imports, relative imports resolved."""
    here = module_name(path)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            names = [f"{target}.{alias.name}" for alias in node.names]
            # `from training.certification import dates` imports a module of that room.
            found += [(node.lineno, name) for name in names] or [(node.lineno, target)]
    return [(line, name) for line, name in found if name.split(".")[0] in PROJECT]


def shipped_files():
    for top in ("accounts", "content", "quizzes", "training"):
        yield from sorted((ROOT / top).rglob("*.py"))


def violations() -> list[str]:
    found = []
    for path in shipped_files():
        source = room_of(module_name(path))
        for line, name in imports(path):
            target = room_of(name)
            if target is None:
                if name.split(".")[0] == "config":
                    found.append(f"{path.relative_to(ROOT)}:{line} imports {name} (settings only)")
                continue
            if target == source or target in BELOW[source]:
                continue
            # The rooms' first migrations take over tables with the history app's helpers.
            if "migrations" in path.parts and name.startswith("training.migrations."):
                continue
            found.append(f"{path.relative_to(ROOT)}:{line}: {source} imports {name} ({target})")
    return found


def test_every_import_points_down_the_layers():
    assert violations() == []


def test_the_rule_catches_an_upward_import():
    bad = ROOT / "training" / "learning" / "_layer_probe.py"
    bad.write_text("from training.certification.models import Assignment\n")
    try:
        assert any("_layer_probe" in v for v in violations())
    finally:
        bad.unlink()


@pytest.mark.parametrize("room", sorted(BELOW))
def test_every_room_exists(room):
    assert (ROOT / Path(*room.split("."))).is_dir()
