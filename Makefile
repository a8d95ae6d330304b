# coopcheck — the two commands a new user needs are `make run` and `make test`;
# both install what a fresh Debian machine lacks first (`make setup`).

SWIFT      ?= swift
BUILD_FLAGS ?=
BIN        := .build/debug/coopcheck
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup setup-e2e build test sanitize fuzz run nightly format lint golden docs screenshot bench clean

## Install libyaml-dev (the system YAML library) and libsqlite3-dev (SQLite, for GRDB and the
## history of nightly runs) when pkg-config cannot find them, and the jsonschema Python package
## the SARIF test uses.
setup:
	@if pkg-config --exists yaml-0.1 sqlite3 2>/dev/null; then \
	    echo "setup: libyaml (yaml-0.1) and SQLite (sqlite3) already installed"; \
	else \
	    echo "setup: installing libyaml-dev, libsqlite3-dev and pkg-config"; \
	    $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libyaml-dev libsqlite3-dev pkg-config; \
	fi
	@python3 -c 'import jsonschema' 2>/dev/null || { echo "setup: installing jsonschema (SARIF schema tests)"; python3 -m pip install -q jsonschema; }
	@python3 -c 'import openpyxl' 2>/dev/null || { echo "setup: installing openpyxl (workbooks written for the .xlsx tests)"; python3 -m pip install -q openpyxl; }

## Build the coopcheck command.
build: setup
	$(SWIFT) build $(BUILD_FLAGS) --product coopcheck

## Build and run the whole test suite.
test: setup
	$(SWIFT) build $(BUILD_FLAGS) --build-tests
	$(SWIFT) test $(BUILD_FLAGS) --skip-build

## The whole test suite under AddressSanitizer, and the tests that read on several cores under
## ThreadSanitizer, each in its own build folder so the everyday build is untouched. Leak
## detection is off: its only reports are the Swift regex runtime's compiled programs, which live
## for the whole process by design. (swiftc has no UndefinedBehaviorSanitizer on Linux; Swift
## itself traps on overflow, out-of-bounds access and exclusivity violations in these builds.)
sanitize: setup
	$(SWIFT) build --build-path .build-asan --sanitize=address --build-tests
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --build-path .build-asan --sanitize=address --skip-build
	$(SWIFT) build --build-path .build-tsan --sanitize=thread --build-tests
	$(SWIFT) test --build-path .build-tsan --sanitize=thread --skip-build --filter 'ParallelReadingTests|RecordAccountingTests'

## libFuzzer on every parser (YAML, rule packs, targets, schedules, expressions, CSV, manifests),
## FUZZ_SECONDS each (default 60); crashing inputs land in .build/fuzz/crashes.
fuzz: setup
	Fuzz/run.sh

## The main job on the embedded defaults: check the rule packs against the sample submission.
## Findings (exit 1) are the expected result on the sample, so they do not fail `make run`.
run: build
	$(BIN) rules lint Rules
	$(BIN) validate Samples/dak-nong-2025
	$(BIN) check --rules Rules --data Samples/dak-nong-2025 || [ $$? -eq 1 ]

## A nightly run over the samples, twice, at two as-of dates, into a new history in .build/nightly;
## then the runs recorded and what changed between them. Findings and the invalid sample
## submission (exit 1) are the expected result, so they do not fail `make nightly`.
nightly: build
	rm -f .build/nightly/history.sqlite
	$(BIN) run --config Samples/nightly/nightly.yaml --as-of 2025-06-30 || [ $$? -eq 1 ]
	$(BIN) run --config Samples/nightly/nightly.yaml --as-of 2025-12-31 || [ $$? -eq 1 ]
	$(BIN) history --config Samples/nightly/nightly.yaml
	$(BIN) diff --config Samples/nightly/nightly.yaml || [ $$? -eq 1 ]
	@echo "reports: .build/nightly/reports (roll-up.html, roll-up.md, submissions/)"

## The Swift sources swift-format keeps in the project's style (.swift-format: 4 spaces, 120 columns).
SWIFT_SOURCES := Sources Tests Benchmarks Fuzz Plugins Tools Package.swift

## Format the Swift sources in place.
format:
	$(SWIFT) format format --in-place --recursive --parallel $(SWIFT_SOURCES)

## Fail on any formatting finding (run `make format` to fix them), then lint the rule packs
## (exit 2 when a pack is invalid) and run every rule on its examples.
lint: build
	$(SWIFT) format lint --strict --recursive --parallel $(SWIFT_SOURCES)
	$(BIN) rules lint Rules
	$(BIN) rules test Rules

## Regenerate docs/rule-packs.md from the rule packs.
## docs/rule-packs.md: the generated listing, then the hand-written part from `<!-- reviews -->` on.
docs: build
	{ $(BIN) rules list --format markdown; echo; sed -n '/^<!-- reviews -->$$/,$$p' docs/rule-packs.md; } \
		> docs/rule-packs.md.new && mv docs/rule-packs.md.new docs/rule-packs.md

## Regenerate the golden files under Tests/**/Fixtures; review the diff before committing.
golden: setup
	$(SWIFT) build $(BUILD_FLAGS) --build-tests
	COOPCHECK_UPDATE_GOLDEN=1 $(SWIFT) test $(BUILD_FLAGS) --skip-build
	git status --short Tests

## Release build against DuckDB and polars on generated submissions; writes bench/results.md.
bench: setup
	@[ -x /usr/bin/time ] || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq time; }
	bench/run.sh

## What the end-to-end tests use when present (they are skipped, saying so, without it):
## Chromium and its driver with selenium (the browser test), LibreOffice Calc (templates opened
## and saved by a clerk's office program). `.ci/run` runs this before `make test`.
setup-e2e:
	@if command -v chromium >/dev/null && command -v chromedriver >/dev/null && command -v soffice >/dev/null; then \
	    echo "setup-e2e: Chromium, chromedriver and LibreOffice already installed"; \
	else \
	    echo "setup-e2e: installing chromium, chromium-driver and libreoffice-calc-nogui"; \
	    $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	        chromium chromium-driver libreoffice-calc-nogui; \
	fi
	@python3 -c 'import selenium' 2>/dev/null || { echo "setup-e2e: installing selenium"; python3 -m pip install -q selenium; }

## The page of `coopcheck serve` in headless Chromium, before and after uploading the Đắk Nông
## sample as one workbook, at 1280 and 390 pixels wide: docs/screenshots/*.png.
screenshot: build setup-e2e
	python3 Samples/tools/workbook.py Samples/dak-nong-2025 .build/dak-nong-2025.xlsx
	$(BIN) serve --port 18099 & pid=$$!; sleep 2; \
	    python3 Tests/EndToEnd/browser.py screenshot http://127.0.0.1:18099/ .build/dak-nong-2025.xlsx docs/screenshots; \
	    status=$$?; kill $$pid; exit $$status
	@echo "wrote docs/screenshots/form-desktop.png, result-desktop.png, form-phone.png, result-phone.png"

clean:
	rm -rf .build
