# quotedrift: see `make help`.
PREFIX ?= /usr/local
SWIFT ?= swift
APT_PACKAGES := libncursesw5-dev libstemmer-dev wordnet-base tmux libxml2-utils chromium
RELEASE_BIN := .build/release/quotedrift

.DEFAULT_GOAL := help
.PHONY: help deps build run test bench eval install clean format

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

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

test: deps ## Run the test suite
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: deps ## Benchmark statements on generated corpora; writes BENCHMARKS.md
	$(SWIFT) build -c release
	.build/release/quotedrift-bench --binary $(RELEASE_BIN) --output BENCHMARKS.md

eval: deps ## Score the matcher on the public training splits in ../shared/eval; writes EVALUATION.md
	$(SWIFT) build -c release --product quotedrift
	python3 eval/evaluate.py --binary $(RELEASE_BIN) --output EVALUATION.md >/dev/null
	@sed -n '/^| category/,/^$$/p;/^| accuracy/,/^$$/p;/^| measure/,/^$$/p' EVALUATION.md

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
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

clean: ## Remove build products and generated corpora
	rm -rf .build bench-corpora
