#!/usr/bin/env bash
# Build the opt-in compiled (mypyc) variant into its own virtualenv and run the test suite
# against it. Needs a C compiler and Python headers; takes several minutes.
#
#   bash benchmarks/compiled.sh [VENV]        # default VENV: build/compiled-venv
#
# The wheel is built from an sdist (`python -m build`), so the compiled modules are made
# in a scratch copy: building in the checkout itself (`pip install .` with the hook on)
# leaves .so files beside the sources in src/, which an editable install then imports in
# place of the .py files you edit.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${1:-build/compiled-venv}
dist=build/compiled-dist
rm -rf "$venv" "$dist"
python3 -m venv "$venv"
"$venv/bin/pip" install -q build
HATCH_BUILD_HOOKS_ENABLE=1 "$venv/bin/python" -m build -q --outdir "$dist" .
"$venv/bin/pip" install -q "$(ls "$dist"/usc_timeline-*.whl)[test]"
# The tests import the installed package (src/ is not on the path): make sure it is compiled.
"$venv/bin/python" - <<'EOF'
import sys
sys.path.insert(0, "benchmarks")
from extract_speed import compiled_modules
compiled, total = compiled_modules()
print(f"installed usc_timeline: {compiled} of {total} modules compiled")
sys.exit(0 if compiled else 1)
EOF
"$venv/bin/pytest" -p no:cacheprovider
