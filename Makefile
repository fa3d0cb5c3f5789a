# DealDojo's entry points. `make run` and `make test` set up everything they need.
#   make run     set up, build the web app, serve it on http://127.0.0.1:8080
#   make native  set up, build and run the native app
#   make test    set up, build native and web, run every test suite
#   make bench   build and print the benchmarks' figures
.PHONY: all setup native-build web-build run native test bench clean

JOBS ?= $(shell nproc)
PORT ?= 8080
export NODE_PATH := /usr/share/nodejs
# ccache (installed by setup) is shared by every clone: paths are taken relative
# to the clone, so another clone's objects are reused.
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := true
CCACHE_FLAGS = $$(command -v ccache >/dev/null && echo -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# Each phase's time goes to build/phase-times.txt; `make test` prints them at the end.
PHASE_LOG = build/phase-times.txt
phase_start = start=$$(date +%s)
phase_end = mkdir -p build && echo "$(1) $$(( $$(date +%s) - start ))" >> $(PHASE_LOG)

all: native-build web-build

setup:
	@mkdir -p build && rm -f $(PHASE_LOG)
	@$(phase_start); scripts/setup.sh && $(call phase_end,setup)

native-build: setup
	@$(phase_start); \
	cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release -DDEALDOJO_WERROR=ON $(CCACHE_FLAGS) > build/native-configure.log || { cat build/native-configure.log; exit 1; }; \
	cmake --build build/native -j$(JOBS) && $(call phase_end,native build)

web-build: setup
	@$(phase_start); \
	emcmake cmake -S . -B build/web -DCMAKE_BUILD_TYPE=MinSizeRel -DDEALDOJO_WERROR=ON \
	  "-DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node;--no-experimental-fetch" > build/web-configure.log || { cat build/web-configure.log; exit 1; }; \
	cmake --build build/web -j$(JOBS) && $(call phase_end,web build)

run: web-build
	node scripts/serve.mjs build/web $(PORT) 127.0.0.1

native: native-build
	build/native/dealdojo

test: native-build web-build
	scripts/run_tests.sh

bench: native-build web-build
	scripts/run_bench.sh

clean:
	rm -rf build/native build/web build/fuzz build/browser-failures
