#!/usr/bin/env python3
"""Writes the robustness corpus: broken, hostile and edge-case workbooks and templates, each with the outcome it must
produce, into tests/corpus/{workbooks,templates} and tests/corpus/expected.tsv. Run it from anywhere, with nothing but
Python 3; the bytes it writes are the same every time, so a change to a committed file shows up in git.

    python3 tests/corpus/generate.py

expected.tsv has one line per expected outcome (a file may have several), tab-separated:
    file      the input, relative to tests/corpus
    command   check | build:TEMPLATE (the input workbook, a shipped template) | template (the clean workbook built
              with the input template)
    args      extra arguments, such as --limit cell-characters=1000, or -
    exit      the exit code
    code      a diagnostic code the output must hold, or - for none in particular
    where     where it must be reported: the end of its location (Claims!F2, :3:35), or -
    message   words the diagnostic's message must hold, or -
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import classics  # noqa: E402
import corpus  # noqa: E402
import found  # noqa: E402
import template_inputs  # noqa: E402

corpus.clear()
classics.write_all()
found.write_all()
template_inputs.write_all()
corpus.write_manifest()
