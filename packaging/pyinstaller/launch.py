"""Entry script of the PyInstaller bundle: the same front door as the `backbreak` command."""

from backbreak.cli.main import main

raise SystemExit(main())
