import sys

from asn_desktop.cli import main

sys.exit(main())
