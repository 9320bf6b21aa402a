"""Why an encrypted container could not be read or written, told to the user.

Every error carries ``message``: a translatable :class:`~gui.text.Text` that says what happened
and what to do. No message ever contains a password, a key or decrypted data — only facts about
the file (lengths, version numbers, KDF parameters), which are not secret.
"""

from __future__ import annotations

from gui.text import QT_TRANSLATE_NOOP, Text


def vault_text(source: str, **args: object) -> Text:
    """A message in the ``vault`` translation context."""
    return Text(source, args, context="vault")


class ContainerError(Exception):
    """An encrypted container (vault file or backup) could not be opened or written."""

    default_message = vault_text(
        QT_TRANSLATE_NOOP("vault", "The encrypted file could not be read.")
    )

    def __init__(self, message: Text | None = None) -> None:
        self.message: Text = message if message is not None else self.default_message
        super().__init__(str(self.message))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self.message)!r})"


class WrongPassword(ContainerError):  # noqa: N818 - names fixed by the API
    """Authentication failed: a wrong password, or a changed file (AES-GCM cannot tell which)."""

    default_message = vault_text(
        QT_TRANSLATE_NOOP(
            "vault",
            "The password is wrong, or the file was changed. The two cannot be told apart: "
            "check the password (Caps Lock, keyboard layout) and try again; if it is surely "
            "right, the file was damaged or tampered with — restore it from a backup.",
        )
    )


class KeyMismatch(WrongPassword):
    """The unlocked key was derived for another salt or KDF parameters than the file's."""

    default_message = vault_text(
        QT_TRANSLATE_NOOP(
            "vault",
            "This file was not sealed with the key that is unlocked: it was replaced or changed "
            "since it was unlocked. Lock it and unlock it again with its password.",
        )
    )


class UnencodablePassword(ContainerError):  # noqa: N818 - named like its siblings
    """The password holds text that has no UTF-8 form (an unpaired surrogate)."""

    default_message = vault_text(
        QT_TRANSLATE_NOOP(
            "vault",
            "The password contains an invalid character (a broken Unicode sequence, often from "
            "a faulty paste). Type the password again.",
        )
    )


class KeyWiped(ContainerError):  # noqa: N818 - names fixed by the API
    """The key was wiped (the vault was locked) before it was used."""

    default_message = vault_text(
        QT_TRANSLATE_NOOP("vault", "The vault was locked in the meantime. Unlock it again.")
    )


class TruncatedFile(ContainerError):  # noqa: N818 - names fixed by the API
    """The file ends before its header or its authentication tag is complete."""

    default_message = vault_text(
        QT_TRANSLATE_NOOP(
            "vault",
            "The file is cut off: it is shorter than any complete encrypted file. It may have "
            "been copied or saved only partly. Restore it from a backup or copy it again.",
        )
    )


class TamperedFile(ContainerError):  # noqa: N818 - names fixed by the API
    """The file's structure is damaged: a field holds a value no version of the app writes."""

    default_message = vault_text(
        QT_TRANSLATE_NOOP(
            "vault",
            "The file is damaged: its header holds values this app never writes. It was "
            "corrupted or tampered with. Restore it from a backup.",
        )
    )


class ForeignFile(ContainerError):  # noqa: N818 - names fixed by the API
    """Not an OKX Key Manager container, or a container of the other kind."""

    default_message = vault_text(
        QT_TRANSLATE_NOOP(
            "vault",
            "This is not an OKX Key Manager encrypted file. Check that you chose the right file.",
        )
    )


class UnsupportedVersion(ContainerError):  # noqa: N818 - names fixed by the API
    """Written by a newer version of the app, in a format this version does not know."""

    default_message = vault_text(
        QT_TRANSLATE_NOOP(
            "vault",
            "This file was made by a newer version of OKX Key Manager. Update the app to open it.",
        )
    )


class UnsafeParameters(ContainerError):  # noqa: N818 - names fixed by the API
    """KDF parameters below the minimum (a lowered cost) or above the caps (a memory bomb)."""

    default_message = vault_text(
        QT_TRANSLATE_NOOP(
            "vault",
            "The file asks for password-hashing settings outside the safe range. It was not "
            "made by this app or was tampered with. Restore it from a backup.",
        )
    )


class WeakPassword(ContainerError):  # noqa: N818 - names fixed by the API
    """A new password that is too easy to guess; the message says why and what to do."""

    default_message = vault_text(
        QT_TRANSLATE_NOOP("vault", "This password is too easy to guess. Choose a longer one.")
    )


class Cancelled(ContainerError):  # noqa: N818 - named like its siblings
    """The user cancelled the password hashing (unlocking or opening a backup)."""

    default_message = vault_text(
        QT_TRANSLATE_NOOP("vault", "Unlocking was cancelled. Nothing was changed.")
    )
