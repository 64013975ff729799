"""`python -m usc_timeline` is the `timeline` command."""

from usc_timeline.cli import main

main()
