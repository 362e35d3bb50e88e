"""What the wheel declares and carries matches what the code needs.

Declared dependencies are exactly what the code imports: every third-party module imported by the
shipped code (or named in the settings, such as an app in INSTALLED_APPS or a middleware) belongs
to a distribution pinned in `[project.dependencies]`; modules only the tests and benchmarks import
are pinned in the `test` extra. `.ci/install-check` proves the wheel installs and serves outside
the checkout; this test is the quick guard that runs with every `make test`.
"""

import ast
import importlib.metadata
import re
import sys
import tomllib
from fnmatch import fnmatch
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())

# Declared, though no module imports them by name; each with the reason.
USED_WITHOUT_IMPORT = {
    # Django's postgresql backend loads it when DATABASE_URL is postgres://.
    "psycopg",
}
TEST_USED_WITHOUT_IMPORT = {
    "pytest-django",  # pytest plugin, loaded by its entry point
    "pytest-playwright",  # pytest plugin: the page and browser fixtures
    "ruff",  # `make lint`
    "pip-audit",  # `make audit` runs it as a module (.ci/audit)
}


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(requirement: str) -> str:
    return normalise(re.match(r"[A-Za-z0-9._-]+", requirement.strip()).group(0))


def pins(requirements: list[str]) -> dict[str, str]:
    """{distribution: pinned version}; an unpinned requirement maps to ''."""
    found = {}
    for requirement in requirements:
        version = re.search(r"==\s*([^\s;,]+)", requirement)
        found[requirement_name(requirement)] = version.group(1) if version else ""
    return found


RUNTIME = pins(PYPROJECT["project"]["dependencies"])
TEST_EXTRA = pins(PYPROJECT["project"]["optional-dependencies"]["test"])
# `make bench-load` alone needs these (the app servers and the load): it installs them itself.
BENCH_EXTRA = pins(PYPROJECT["project"]["optional-dependencies"]["bench"])
FIRST_PARTY = {
    pattern.rstrip("*")
    for pattern in PYPROJECT["tool"]["setuptools"]["packages"]["find"]["include"]
} | {"tests", "bench"}
SHIPPED = sorted(FIRST_PARTY - {"tests", "bench"})


@cache
def module_distributions() -> dict[str, set[str]]:
    return {
        module: {normalise(dist) for dist in dists}
        for module, dists in importlib.metadata.packages_distributions().items()
    }


def is_third_party(module: str) -> bool:
    return module not in FIRST_PARTY and module not in sys.stdlib_module_names


def imported_modules(*roots: str) -> dict[str, set[str]]:
    """{top-level module: files importing it} for absolute imports under the given folders."""
    found: dict[str, set[str]] = {}
    for root in roots:
        for path in sorted((ROOT / root).rglob("*.py")):
            tree = ast.parse(path.read_text(), str(path))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    top = name.split(".")[0]
                    if is_third_party(top):
                        found.setdefault(top, set()).add(str(path.relative_to(ROOT)))
    return found


def settings_references() -> dict[str, set[str]]:
    """Modules the settings name as dotted strings: apps, middleware, backends, validators."""
    known = module_distributions()
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / "config" / "settings").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            top = node.value.split(".")[0]
            dotted = re.fullmatch(r"[A-Za-z_]\w*(\.\w+)*", node.value)
            if dotted and top in known and is_third_party(top):
                found.setdefault(top, set()).add(str(path.relative_to(ROOT)))
    return found


def undeclared(modules: dict[str, set[str]], declared: set[str]) -> list[str]:
    known = module_distributions()
    problems = []
    for module, files in sorted(modules.items()):
        dists = known.get(module)
        where = ", ".join(sorted(files)[:3])
        if not dists:
            problems.append(f"{module} (used by {where}) is not installed")
        elif not dists & declared:
            problems.append(f"{module} (used by {where}) comes from {sorted(dists)}: undeclared")
    return problems


def shipped_code_modules() -> dict[str, set[str]]:
    modules = imported_modules(*SHIPPED)
    for module, files in settings_references().items():
        modules.setdefault(module, set()).update(files)
    return modules


def test_every_module_the_shipped_code_imports_is_a_declared_dependency():
    problems = undeclared(shipped_code_modules(), set(RUNTIME))
    assert not problems, "add to [project.dependencies]:\n" + "\n".join(problems)


def test_every_module_the_tests_import_is_declared_for_tests():
    modules = imported_modules("tests", "bench")
    modules = {module: files for module, files in modules.items() if module not in BENCH_EXTRA}
    problems = undeclared(modules, set(RUNTIME) | set(TEST_EXTRA))
    assert not problems, "add to the test extra:\n" + "\n".join(problems)


def test_every_declared_dependency_is_used():
    known = module_distributions()
    runtime_used = {dist for module in shipped_code_modules() for dist in known.get(module, ())}
    test_used = {
        dist for module in imported_modules("tests", "bench") for dist in known.get(module, ())
    }  # the bench extra's modules (locust, gunicorn) are not installed for `make test`
    unused = set(RUNTIME) - runtime_used - USED_WITHOUT_IMPORT
    assert not unused, f"declared in [project.dependencies], imported by no shipped code: {unused}"
    unused = set(TEST_EXTRA) - test_used - runtime_used - TEST_USED_WITHOUT_IMPORT
    assert not unused, f"declared in the test extra, imported by no test: {unused}"


def test_dependencies_are_pinned_to_what_is_installed():
    assert all(BENCH_EXTRA.values()), f"pin the bench extra with ==: {BENCH_EXTRA}"
    for name, version in {**RUNTIME, **TEST_EXTRA}.items():
        assert version, f"{name} is not pinned with =="
        assert importlib.metadata.version(name) == version, f"{name}: installed ≠ pinned"


def test_every_data_file_in_a_package_is_declared_package_data():
    """Templates, static files and fonts are in the wheel only if package-data names them."""
    patterns = PYPROJECT["tool"]["setuptools"]["package-data"]["*"]
    missing = []
    for top in SHIPPED:
        for path in sorted((ROOT / top).rglob("*")):
            if path.is_dir() or path.suffix in {".py", ".pyc"} or "__pycache__" in path.parts:
                continue
            # package-data globs are relative to the nearest folder that is a Python package.
            package = path.parent
            while not (package / "__init__.py").exists():
                package = package.parent
            relative = path.relative_to(package).as_posix()
            if not any(fnmatch(relative, pattern.replace("**/", "*")) for pattern in patterns):
                missing.append(path.relative_to(ROOT).as_posix())
    assert not missing, "not in [tool.setuptools.package-data]: " + ", ".join(missing)
