"""PyInstaller's entry point: the bundled program is the desktop app (``biosparc-desktop``)."""

import sys

from biosparc_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
