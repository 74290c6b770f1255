# quotedrift: see `make help`.
PREFIX ?= /usr/local
SWIFT ?= swift
APT_PACKAGES := libncursesw5-dev libstemmer-dev libxml2-dev zlib1g-dev libsqlite3-dev pkg-config wordnet-base tmux libxml2-utils chromium python3 time
RELEASE_BIN := .build/release/quotedrift
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := FuzzLoader FuzzHTML FuzzSplitter FuzzMatcher FuzzRender
FUZZ_BUILD := .build-fuzz
FORMAT_PATHS := Package.swift Sources Tests Fuzz
# The commit whose release binary `make bench` times side by side with this one on the PAN split.
BENCH_BASE ?= 565e3f3
BENCH_BASE_DIR := bench-corpora/base-$(BENCH_BASE)
BENCH_BASE_BIN := $(BENCH_BASE_DIR)/.build/release/quotedrift

.DEFAULT_GOAL := help
.PHONY: help deps build run test lint test-asan test-tsan fuzz bench eval install clean format

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

deps: ## Install missing Debian packages (as root), or print the command to run
	@missing=""; \
	for package in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" \
	    || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "missing Debian packages:$$missing"; \
	    echo "run: sudo apt-get install -y$$missing"; \
	    exit 1; \
	  fi; \
	fi

build: deps ## Build the release binary
	$(SWIFT) build -c release --product quotedrift

run: build ## Build and open the reader on Articles/
	$(RELEASE_BIN) read Articles

test: deps lint ## Check the formatting, run the test suite and the tests of the evaluation scoring (eval/)
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	python3 -m unittest discover -s eval

lint: ## Check that the Swift sources are formatted (swift format lint --strict)
	$(SWIFT) format lint --strict --recursive $(FORMAT_PATHS)

test-asan: deps ## Run the test suite built with AddressSanitizer (in .build-asan), then LeakSanitizer
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --skip-build --sanitize=address --scratch-path .build-asan
	@echo "LeakSanitizer on the binary: statements and export over the samples and the hostile corpus"
	ASAN_OPTIONS=detect_leaks=1 .build-asan/debug/quotedrift statements --format json \
	  Articles Tests/Fixtures/hostile >/dev/null 2>&1
	ASAN_OPTIONS=detect_leaks=1 .build-asan/debug/quotedrift export --format html \
	  Articles Tests/Fixtures/hostile >/dev/null 2>&1

test-tsan: deps ## Run the test suite built with ThreadSanitizer (in .build-tsan)
	$(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan
	TSAN_OPTIONS=halt_on_error=1 $(SWIFT) test --skip-build --sanitize=thread --scratch-path .build-tsan

fuzz: deps ## Fuzz loader, web pages, splitter, matcher and renderer with libFuzzer, FUZZ_SECONDS (60) each
	@for target in $(FUZZ_TARGETS); do \
	  QUOTEDRIFT_FUZZ=1 $(SWIFT) build -c release --scratch-path $(FUZZ_BUILD) --product $$target \
	    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library || exit 1; \
	done
	@mkdir -p $(FUZZ_BUILD)/crashes
	@for target in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$target; \
	  echo "fuzzing $$target for $(FUZZ_SECONDS) s"; \
	  LSAN_OPTIONS=suppressions=Fuzz/lsan.supp $(FUZZ_BUILD)/release/$$target -max_total_time=$(FUZZ_SECONDS) -timeout=10 -max_len=16384 \
	    -print_final_stats=1 -artifact_prefix=$(FUZZ_BUILD)/crashes/$$target- \
	    $(FUZZ_BUILD)/corpus/$$target Fuzz/Corpus/$$target > $(FUZZ_BUILD)/$$target.log 2>&1 \
	    || { tail -40 $(FUZZ_BUILD)/$$target.log; echo "$$target failed: see $(FUZZ_BUILD)/crashes"; exit 1; }; \
	  grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' $(FUZZ_BUILD)/$$target.log; \
	done

bench: deps $(BENCH_BASE_BIN) ## Benchmark statements on the PAN split and generated corpora (the PAN split and the largest against BENCH_BASE's binary), an archive, web pages and reopening; writes BENCHMARKS.md
	$(SWIFT) build -c release
	.build/release/quotedrift-bench --binary $(RELEASE_BIN) --base-binary $(BENCH_BASE_BIN) \
	  --base-commit $(BENCH_BASE) --output BENCHMARKS.md

# BENCH_BASE's release binary, built once from a clean `git archive` of the commit.
$(BENCH_BASE_BIN):
	rm -rf $(BENCH_BASE_DIR)
	mkdir -p $(BENCH_BASE_DIR)
	git archive --output=$(BENCH_BASE_DIR).tar $(BENCH_BASE)
	tar -xf $(BENCH_BASE_DIR).tar -C $(BENCH_BASE_DIR)
	rm $(BENCH_BASE_DIR).tar
	cd $(BENCH_BASE_DIR) && $(SWIFT) build -c release --product quotedrift

eval: deps ## Score reuse alignment, statements and the web-page extractor on ../shared/eval (tune and report halves); writes EVALUATION.md
	$(SWIFT) build -c release --product quotedrift
	python3 eval/evaluate.py --binary $(RELEASE_BIN) --output EVALUATION.md >/dev/null
	@sed -n '/^| category/,/^$$/p;/^| accuracy/,/^$$/p;/^| measure/,/^$$/p;/^| pages/,/^$$/p' EVALUATION.md

install: build ## Install the binary, man page and bash/zsh/fish completions under PREFIX (/usr/local)
	$(SWIFT) package plugin generate-manual >/dev/null
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions \
	  $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/quotedrift
	install -m 644 .build/plugins/GenerateManual/outputs/quotedrift/quotedrift.1 \
	  $(DESTDIR)$(PREFIX)/share/man/man1/quotedrift.1
	$(RELEASE_BIN) --generate-completion-script bash \
	  > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/quotedrift
	$(RELEASE_BIN) --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_quotedrift
	$(RELEASE_BIN) --generate-completion-script fish \
	  > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/quotedrift.fish

format: ## Format the Swift sources with swift format
	$(SWIFT) format --in-place --recursive $(FORMAT_PATHS)

clean: ## Remove build products and generated corpora
	rm -rf .build .build-asan .build-tsan $(FUZZ_BUILD) bench-corpora
