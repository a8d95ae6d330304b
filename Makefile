# coopcheck — the two commands a new user needs are `make run` and `make test`;
# both install what a fresh Debian machine lacks first (`make setup`).

SWIFT      ?= swift
BUILD_FLAGS ?=
BIN        := .build/debug/coopcheck
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup setup-e2e build test test-spark sanitize fuzz run nightly format lint golden docs screenshot bench dist dist-check clean

## Install libyaml-dev (the system YAML library) and libsqlite3-dev (SQLite, for GRDB and the
## history of nightly runs) when pkg-config cannot find them, Debian's PostgreSQL server (the
## tests of `check --database` start one of their own), and the Python packages the tests use:
## jsonschema (SARIF), openpyxl (workbooks), lxml (JUnit against junit-10.xsd), duckdb (the
## DuckDB dialect run by DuckDB).
setup:
	@if pkg-config --exists yaml-0.1 sqlite3 2>/dev/null; then \
	    echo "setup: libyaml (yaml-0.1) and SQLite (sqlite3) already installed"; \
	else \
	    echo "setup: installing libyaml-dev, libsqlite3-dev and pkg-config"; \
	    $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libyaml-dev libsqlite3-dev pkg-config; \
	fi
	@python3 -c 'import jsonschema' 2>/dev/null || { echo "setup: installing jsonschema (SARIF schema tests)"; python3 -m pip install -q jsonschema; }
	@python3 -c 'import openpyxl' 2>/dev/null || { echo "setup: installing openpyxl (workbooks written for the .xlsx tests)"; python3 -m pip install -q openpyxl; }
	@python3 -c 'import lxml' 2>/dev/null || { echo "setup: installing lxml (JUnit reports against junit-10.xsd)"; python3 -m pip install -q lxml; }
	@python3 -c 'import duckdb' 2>/dev/null || { echo "setup: installing duckdb (the DuckDB dialect's tests)"; python3 -m pip install -q duckdb; }
	@if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && command -v psql >/dev/null; then \
	    echo "setup: PostgreSQL server and psql already installed"; \
	else \
	    echo "setup: installing postgresql (a private server for the database tests)"; \
	    $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql; \
	fi

## Build the coopcheck command.
build: setup
	$(SWIFT) build $(BUILD_FLAGS) --product coopcheck

## Build and run the whole test suite, with a private PostgreSQL server (port 55432, a folder
## of its own in /tmp) started for it and stopped afterwards.
test: setup
	$(SWIFT) build $(BUILD_FLAGS) --build-tests
	Tests/Tools/postgres.sh run $(SWIFT) test $(BUILD_FLAGS) --skip-build

## The Spark SQL dialect parsed and run by Spark in local mode (pyspark from pip, Java 17) on the
## samples and on a million generated cooperatives, findings compared with the native evaluator's.
## Spark takes most of a second per query, so this is not part of `make test`.
test-spark: setup
	@python3 -c 'import pyspark' 2>/dev/null || { echo "test-spark: installing pyspark"; python3 -m pip install -q pyspark; }
	$(SWIFT) build $(BUILD_FLAGS) --build-tests
	COOPCHECK_SPARK=1 $(SWIFT) test $(BUILD_FLAGS) --skip-build --filter SparkEqualityTests

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
	COOPCHECK_UPDATE_GOLDEN=1 Tests/Tools/postgres.sh run $(SWIFT) test $(BUILD_FLAGS) --skip-build
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

