"""Exception hierarchy with messages fit to show a user (Bahasa Indonesia)."""

from __future__ import annotations


class AsnError(Exception):
    """Base for every error the application reports to a person instead of a traceback."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(AsnError):
    """Input that breaks a rule; ``field`` names the input at fault when there is one."""

    def __init__(self, message: str, field: str | None = None, kode: str | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.kode = kode


class NotFoundError(AsnError):
    """A record named by the user does not exist (or was deleted)."""


class LockedError(AsnError):
    """The document is approved and locked; it must be reopened explicitly."""


class PermissionError_(AsnError):
    """This installation's role may not perform the action (e.g. master data on a unit)."""


class SchemaTooNewError(AsnError):
    """The data file was written by a newer version of the application."""


class PackageRejected(AsnError):
    """A sync package was refused as a whole; ``reason`` is a short machine code."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason
