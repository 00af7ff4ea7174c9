# Runtime hook in place of PyInstaller's PySide6 hook: the same environment for Qt, without
# importing PySide6.QtCore at every start (that cost each CLI command ~0.1 s, Qt or not). The
# stock hook imported QtCore only to register an embedded qt.conf, which PyPI's PySide6
# registers itself when QtCore loads, with the prefix taken from where the package lies.
import os
import sys

_qt = os.path.join(sys._MEIPASS, "PySide6")  # type: ignore[attr-defined]
if not sys.platform.startswith("win"):
    _qt = os.path.join(_qt, "Qt")
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt, "plugins")
os.environ["QML2_IMPORT_PATH"] = os.path.join(_qt, "qml")
if sys.platform.startswith("win"):
    # QtNetwork finds OpenSSL DLLs collected beside the app
    os.environ["PATH"] = sys._MEIPASS + os.pathsep + os.environ.get("PATH", "")  # type: ignore[attr-defined]
del _qt
