"""Loads the third-party ``events`` library that this app's package name shadows on sys.path."""

import importlib.util
import sys
from pathlib import Path

LIBRARY_ALIAS = "_events_library"
PROJECT_DIR = Path(__file__).resolve().parent.parent


def load_events_library():
    """Import the PyPI "Events" package from the first sys.path entry that is not the project."""
    if LIBRARY_ALIAS in sys.modules:
        return sys.modules[LIBRARY_ALIAS]
    for entry in sys.path:
        folder = Path(entry or ".").resolve()
        init = folder / "events" / "__init__.py"
        if folder == PROJECT_DIR or not init.is_file():
            continue
        spec = importlib.util.spec_from_file_location(
            LIBRARY_ALIAS, init, submodule_search_locations=[str(init.parent)]
        )
        module = importlib.util.module_from_spec(spec)
        sys.modules[LIBRARY_ALIAS] = module
        spec.loader.exec_module(module)
        return module
    raise ImportError("The 'Events' package (a dependency of opensearch-py) is not installed.")


_library = load_events_library()
Events = _library.Events
EventsException = _library.EventsException
