"""What the manager window needs from the rest of the app, passed in (tests pass recorders)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from gui.i18n import Translations
from gui.launcher import AppEnvironment
from gui.manager.prompts import Prompts
from gui.manager.settings import AppSettings
from gui.okx.regions import is_official_base_url
from gui.vault.store import ConnectionStore, utc_now
from gui.wizard.connection import facts_from_report
from gui.wizard.flow import WizardState
from gui.wizard.services import open_in_browser


@dataclass
class ManagerServices:
    env: AppEnvironment
    settings: AppSettings
    translations: Translations
    #: Where the balance cache lives (None: never written).
    data_dir: Path | None = None
    prompts: Any = field(default_factory=Prompts)
    open_url: Callable[[str], None] = open_in_browser
    #: Checks at once during "Check all" (OKX limits requests per user and per IP).
    check_concurrency: int = 4
    clock: Callable[[], datetime] = utc_now

    def talks_to_okx(self) -> bool:
        """False for the simulator or a custom base URL: the window then shows a badge."""
        urls = self.env.access.base_urls
        if self.env.simulator:
            return False
        return urls is None or all(is_official_base_url(u) for u in urls.values())


@dataclass(frozen=True)
class RotateSaver:
    """The wizard's saver when rotating: the new key replaces the old one (``store.rotate``) only
    now, after the wizard verified it; a changed name is applied afterwards."""

    store: ConnectionStore
    old_id: str
    lock: threading.Lock

    def __call__(self, state: WizardState) -> str:
        facts = facts_from_report(state.report)
        with self.lock:
            old = self.store.get(self.old_id)
            new = self.store.rotate(
                self.old_id,
                state.credentials(),
                replace(facts, notes=old.facts.notes, key_created_on=None),
                region=state.region,
                environment=state.environment,
            )
            if state.label and state.label.strip() != new.label:
                new = self.store.rename(new.id, state.label)
        return new.id
