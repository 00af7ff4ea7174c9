"""The PySide6 desktop interface. Nothing below this package imports Qt."""
