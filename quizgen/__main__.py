"""`python -m quizgen ...`: the same command line as the `quizgen` script."""

from quizgen.cli import main

raise SystemExit(main())