## A self-contained Linux executable for CI users, and its release tarball, in dist/: a release
## build in .build-dist with the Swift standard library and Foundation linked statically, and
## libyaml, SQLite and libxml2 (Foundation's XMLParser, with the ICU, lzma and zlib it uses) linked
## from their .a archives, so dist/coopcheck needs only glibc and libstdc++. The archives are found
## before the shared libraries through .build-dist/static-libs, which the pkg-config files there
## (yaml-0.1, zlib, sqlite3: the system ones with libdir pointing at it) put first on the linker's
## search path. Stripped; the rule packs are built in. Then dist/coopcheck-VERSION-linux-ARCH.tar.gz
## holds it with README.md and Rules/, beside its .sha256.
DIST_BUILD     := .build-dist
DIST_STATIC    := $(CURDIR)/$(DIST_BUILD)/static-libs
DIST_ARCHIVES  := yaml sqlite3 xml2 icuuc icudata lzma z
DIST_PKGCONFIG := yaml-0.1 zlib sqlite3
DIST_FLAGS     := -c release --scratch-path $(DIST_BUILD) --product coopcheck --static-swift-stdlib \
	-Xswiftc -L$(DIST_STATIC) \
	-Xlinker -licuuc -Xlinker -licudata -Xlinker -lz -Xlinker -llzma -Xlinker -lstdc++ -Xlinker -lm

dist:
	@missing=; for lib in $(DIST_ARCHIVES); do \
	    [ -f "$$(clang -print-file-name=lib$$lib.a)" ] || missing=yes; done; \
	if [ -n "$$missing" ] || ! pkg-config --exists yaml-0.1 sqlite3; then \
	    echo "dist: installing the static archives (libyaml-dev libsqlite3-dev libxml2-dev libicu-dev liblzma-dev zlib1g-dev)"; \
	    $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq \
	        libyaml-dev libsqlite3-dev libxml2-dev libicu-dev liblzma-dev zlib1g-dev pkg-config; \
	fi
	rm -rf dist $(DIST_BUILD)/static-libs
	mkdir -p dist $(DIST_BUILD)/static-libs
	for lib in $(DIST_ARCHIVES); do ln -s "$$(clang -print-file-name=lib$$lib.a)" $(DIST_BUILD)/static-libs/; done
	mkdir -p $(DIST_BUILD)/static-libs/pkgconfig
	for pc in $(DIST_PKGCONFIG); do \
	    sed -E 's|^(shared)?libdir=.*|\1libdir=$(DIST_STATIC)|' "$$(pkg-config --variable=pcfiledir $$pc)/$$pc.pc" \
	        > $(DIST_BUILD)/static-libs/pkgconfig/$$pc.pc; done
	PKG_CONFIG_PATH=$(DIST_STATIC)/pkgconfig $(SWIFT) build $(DIST_FLAGS)
	cp "$$(PKG_CONFIG_PATH=$(DIST_STATIC)/pkgconfig $(SWIFT) build $(DIST_FLAGS) --show-bin-path)/coopcheck" dist/coopcheck
	strip dist/coopcheck
	@version=$$(dist/coopcheck --version) && \
	    case $$version in ''|*[!0-9A-Za-z.+-]*) echo "dist: not a version: '$$version'" >&2; exit 1;; esac && \
	    name=coopcheck-$$version-linux-$$(uname -m) && \
	    mkdir dist/$$name && cp -R dist/coopcheck README.md Rules dist/$$name/ && \
	    tar -czf dist/$$name.tar.gz -C dist --owner=0 --group=0 --sort=name $$name && \
	    rm -rf dist/$$name && (cd dist && sha256sum $$name.tar.gz > $$name.tar.gz.sha256) && \
	    echo "dist: dist/coopcheck $$(du -h dist/coopcheck | cut -f1) ($$(stat -c %s dist/coopcheck) bytes, stripped)," \
	        "dist/$$name.tar.gz $$(du -h dist/$$name.tar.gz | cut -f1)" && \
	    echo "dist: needs $$(ldd dist/coopcheck | awk '$$1 !~ /^linux-vdso/ {print $$1}' | tr '\n' ' ')"
	@! ldd dist/coopcheck | grep -E 'libswift|libFoundation|libdispatch|libyaml|libsqlite3|libxml2|libicu' \
	    || { echo 'dist: dist/coopcheck loads the libraries above, which should be linked in' >&2; exit 1; }

## Run dist/coopcheck with the Swift toolchain out of reach (Tests/Dist/check-dist.sh): no library
## from the toolchain, then the tarball's content from a temporary folder with an empty environment
## on the sample submission.
dist-check: dist
	Tests/Dist/check-dist.sh $(CURDIR)

clean:
	rm -rf .build
