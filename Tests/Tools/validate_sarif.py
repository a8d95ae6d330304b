#!/usr/bin/env python3
"""Validates a SARIF file against the official SARIF 2.1.0 JSON schema.

Usage: validate_sarif.py REPORT.sarif SCHEMA.json   (exit 0 valid, 1 invalid with the errors)
Test tooling only (needs the jsonschema package: `make setup` installs it).
"""
import json
import sys

import jsonschema

report, schema = (json.load(open(path, encoding="utf-8")) for path in sys.argv[1:3])
validator = jsonschema.validators.validator_for(schema)(schema)
errors = sorted(validator.iter_errors(report), key=lambda e: list(map(str, e.path)))
for error in errors:
    print(f"{'/'.join(map(str, error.path))}: {error.message}")
sys.exit(1 if errors else 0)
