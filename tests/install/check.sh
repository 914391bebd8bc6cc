#!/usr/bin/env bash
# Installs the built project into a scratch prefix, builds the consumer against
# it with find_package(outturn), and runs it on a corpus report.
set -euo pipefail
build=$1 source=$2 scratch=$3
rm -rf "$scratch"
cmake --install "$build" --prefix "$scratch/prefix" >/dev/null
cmake -S "$source/tests/install/consumer" -B "$scratch/consumer" -G Ninja -DCMAKE_PREFIX_PATH="$scratch/prefix" >/dev/null
cmake --build "$scratch/consumer" >/dev/null
"$scratch/consumer/consumer" "$scratch/prefix/share/outturn/patterns" "$source/corpus/003_bcp_exception_reports_2021_22_q2.pdf"
