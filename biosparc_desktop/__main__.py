"""``python -m biosparc_desktop`` opens the desktop app."""

import sys

from biosparc_desktop.app import main

sys.exit(main())
