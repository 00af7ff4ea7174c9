import os
import sys

# The windowed Windows executable (no console) has no standard streams: give them a sink so
# that a message written there (e.g. a usage error) cannot stop the program.
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

from asn_desktop.cli import main  # noqa: E402

sys.exit(main())
