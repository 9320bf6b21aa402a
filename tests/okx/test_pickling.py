"""A check's report crosses a pipe whole: the check helper (gui/connections/check_helper.py)
sends it to the window as a pickle, and the window shows its messages and stores its codes."""

from __future__ import annotations

import pickle

from gui.okx.errors import ErrorKind, OkxError
from gui.text import Text


def test_reports_survive_the_pipe() -> None:
    error = OkxError(
        ErrorKind.SERVER,
        Text("Key {key} refused", {"key": Text("nested {n}", {"n": 1})}),
        Text("Make a new key"),
        code="50113",
        okx_message="Invalid Sign",
        http_status=401,
    )
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - its own bytes
    assert (copy.kind, copy.code, copy.okx_message, copy.http_status) == (
        ErrorKind.SERVER,
        "50113",
        "Invalid Sign",
        401,
    )
    assert str(copy.cause) == "Key nested 1 refused" and copy.fix == error.fix
    assert str(copy) == str(error)
