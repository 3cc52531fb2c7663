# newsreader — build, run, test and measure.
#   make run     build and open the reader on corpus/
#   make test    build and run every test (installs what it needs when missing)
#   make bench   release build, then throughput figures on the BBC corpus replicated to >=100 MB,
#                and the reader's keystroke → frame p50/p99 (make bench-latency: only those)
#   make bench-store    the store on ~200,000 articles (also run by make bench;
#                       STORE_REUSE=1 measures the reader on the index the last run built)
#   make bench-search   search p50/p99 on BBC (SEARCH_ARTICLES=200000: replicated to that size)

SWIFT      ?= swift
CORPUS     ?= corpus
BENCH_DIR  ?= $(CURDIR)/../bench-data
STORE_ARTICLES ?= 200000
BENCH_MB   ?= 100
APT_NEEDED  = pkg-config libxml2-dev libncurses-dev libsqlite3-dev sqlite3 tmux ripgrep
PIN        := $(shell command -v taskset >/dev/null && echo taskset -c 0)

.PHONY: all deps build run test bench bench-latency bench-search bench-store clean

all: build

# Installs the system packages the build and the tests need, or says what to run.
deps:
	@missing=""; for p in $(APT_NEEDED); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "missing system packages; run: sudo apt-get install -y$$missing" >&2; exit 1; \
	  fi; \
	fi

build: deps
	$(SWIFT) build

run: build
	"$$($(SWIFT) build --show-bin-path)/newsreader" $(CORPUS)

# Includes the end-to-end tests, which drive the reader in tmux (installed by deps).
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: deps
	$(SWIFT) build -c release --product NewsBench
	@# One core, so the figures read as single-core throughput (rg runs on the same core).
	$(PIN) .build/release/NewsBench --work $(BENCH_DIR) --megabytes $(BENCH_MB)
	$(MAKE) bench-store

# The store on ~200,000 articles (STORE_ARTICLES): index build, re-open, re-index, first frame,
# keystrokes, search beside the sqlite3 shell, peak memory. Both cores, as a reader runs.
bench-store: deps
	$(SWIFT) build -c release --product NewsBench
	$(SWIFT) build -c release --product newsreader
	.build/release/NewsBench --work $(BENCH_DIR) --store --articles $(STORE_ARTICLES) $(if $(STORE_REUSE),--reuse-index)

bench-latency: deps
	$(SWIFT) build -c release --product NewsBench
	$(PIN) .build/release/NewsBench --latency

# Search latency on BBC as it is; SEARCH_ARTICLES=200000 replicates it to that many articles first.
bench-search: deps
	$(SWIFT) build -c release --product NewsBench
	$(PIN) .build/release/NewsBench --work $(BENCH_DIR) $(if $(SEARCH_ARTICLES),--search-articles $(SEARCH_ARTICLES),--search)

clean:
	rm -rf .build
