"""Errors that reach the user. Each message says what happened and what to do next."""


class AlongsideError(Exception):
    """Base class: the CLI prints the message and exits non-zero; the UI shows it in the page."""

    exit_code = 1


class ConfigError(AlongsideError):
    """A setting is missing or invalid."""


class ModelError(AlongsideError):
    """The embedding model cannot be loaded or fails verification."""


class IndexMissingError(AlongsideError):
    """There is no index yet."""


class IndexMismatchError(AlongsideError):
    """The index was built with another embedding model or dimension."""


class IndexCorruptError(AlongsideError):
    """The index exists but cannot be read."""


class IngestError(AlongsideError):
    """Ingestion cannot start (for example, a source path does not exist)."""


class SuiteError(AlongsideError):
    """An eval suite is malformed."""
