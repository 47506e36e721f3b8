from backbreak.cli.main import main

raise SystemExit(main())
