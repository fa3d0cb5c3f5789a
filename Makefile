# DealDojo's entry points. `make run` and `make test` set up everything they need.
#   make run     set up, build the web app, serve it on http://127.0.0.1:8080
#   make native  set up, build and run the native app
#   make test    set up, build native and web, run every test suite
#   make bench   build and print the benchmarks' figures
.PHONY: all setup native-build web-build run native test bench clean

JOBS ?= $(shell nproc)
PORT ?= 8080
export NODE_PATH := /usr/share/nodejs

all: native-build web-build

setup:
	@scripts/setup.sh

native-build: setup
	cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release -DDEALDOJO_WERROR=ON > build/native-configure.log || { cat build/native-configure.log; exit 1; }
	cmake --build build/native -j$(JOBS)

web-build: setup
	emcmake cmake -S . -B build/web -DCMAKE_BUILD_TYPE=MinSizeRel -DDEALDOJO_WERROR=ON \
	  "-DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node;--no-experimental-fetch" > build/web-configure.log || { cat build/web-configure.log; exit 1; }
	cmake --build build/web -j$(JOBS)

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
