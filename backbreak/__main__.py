from backbreak.cli import main

raise SystemExit(main())
