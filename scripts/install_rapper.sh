#!/bin/sh
# Installs Debian's rapper (raptor2-utils) for the outside-validator tests (tests/graph/test_outside_validators.py)
# when it is missing. Does nothing, and says why, unless it runs as root on a machine with apt-get. Never fails:
# those tests skip themselves without rapper, so `make test` may call this on any machine.

if command -v rapper >/dev/null 2>&1; then
    echo "install_rapper: $(command -v rapper) is there already"
    exit 0
fi
if [ "$(id -u)" != "0" ]; then
    echo "install_rapper: no rapper, and not root: the rapper checks will be skipped (install raptor2-utils to run them)"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install_rapper: no rapper, and no apt-get: the rapper checks will be skipped (install raptor2-utils to run them)"
    exit 0
fi
echo "install_rapper: installing Debian's raptor2-utils"
export DEBIAN_FRONTEND=noninteractive
if apt-get update -qq && apt-get install -y -qq --no-install-recommends raptor2-utils >/dev/null; then
    echo "install_rapper: installed $(command -v rapper)"
else
    echo "install_rapper: apt-get could not install raptor2-utils: the rapper checks will be skipped"
fi
exit 0
