#!/usr/bin/env bash
# Fuzzes the JSON parser and the request decoder with libFuzzer.
#
#   Fuzz/run.sh [RUNS]      (default 200000; CI runs 20000)
#
# Builds Sources/JSON, the two JSONRPC files the decoder needs and
# Fuzz/JSONFuzzer.swift with -sanitize=fuzzer,address into .build/fuzz/,
# then runs RUNS inputs. Seeds: a few valid requests, plus the JSON test
# suite in ../shared/conformance/json/test_parsing when it is there (read in
# place, never copied). New inputs go to .build/fuzz/corpus; a crash is saved
# as .build/fuzz/crash-* and fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-200000}
out=.build/fuzz
mkdir -p "$out/corpus" "$out/seeds"

flags=(-sanitize=fuzzer,address -parse-as-library -O -g)
swiftc "${flags[@]}" -module-name JSON -wmo -c Sources/JSON/*.swift \
  -emit-module -emit-module-path "$out/JSON.swiftmodule" -o "$out/JSON.o"
swiftc "${flags[@]}" -module-name JSONRPC -wmo -I "$out" -c Sources/JSONRPC/Request.swift Sources/JSONRPC/RPCError.swift \
  -emit-module -emit-module-path "$out/JSONRPC.swiftmodule" -o "$out/JSONRPC.o"
swiftc "${flags[@]}" -module-name JSONFuzzer -I "$out" Fuzz/JSONFuzzer.swift "$out/JSON.o" "$out/JSONRPC.o" \
  -o "$out/json-fuzzer" 2> >(grep -v "Cannot export local symbol" >&2)

seed() { printf '%s' "$2" >"$out/seeds/$1.json"; }
seed add '{"jsonrpc":"2.0","id":1,"method":"vehicles.add","params":{"vehicles":[{"vin":" wvwzzz1jzxw000001 ","brand":"volkswagen","tags":{"vw-group-customer-name":"ACME Fleet"}}]}}'
seed report '{"jsonrpc":"2.0","id":"r-2","method":"vehicles.report","params":{"vin":"WVWZZZ1JZXW000001","event":"privacy_mode_enabled","at":"2026-01-01T01:00:00+01:00"}}'
seed list '{"jsonrpc":"2.0","id":3,"method":"vehicles.list","params":{"filter":{"status":{"operator":"in","value":["pending","approved"]}},"limit":1e1,"cursor":"v1.KNAB0000000000001"}}'
seed batch '[{"jsonrpc":"2.0","id":12345678901234567890123,"method":"ping"},{"jsonrpc":"2.0","method":"ping"},{"jsonrpc":"1.0","id":2,"method":"ping"},7,[]]'
seed odd '{"jsonrpc":"2.0","id":-0.5e-3,"method":"clock.advance","params":{"seconds":1.5,"x":"\u00e9\ud83d\ude00\/\"\\\b\f\n\r\t","x":null}}'

cat >"$out/json.dict" <<'DICT'
"{"
"}"
"["
"]"
":"
","
"\""
"true"
"false"
"null"
"-0"
"1e308"
"-1.5E-400"
"9223372036854775808"
"\\u"
"\\uD83D\\uDE00"
"\\uDC00"
"\xe2\x80\xa8"
"\xf4\x8f\xbf\xbf"
"\"jsonrpc\":\"2.0\""
"\"id\":"
"\"method\":"
"\"params\":"
DICT

corpora=("$out/corpus" "$out/seeds")
suite=../shared/conformance/json/test_parsing
if [ -d "$suite" ]; then corpora+=("$suite"); fi

"$out/json-fuzzer" -runs="$runs" -max_len=8192 -timeout=10 -dict="$out/json.dict" \
  -artifact_prefix="$out/" -print_final_stats=1 "${corpora[@]}"
